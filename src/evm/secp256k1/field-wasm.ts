/**
 * secp256k1 field and point arithmetic (SEC 2 section 2.4.1: y^2 = x^3 + 7 over
 * p = 2^256 - 2^32 - 977) as a small WebAssembly module generated here, byte by byte, for
 * public-key recovery (recover.ts). JavaScript BigInt spends most of a recovery in
 * multiplications modulo p; here a product is 64 native 32x32-bit multiplications and the
 * reduction uses 2^256 = 2^32 + 977 (mod p).
 *
 * Field elements are 8 little-endian 32-bit limbs (32 bytes) in memory, kept below 2^256
 * but not always below p ("weakly reduced"); `canon` reduces fully. Points are Jacobian
 * (X, Y, Z), 96 bytes. Every function takes byte addresses and reads all its inputs before
 * it writes, so outputs may alias inputs. Exports:
 *   mul(d, a, b), add(d, a, b), sub(d, a, b): d = a * b, a + b, a - b (mod p)
 *   sqr(d, a, a): d = a * a (b must be a)
 *   canon(a): a mod p in place; zero(a) -> 1 when a = 0 (mod p)
 *   dbl(d, a): d = 2a (dbl-2009-l, a = 0), a not the point at infinity
 *   padd(d, a, b) -> 0, or 1 (nothing written) when a and b have the same x (add-2007-bl
 *   has no answer there: the caller takes another way)
 *   madd(d, a, b) -> as padd, with b affine (x, y: 64 bytes, Z = 1 implied; madd-2007-bl)
 *   sqrn(d, a, n): d = a^(2^n)
 *   walk(acc, t1, t2, digits, n) -> acc = sum over the n digit pairs (high pair first, four
 *   doublings between pairs) of t1[d1] + t2[d2], tables of 16 Jacobian points (index 0
 *   unused), a zero digit adding nothing; 1 when padd had no answer or every digit was zero
 *   gwalk(acc, table, digits) -> acc += table[256 i + d_i] for the 32 byte digits d_i (an
 *   affine table of 64 bytes per entry); 1 when madd had no answer
 */

import {
  BLOCK,
  BR,
  BR_IF,
  CALL,
  ELSE,
  END,
  GET,
  HEADER,
  I32,
  I32_ADD,
  I32_CONST,
  I32_EQZ,
  I32_GE_U,
  I32_LOAD8_U,
  I32_MUL,
  I32_SHL,
  I32_SUB,
  I32_WRAP_I64,
  I64,
  I64_ADD,
  I64_AND,
  I64_CONST,
  I64_EQZ,
  I64_LOAD,
  I64_LOAD32_U,
  I64_MUL,
  I64_OR,
  I64_SHR_U,
  I64_STORE,
  I64_STORE32,
  I64_SUB,
  IF,
  LOOP,
  name,
  RETURN,
  SELECT,
  SET,
  section,
  sleb,
  TEE,
  uleb,
  VOID,
  vec,
} from '../../core/wasm.js';

type Code = number[];

const get = (l: number): Code => [GET, ...uleb(l)];
const set = (l: number): Code => [SET, ...uleb(l)];
const i64 = (v: number | bigint): Code => [I64_CONST, ...sleb(BigInt(v))];
const i32 = (v: number): Code => [I32_CONST, ...sleb(BigInt(v))];
const MASK = i64(0xffff_ffff);
const TWO32 = i64(2 ** 32);
/** Limb k of the field element at the address in local `ptr`, as an i64. */
const limb = (ptr: number, k: number): Code => [...get(ptr), I64_LOAD32_U, 2, ...uleb(4 * k)];
const storeLimb = (ptr: number, k: number, value: Code): Code => [
  ...get(ptr),
  ...value,
  I64_STORE32,
  2,
  ...uleb(4 * k),
];

// Function indices, in the order of `FUNCTIONS` below.
const MUL = 0;
const ADD = 1;
const SUB = 2;
const CANON = 3;
const ZERO = 4;
const DBL = 5;
const PADD = 6;
const MADD = 7;
const SQR = 11;

