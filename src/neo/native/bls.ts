/**
 * BLS12-381 values for CryptoLib (neo `CryptoLib.BLS12_381.cs` over Neo.Cryptography.BLS12_381,
 * a port of zkcrypto's bls12_381), computed with @noble/curves: G1/G2 points in compressed
 * (zcash) form, affine when deserialized and projective after arithmetic, and Gt elements as
 * 576 bytes (the twelve Fp coefficients, highest first, each 48 bytes big-endian).
 */
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { VMFault } from '../../neovm/index.js';

const Fp12 = bls12_381.fields.Fp12;
type G1 = InstanceType<typeof bls12_381.G1.Point>;
type G2 = InstanceType<typeof bls12_381.G2.Point>;
type Fp12Value = ReturnType<typeof bls12_381.pairing>;
const P = bls12_381.fields.Fp.ORDER;
const R = bls12_381.fields.Fr.ORDER;

/** A BLS12-381 value with the C# type it has (Affine / Projective matters for Equal). */
export class BlsValue {
  constructor(
    readonly kind: 'G1Affine' | 'G1Projective' | 'G2Affine' | 'G2Projective' | 'Gt',
    readonly value: G1 | G2 | Fp12Value,
  ) {}
}

const mismatch = () => new VMFault('BLS12-381 type mismatch');

function gtToBytes(e: Fp12Value): Uint8Array {
  const c = [e.c0.c0.c0, e.c0.c0.c1, e.c0.c1.c0, e.c0.c1.c1, e.c0.c2.c0, e.c0.c2.c1];
  c.push(e.c1.c0.c0, e.c1.c0.c1, e.c1.c1.c0, e.c1.c1.c1, e.c1.c2.c0, e.c1.c2.c1);
  const out = new Uint8Array(576);
  c.reverse().forEach((x, i) => {
    out.set(Buffer.from(x.toString(16).padStart(96, '0'), 'hex'), i * 48);
  });
  return out;
}

function gtFromBytes(b: Uint8Array): Fp12Value {
  const c: bigint[] = [];
  for (let i = 0; i < 12; i++) {
    const v = BigInt(`0x${Buffer.from(b.subarray(i * 48, i * 48 + 48)).toString('hex')}`);
    if (v >= P) throw new VMFault('Invalid BLS12-381 Gt encoding');
    c.push(v);
  }
  c.reverse();
  return Fp12.fromBigTwelve(c as Parameters<typeof Fp12.fromBigTwelve>[0]);
}

export function blsSerialize(x: BlsValue): Uint8Array {
  if (x.kind === 'Gt') return gtToBytes(x.value as Fp12Value);
  return (x.value as G1 | G2).toBytes(true);
}

export function blsDeserialize(data: Uint8Array): BlsValue {
  try {
    if (data.length === 48) return new BlsValue('G1Affine', bls12_381.G1.Point.fromBytes(data));
    if (data.length === 96) return new BlsValue('G2Affine', bls12_381.G2.Point.fromBytes(data));
  } catch (error) {
    throw new VMFault(`Invalid BLS12-381 point: ${(error as Error).message}`);
  }
  if (data.length === 576) return new BlsValue('Gt', gtFromBytes(data));
  throw new VMFault('Invalid BLS12-381 point length');
}

const group = (k: BlsValue['kind']) => (k === 'Gt' ? 'Gt' : k.slice(0, 2));

export function blsEqual(x: BlsValue, y: BlsValue): boolean {
  if (x.kind !== y.kind) throw mismatch();
  if (x.kind === 'Gt') return Fp12.eql(x.value as Fp12Value, y.value as Fp12Value);
  return (x.value as G1).equals(y.value as G1);
}

export function blsAdd(x: BlsValue, y: BlsValue): BlsValue {
  const g = group(x.kind);
  if (g !== group(y.kind)) throw mismatch();
  if (g === 'Gt') return new BlsValue('Gt', Fp12.mul(x.value as Fp12Value, y.value as Fp12Value));
  const sum = (x.value as G1).add(y.value as G1);
  return new BlsValue(g === 'G1' ? 'G1Projective' : 'G2Projective', sum);
}

/** `Scalar.FromBytes`: 32 bytes little-endian, canonical (below the group order). */
function scalar(mul: Uint8Array): bigint {
  if (mul.length !== 32) throw new VMFault(`The argument \`mul\` should contain 32 bytes.`);
  let v = 0n;
  for (let i = 31; i >= 0; i--) v = (v << 8n) | BigInt(mul[i]!);
  if (v >= R) throw new VMFault('The scalar is not canonical.');
  return v;
}

export function blsMul(x: BlsValue, mul: Uint8Array, neg: boolean): BlsValue {
  let s = scalar(mul);
  if (neg && s !== 0n) s = R - s;
  if (x.kind === 'Gt') return new BlsValue('Gt', Fp12.pow(x.value as Fp12Value, s));
  const product = (x.value as G1).multiplyUnsafe(s);
  return new BlsValue(x.kind.startsWith('G1') ? 'G1Projective' : 'G2Projective', product);
}

export function blsPairing(g1: BlsValue, g2: BlsValue): BlsValue {
  if (group(g1.kind) !== 'G1' || group(g2.kind) !== 'G2') throw mismatch();
  return new BlsValue('Gt', bls12_381.pairing(g1.value as G1, g2.value as G2));
}
