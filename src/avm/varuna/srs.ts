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
import { type G1Affine, G2_GENERATOR, type G2Affine } from '../curves/bls12-377.js';
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