/**
 * `t = expr; r[k] = t & M; c = t >> 32` for each expr: a carry chain over limb locals `r`
 * with carry local `c` and scratch `t`.
 */
function chain(r: number[], c: number, t: number, terms: Code[]): Code {
  return terms.flatMap((term, k) => [
    ...term,
    TEE,
    t,
    ...MASK,
    I64_AND,
    ...set(r[k]!),
    ...get(t),
    ...i64(32),
    I64_SHR_U,
    ...set(c),
  ]);
}

/** Adds e * (2^32 + 977) to the 8 limbs `r` (value < 2^256 afterwards with c the overflow). */
function fold(r: number[], e: number, c: number, t: number): Code {
  return chain(r, c, t, [
    [...get(r[0]!), ...get(e), ...i64(977), I64_MUL, I64_ADD],
    [...get(r[1]!), ...get(e), I64_ADD, ...get(c), I64_ADD],
    ...[2, 3, 4, 5, 6, 7].map((k) => [...get(r[k]!), ...get(c), I64_ADD]),
  ]);
}

// mul: params d a b; sqr: params d a (b = a, each cross product once, doubled). Locals
// a0-7 (3..10), b0-7 (11..18), r0-15 (19..34), lo, hi, c, t, e.
function productBody(square: boolean): Code {
  const A = (i: number) => 3 + i;
  const B = (i: number) => (square ? A(i) : 11 + i);
  const R = (i: number) => 19 + i;
  const [lo, hi, c, t, e] = [35, 36, 37, 38, 39];
  const code: Code = [];
  for (let i = 0; i < 8; i++) code.push(...limb(1, i), ...set(A(i)));
  if (!square) for (let i = 0; i < 8; i++) code.push(...limb(2, i), ...set(B(i)));
  code.push(...i64(0), ...set(c));
  /** lo += x & M, hi += x >> 32 for the 64-bit product x on the stack. */
  const accumulate: Code = [TEE, t, ...MASK, I64_AND, ...get(lo), I64_ADD, ...set(lo)];
  accumulate.push(...get(t), ...i64(32), I64_SHR_U, ...get(hi), I64_ADD, ...set(hi));
  // The 512-bit product, column by column: each partial product's halves summed apart.
  for (let k = 0; k < 15; k++) {
    code.push(...i64(0), ...set(lo), ...i64(0), ...set(hi));
    for (let i = Math.max(0, k - 7); i <= Math.min(7, k); i++) {
      if (square && i >= k - i) break;
      code.push(...get(A(i)), ...get(B(k - i)), I64_MUL, ...accumulate);
    }
    if (square) {
      code.push(...get(lo), ...get(lo), I64_ADD, ...set(lo), ...get(hi), ...get(hi), I64_ADD, ...set(hi));
      if (k % 2 === 0) code.push(...get(A(k / 2)), ...get(A(k / 2)), I64_MUL, ...accumulate);
    }
    code.push(...get(c), ...get(lo), I64_ADD, TEE, t, ...MASK, I64_AND, ...set(R(k)));
    code.push(...get(t), ...i64(32), I64_SHR_U, ...get(hi), I64_ADD, ...set(c));
  }
  code.push(...get(c), ...set(R(15)));
  // L + H * 2^256 = L + H * 977 + H * 2^32 (mod p), into r0-7 and e (the bits above 2^256).
  const low = [0, 1, 2, 3, 4, 5, 6, 7].map(R);
  code.push(...i64(0), ...set(c));
  code.push(
    ...chain(
      low,
      c,
      t,
      low.map((rk, k) => [
        ...get(rk),
        ...get(R(8 + k)),
        ...i64(977),
        I64_MUL,
        I64_ADD,
        ...(k > 0 ? [...get(R(7 + k)), I64_ADD] : []),
        ...get(c),
        I64_ADD,
      ]),
    ),
  );
  code.push(...get(c), ...get(R(15)), I64_ADD, ...set(e));
  code.push(...fold(low, e, c, t), ...get(c), ...set(e), ...fold(low, e, c, t));
  for (let k = 0; k < 8; k++) code.push(...storeLimb(0, k, get(R(k))));
  return code;
}

