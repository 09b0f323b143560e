/**
 * The dev genesis, anvil's defaults: the mnemonic's accounts with their balance, chain id
 * 31337, a 30,000,000 gas limit, a 1 gwei base fee, the genesis time given or now; plus the
 * system contracts of the fork (system-contracts.ts). The header has the fields of the
 * fork (base fee from London, withdrawals root from Shanghai, blob gas and beacon root from
 * Cancun, requests hash from Prague).
 */
import { keccak_256 } from '../core/keccak.js';
import {
  accountKey,
  type BlockHeader,
  codeKey,
  computeStateRoot,
  EMPTY_OMMERS_HASH,
  EMPTY_REQUESTS_HASH,
  EMPTY_TRIE_ROOT,
  encodeAccount,
  type ForkName,
  forkAtLeast,
  KECCAK_EMPTY_CODE,
} from '../evm/index.js';
import type { JournaledCache } from '../state/index.js';
import { SYSTEM_CONTRACTS } from './system-contracts.js';

export const DEFAULT_GAS_LIMIT = 30_000_000n;
export const DEFAULT_BASE_FEE = 1_000_000_000n;
export const WEI_PER_ETH = 10n ** 18n;

export interface GenesisOptions {
  fork: ForkName;
  accounts: readonly bigint[];
  balance: bigint;
  gasLimit: bigint;
  baseFee: bigint;
  timestamp: bigint;
}

/** Writes the genesis accounts into `cache` and returns the genesis header. */
export function writeGenesis(cache: JournaledCache, o: GenesisOptions): BlockHeader {
  for (const a of o.accounts)
    cache.put(accountKey(a), encodeAccount({ nonce: 0n, balance: o.balance, codeHash: KECCAK_EMPTY_CODE }));
  for (const s of SYSTEM_CONTRACTS) {
    if (!forkAtLeast(o.fork, s.since) || !s.required) continue;
    const code = Uint8Array.from(Buffer.from(s.code.slice(2), 'hex'));
    const codeHash = keccak_256(code);
    cache.put(accountKey(s.address), encodeAccount({ nonce: 1n, balance: 0n, codeHash }));
    cache.put(codeKey(codeHash), code);
  }
  return genesisHeader(o, computeStateRoot(cache));
}

export function genesisHeader(
  o: Pick<GenesisOptions, 'fork' | 'gasLimit' | 'baseFee' | 'timestamp'>,
  stateRoot: Uint8Array,
): BlockHeader {
  const merged = forkAtLeast(o.fork, 'Paris');
  const h: BlockHeader = {
    parentHash: new Uint8Array(32),
    ommersHash: EMPTY_OMMERS_HASH,
    coinbase: 0n,
    stateRoot,
    transactionsRoot: EMPTY_TRIE_ROOT,
    receiptsRoot: EMPTY_TRIE_ROOT,
    logsBloom: new Uint8Array(256),
    difficulty: merged ? 0n : 131_072n,
    number: 0n,
    gasLimit: o.gasLimit,
    gasUsed: 0n,
    timestamp: o.timestamp,
    extraData: new Uint8Array(0),
    mixHash: new Uint8Array(32),
    nonce: new Uint8Array(8),
  };
  if (forkAtLeast(o.fork, 'London')) h.baseFeePerGas = o.baseFee;
  if (forkAtLeast(o.fork, 'Shanghai')) h.withdrawalsRoot = EMPTY_TRIE_ROOT;
  if (forkAtLeast(o.fork, 'Cancun')) {
    h.blobGasUsed = 0n;
    h.excessBlobGas = 0n;
    h.parentBeaconBlockRoot = new Uint8Array(32);
  }
  if (forkAtLeast(o.fork, 'Prague')) h.requestsHash = EMPTY_REQUESTS_HASH;
  return h;
}
