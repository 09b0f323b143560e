/**
 * The R1CS as snarkVM hands it to Varuna (circuit/environment/src/helpers/converter.rs,
 * algorithms/src/snark/varuna/ahp/{indexer/indexer.rs,matrices.rs,indexer/circuit.rs}):
 * column 0 is the constant one (a linear combination's constant lands there), then the other
 * public variables, then the public input padded with zero variables to a power of two, then
 * the private variables in allocation order. Each row's entries are merged by column and
 * sorted. The indexer appends three zero-knowledge variables and one constraint (zk0·zk1 = zk2);
 * the circuit id is Blake2s-256 over the circuit info (6 × u64) and the A, B, C matrices
 * (Vec<Vec<(field, u64)>>, little-endian, uncompressed).
 */
import { createHash } from 'node:crypto';
import { Fq } from '../crypto/modular.js';
import type { LC, R1CS } from './env.js';

/** One row: columns ascending with their non-zero coefficients. */
export type Row = ReadonlyArray<readonly [column: number, coefficient: bigint]>;

export interface Matrices {
  readonly a: Row[];
  readonly b: Row[];
  readonly c: Row[];
  /** Public inputs before padding (index 0 the constant one). */
  readonly numPublic: number;
  /** Public inputs padded to a power of two, as Varuna's input domain. */
  readonly numPaddedPublic: number;
  readonly numPrivate: number;
}

export interface CircuitInfo {
  readonly numPublicInputs: number;
  readonly numVariables: number;
  readonly numConstraints: number;
  readonly nonZero: { readonly a: number; readonly b: number; readonly c: number };
}

const nextPow2 = (n: number): number => {
  let p = 1;
  while (p < n) p *= 2;
  return p;
};

function row(lc: LC, padded: number): Row {
  const m = new Map<number, bigint>();
  const put = (col: number, v: bigint) => {
    const s = Fq.add(m.get(col) ?? 0n, v);
    if (s === 0n) m.delete(col);
    else m.set(col, s);
  };
  for (const [k, v] of lc.terms) put((k & 1) === 0 ? k >> 1 : padded + (k >> 1), v);
  if (lc.constant !== 0n) put(0, lc.constant);
  return [...m].sort((x, y) => x[0] - y[0]);
}

/** The matrices snarkVM's converter writes (without Varuna's zero-knowledge row). */
export function toMatrices(r1cs: R1CS): Matrices {
  const numPublic = r1cs.publicValues.length;
  const padded = nextPow2(numPublic);
  return {
    a: r1cs.constraints.map((c) => row(c.a, padded)),
    b: r1cs.constraints.map((c) => row(c.b, padded)),
    c: r1cs.constraints.map((c) => row(c.c, padded)),
    numPublic,
    numPaddedPublic: padded,
    numPrivate: r1cs.privateValues.length,
  };
}

const count = (rows: readonly Row[]) => rows.reduce((n, r) => n + r.length, 0);

/** Matrices and info as Varuna's indexer has them (zero-knowledge variables and row appended). */
export function indexed(m: Matrices): { a: Row[]; b: Row[]; c: Row[]; info: CircuitInfo } {
  const zk = m.numPaddedPublic + m.numPrivate;
  const a = [...m.a, [[zk, 1n]] as Row];
  const b = [...m.b, [[zk + 1, 1n]] as Row];
  const c = [...m.c, [[zk + 2, 1n]] as Row];
  return {
    a,
    b,
    c,
    info: {
      numPublicInputs: m.numPaddedPublic,
      numVariables: m.numPaddedPublic + m.numPrivate + 3,
      numConstraints: a.length,
      nonZero: { a: count(a), b: count(b), c: count(c) },
    },
  };
}

const fieldBytes = new Map<bigint, Uint8Array>();
const nibble = (c: number) => (c <= 57 ? c - 48 : c - 87);

class Writer {
  private buf = new Uint8Array(1 << 16);
  len = 0;
  private ensure(n: number) {
    if (this.len + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  u64(v: number) {
    this.ensure(8);
    const lo = v >>> 0;
    const hi = Math.floor(v / 2 ** 32);
    const b = this.buf;
    let n = this.len;
    b[n++] = lo & 0xff;
    b[n++] = (lo >>> 8) & 0xff;
    b[n++] = (lo >>> 16) & 0xff;
    b[n++] = lo >>> 24;
    b[n++] = hi & 0xff;
    b[n++] = (hi >>> 8) & 0xff;
    b[n++] = (hi >>> 16) & 0xff;
    b[n++] = hi >>> 24;
    this.len = n;
  }
  /** A field element, 32 bytes little-endian (coefficients repeat: their bytes are cached). */
  field(v: bigint) {
    this.ensure(32);
    let bytes = fieldBytes.get(v);
    if (!bytes) {
      bytes = new Uint8Array(32);
      const hex = v.toString(16).padStart(64, '0');
      for (let i = 0; i < 32; i++)
        bytes[i] = (nibble(hex.charCodeAt(62 - 2 * i)) << 4) | nibble(hex.charCodeAt(63 - 2 * i));
      if (fieldBytes.size < 1 << 16) fieldBytes.set(v, bytes);
    }
    this.buf.set(bytes, this.len);
    this.len += 32;
  }
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}

/** snarkVM's CircuitId, lowercase hex. */
export function circuitId(m: Matrices): { id: string; info: CircuitInfo } {
  const { a, b, c, info } = indexed(m);
  const w = new Writer();
  for (const v of [
    info.numPublicInputs,
    info.numVariables,
    info.numConstraints,
    info.nonZero.a,
    info.nonZero.b,
    info.nonZero.c,
  ])
    w.u64(v);
  for (const mat of [a, b, c]) {
    w.u64(mat.length);
    for (const r of mat) {
      w.u64(r.length);
      for (const [col, v] of r) {
        w.field(v);
        w.u64(col);
      }
    }
  }
  return { id: createHash('blake2s256').update(w.bytes()).digest('hex'), info };
}

/** The full assignment z (public then padding zeros then private) for A·z ∘ B·z = C·z. */
export function assignment(r1cs: R1CS): bigint[] {
  const padded = nextPow2(r1cs.publicValues.length);
  const z = [...r1cs.publicValues];
  while (z.length < padded) z.push(0n);
  return z.concat(r1cs.privateValues);
}

/** The first row (index) whose A·z · B·z ≠ C·z, or -1. */
export function firstUnsatisfied(m: Matrices, z: readonly bigint[]): number {
  const dot = (r: Row) => r.reduce((s, [col, v]) => (s + v * (z[col] as bigint)) % Fq.p, 0n);
  for (let i = 0; i < m.a.length; i++) {
    if (Fq.mul(dot(m.a[i] as Row), dot(m.b[i] as Row)) !== dot(m.c[i] as Row)) return i;
  }
  return -1;
}