// add: params d a b; locals r0-7 (3..10), c, t, e.
function addBody(): Code {
  const r = [3, 4, 5, 6, 7, 8, 9, 10];
  const [c, t, e] = [11, 12, 13];
  const code: Code = [...i64(0), ...set(c)];
  code.push(
    ...chain(
      r,
      c,
      t,
      r.map((_, k) => [...limb(1, k), ...limb(2, k), I64_ADD, ...get(c), I64_ADD]),
    ),
  );
  for (let round = 0; round < 2; round++) code.push(...get(c), ...set(e), ...fold(r, e, c, t));
  for (let k = 0; k < 8; k++) code.push(...storeLimb(0, k, get(r[k]!)));
  return code;
}

// sub: params d a b; locals r0-7 (3..10), borrow, t, e. t = x + 2^32 - y - borrow is never
// negative; its bit 32 is clear exactly when the limb borrowed.
function subBody(): Code {
  const r = [3, 4, 5, 6, 7, 8, 9, 10];
  const [br, t, e] = [11, 12, 13];
  const step = (k: number, x: Code, y: Code): Code => [
    ...x,
    ...TWO32,
    I64_ADD,
    ...y,
    I64_SUB,
    ...get(br),
    I64_SUB,
    TEE,
    t,
    ...MASK,
    I64_AND,
    ...set(r[k]!),
    ...i64(1),
    ...get(t),
    ...i64(32),
    I64_SHR_U,
    I64_SUB,
    ...set(br),
  ];
  const code: Code = [...i64(0), ...set(br)];
  for (let k = 0; k < 8; k++) code.push(...step(k, limb(1, k), limb(2, k)));
  // A borrow out of the top means 2^256 was added: take 2^32 + 977 off (twice at most).
  for (let round = 0; round < 2; round++) {
    code.push(...get(br), ...set(e), ...i64(0), ...set(br));
    code.push(...step(0, get(r[0]!), [...get(e), ...i64(977), I64_MUL]));
    code.push(...step(1, get(r[1]!), get(e)));
    for (let k = 2; k < 8; k++) code.push(...step(k, get(r[k]!), i64(0)));
  }
  for (let k = 0; k < 8; k++) code.push(...storeLimb(0, k, get(r[k]!)));
  return code;
}

// canon: param a; locals s0-7 (1..8), c, t. a >= p exactly when a + 2^32 + 977 >= 2^256.
function canonBody(): Code {
  const s = [1, 2, 3, 4, 5, 6, 7, 8];
  const [c, t] = [9, 10];
  const add = [977, 1, 0, 0, 0, 0, 0, 0];
  const code: Code = [...i64(0), ...set(c)];
  code.push(
    ...chain(
      s,
      c,
      t,
      s.map((_, k) => [...limb(0, k), ...i64(add[k]!), I64_ADD, ...get(c), I64_ADD]),
    ),
  );
  for (let k = 0; k < 8; k++)
    code.push(...storeLimb(0, k, [...get(s[k]!), ...limb(0, k), ...get(c), I32_WRAP_I64, SELECT]));
  return code;
}

// zero: param a -> i32.
function zeroBody(): Code {
  const code: Code = [...get(0), CALL, CANON, ...limb(0, 0)];
  for (let k = 1; k < 8; k++) code.push(...limb(0, k), I64_OR);
  return [...code, I64_EQZ];
}

// Point formulas over scratch slots. An operand is a scratch slot number, or a coordinate
// (0 X, 1 Y, 2 Z) of the point whose address is in parameter `p`.
type Operand = number | { p: number; k: number };
const SLOT = 32;
const addr = (o: Operand): Code =>
  typeof o === 'number' ? i32(o * SLOT) : [...get(o.p), ...i32(o.k * SLOT), I32_ADD];
