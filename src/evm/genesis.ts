/**
 * A genesis file in go-ethereum's format (`geth init`, core.Genesis): the chain config
 * (params.ChainConfig: fork blocks, `terminalTotalDifficulty`, fork times, `blobSchedule`,
 * `depositContractAddress`), the allocation, and the genesis block's header as geth's
 * `Genesis.ToBlock` derives it (base fee, withdrawals root, blob gas, beacon root and
 * requests hash for the forks active at genesis). The DAO fork's state change is not applied.
 */
import { JournaledCache, type MemoryStore } from '../state/index.js';
import { type AllocAccount, allocStore, parseAlloc } from './alloc.js';
import type { BlockHeader } from './block/header.js';
import { EMPTY_OMMERS_HASH, EMPTY_REQUESTS_HASH } from './block/header.js';
import { INITIAL_BASE_FEE } from './block/validate.js';
import {
  type ChainConfig,
  type ForkActivation,
  forkAt,
  parseBlobSchedule,
  rulesFor,
} from './chain-config.js';
import { type ForkName, forkAtLeast } from './fork-names.js';
import { Fields, type Obj } from './json-fields.js';
import { computeStateRoot } from './state-root.js';
import { EMPTY_TRIE_ROOT } from './trie/index.js';

/** geth's config key of each fork polyvm implements, in ladder order (Frontier is block 0). */
const FORK_KEYS: readonly (readonly [ForkName, string])[] = [
  ['Homestead', 'homesteadBlock'],
  ['TangerineWhistle', 'eip150Block'],
  ['SpuriousDragon', 'eip158Block'],
  ['Byzantium', 'byzantiumBlock'],
  ['Constantinople', 'constantinopleBlock'],
  ['Petersburg', 'petersburgBlock'],
  ['Istanbul', 'istanbulBlock'],
  ['MuirGlacier', 'muirGlacierBlock'],
  ['Berlin', 'berlinBlock'],
  ['London', 'londonBlock'],
  ['ArrowGlacier', 'arrowGlacierBlock'],
  ['GrayGlacier', 'grayGlacierBlock'],
  ['Paris', 'terminalTotalDifficulty'],
  ['Shanghai', 'shanghaiTime'],
  ['Cancun', 'cancunTime'],
  ['Prague', 'pragueTime'],
  ['Osaka', 'osakaTime'],
  ['BPO1', 'bpo1Time'],
  ['BPO2', 'bpo2Time'],
  ['BPO3', 'bpo3Time'],
  ['BPO4', 'bpo4Time'],
  ['BPO5', 'bpo5Time'],
];
/** Forks of geth's config that polyvm does not implement: a genesis naming one is refused. */
const UNSUPPORTED_KEYS = ['amsterdamTime', 'verkleTime'];
const PARIS = FORK_KEYS.findIndex(([fork]) => fork === 'Paris');

export interface Genesis {
  config: ChainConfig;
  alloc: AllocAccount[];
  /** The allocation under the EVM's state keys. */
  store: MemoryStore;
  header: BlockHeader;
}

function number(f: Fields, v: unknown, field: string): bigint {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
  if (typeof v === 'string' && /^(0x[0-9a-fA-F]+|[0-9]+)$/.test(v)) return BigInt(v);
  return f.err(field, `expected a non-negative integer, got ${JSON.stringify(v)}`);
}

/** Forks geth lets a config leave out (CheckConfigForkOrder's optional ones): difficulty-bomb delays. */
const OPTIONAL: ReadonlySet<ForkName> = new Set(['MuirGlacier', 'ArrowGlacier', 'GrayGlacier']);

/**
 * The forks as polyvm's cumulative ladder, up to the last one the config lists. As geth's
 * CheckConfigForkOrder, a fork left out before a listed one is an error, except the bomb
 * delays, which then activate with the next listed fork by block (or, when none follows
 * before the merge, with the one before them: the bomb is far from a dev chain's height).
 */
