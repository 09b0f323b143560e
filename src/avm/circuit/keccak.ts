/**
 * Keccak and SHA-3 in circuit (snarkVM circuit/algorithms/src/keccak): the sponge over
 * Keccak-f[1600] on booleans. Padding (input zero-padded to whole bytes, then Keccak's
 * 1 0…0 1 or SHA-3's 0 1 1 0 0…0 1) and the state start as constants; each round is θ, ρ+π, χ
 * and ι on 64-bit lanes as U64 bitwise operations, so a constraint is only emitted where two
 * variables meet (xor: one, and: one; not and rotations are free), in snarkVM's lane order.
 */
import { rhoOffsets, roundConstants } from '../../core/keccak-wasm.js';
import { Bool } from './boolean.js';
import { CircuitHalt } from './errors.js';

export type KeccakVariant = 'keccak256' | 'keccak384' | 'keccak512' | 'sha3_256' | 'sha3_384' | 'sha3_512';

type Lane = Bool[];

const ROUND_CONSTANTS = roundConstants().map((c) =>
  Array.from({ length: 64 }, (_, i) => ((c >> BigInt(i)) & 1n) === 1n),
);

/** ρ offsets by lane index x + 5y. */
const RHO = rhoOffsets();

const xor = (a: Lane, b: Lane): Lane => a.map((bit, i) => bit.xor(b[i] as Bool));
/** Numeric rotation left by n: a rewiring of the little-endian bits, no constraints. */
const rotl = (a: Lane, n: number): Lane => a.map((_, i) => a[(i - n + 64) % 64] as Bool);

function round(a: Lane[], rc: readonly boolean[]): Lane[] {
  const c: Lane[] = [];
  for (let x = 0; x < 5; x++)
    c.push(
      xor(
        xor(xor(xor(a[x] as Lane, a[x + 5] as Lane), a[x + 10] as Lane), a[x + 15] as Lane),
        a[x + 20] as Lane,
      ),
    );
  const d: Lane[] = [];
  for (let x = 0; x < 5; x++) d.push(xor(c[(x + 4) % 5] as Lane, rotl(c[(x + 1) % 5] as Lane, 1)));
  const a1: Lane[] = [];
  for (let y = 0; y < 5; y++) for (let x = 0; x < 5; x++) a1.push(xor(a[x + 5 * y] as Lane, d[x] as Lane));
  const a2 = a1.slice();
  for (let y = 0; y < 5; y++)
    for (let x = 0; x < 5; x++)
      a2[y + ((2 * x + 3 * y) % 5) * 5] = rotl(a1[x + 5 * y] as Lane, RHO[x + 5 * y] as number);
  const a3: Lane[] = [];
  for (let y = 0; y < 5; y++)
    for (let x = 0; x < 5; x++) {
      const b = a2[((x + 1) % 5) + 5 * y] as Lane;
      const cc = a2[((x + 2) % 5) + 5 * y] as Lane;
      const chi = b.map((bit, i) => bit.not().and(cc[i] as Bool));
      a3.push(xor(a2[x + 5 * y] as Lane, chi));
    }
  a3[0] = (a3[0] as Lane).map((bit, i) => bit.xor(Bool.constant(rc[i] as boolean)));
  return a3;
}

function permute(s: Bool[]): Bool[] {
  let a: Lane[] = [];
  for (let i = 0; i < 25; i++) a.push(s.slice(64 * i, 64 * i + 64));
  for (const rc of ROUND_CONSTANTS) a = round(a, rc);
  return a.flat();
}

/** Keccak::hash: the digest bits (little-endian within each byte, as the console hash's bytes). */
export function keccakHash(variant: KeccakVariant, input: readonly Bool[]): Bool[] {
  const digest = Number(/(\d+)$/.exec(variant)?.[1]);
  const bitrate = 1600 - 2 * digest;
  if (input.length === 0) throw new CircuitHalt('The input to the hash function must not be empty');
  const F = Bool.constant(false);
  const T = Bool.constant(true);
  const padded = [...input];
  while (padded.length % 8 !== 0) padded.push(F);
  if (variant.startsWith('sha3')) padded.push(F, T, T, F);
  else padded.push(T);
  while (padded.length % bitrate !== bitrate - 1) padded.push(F);
  padded.push(T);
  let s: Bool[] = new Array<Bool>(1600).fill(F);
  for (let off = 0; off < padded.length; off += bitrate) {
    for (let j = 0; j < bitrate; j++) s[j] = (s[j] as Bool).xor(padded[off + j] as Bool);
    s = permute(s);
  }
  const z = s.slice(0, bitrate);
  while (z.length < digest) {
    s = permute(s);
    z.push(...s.slice(0, bitrate));
  }
  return z.slice(0, digest);
}
