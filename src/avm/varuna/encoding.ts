/**
 * Varuna verifying keys and proofs as snarkVM writes them (algorithms/src/snark/varuna/
 * data_structures/{circuit_verifying_key,proof}.rs; console VerifyingKey / Proof), and their
 * text forms `verifier1…` / `proof1…` (bech32m of the bytes).
 *
 * Verifying key (673 bytes for one Aleo function): version 1 (u8); CircuitInfo as six u64
 * (public inputs, variables, constraints, non-zero entries of A, B, C); the twelve index
 * commitments (u64 count, compressed G1, in label order col_a…row_col_val_c); the circuit id
 * (32 bytes); the console key's u64 variable count.
 *
 * Proof (957 bytes for one circuit and one instance): version 1; batch sizes (u64 count, u64
 * each); commitments w (one per instance), mask_poly (Option), h_0, g_1, h_1, g_a/g_b/g_c (one
 * per circuit), h_2; evaluations g_1, g_a/g_b/g_c per circuit; third-round sums (a, b, c per
 * instance); fourth-round sums (per circuit); the KZG batch proof (u64 count, then w and an
 * optional random_v per query point).
 */
import { bech32mDecode, bech32mEncode } from '../crypto/bech32m.js';
import type { G1Affine } from '../curves/bls12-377.js';
import { ByteReader, ByteWriter } from '../curves/bytes.js';
import { VarunaDecodeError } from '../curves/errors.js';

export interface CircuitInfo {
  numPublicInputs: number;
  numVariables: number;
  numConstraints: number;
  nonZeroA: number;
  nonZeroB: number;
  nonZeroC: number;
}

export interface VerifyingKey {
  info: CircuitInfo;
  /** The 12 index polynomial commitments in label order. */
  commitments: G1Affine[];
  /** Blake2s-256 of the circuit info and matrices. */
  id: Uint8Array;
  /** The console key's variable count (trailing u64). */
  numVariables: bigint;
}

export interface MatrixSums {
  a: bigint;
  b: bigint;
  c: bigint;
}

export interface KzgProof {
  w: G1Affine;
  randomV: bigint | undefined;
}

export interface Proof {
  batchSizes: number[];
  w: G1Affine[];
  maskPoly: G1Affine | undefined;
  h0: G1Affine;
  g1: G1Affine;
  h1: G1Affine;
  ga: G1Affine[];
  gb: G1Affine[];
  gc: G1Affine[];
  h2: G1Affine;
  evals: { g1: bigint; ga: bigint[]; gb: bigint[]; gc: bigint[] };
  /** Per circuit, per instance. */
  thirdSums: MatrixSums[][];
  /** Per circuit. */
  fourthSums: MatrixSums[];
  pc: KzgProof[];
}

const VERSION = 1;
/** Upper bounds on wire counts (snarkVM's MAX_INPUTS-sized batches are far below these). */
const MAX_ITEMS = 1 << 16;

const INFO_FIELDS = [
  'numPublicInputs',
  'numVariables',
  'numConstraints',
  'nonZeroA',
  'nonZeroB',
  'nonZeroC',
] as const;

function readVersion(r: ByteReader): void {
  const v = r.u8();
  if (v !== VERSION) throw new VarunaDecodeError(`${r.label}: version ${v}, expected ${VERSION}`);
}

export function circuitInfoBytes(info: CircuitInfo): Uint8Array {
  const w = new ByteWriter();
  for (const k of INFO_FIELDS) w.u64(info[k]);
  return w.bytes();
}

/** Options of the decoders: `trailing` ignores bytes after the key or proof (snarkVM `from_bytes_le`). */
export interface DecodeOptions {
  trailing?: boolean;
}