function activations(f: Fields, c: Obj): ForkActivation[] {
  if (c.eip155Block != null && c.eip158Block != null && String(c.eip155Block) !== String(c.eip158Block))
    f.err(
      'config.eip155Block',
      'EIP-155 and EIP-158 at different blocks are not supported (one fork, SpuriousDragon)',
    );
  for (const k of UNSUPPORTED_KEYS) if (c[k] != null) f.err(`config.${k}`, 'this fork is not implemented');
  const listed = FORK_KEYS.map(([fork, key]) => {
    const v = c[key] ?? (fork === 'SpuriousDragon' ? c.eip155Block : undefined);
    return { fork, key, value: v == null ? undefined : number(f, v, `config.${key}`) };
  });
  const last = listed.findLastIndex((l) => l.value !== undefined);
  const out: ForkActivation[] = [];
  for (const [i, { fork, key, value }] of listed.slice(0, last + 1).entries()) {
    if (value === undefined && !OPTIONAL.has(fork)) {
      const next = listed.slice(i).find((l) => l.value !== undefined)!;
      f.err(`config.${key}`, `missing, but ${next.key} is set (forks activate in order)`);
    }
    if (key.endsWith('Time')) out.push({ fork, timestamp: value! });
    else if (fork === 'Paris') out.push({ fork, totalDifficulty: value! });
    else {
      const later = listed.slice(i, PARIS).find((l) => l.value !== undefined)?.value;
      out.push({ fork, block: value ?? later ?? out.at(-1)?.block ?? 0n });
    }
  }
  return out;
}

/** Parses a geth genesis file (`file` names it in errors). */
export function parseGenesis(json: unknown, file: string): Genesis {
  const f = new Fields(file, '');
  const g = f.obj(json, '(top level)');
  const c = f.obj(g.config ?? {}, 'config');
  const config: ChainConfig = {
    chainId: c.chainId === undefined ? 1n : number(f, c.chainId, 'config.chainId'),
    activations: activations(f, c),
    blobSchedule: parseBlobSchedule(c.blobSchedule),
    depositContract:
      c.depositContractAddress === undefined
        ? 0n // geth's zero address when the config has none
        : f.big(c.depositContractAddress, 'config.depositContractAddress'),
  };
  const alloc = parseAlloc(f, g.alloc ?? {}, 'alloc');
  const store = allocStore(alloc);
  const timestamp = g.timestamp === undefined ? 0n : f.big(g.timestamp, 'timestamp');
  const merged = config.activations.some((a) => a.totalDifficulty === 0n);
  const fork = forkAt(config, 0n, timestamp, merged);
  const rules = rulesFor(config, fork);
  const hash = (field: string) => (g[field] === undefined ? new Uint8Array(32) : f.bytes(g[field], field));
  const opt = (field: string, dflt: bigint) =>
    g[field] === undefined || g[field] === null ? dflt : f.big(g[field], field);
  const header: BlockHeader = {
    parentHash: hash('parentHash'),
    ommersHash: EMPTY_OMMERS_HASH,
    coinbase: opt('coinbase', 0n),
    stateRoot: computeStateRoot(new JournaledCache(store)),
    transactionsRoot: EMPTY_TRIE_ROOT,
    receiptsRoot: EMPTY_TRIE_ROOT,
    logsBloom: new Uint8Array(256),
    // geth's defaults: params.GenesisDifficulty before the merge, params.GenesisGasLimit.
    difficulty: opt('difficulty', merged ? 0n : 0x20000n),
    number: opt('number', 0n),
    gasLimit: opt('gasLimit', 4_712_388n),
    gasUsed: opt('gasUsed', 0n),
    timestamp,
    extraData: g.extraData === undefined ? new Uint8Array(0) : f.bytes(g.extraData, 'extraData'),
    mixHash: hash('mixHash'),
    nonce: bytes8(opt('nonce', 0n)),
  };
  if (rules.hasBaseFee) header.baseFeePerGas = opt('baseFeePerGas', INITIAL_BASE_FEE);
  if (forkAtLeast(fork, 'Shanghai')) header.withdrawalsRoot = EMPTY_TRIE_ROOT;
  if (rules.blobs) {
    header.blobGasUsed = opt('blobGasUsed', 0n);
    header.excessBlobGas = opt('excessBlobGas', 0n);
  }
  if (rules.beaconRoot) header.parentBeaconBlockRoot = new Uint8Array(32);
  if (rules.requests) header.requestsHash = EMPTY_REQUESTS_HASH;
  return { config, alloc, store, header };
}

function bytes8(n: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, n);
  return out;
}
