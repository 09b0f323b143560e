/**
 * snarkVM's universal SRS for Varuna (parameters/src/mainnet/powers.rs, kzg10/data_structures.rs),
 * read from the files in ../shared/aleo-srs (or the folder named by POLYVM_ALEO_SRS): the
 * powers of β·G (degrees below 2^15 and 2^16, each a u64 count and uncompressed G1 points),
 * the map {i: βⁱγG}, the map {d: β^(-(D-d))H} for degree bounds d = 2^k - 2, and βH; H is the
 * G2 generator. The verifier needs G, γG, H, βH and the degree-bound map.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type G1, type G1Affine, G2_GENERATOR, type G2Affine, g1 } from '../curves/bls12-377.js';
import { ByteReader } from '../curves/bytes.js';
import { VarunaSrsError } from '../curves/errors.js';

/** The SRS folder: POLYVM_ALEO_SRS, else ../shared/aleo-srs beside the package. */
export function srsDir(): string {
  if (process.env.POLYVM_ALEO_SRS) return process.env.POLYVM_ALEO_SRS;
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/aleo-srs');
}

export function srsAvailable(dir = srsDir()): boolean {
  return [
    'powers-of-beta-15.usrs',
    'powers-of-beta-gamma.usrs',
    'neg-powers-of-beta.usrs',
    'beta-h.usrs',
  ].every((f) => existsSync(join(dir, f)));
}

function read(dir: string, name: string): ByteReader {
  const file = join(dir, name);
  if (!existsSync(file)) throw new VarunaSrsError(`universal SRS file ${file} not found`);
  return new ByteReader(new Uint8Array(readFileSync(file)), name);
}

function readMap<T>(r: ByteReader, value: () => T): Map<number, T> {
  const m = new Map<number, T>();
  const n = r.count('entries', 1 << 20);
  for (let i = 0; i < n; i++) m.set(r.count('key', Number.MAX_SAFE_INTEGER), value());
  r.end();
  return m;
}

export interface VerifierSrs {
  g: G1Affine;
  gammaG: G1Affine;
  h: G2Affine;
  betaH: G2Affine;
  /** Degree bound d → β^(-(D-d))·H. */
  negPowersOfBetaH: Map<number, G2Affine>;
}

let verifierCache: { dir: string; srs: VerifierSrs } | undefined;

export function loadVerifierSrs(dir = srsDir()): VerifierSrs {
  if (verifierCache?.dir === dir) return verifierCache.srs;
  const powers = read(dir, 'powers-of-beta-15.usrs');
  powers.count('powers', 1 << 28);
  const g = powers.g1Uncompressed();
  const gamma = read(dir, 'powers-of-beta-gamma.usrs');
  const gammaMap = readMap(gamma, () => gamma.g1Uncompressed());
  const gammaG = gammaMap.get(0);
  if (!gammaG) throw new VarunaSrsError('powers-of-beta-gamma.usrs has no degree 0');
  const neg = read(dir, 'neg-powers-of-beta.usrs');
  const negPowersOfBetaH = readMap(neg, () => neg.g2Uncompressed());
  const bh = read(dir, 'beta-h.usrs');
  const betaH = bh.g2Uncompressed();
  bh.end();
  const srs = { g, gammaG, h: G2_GENERATOR, betaH, negPowersOfBetaH };
  verifierCache = { dir, srs };
  return srs;
}

/** snarkVM's MAX_NUM_POWERS (2^28): D, the degree the shifted powers β^(D-i)·G count down from. */
export const SRS_MAX_DEGREE = 1 << 28;
const CHUNK = 1 << 15;

/** Reads `file` (a u64 count and uncompressed G1 points) as mcl points. */
function readPowers(dir: string, file: string): G1[] {
  const r = read(dir, file);
  const n = r.count('powers', 1 << 28);
  if (n !== CHUNK) throw new VarunaSrsError(`${file}: ${n} powers, expected ${CHUNK}`);
  const out = new Array<G1>(n);
  for (let i = 0; i < n; i++) out[i] = g1(r.g1Uncompressed());
  r.end();
  return out;
}

/** The prover's SRS: the powers β^i·G (i < 2^16) and the shifted powers β^(D-2^16+i)·G, loaded on demand. */
export class ProverSrs {
  private normal: G1[] = [];
  private shifted: G1[] = [];
  constructor(
    readonly dir: string,
    readonly verifier: VerifierSrs,
    /** β^i·γ·G by i (the hiding commitments' randomness). */
    readonly gammaPowers: Map<number, G1Affine>,
  ) {}

  /** β^0·G … β^(n-1)·G. */
  powers(n: number): G1[] {
    if (n > 2 * CHUNK)
      throw new VarunaSrsError(`degree ${n - 1} needs SRS powers beyond 2^16 (not available offline)`);
    if (this.normal.length === 0) this.normal = readPowers(this.dir, 'powers-of-beta-15.usrs');
    if (n > CHUNK && this.normal.length === CHUNK)
      this.normal = this.normal.concat(readPowers(this.dir, 'powers-of-beta-16.usrs'));
    return this.normal.slice(0, n);
  }

  /** β^start·G … β^(start+n-1)·G for start ≥ D - 2^16 (degree-bound commitments). */
  shiftedPowers(start: number, n: number): G1[] {
    const low = SRS_MAX_DEGREE - 2 * CHUNK;
    if (start < low || start + n > SRS_MAX_DEGREE)
      throw new VarunaSrsError(`shifted SRS powers ${start}..${start + n} are not available offline`);
    if (this.shifted.length === 0)
      this.shifted = readPowers(this.dir, 'shifted-powers-of-beta-16.usrs').concat(
        readPowers(this.dir, 'shifted-powers-of-beta-15.usrs'),
      );
    return this.shifted.slice(start - low, start - low + n);
  }
}

let proverCache: ProverSrs | undefined;

/** The prover SRS over the folder `dir` (powers are read the first time they are needed). */
export function loadProverSrs(dir = srsDir()): ProverSrs {
  if (proverCache?.dir === dir) return proverCache;
  const gamma = read(dir, 'powers-of-beta-gamma.usrs');
  const gammaPowers = readMap(gamma, () => gamma.g1Uncompressed());
  proverCache = new ProverSrs(dir, loadVerifierSrs(dir), gammaPowers);
  return proverCache;
}
