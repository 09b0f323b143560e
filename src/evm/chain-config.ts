/**
 * Chain configurations: when each fork activates (by block number up to the merge, by
 * terminal total difficulty for Paris, by timestamp from Shanghai on), the blob schedule
 * (EIP-7840, overridable per fork as EEST's `config.blobSchedule` does) and the deposit
 * contract (EIP-6110). Mainnet's, and the test networks geth's `tests/init.go` names:
 * a fork (`Prague`), or a transition `<A>To<B>At5` (block 5), `<A>To<B>AtTime15k`
 * (timestamp 15,000) and `ArrowGlacierToParisAtDiffC0000` (total difficulty 0xC0000).
 */
import { UsageError } from '../core/errors.js';
import { FORKS, type ForkName, forkIndex, parseForkName } from './fork-names.js';
import { type BlobParams, type ForkRules, forkRules } from './fork-rules.js';

export interface ForkActivation {
  fork: ForkName;
  /** Active from this block number (the forks up to Paris). */
  block?: bigint;
  /** Active from this timestamp (Shanghai and later). */
  timestamp?: bigint;
  /** Paris: active once the parent's total difficulty reaches this. */
  totalDifficulty?: bigint;
}

export interface ChainConfig {
  chainId: bigint;
  /** Forks in ladder order; forks before the first are active from genesis. */
  activations: readonly ForkActivation[];
  /** Blob parameters per fork; a fork without an entry uses the latest earlier entry. */
  blobSchedule?: Readonly<Partial<Record<ForkName, BlobParams>>>;
  /** EIP-6110 deposit contract. */
  depositContract: bigint;
}

export const MAINNET_DEPOSIT_CONTRACT = 0x00000000219ab540356cbb839cbe05303d7705fan;

/** Ethereum mainnet (geth `params.MainnetChainConfig`); the DAO fork's state change is not applied. */
export const MAINNET: ChainConfig = {
  chainId: 1n,
  activations: [
    { fork: 'Frontier', block: 0n },
    { fork: 'Homestead', block: 1_150_000n },
    { fork: 'TangerineWhistle', block: 2_463_000n },
    { fork: 'SpuriousDragon', block: 2_675_000n },
    { fork: 'Byzantium', block: 4_370_000n },
    { fork: 'Constantinople', block: 7_280_000n },
    { fork: 'Petersburg', block: 7_280_000n },
    { fork: 'Istanbul', block: 9_069_000n },
    { fork: 'MuirGlacier', block: 9_200_000n },
    { fork: 'Berlin', block: 12_244_000n },
    { fork: 'London', block: 12_965_000n },
    { fork: 'ArrowGlacier', block: 13_773_000n },
    { fork: 'GrayGlacier', block: 15_050_000n },
    { fork: 'Paris', totalDifficulty: 58_750_000_000_000_000_000_000n },
    { fork: 'Shanghai', timestamp: 1681338455n },
    { fork: 'Cancun', timestamp: 1710338135n },
    { fork: 'Prague', timestamp: 1746612311n },
    { fork: 'Osaka', timestamp: 1764798551n },
    { fork: 'BPO1', timestamp: 1765290071n },
    { fork: 'BPO2', timestamp: 1767747671n },
  ],
  depositContract: MAINNET_DEPOSIT_CONTRACT,
};

const MERGE = forkIndex('Paris');
const SHANGHAI = forkIndex('Shanghai');

/** A chain running `fork` from genesis (every earlier fork at block 0 or time 0). */
export function singleForkConfig(fork: ForkName, chainId = 1n): ChainConfig {
  const activations: ForkActivation[] = [];
  for (const f of FORKS.slice(0, forkIndex(fork) + 1))
    activations.push(
      forkIndex(f) >= SHANGHAI
        ? { fork: f, timestamp: 0n }
        : forkIndex(f) === MERGE
          ? { fork: f, totalDifficulty: 0n }
          : { fork: f, block: 0n },
    );
  return { chainId, activations, depositContract: MAINNET_DEPOSIT_CONTRACT };
}

/**
 * The configuration of a test network name (geth `tests.Forks`): a fork, or a transition
 * `<A>To<B>At5`, `<A>To<B>AtTime15k`, `ArrowGlacierToParisAtDiffC0000`. Undefined when the
 * name is none of these.
 */