const op = (f: number, d: Operand, a: Operand, b: Operand): Code => [
  ...addr(d),
  ...addr(a),
  ...addr(b),
  CALL,
  f,
];
const mul = (d: Operand, a: Operand, b: Operand) => op(MUL, d, a, b);
const sqr = (d: Operand, a: Operand) => op(SQR, d, a, a);
const add = (d: Operand, a: Operand, b: Operand) => op(ADD, d, a, b);
const sub = (d: Operand, a: Operand, b: Operand) => op(SUB, d, a, b);
const copy = (d: Operand, a: Operand): Code =>
  [0, 8, 16, 24].flatMap((o) => [...addr(d), ...addr(a), I64_LOAD, 3, ...uleb(o), I64_STORE, 3, ...uleb(o)]);
const X = (p: number) => ({ p, k: 0 });
const Y = (p: number) => ({ p, k: 1 });
const Z = (p: number) => ({ p, k: 2 });

/** Scratch slots used by the point formulas (slots 0-15; the module's callers use others). */
export const SCRATCH_BYTES = 16 * SLOT;

/** Returns 1 from the function when `h` is zero (mod p); `t` is scratch. */
const returnIfZero = (h: number, t: number): Code => [
  ...copy(t, h),
  ...addr(t),
  CALL,
  ZERO,
  IF,
  VOID,
  ...i32(1),
  RETURN,
  END,
];
/** The point (x3, y3, z3) of scratch slots to the point at parameter 0. */
const storePoint = (x3: number, y3: number, z3: number): Code => [
  ...copy(X(0), x3),
  ...copy(Y(0), y3),
  ...copy(Z(0), z3),
];

// dbl: params d a. http://hyperelliptic.org/EFD/g1p/auto-shortw-jacobian-0.html#doubling-dbl-2009-l
function dblBody(): Code {
  const [A, B, C, D, E, F, t, x3, y3, z3] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const a = 1;
  return [
    ...sqr(A, X(a)),
    ...sqr(B, Y(a)),
    ...sqr(C, B),
    ...add(t, X(a), B),
    ...sqr(t, t),
    ...sub(t, t, A),
    ...sub(t, t, C),
    ...add(D, t, t),
    ...add(E, A, A),
    ...add(E, E, A),
    ...sqr(F, E),
    ...mul(z3, Y(a), Z(a)),
    ...add(z3, z3, z3),
    ...add(t, D, D),
    ...sub(x3, F, t),
    ...sub(t, D, x3),
    ...mul(t, E, t),
    ...add(C, C, C),
    ...add(C, C, C),
    ...add(C, C, C),
    ...sub(y3, t, C),
    ...storePoint(x3, y3, z3),
  ];
}

// padd: params d a b -> i32. http://hyperelliptic.org/EFD/g1p/auto-shortw-jacobian-0.html#addition-add-2007-bl
function paddBody(): Code {
  const [z1z1, z2z2, u1, u2, s1, s2, h, i, j, r, v, t, x3, y3, z3] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
  ];
  const [a, b] = [1, 2];
  return [
    ...sqr(z1z1, Z(a)),
    ...sqr(z2z2, Z(b)),
    ...mul(u1, X(a), z2z2),
    ...mul(u2, X(b), z1z1),
    ...mul(s1, Y(a), Z(b)),
    ...mul(s1, s1, z2z2),
    ...mul(s2, Y(b), Z(a)),
    ...mul(s2, s2, z1z1),
    ...sub(h, u2, u1),
    ...returnIfZero(h, t),
    ...add(i, h, h),
    ...sqr(i, i),
    ...mul(j, h, i),
    ...sub(r, s2, s1),
    ...add(r, r, r),
    ...mul(v, u1, i),
    ...sqr(x3, r),
    ...sub(x3, x3, j),
    ...sub(x3, x3, v),
    ...sub(x3, x3, v),
    ...sub(t, v, x3),
    ...mul(y3, r, t),
    ...mul(t, s1, j),
    ...add(t, t, t),
    ...sub(y3, y3, t),
    ...add(z3, Z(a), Z(b)),
    ...sqr(z3, z3),
    ...sub(z3, z3, z1z1),
    ...sub(z3, z3, z2z2),
    ...mul(z3, z3, h),
    ...storePoint(x3, y3, z3),
    ...i32(0),
  ];
}

