/**
 * geth's genesis file (`core/genesis.go` Genesis, `params/config.go` ChainConfig): the
 * chain config's fork activations (block numbers up to the merge, the terminal total
 * difficulty, timestamps after), the blob schedule, the allocation and the genesis
 * header fields. Also the splitting of a `chain.rlp` file (blocks as concatenated RLP).
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import {
  accountKey,
  type BlockHeader,
  type ChainConfig,
  codeKey,
  computeStateRoot,
  EMPTY_OMMERS_HASH,
  EMPTY_REQUESTS_HASH,
  EMPTY_TRIE_ROOT,
  encodeAccount,
  type ForkActivation,
  forkAt,
  forkAtLeast,
  KECCAK_EMPTY_CODE,
  parseBlobSchedule,
  storageKey,
} from '../evm/index.js';
import type { JournaledCache } from '../state/index.js';
import { NodeOptionError } from './errors.js';

/** geth's config keys in fork order. */
const BLOCK_FORKS: [string, ForkActivation['fork']][] = [
  ['homesteadBlock', 'Homestead'],
  ['eip150Block', 'TangerineWhistle'],
  ['eip158Block', 'SpuriousDragon'],
  ['byzantiumBlock', 'Byzantium'],
  ['constantinopleBlock', 'Constantinople'],
  ['petersburgBlock', 'Petersburg'],
  ['istanbulBlock', 'Istanbul'],
  ['muirGlacierBlock', 'MuirGlacier'],
  ['berlinBlock', 'Berlin'],
  ['londonBlock', 'London'],
  ['arrowGlacierBlock', 'ArrowGlacier'],
  ['grayGlacierBlock', 'GrayGlacier'],
];
const TIME_FORKS: [string, ForkActivation['fork']][] = [
  ['shanghaiTime', 'Shanghai'],
  ['cancunTime', 'Cancun'],
  ['pragueTime', 'Prague'],
  ['osakaTime', 'Osaka'],
  ['bpo1Time', 'BPO1'],
  ['bpo2Time', 'BPO2'],
  ['bpo3Time', 'BPO3'],
  ['bpo4Time', 'BPO4'],
  ['bpo5Time', 'BPO5'],
];

export interface GethGenesis {
  config: ChainConfig;
  header: BlockHeader;
  alloc: { address: bigint; nonce: bigint; balance: bigint; code: Uint8Array; storage: [bigint, bigint][] }[];
}

const big = (v: unknown, where: string): bigint => {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^(0x[0-9a-f]*|\d+)$/i.test(v)) return v === '0x' ? 0n : BigInt(v);
  throw new NodeOptionError(`genesis: ${where}: number expected, got ${JSON.stringify(v)}`);
};
const bytes = (v: unknown, where: string): Uint8Array => {
  if (v === undefined || v === null) return new Uint8Array(0);
  if (typeof v !== 'string' || !/^0x([0-9a-f]{2})*$/i.test(v))
    throw new NodeOptionError(`genesis: ${where}: hex bytes expected`);
  return Uint8Array.from(Buffer.from(v.slice(2), 'hex'));
};