export function networkConfig(name: string): ChainConfig | undefined {
  const fork = parseForkName(name);
  if (fork) return singleForkConfig(fork);
  const m = /^(\w+?)To(\w+?)At(Time15k|5|DiffC0000)$/.exec(name);
  if (!m) return undefined;
  const from = parseForkName(m[1]!);
  const to = parseForkName(m[2]!);
  if (!from || !to || forkIndex(to) <= forkIndex(from)) return undefined;
  const base = singleForkConfig(from);
  const rest: ForkActivation[] = FORKS.slice(forkIndex(from) + 1, forkIndex(to) + 1).map((f) =>
    m[3] === 'Time15k'
      ? { fork: f, timestamp: 15_000n }
      : m[3] === '5'
        ? { fork: f, block: 5n }
        : { fork: f, totalDifficulty: 0xc0000n },
  );
  if (m[3] === 'Time15k' && forkIndex(to) < SHANGHAI) return undefined;
  if (m[3] === '5' && forkIndex(to) >= MERGE) return undefined;
  if (m[3] === 'DiffC0000' && to !== 'Paris') return undefined;
  return { ...base, activations: [...base.activations, ...rest] };
}

/** `networkConfig`, or a UsageError naming the network. */
export function requireNetwork(name: string): ChainConfig {
  const c = networkConfig(name);
  if (!c) throw new UsageError(`unknown fork or network ${JSON.stringify(name)}`);
  return c;
}

/**
 * The fork of a block: its number and timestamp, and for the merge whether the parent's
 * total difficulty reached the terminal total difficulty (undefined: decide by number).
 */
export function forkAt(config: ChainConfig, number: bigint, timestamp: bigint, merged?: boolean): ForkName {
  let fork: ForkName = 'Frontier';
  for (const a of config.activations) {
    const active =
      a.block !== undefined
        ? number >= a.block
        : a.timestamp !== undefined
          ? timestamp >= a.timestamp && (merged ?? true)
          : (merged ?? a.totalDifficulty === 0n);
    if (!active) break;
    fork = a.fork;
  }
  return fork;
}

/** The terminal total difficulty of the merge, when the configuration has one. */
export function terminalTotalDifficulty(config: ChainConfig): bigint | undefined {
  return config.activations.find((a) => a.fork === 'Paris')?.totalDifficulty;
}

/** The blob parameters of `fork` under `config` (EIP-7840: the latest scheduled entry). */
export function blobParams(config: ChainConfig | undefined, fork: ForkName): BlobParams {
  const schedule = config?.blobSchedule;
  if (schedule)
    for (let i = forkIndex(fork); i >= forkIndex('Cancun'); i--) {
      const p = schedule[FORKS[i]!];
      if (p) return p;
    }
  return forkRules(fork).blob;
}

/** The rules of `fork` with the blob parameters `config` gives it. */
export function rulesFor(config: ChainConfig | undefined, fork: ForkName): ForkRules {
  const rules = forkRules(fork);
  const blob = blobParams(config, fork);
  return blob === rules.blob ? rules : { ...rules, blob };
}

/**
 * Reads an EIP-7840 blob schedule as EEST and geth write it: `{ Cancun: { target, max,
 * baseFeeUpdateFraction }, ... }` with hex or decimal numbers. Unknown fork names are skipped.
 */
export function parseBlobSchedule(json: unknown): Partial<Record<ForkName, BlobParams>> | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const out: Partial<Record<ForkName, BlobParams>> = {};
  for (const [name, v] of Object.entries(json as Record<string, Record<string, unknown>>)) {
    const fork = parseForkName(name);
    if (!fork || typeof v !== 'object' || v === null) continue;
    const num = (x: unknown) =>
      typeof x === 'number' ? BigInt(x) : typeof x === 'string' ? BigInt(x) : undefined;
    const target = num(v.target);
    const max = num(v.max);
    const fraction = num(v.baseFeeUpdateFraction ?? v.updateFraction);
    if (target === undefined || max === undefined || fraction === undefined) continue;
    out[fork] = { target: Number(target), max: Number(max), updateFraction: fraction };
  }
  return out;
}
