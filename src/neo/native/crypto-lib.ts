/**
 * CryptoLib (neo `Native/CryptoLib.cs`, `CryptoLib.BLS12_381.cs`), id -3: SHA-256, RIPEMD-160,
 * Murmur32, Keccak-256 (Cockatrice), ECDSA verification over secp256r1/k1 with SHA-256 or
 * Keccak-256 (three versions: before Cockatrice, to Gorgon, from Gorgon), secp256k1 key
 * recovery (Echidna), Ed25519 (Echidna; strict from Gorgon) and BLS12-381 operations.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { InteropInterfaceItem, NULL, VMFault } from '../../neovm/index.js';
import { ParamType } from '../contract/parameter-type.js';
import { type Curve, SECP256K1, SECP256R1 } from '../crypto/ecpoint.js';
import { keccak256, ripemd160, sha256 } from '../crypto/hash.js';
import { murmur32 } from '../crypto/murmur.js';
import { ecRecover, type HashAlgorithm, verifySignature, verifySignatureV0 } from '../crypto/signature.js';
import { arg } from '../engine/convert.js';
import { NeoFormatError } from '../errors.js';
import { BlsValue, blsAdd, blsDeserialize, blsEqual, blsMul, blsPairing, blsSerialize } from './bls.js';
import { method, NativeContract } from './native.js';
import { bool, bytes } from './values.js';

/** NamedCurveHash: the curve and hash of each code. */
const CURVES = new Map<number, [Curve, HashAlgorithm]>([
  [22, [SECP256K1, 'sha256']],
  [23, [SECP256R1, 'sha256']],
  [122, [SECP256K1, 'keccak256']],
  [123, [SECP256R1, 'keccak256']],
]);

type B = Uint8Array;

function verifyV0(message: B, pubkey: B, signature: B, curve: number): boolean {
  if (curve !== 22 && curve !== 23)
    throw new VMFault("Specified argument was out of the range of valid values. (Parameter 'curve')");
  return verifySignatureV0(message, signature, pubkey, CURVES.get(curve)![0]);
}

function verifyV1(message: B, pubkey: B, signature: B, curveHash: number): boolean {
  const ch = CURVES.get(curveHash);
  if (ch === undefined) throw new VMFault(`The given key '${curveHash}' was not present in the dictionary.`);
  try {
    return verifySignatureV0(message, signature, pubkey, ch[0], ch[1]);
  } catch (error) {
    // neo's BouncyCastle path (Keccak) reports an off-curve key as an argument error: false.
    if (ch[1] === 'keccak256' && error instanceof NeoFormatError && /key parameters/.test(error.message))
      return false;
    throw error;
  }
}

function verifyV2(message: B, pubkey: B, signature: B, curveHash: number): boolean {
  const ch = CURVES.get(curveHash);
  if (ch === undefined) throw new VMFault(`Unsupported curve or hash algorithm: ${curveHash}`);
  return verifySignature(message, signature, pubkey, ch[0], ch[1]);
}

function ed25519V1(message: B, pubkey: B, signature: B): boolean {
  if (signature.length !== 64) throw new VMFault('Signature size should be 64');
  if (pubkey.length !== 32) throw new VMFault('Public key size should be 32');
  try {
    ed25519.Point.fromBytes(pubkey, false);
  } catch {
    throw new VMFault('invalid public key');
  }
  try {
    return ed25519.verify(signature, message, pubkey, { zip215: false });
  } catch {
    return false;
  }
}

function ed25519V0(message: B, pubkey: B, signature: B): boolean {
  if (signature.length !== 64 || pubkey.length !== 32) return false;
  try {
    return ed25519.verify(signature, message, pubkey, { zip215: false });
  } catch {
    return false;
  }
}

class CryptoLib extends NativeContract {
  readonly name = 'CryptoLib';
  readonly id = -3;