// madd: params d a b -> i32, b affine (X at b, Y at b + 32).
// http://hyperelliptic.org/EFD/g1p/auto-shortw-jacobian-0.html#addition-madd-2007-bl
function maddBody(): Code {
  const [z1z1, u2, s2, h, hh, i, j, r, v, t, x3, y3, z3] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const [a, b] = [1, 2];
  return [
    ...sqr(z1z1, Z(a)),
    ...mul(u2, X(b), z1z1),
    ...mul(s2, Y(b), Z(a)),
    ...mul(s2, s2, z1z1),
    ...sub(h, u2, X(a)),
    ...returnIfZero(h, t),
    ...sqr(hh, h),
    ...add(i, hh, hh),
    ...add(i, i, i),
    ...mul(j, h, i),
    ...sub(r, s2, Y(a)),
    ...add(r, r, r),
    ...mul(v, X(a), i),
    ...sqr(x3, r),
    ...sub(x3, x3, j),
    ...sub(x3, x3, v),
    ...sub(x3, x3, v),
    ...sub(t, v, x3),
    ...mul(y3, r, t),
    ...mul(t, Y(a), j),
    ...add(t, t, t),
    ...sub(y3, y3, t),
    ...add(z3, Z(a), h),
    ...sqr(z3, z3),
    ...sub(z3, z3, z1z1),
    ...sub(z3, z3, hh),
    ...storePoint(x3, y3, z3),
    ...i32(0),
  ];
}

/** `block loop (exit when cond) body (back) end end`: a while loop. */
const whileLoop = (cond: Code, body: Code): Code => [
  BLOCK,
  VOID,
  LOOP,
  VOID,
  ...cond,
  BR_IF,
  1,
  ...body,
  BR,
  0,
  END,
  END,
];
const inc = (l: number): Code => [...get(l), ...i32(1), I32_ADD, ...set(l)];

// sqrn: params d a n; d = a, then n squarings.
function sqrnBody(): Code {
  const [d, a, n] = [0, 1, 2];
  const code: Code = [0, 8, 16, 24].flatMap((o) => [
    ...get(d),
    ...get(a),
    I64_LOAD,
    3,
    ...uleb(o),
    I64_STORE,
    3,
    ...uleb(o),
  ]);
  const square = [...get(d), ...get(d), ...get(d), CALL, SQR, ...get(n), ...i32(1), I32_SUB, ...set(n)];
  return [...code, ...whileLoop([...get(n), I32_EQZ], square)];
}

// walk: params acc t1 t2 digits n -> i32; locals i, d, started, src (i32).
function walkBody(): Code {
  const [acc, t1, t2, digits, n, i, d, started, src] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const step = (table: number, offset: number): Code => [
    ...get(digits),
    ...get(i),
    ...i32(1),
    I32_SHL,
    I32_ADD,
    I32_LOAD8_U,
    0,
    ...uleb(offset),
    TEE,
    d,
    IF,
    VOID,
    ...get(table),
    ...get(d),
    ...i32(96),
    I32_MUL,
    I32_ADD,
    ...set(src),
    ...get(started),
    IF,
    VOID,
    ...get(acc),
    ...get(acc),
    ...get(src),
    CALL,
    PADD,
    IF,
    VOID,
    ...i32(1),
    RETURN,
    END,
    ELSE,
    ...Array.from({ length: 12 }, (_, k) => [
      ...get(acc),
      ...get(src),
      I64_LOAD,
      3,
      ...uleb(8 * k),
      I64_STORE,
      3,
      ...uleb(8 * k),
    ]).flat(),
    ...i32(1),
    ...set(started),
    END,
    END,
  ];
  const doubles = [
    ...get(started),
    IF,
    VOID,
    ...[0, 1, 2, 3].flatMap(() => [...get(acc), ...get(acc), CALL, DBL]),
    END,
  ];
  const body = [...doubles, ...step(t1, 0), ...step(t2, 1), ...inc(i)];
  return [...whileLoop([...get(i), ...get(n), I32_GE_U], body), ...get(started), I32_EQZ];
}