export function parseGethGenesis(json: unknown): GethGenesis {
  if (typeof json !== 'object' || json === null) throw new NodeOptionError('genesis: not a JSON object');
  const g = json as Record<string, unknown>;
  const c = (g.config ?? {}) as Record<string, unknown>;
  const activations: ForkActivation[] = [{ fork: 'Frontier', block: 0n }];
  for (const [k, fork] of BLOCK_FORKS)
    if (c[k] != null) activations.push({ fork, block: big(c[k], `config.${k}`) });
  if (c.terminalTotalDifficulty != null)
    activations.push({
      fork: 'Paris',
      totalDifficulty: big(c.terminalTotalDifficulty, 'config.terminalTotalDifficulty'),
    });
  for (const [k, fork] of TIME_FORKS)
    if (c[k] != null) activations.push({ fork, timestamp: big(c[k], `config.${k}`) });
  const config: ChainConfig = {
    chainId: big(c.chainId ?? 1, 'config.chainId'),
    activations,
    blobSchedule: parseBlobSchedule(c.blobSchedule),
    depositContract: c.depositContractAddress
      ? big(c.depositContractAddress, 'config.depositContractAddress')
      : 0n,
  };
  const alloc: GethGenesis['alloc'] = [];
  for (const [addr, a] of Object.entries((g.alloc ?? {}) as Record<string, Record<string, unknown>>)) {
    const address = big(addr.startsWith('0x') ? addr : `0x${addr}`, `alloc.${addr}`);
    const storage: [bigint, bigint][] = Object.entries((a.storage ?? {}) as Record<string, unknown>).map(
      ([k, v]) => [big(k, `alloc.${addr}.storage`), big(v, `alloc.${addr}.storage.${k}`)],
    );
    alloc.push({
      address,
      nonce: big(a.nonce ?? 0, `alloc.${addr}.nonce`),
      balance: big(a.balance ?? 0, `alloc.${addr}.balance`),
      code: bytes(a.code, `alloc.${addr}.code`),
      storage,
    });
  }
  const timestamp = big(g.timestamp ?? 0, 'timestamp');
  const paris = activations.find((a) => a.fork === 'Paris');
  const merged = paris?.totalDifficulty === 0n;
  const fork = forkAt(config, 0n, timestamp, merged);
  const header: BlockHeader = {
    parentHash: new Uint8Array(32),
    ommersHash: EMPTY_OMMERS_HASH,
    coinbase: big(g.coinbase ?? 0, 'coinbase'),
    stateRoot: new Uint8Array(32),
    transactionsRoot: EMPTY_TRIE_ROOT,
    receiptsRoot: EMPTY_TRIE_ROOT,
    logsBloom: new Uint8Array(256),
    difficulty: big(g.difficulty ?? 0, 'difficulty'),
    number: 0n,
    gasLimit: big(g.gasLimit ?? 0, 'gasLimit'),
    gasUsed: 0n,
    timestamp,
    extraData: bytes(g.extraData, 'extraData'),
    mixHash: bytes(g.mixHash ?? `0x${'00'.repeat(32)}`, 'mixHash'),
    nonce: (() => {
      const n = new Uint8Array(8);
      new DataView(n.buffer).setBigUint64(0, big(g.nonce ?? 0, 'nonce'));
      return n;
    })(),
  };
  if (forkAtLeast(fork, 'London'))
    header.baseFeePerGas = g.baseFeePerGas != null ? big(g.baseFeePerGas, 'baseFeePerGas') : 1_000_000_000n;
  if (forkAtLeast(fork, 'Shanghai')) header.withdrawalsRoot = EMPTY_TRIE_ROOT;
  if (forkAtLeast(fork, 'Cancun')) {
    header.blobGasUsed = g.blobGasUsed != null ? big(g.blobGasUsed, 'blobGasUsed') : 0n;
    header.excessBlobGas = g.excessBlobGas != null ? big(g.excessBlobGas, 'excessBlobGas') : 0n;
    header.parentBeaconBlockRoot = new Uint8Array(32);
  }
  if (forkAtLeast(fork, 'Prague')) header.requestsHash = EMPTY_REQUESTS_HASH;
  return { config, header, alloc };
}

/** Writes the allocation into `cache`; returns the genesis header with its state root. */
export function writeGethGenesis(cache: JournaledCache, g: GethGenesis): BlockHeader {
  for (const a of g.alloc) {
    const codeHash = a.code.length ? keccak_256(a.code) : KECCAK_EMPTY_CODE;
    cache.put(accountKey(a.address), encodeAccount({ nonce: a.nonce, balance: a.balance, codeHash }));
    if (a.code.length) cache.put(codeKey(codeHash), a.code);
    for (const [k, v] of a.storage) if (v !== 0n) cache.put(storageKey(a.address, k), minimal(v));
  }
  return { ...g.header, stateRoot: computeStateRoot(cache) };
}

const minimal = (v: bigint): Uint8Array => {
  const h = v.toString(16);
  return Uint8Array.from(Buffer.from(h.length % 2 ? `0${h}` : h, 'hex'));
};

/** Splits concatenated RLP items (a chain.rlp file) into each item's bytes. */
export function splitRlp(data: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let at = 0;
  while (at < data.length) {
    const b = data[at]!;
    let len: number;
    let head: number;
    if (b < 0x80) [head, len] = [0, 1];
    else if (b < 0xb8) [head, len] = [1, b - 0x80];
    else if (b < 0xc0) [head, len] = lengthOf(data, at, b - 0xb7);
    else if (b < 0xf8) [head, len] = [1, b - 0xc0];
    else [head, len] = lengthOf(data, at, b - 0xf7);
    if (at + head + len > data.length)
      throw new NodeOptionError(`chain rlp: item at byte ${at} runs past the end`);
    out.push(data.subarray(at, at + head + len));
    at += head + len;
  }
  return out;
}

function lengthOf(data: Uint8Array, at: number, n: number): [number, number] {
  let len = 0;
  for (let i = 1; i <= n; i++) len = len * 256 + (data[at + i] ?? 0);
  return [1 + n, len];
}