  protected defineMethods() {
    const data = arg('data', 'bytes');
    const F = 1 << 15;
    const ecdsa = (curveName: string) => [
      arg('message', 'bytes'),
      arg('pubkey', 'bytes'),
      arg('signature', 'bytes'),
      arg(curveName, 'uint8'),
    ];
    const ed = [arg('message', 'bytes'), arg('pubkey', 'bytes'), arg('signature', 'bytes')];
    const g = (name: string) => arg(name, 'object', { iface: BlsValue, type: ParamType.InteropInterface });
    const interop = (v: BlsValue) => new InteropInterfaceItem(v);
    return [
      method(
        'recoverSecp256K1',
        [arg('messageHash', 'bytes'), arg('signature', 'bytes')],
        ParamType.ByteArray,
        { cpuFee: F, activeIn: 'HF_Echidna' },
        (_e, [h, s]) => {
          try {
            return bytes(ecRecover(s as B, h as B).encodeCompressed());
          } catch {
            return NULL;
          }
        },
      ),
      method('ripemd160', [data], ParamType.ByteArray, { cpuFee: F }, (_e, [d]) => bytes(ripemd160(d as B))),
      method('sha256', [data], ParamType.ByteArray, { cpuFee: F }, (_e, [d]) => bytes(sha256(d as B))),
      method(
        'murmur32',
        [data, arg('seed', 'uint32')],
        ParamType.ByteArray,
        { cpuFee: 1 << 13 },
        (_e, [d, s]) => {
          const h = murmur32(d as B, s as number);
          return bytes(Uint8Array.of(h & 0xff, (h >>> 8) & 0xff, (h >>> 16) & 0xff, h >>> 24));
        },
      ),
      method('keccak256', [data], ParamType.ByteArray, { cpuFee: F, activeIn: 'HF_Cockatrice' }, (_e, [d]) =>
        bytes(keccak256(d as B)),
      ),
      method(
        'verifyWithECDsa',
        ecdsa('curveHash'),
        ParamType.Boolean,
        { cpuFee: F, activeIn: 'HF_Gorgon' },
        (_e, [m, k, s, c]) => bool(verifyV2(m as B, k as B, s as B, c as number)),
      ),
      method(
        'verifyWithECDsa',
        ecdsa('curveHash'),
        ParamType.Boolean,
        { cpuFee: F, activeIn: 'HF_Cockatrice', deprecatedIn: 'HF_Gorgon' },
        (_e, [m, k, s, c]) => bool(verifyV1(m as B, k as B, s as B, c as number)),
      ),
      method(
        'verifyWithECDsa',
        ecdsa('curve'),
        ParamType.Boolean,
        { cpuFee: F, deprecatedIn: 'HF_Cockatrice' },
        (_e, [m, k, s, c]) => bool(verifyV0(m as B, k as B, s as B, c as number)),
      ),
      method(
        'verifyWithEd25519',
        ed,
        ParamType.Boolean,
        { cpuFee: F, activeIn: 'HF_Gorgon' },
        (_e, [m, k, s]) => bool(ed25519V1(m as B, k as B, s as B)),
      ),
      method(
        'verifyWithEd25519',
        ed,
        ParamType.Boolean,
        { cpuFee: F, activeIn: 'HF_Echidna', deprecatedIn: 'HF_Gorgon' },
        (_e, [m, k, s]) => bool(ed25519V0(m as B, k as B, s as B)),
      ),
      method('bls12381Serialize', [g('g')], ParamType.ByteArray, { cpuFee: 1 << 19 }, (_e, [x]) =>
        bytes(blsSerialize(x as BlsValue)),
      ),
      method('bls12381Deserialize', [data], ParamType.InteropInterface, { cpuFee: 1 << 19 }, (_e, [d]) =>
        interop(blsDeserialize(d as B)),
      ),
      method('bls12381Equal', [g('x'), g('y')], ParamType.Boolean, { cpuFee: 1 << 5 }, (_e, [x, y]) =>
        bool(blsEqual(x as BlsValue, y as BlsValue)),
      ),
      method('bls12381Add', [g('x'), g('y')], ParamType.InteropInterface, { cpuFee: 1 << 19 }, (_e, [x, y]) =>
        interop(blsAdd(x as BlsValue, y as BlsValue)),
      ),
      method(
        'bls12381Mul',
        [g('x'), arg('mul', 'bytes'), arg('neg', 'bool')],
        ParamType.InteropInterface,
        { cpuFee: 1 << 21 },
        (_e, [x, m, n]) => interop(blsMul(x as BlsValue, m as B, n as boolean)),
      ),
      method(
        'bls12381Pairing',
        [g('g1'), g('g2')],
        ParamType.InteropInterface,
        { cpuFee: 1 << 23 },
        (_e, [a, b]) => interop(blsPairing(a as BlsValue, b as BlsValue)),
      ),
    ];
  }
}

export const cryptoLib = new CryptoLib();