export function decodeVerifyingKey(bytes: Uint8Array, opts: DecodeOptions = {}): VerifyingKey {
  const r = new ByteReader(bytes, 'verifying key');
  readVersion(r);
  const info = {} as CircuitInfo;
  for (const k of INFO_FIELDS) info[k] = r.count(k, Number.MAX_SAFE_INTEGER);
  const n = r.count('commitment count', MAX_ITEMS);
  const commitments = Array.from({ length: n }, () => r.g1());
  const id = r.bytesN(32);
  const numVariables = r.u64();
  if (!opts.trailing) r.end();
  return { info, commitments, id, numVariables };
}

export function encodeVerifyingKey(vk: VerifyingKey): Uint8Array {
  const w = new ByteWriter().u8(VERSION).raw(circuitInfoBytes(vk.info)).u64(vk.commitments.length);
  for (const c of vk.commitments) w.g1(c);
  return w.raw(vk.id).u64(vk.numVariables).bytes();
}

const sums = (r: ByteReader): MatrixSums => ({ a: r.fr(), b: r.fr(), c: r.fr() });
const many = <T>(n: number, f: () => T): T[] => Array.from({ length: n }, f);

export function decodeProof(bytes: Uint8Array, opts: DecodeOptions = {}): Proof {
  const r = new ByteReader(bytes, 'proof');
  readVersion(r);
  const batchSizes = many(r.count('circuit count', MAX_ITEMS), () => r.count('batch size', MAX_ITEMS));
  if (batchSizes.length === 0 || batchSizes.some((b) => b === 0))
    throw new VarunaDecodeError('proof: empty batch');
  const k = batchSizes.length;
  const instances = batchSizes.reduce((a, b) => a + b, 0);
  const g = () => r.g1();
  const w = many(instances, g);
  const maskPoly = r.bool() ? r.g1() : undefined;
  const [h0, g1, h1] = [g(), g(), g()];
  const [ga, gb, gc] = [many(k, g), many(k, g), many(k, g)];
  const h2 = g();
  const f = () => r.fr();
  const evals = { g1: f(), ga: many(k, f), gb: many(k, f), gc: many(k, f) };
  const thirdSums = batchSizes.map((b) => many(b, () => sums(r)));
  const fourthSums = many(k, () => sums(r));
  const pc = many(r.count('opening count', MAX_ITEMS), () => ({
    w: r.g1(),
    randomV: r.bool() ? r.fr() : undefined,
  }));
  if (!opts.trailing) r.end();
  return { batchSizes, w, maskPoly, h0, g1, h1, ga, gb, gc, h2, evals, thirdSums, fourthSums, pc };
}

export function encodeProof(p: Proof): Uint8Array {
  const w = new ByteWriter().u8(VERSION).u64(p.batchSizes.length);
  for (const b of p.batchSizes) w.u64(b);
  for (const c of p.w) w.g1(c);
  w.bool(p.maskPoly !== undefined);
  if (p.maskPoly) w.g1(p.maskPoly);
  for (const c of [p.h0, p.g1, p.h1, ...p.ga, ...p.gb, ...p.gc, p.h2]) w.g1(c);
  for (const e of [p.evals.g1, ...p.evals.ga, ...p.evals.gb, ...p.evals.gc]) w.fr(e);
  for (const s of [...p.thirdSums.flat(), ...p.fourthSums]) w.fr(s.a).fr(s.b).fr(s.c);
  w.u64(p.pc.length);
  for (const o of p.pc) {
    w.g1(o.w).bool(o.randomV !== undefined);
    if (o.randomV !== undefined) w.fr(o.randomV);
  }
  return w.bytes();
}

export const parseVerifyingKey = (text: string): VerifyingKey =>
  decodeVerifyingKey(bech32mDecode(text.trim(), 'verifier', 'verifying key'));
export const verifyingKeyToString = (vk: VerifyingKey): string =>
  bech32mEncode('verifier', encodeVerifyingKey(vk));
export const parseProof = (text: string): Proof => decodeProof(bech32mDecode(text.trim(), 'proof', 'proof'));
export const proofToString = (p: Proof): string => bech32mEncode('proof', encodeProof(p));
