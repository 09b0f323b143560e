/**
 * The Keccak-f[1600] permutation (FIPS 202 section 3, 24 rounds of theta, rho, pi, chi and
 * iota on 25 64-bit lanes) as a small WebAssembly module generated here, byte by byte, with
 * the sponge's absorbing loop for the rate of Keccak-256 (136 bytes). JavaScript does the
 * permutation on 32-bit halves; here each lane operation is one native 64-bit instruction.
 * The rotation offsets and round constants are derived as FIPS 202 defines them (rho's
 * walk over (x, y), the rc LFSR), not written out.
 *
 * Memory: the state at byte 0 (lane (x, y) at 8 (x + 5 y)), the round constants at 200,
 * input from byte INPUT. `absorb(ptr, n)` xors n rate-sized blocks from `ptr` into the
 * state, each followed by the permutation.
 */

import {
  BLOCK,
  BR,
  BR_IF,
  END,
  GET,
  HEADER,
  I32,
  I32_ADD,
  I32_CONST,
  I32_EQZ,
  I32_LT_U,
  I32_SHL,
  I32_SUB,
  I64,
  I64_AND,
  I64_CONST,
  I64_LOAD,
  I64_ROTL,
  I64_STORE,
  I64_XOR,
  LOOP,
  name,
  SET,
  section,
  uleb,
  VOID,
  vec,
} from './wasm.js';

export const RATE = 136;
const RC_AT = 200;
/** Where callers put input (one 64 KiB page in all). */
export const INPUT = 512;
export const INPUT_BYTES = 65536 - INPUT;

/** rho offsets by lane index x + 5 y (FIPS 202 algorithm 2). */
export function rhoOffsets(): number[] {
  const r = new Array<number>(25).fill(0);
  let [x, y] = [1, 0];
  for (let t = 0; t < 24; t++) {
    r[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
    [x, y] = [y, (2 * x + 3 * y) % 5];
  }
  return r;
}

/** The 24 round constants (FIPS 202 algorithms 5 and 6). */
export function roundConstants(): bigint[] {
  const rc = (t: number): number => {
    if (t % 255 === 0) return 1;
    let r = 0x80;
    for (let i = 1; i <= t % 255; i++) {
      // R = 0 || R; bits 0, 4, 5, 6 ^= bit 8; R = R[0..7] (bit 0 is the most significant here).
      const b8 = r & 1;
      r >>= 1;
      if (b8) r ^= 0x80 | 0x08 | 0x04 | 0x02;
    }
    return r >> 7;
  };
  const out: bigint[] = [];
  for (let ir = 0; ir < 24; ir++) {
    let c = 0n;
    for (let j = 0; j <= 6; j++) if (rc(j + 7 * ir)) c |= 1n << BigInt(2 ** j - 1);
    out.push(c);
  }
  return out;
}

// Locals: params 0 ptr, 1 n; A0-24 (2..26), C0-4 (27..31), D (32), B0-24 (33..57); round (58).
const A = (i: number) => 2 + i;
const C = (x: number) => 27 + x;
const D = 32;
const B = (i: number) => 33 + i;
const ROUND = 58;
const get = (l: number) => [GET, ...uleb(l)];
const set = (l: number) => [SET, ...uleb(l)];

function permutationRound(rho: number[]): number[] {
  const code: number[] = [];
  // theta
  for (let x = 0; x < 5; x++) {
    code.push(...get(A(x)));
    for (let y = 1; y < 5; y++) code.push(...get(A(x + 5 * y)), I64_XOR);
    code.push(...set(C(x)));
  }
  for (let x = 0; x < 5; x++) {
    code.push(...get(C((x + 4) % 5)), ...get(C((x + 1) % 5)), I64_CONST, 1, I64_ROTL, I64_XOR, ...set(D));
    for (let y = 0; y < 5; y++) code.push(...get(A(x + 5 * y)), ...get(D), I64_XOR, ...set(A(x + 5 * y)));
  }
  // rho and pi: B[y, 2x + 3y] = rot(A[x, y], r[x, y])
  for (let x = 0; x < 5; x++)
    for (let y = 0; y < 5; y++) {
      const to = y + 5 * ((2 * x + 3 * y) % 5);
      code.push(...get(A(x + 5 * y)), I64_CONST, ...uleb(rho[x + 5 * y]!), I64_ROTL, ...set(B(to)));
    }
  // chi: A[x, y] = B[x, y] ^ (~B[x + 1, y] & B[x + 2, y])
  for (let y = 0; y < 5; y++)
    for (let x = 0; x < 5; x++) {
      const b = (i: number) => B(((x + i) % 5) + 5 * y);
      code.push(
        ...get(b(0)),
        ...get(b(1)),
        I64_CONST,
        0x7f,
        I64_XOR,
        ...get(b(2)),
        I64_AND,
        I64_XOR,
        ...set(A(x + 5 * y)),
      );
    }
  // iota
  code.push(
    ...get(A(0)),
    ...get(ROUND),
    I32_CONST,
    3,
    I32_SHL,
    I64_LOAD,
    3,
    ...uleb(RC_AT),
    I64_XOR,
    ...set(A(0)),
  );
  return code;
}

function absorbBody(): number[] {
  const rho = rhoOffsets();
  const code: number[] = [];
  for (let i = 0; i < 25; i++) code.push(I32_CONST, 0, I64_LOAD, 3, ...uleb(8 * i), ...set(A(i)));
  code.push(BLOCK, VOID, LOOP, VOID);
  code.push(...get(1), I32_EQZ, BR_IF, 1);
  for (let i = 0; i < RATE / 8; i++)
    code.push(...get(A(i)), ...get(0), I64_LOAD, 3, ...uleb(8 * i), I64_XOR, ...set(A(i)));
  code.push(...get(0), I32_CONST, ...uleb(RATE), I32_ADD, ...set(0));
  code.push(...get(1), I32_CONST, 1, I32_SUB, ...set(1));
  code.push(I32_CONST, 0, ...set(ROUND), LOOP, VOID, ...permutationRound(rho));
  code.push(
    ...get(ROUND),
    I32_CONST,
    1,
    I32_ADD,
    ...set(ROUND),
    ...get(ROUND),
    I32_CONST,
    24,
    I32_LT_U,
    BR_IF,
    0,
    END,
  );
  code.push(BR, 0, END, END);
  for (let i = 0; i < 25; i++) code.push(I32_CONST, 0, ...get(A(i)), I64_STORE, 3, ...uleb(8 * i));
  code.push(END);
  return code;
}

export function moduleBytes(): Uint8Array {
  const locals = vec([
    [...uleb(56), I64],
    [...uleb(1), I32],
  ]);
  const body = [...locals, ...absorbBody()];
  return Uint8Array.from([
    ...HEADER,
    ...section(1, vec([[0x60, ...vec([[I32], [I32]]), ...vec([])]])), // (i32 ptr, i32 n) -> ()
    ...section(3, vec([[0]])),
    ...section(5, vec([[0x00, 1]])),
    ...section(
      7,
      vec([
        [...name('absorb'), 0x00, 0],
        [...name('m'), 0x02, 0],
      ]),
    ),
    ...section(10, vec([[...uleb(body.length), ...body]])),
  ]);
}