/** The fixed-base table of gwalk: 32 windows of 8 bits, 256 entries each (entry 0 unused). */
export const G_WINDOWS = 32;
export const G_ENTRIES = 256;

// gwalk: params acc table digits -> i32; locals i, d (i32).
function gwalkBody(): Code {
  const [acc, table, digits, i, d] = [0, 1, 2, 3, 4];
  const body: Code = [
    ...get(digits),
    ...get(i),
    I32_ADD,
    I32_LOAD8_U,
    0,
    0,
    TEE,
    d,
    IF,
    VOID,
    ...get(acc),
    ...get(acc),
    ...get(table),
    ...get(i),
    ...i32(G_ENTRIES),
    I32_MUL,
    ...get(d),
    I32_ADD,
    ...i32(64),
    I32_MUL,
    I32_ADD,
    CALL,
    MADD,
    IF,
    VOID,
    ...i32(1),
    RETURN,
    END,
    END,
    ...inc(i),
  ];
  return [...whileLoop([...get(i), ...i32(G_WINDOWS), I32_GE_U], body), ...i32(0)];
}

// Types: 0 (i32 i32 i32) -> (), 1 (i32) -> (), 2 (i32) -> i32, 3 (i32 i32) -> (), 4 (i32 i32 i32) -> i32,
// 5 (i32 i32 i32 i32 i32) -> i32.
const TYPES: Code[] = [
  [0x60, ...vec([[I32], [I32], [I32]]), ...vec([])],
  [0x60, ...vec([[I32]]), ...vec([])],
  [0x60, ...vec([[I32]]), ...vec([[I32]])],
  [0x60, ...vec([[I32], [I32]]), ...vec([])],
  [0x60, ...vec([[I32], [I32], [I32]]), ...vec([[I32]])],
  [0x60, ...vec([[I32], [I32], [I32], [I32], [I32]]), ...vec([[I32]])],
];

const FUNCTIONS: { name: string; type: number; i64Locals: number; i32Locals?: number; body: () => Code }[] = [
  { name: 'mul', type: 0, i64Locals: 37, body: () => productBody(false) },
  { name: 'add', type: 0, i64Locals: 11, body: addBody },
  { name: 'sub', type: 0, i64Locals: 11, body: subBody },
  { name: 'canon', type: 1, i64Locals: 10, body: canonBody },
  { name: 'zero', type: 2, i64Locals: 0, body: zeroBody },
  { name: 'dbl', type: 3, i64Locals: 0, body: dblBody },
  { name: 'padd', type: 4, i64Locals: 0, body: paddBody },
  { name: 'madd', type: 4, i64Locals: 0, body: maddBody },
  { name: 'sqrn', type: 0, i64Locals: 0, body: sqrnBody },
  { name: 'walk', type: 5, i64Locals: 0, i32Locals: 4, body: walkBody },
  { name: 'gwalk', type: 4, i64Locals: 0, i32Locals: 2, body: gwalkBody },
  { name: 'sqr', type: 0, i64Locals: 37, body: () => productBody(true) },
];

/** Memory pages (64 KiB each) of the module. */
export const PAGES = 10;

export function moduleBytes(): Uint8Array {
  const code = FUNCTIONS.map((f) => {
    const groups: number[][] = [];
    if (f.i64Locals) groups.push([...uleb(f.i64Locals), I64]);
    if (f.i32Locals) groups.push([...uleb(f.i32Locals), I32]);
    const locals = vec(groups);
    const body = [...locals, ...f.body(), END];
    return [...uleb(body.length), ...body];
  });
  return Uint8Array.from([
    ...HEADER,
    ...section(1, vec(TYPES)),
    ...section(3, vec(FUNCTIONS.map((f) => [f.type]))),
    ...section(5, vec([[0x00, PAGES]])),
    ...section(7, vec([...FUNCTIONS.map((f, i) => [...name(f.name), 0x00, i]), [...name('m'), 0x02, 0]])),
    ...section(10, vec(code)),
  ]);
}
