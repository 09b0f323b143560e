/**
 * geth `evm t8n` outputs as its JSON encoders write them: the result (`ExecutionResult`
 * with `types.Receipt` and `types.Log` JSON), the post-state alloc (`types.Account`: code
 * and storage omitted when empty, nonce when zero; keys sorted) and the body (the RLP list
 * of the included transactions, as hex).
 */
import { bytesToPrefixedHex } from '../../core/bytes.js';
import type { JournaledCache } from '../../state/index.js';
import { type RlpInput, rlpDecode, rlpEncode } from '../rlp.js';
import { ACCOUNT_PREFIX, codeKey, decodeAccount, storagePrefixOf } from '../state-keys.js';
import { KECCAK_EMPTY } from '../trie/index.js';
import { addressToHex, bytesToBigInt } from '../words.js';
import { T8N_BLOCK_HASH, type T8nResult } from './transition.js';

const q = (n: bigint | number) => `0x${n.toString(16)}`;
const h = bytesToPrefixedHex;
const word = (n: bigint) => `0x${n.toString(16).padStart(64, '0')}`;
const addr = (a: bigint) => `0x${addressToHex(a)}`;

function logJson(r: T8nResult, l: T8nResult['logs'][number], txHash: Uint8Array): unknown {
  return {
    address: addr(l.log.address),
    topics: l.log.topics.map(word),
    data: h(l.log.data),
    blockNumber: q(r.number),
    transactionHash: h(txHash),
    transactionIndex: q(l.txIndex),
    blockHash: word(T8N_BLOCK_HASH),
    blockTimestamp: q(r.timestamp),
    logIndex: q(l.logIndex),
    removed: false,
  };
}

export function resultJson(r: T8nResult): Record<string, unknown> {
  const receipts = r.receipts.map((rc) => {
    const logs = r.logs.filter((l) => l.txIndex === rc.index);
    const o: Record<string, unknown> = {};
    if (rc.type !== 0) o.type = q(rc.type);
    o.root = rc.postState ? h(rc.postState) : '0x';
    o.status = q(rc.status ?? 0);
    o.cumulativeGasUsed = q(rc.cumulativeGasUsed);
    o.logsBloom = h(rc.logsBloom);
    o.logs = logs.length === 0 ? null : logs.map((l) => logJson(r, l, rc.txHash));
    o.transactionHash = h(rc.txHash);
    o.contractAddress = addr(rc.contractAddress);
    o.gasUsed = q(rc.gasUsed);
    o.effectiveGasPrice = null;
    if (rc.blobGasUsed !== 0n) o.blobGasUsed = q(rc.blobGasUsed);
    if (rc.blobGasPrice !== undefined) o.blobGasPrice = q(rc.blobGasPrice);
    o.blockHash = word(T8N_BLOCK_HASH);
    o.blockNumber = q(r.number);
    o.transactionIndex = q(rc.index);
    return o;
  });
  const out: Record<string, unknown> = {
    stateRoot: h(r.stateRoot),
    txRoot: h(r.txRoot),
    receiptsRoot: h(r.receiptsRoot),
    logsHash: h(r.logsHash),
    logsBloom: h(r.logsBloom),
    receipts,
  };
  if (r.rejected.length > 0) out.rejected = r.rejected;
  out.currentDifficulty = r.difficulty === undefined ? null : q(r.difficulty);
  out.gasUsed = q(r.gasUsed);
  if (r.baseFee !== undefined) out.currentBaseFee = q(r.baseFee);
  if (r.withdrawalsRoot) out.withdrawalsRoot = h(r.withdrawalsRoot);
  if (r.excessBlobGas !== undefined) out.currentExcessBlobGas = q(r.excessBlobGas);
  if (r.blobGasUsed !== undefined) out.blobGasUsed = q(r.blobGasUsed);
  if (r.requestsHash) out.requestsHash = h(r.requestsHash);
  out.requests = r.requests ? r.requests.map((x) => h(x)) : null;
  return out;
}

/** The post-state as geth's alloc dump: every account, its code, storage, balance, nonce. */
export function allocJson(cache: JournaledCache): Record<string, unknown> {
  const accounts: [string, Record<string, unknown>][] = [];
  for (const [k, v] of cache.range({ prefix: ACCOUNT_PREFIX })) {
    const address = bytesToBigInt(k.subarray(ACCOUNT_PREFIX.length));
    const a = decodeAccount(v);
    const o: Record<string, unknown> = {};
    if (!Buffer.from(a.codeHash).equals(Buffer.from(KECCAK_EMPTY)))
      o.code = h(cache.get(codeKey(a.codeHash)) ?? new Uint8Array(0));
    const storage: [string, string][] = [];
    for (const [sk, sv] of cache.range({ prefix: storagePrefixOf(address) }))
      storage.push([h(sk.subarray(sk.length - 32)), word(bytesToBigInt(sv))]);
    if (storage.length > 0) o.storage = Object.fromEntries(storage.sort(([x], [y]) => (x < y ? -1 : 1)));
    o.balance = q(a.balance);
    if (a.nonce !== 0n) o.nonce = q(a.nonce);
    accounts.push([addr(address), o]);
  }
  return Object.fromEntries(accounts.sort(([x], [y]) => (x < y ? -1 : 1)));
}

/** The body geth writes: hex of the RLP list of the included transactions. */
export function bodyHex(r: T8nResult): string {
  const items: RlpInput[] = r.included.map((t) => (t.tx.type === 0 ? rlpDecode(t.encoded) : t.encoded));
  return h(rlpEncode(items));
}
