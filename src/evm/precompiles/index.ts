/**
 * The precompiled contracts, and the table of which are active in each fork (Yellow Paper
 * appendix E; EIP-196/197/198 in Byzantium, EIP-152 and EIP-1108 in Istanbul, EIP-2565 in
 * Berlin, EIP-4844 in Cancun, EIP-2537 in Prague, EIP-7823/7883 and EIP-7951 in Osaka).
 * Each fork's table is built once, on first request.
 */
import { InvalidArgumentError } from '../../core/errors.js';
import { FORKS, type ForkName, forkAtLeast } from '../fork-names.js';
import { blake2f } from './blake2f.js';
import { bls12G1Add, bls12G2Add } from './bls12-381-add.js';
import { bls12MapFp2ToG2, bls12MapFpToG1 } from './bls12-381-map.js';
import { bls12G1Msm, bls12G2Msm } from './bls12-381-msm.js';
import { bls12Pairing } from './bls12-381-pairing.js';
import { bn254AddByzantium, bn254AddIstanbul } from './bn254-add.js';
import { bn254MulByzantium, bn254MulIstanbul } from './bn254-mul.js';
import { bn254PairingByzantium, bn254PairingIstanbul } from './bn254-pairing.js';
import { ecrecover } from './ecrecover.js';
import { identity } from './identity.js';
import { memoized } from './memo.js';
import { modexpBerlin, modexpByzantium, modexpOsaka } from './modexp.js';
import { p256Verify } from './p256verify.js';
import { pointEvaluation } from './point-evaluation.js';
import { ripemd160 } from './ripemd160.js';
import { sha256 } from './sha256.js';
import type { Precompile } from './types.js';

export type { Precompile, PrecompileResult } from './types.js';

/** The map key of address `n`: 20 bytes as lowercase hex without 0x. */
export function precompileKey(n: number): string {
  return n.toString(16).padStart(40, '0');
}

interface Row {
  address: number;
  name: string;
  /** Implementations by the fork that introduced them, oldest first. */
  versions: readonly (readonly [ForkName, Precompile])[];
}

/** One row per address, as data. */
export const PRECOMPILES: readonly Row[] = [
  { address: 0x01, name: 'ECRECOVER', versions: [['Frontier', ecrecover]] },
  { address: 0x02, name: 'SHA256', versions: [['Frontier', sha256]] },
  { address: 0x03, name: 'RIPEMD160', versions: [['Frontier', ripemd160]] },
  { address: 0x04, name: 'IDENTITY', versions: [['Frontier', identity]] },
  {
    address: 0x05,
    name: 'MODEXP',
    versions: [
      ['Byzantium', modexpByzantium],
      ['Berlin', modexpBerlin],
      ['Osaka', modexpOsaka],
    ],
  },
  {
    address: 0x06,
    name: 'BN254_ADD',
    versions: [
      ['Byzantium', bn254AddByzantium],
      ['Istanbul', bn254AddIstanbul],
    ],
  },
  {
    address: 0x07,
    name: 'BN254_MUL',
    versions: [
      ['Byzantium', bn254MulByzantium],
      ['Istanbul', bn254MulIstanbul],
    ],
  },
  {
    address: 0x08,
    name: 'BN254_PAIRING',
    versions: [
      ['Byzantium', bn254PairingByzantium],
      ['Istanbul', bn254PairingIstanbul],
    ],
  },
  { address: 0x09, name: 'BLAKE2F', versions: [['Istanbul', blake2f]] },
  { address: 0x0a, name: 'KZG_POINT_EVALUATION', versions: [['Cancun', memoized(pointEvaluation)]] },
  { address: 0x0b, name: 'BLS12_G1ADD', versions: [['Prague', bls12G1Add]] },
  { address: 0x0c, name: 'BLS12_G1MSM', versions: [['Prague', memoized(bls12G1Msm)]] },
  { address: 0x0d, name: 'BLS12_G2ADD', versions: [['Prague', bls12G2Add]] },
  { address: 0x0e, name: 'BLS12_G2MSM', versions: [['Prague', memoized(bls12G2Msm)]] },
  { address: 0x0f, name: 'BLS12_PAIRING_CHECK', versions: [['Prague', memoized(bls12Pairing)]] },
  { address: 0x10, name: 'BLS12_MAP_FP_TO_G1', versions: [['Prague', bls12MapFpToG1]] },
  { address: 0x11, name: 'BLS12_MAP_FP2_TO_G2', versions: [['Prague', memoized(bls12MapFp2ToG2)]] },
  { address: 0x100, name: 'P256VERIFY', versions: [['Osaka', memoized(p256Verify)]] },
];

function build(fork: ForkName): ReadonlyMap<string, Precompile> {
  const map = new Map<string, Precompile>();
  for (const row of PRECOMPILES) {
    let active: Precompile | undefined;
    for (const [since, impl] of row.versions) if (forkAtLeast(fork, since)) active = impl;
    if (active) map.set(precompileKey(row.address), active);
  }
  return map;
}

const TABLES = new Map<ForkName, ReadonlyMap<string, Precompile>>();

/** Built once per fork; key = the 20-byte address as lowercase hex without 0x. */
export function precompilesFor(fork: ForkName): ReadonlyMap<string, Precompile> {
  let table = TABLES.get(fork);
  if (!table) {
    if (!FORKS.includes(fork)) throw new InvalidArgumentError(`precompilesFor: unknown fork ${String(fork)}`);
    table = build(fork);
    TABLES.set(fork, table);
  }
  return table;
}
