/**
 * The BLAKE2b rounds of EIP-152 (RFC 7693 section 3.2) as a small WebAssembly module
 * generated here, byte by byte: native 64-bit adds, xors and rotations, ten rounds unrolled
 * with the message schedule (SIGMA) resolved at generation time. EIP-152 lets a caller ask
 * for 2^32 - 1 rounds; JavaScript on 32-bit halves does about 1.5 million rounds a second,
 * this about 30 times as many.
 *
 * Memory: v[0..15] at byte 0, m[0..15] at byte 128, as little-endian 64-bit words.
 * `rounds(n)` applies rounds 0, 1, ..., n - 1 (SIGMA row r mod 10) to v and stores v back;
 * `groups(n)` applies n groups of ten rounds. Callers run long computations in chunks, so
 * that the engine's optimizing tier (which replaces code between calls) takes over early.
 */
import { BLAKE2_SIGMA } from '../../core/blake2.js';
import {
  BLOCK,
  BR,
  BR_IF,
  END,
  GET,
  HEADER,
  I32,
  I32_CONST,
  I32_EQZ,
  I32_SUB,
  I64,
  I64_ADD,
  I64_CONST,
  I64_LOAD,
  I64_ROTR,
  I64_STORE,
  I64_XOR,
  instantiate,
  LOOP,
  name,
  SET,
  section,
  uleb,
  VOID,
  vec,
} from '../../core/wasm.js';

/** The message schedule, re-exported for the tests. */
export const SIGMA = BLAKE2_SIGMA;

// Locals: 0 = n (i32 parameter), 1..16 = v0..v15, 17..32 = m0..m15.
const V = (i: number) => 1 + i;
const M = (i: number) => 17 + i;

/** The mixing function G (RFC 7693 3.1) on v[a], v[b], v[c], v[d] with message words x, y. */
function g(a: number, b: number, c: number, d: number, x: number, y: number): number[] {
  const add3 = (t: number, u: number, w: number) => [
    GET,
    V(t),
    GET,
    V(u),
    I64_ADD,
    GET,
    M(w),
    I64_ADD,
    SET,
    V(t),
  ];
  const add2 = (t: number, u: number) => [GET, V(t), GET, V(u), I64_ADD, SET, V(t)];
  const xorRot = (t: number, u: number, r: number) => [
    GET,
    V(t),
    GET,
    V(u),
    I64_XOR,
    I64_CONST,
    r,
    I64_ROTR,
    SET,
    V(t),
  ];
  return [
    ...add3(a, b, x),
    ...xorRot(d, a, 32),
    ...add2(c, d),
    ...xorRot(b, c, 24),
    ...add3(a, b, y),
    ...xorRot(d, a, 16),
    ...add2(c, d),
    ...xorRot(b, c, 63),
  ];
}

function round(s: readonly number[]): number[] {
  return [
    ...g(0, 4, 8, 12, s[0]!, s[1]!),
    ...g(1, 5, 9, 13, s[2]!, s[3]!),
    ...g(2, 6, 10, 14, s[4]!, s[5]!),
    ...g(3, 7, 11, 15, s[6]!, s[7]!),
    ...g(0, 5, 10, 15, s[8]!, s[9]!),
    ...g(1, 6, 11, 12, s[10]!, s[11]!),
    ...g(2, 7, 8, 13, s[12]!, s[13]!),
    ...g(3, 4, 9, 14, s[14]!, s[15]!),
  ];
}

/**
 * A function of one i32 `n`: loads v and m, runs rounds, stores v. `checked`: n rounds,
 * counting down before each (rounds 0..n-1, for n below 10); else n groups of ten rounds
 * (n at least 1), with no test between rounds (about 14% faster).
 */
function body(checked: boolean): number[] {
  const code: number[] = [];
  for (let i = 0; i < 16; i++) code.push(I32_CONST, 0, I64_LOAD, 3, ...uleb(8 * i), SET, V(i));
  for (let i = 0; i < 16; i++) code.push(I32_CONST, 0, I64_LOAD, 3, ...uleb(128 + 8 * i), SET, M(i));
  code.push(BLOCK, VOID, LOOP, VOID);
  for (const s of SIGMA) {
    // checked: if (n == 0) break; n -= 1; then one round.
    if (checked) code.push(GET, 0, I32_EQZ, BR_IF, 1, GET, 0, I32_CONST, 1, I32_SUB, SET, 0);
    code.push(...round(s));
  }
  if (checked) code.push(BR, 0, END, END);
  // n -= 1; if (n != 0) continue;
  else code.push(GET, 0, I32_CONST, 1, I32_SUB, SET, 0, GET, 0, BR_IF, 0, END, END);
  for (let i = 0; i < 16; i++) code.push(I32_CONST, 0, GET, V(i), I64_STORE, 3, ...uleb(8 * i));
  code.push(END);
  return code;
}

function moduleBytes(): Uint8Array {
  const fn = (checked: boolean) => {
    const f = [...uleb(1), ...uleb(32), I64, ...body(checked)]; // locals: 32 x i64, then the code
    return [...uleb(f.length), ...f];
  };
  return Uint8Array.from([
    ...HEADER,
    ...section(1, vec([[0x60, ...vec([[I32]]), ...vec([])]])), // type 0: (i32) -> ()
    ...section(3, vec([[0], [0]])), // functions 0 and 1 have type 0
    ...section(5, vec([[0x00, 1]])), // one memory of at least one page
    ...section(
      7,
      vec([
        [...name('rounds'), 0x00, 0],
        [...name('groups'), 0x00, 1],
        [...name('m'), 0x02, 0],
      ]),
    ),
    ...section(10, vec([fn(true), fn(false)])),
  ]);
}

export interface Blake2Rounds {
  /** v[0..15] then m[0..15], each 64-bit word as (lo, hi) 32-bit halves. */
  readonly words: Uint32Array;
  /** Rounds 0..n-1 (SIGMA rows 0..n-1 mod 10). */
  rounds(n: number): void;
  /** n >= 1 groups of ten rounds. */
  groups(n: number): void;
}

interface Exports {
  rounds: (n: number) => void;
  groups: (n: number) => void;
  m: { buffer: ArrayBuffer };
}

let instance: Blake2Rounds | undefined;

/** The compiled module (compiled on first use, a few kilobytes). */
export function blake2Rounds(): Blake2Rounds {
  if (!instance) {
    const exp = instantiate<Exports>(moduleBytes());
    instance = { words: new Uint32Array(exp.m.buffer, 0, 64), rounds: exp.rounds, groups: exp.groups };
  }
  return instance;
}
