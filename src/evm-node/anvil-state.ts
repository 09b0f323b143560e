/**
 * anvil's state dump (`anvil_dumpState` / `anvil_loadState`, `--dump-state`; anvil's
 * `SerializableState`): gzip of JSON `{block, accounts, best_block_number, blocks,
 * transactions, historical_states}`, accounts by lowercase address as `{nonce, balance, code,
 * storage}` with 32-byte storage words. polyvm writes the head's environment and every
 * account, and its blocks' headers (newest first, as anvil's `blocks`); the bodies, receipts and
 * `transactions` stay in the node's own store and are not written.
 * Loading sets each listed account's nonce, balance and code and writes its listed slots (as
 * anvil does: other slots and accounts stay); the `block` part is not applied (the chain's
 * head is the node's own).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { ACCOUNT_PREFIX, decodeAccount, STORAGE_PREFIX, storageKey, storagePrefixOf } from '../evm/index.js';
import type { JournaledCache } from '../state/index.js';
import { invalidParams } from './errors.js';
import { headerJson } from './format.js';
import { address, data, hexToBig, minimalBytes, qty, word } from './hex.js';
import type { DevNode } from './node.js';

interface DumpedAccount {
  nonce: bigint;
  balance: bigint;
  code: Uint8Array;
  storage: [bigint, bigint][];
}

export function dumpAnvilState(n: DevNode): string {
  const h = n.head.block.header;
  const accounts: Record<string, unknown> = {};
  for (const [k, v] of n.cache.range({ prefix: ACCOUNT_PREFIX })) {
    const a = hexToBig(k.subarray(ACCOUNT_PREFIX.length));
    const acc = decodeAccount(v);
    const storage: Record<string, string> = {};
    for (const [sk, sv] of n.cache.range({ prefix: storagePrefixOf(a) }))
      storage[word(hexToBig(sk.subarray(STORAGE_PREFIX.length + 20)))] = word(hexToBig(sv));
    accounts[data(k.subarray(ACCOUNT_PREFIX.length))] = {
      nonce: Number(acc.nonce),
      balance: qty(acc.balance),
      code: data(n.code(n.cache, a)),
      storage,
    };
  }
  const state = {
    block: {
      number: qty(h.number),
      beneficiary: address(h.coinbase),
      timestamp: qty(h.timestamp),
      gas_limit: Number(h.gasLimit),
      basefee: Number(h.baseFeePerGas ?? 0n),
      difficulty: qty(h.difficulty),
      prevrandao: data(h.mixHash),
    },
    accounts,
    best_block_number: Number(h.number),
    blocks: headers(n),
    transactions: [],
    historical_states: null,
  };
  return data(gzipSync(JSON.stringify(state)));
}

/** Every block's header, newest first, as anvil lists its blocks (the bodies are not written). */
function headers(n: DevNode): unknown[] {
  const out: unknown[] = [];
  for (let i = n.head.number; i >= 0n; i--) {
    const b = n.blockByNumber(i);
    if (!b) continue;
    const { hash: _, ...header } = headerJson(b);
    out.push({ header, transactions: [], ommers: [], withdrawals: null });
  }
  return out;
}

const bad = (what: string) => invalidParams(`invalid argument 0: ${what}`);

function big(v: unknown, where: string): bigint {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
  if (typeof v === 'string' && /^0x[0-9a-f]{0,64}$/i.test(v)) return v === '0x' ? 0n : BigInt(v);
  throw bad(`${where}: a quantity expected`);
}

/** A dump's JSON, from gzip or plain bytes. */
export function decodeDump(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : Buffer.from(bytes)).toString('utf8');
  } catch {
    throw bad('not a gzip stream');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw bad('not JSON');
  }
}

/** The accounts of an anvil dump's JSON (undefined if it is not one), checked before anything is written. */
export function anvilAccounts(json: unknown): Map<bigint, DumpedAccount> | undefined {
  if (json === null || typeof json !== 'object' || Array.isArray(json) || !('accounts' in json))
    return undefined;
  const accounts = (json as { accounts: unknown }).accounts;
  if (accounts === null || typeof accounts !== 'object' || Array.isArray(accounts))
    throw bad('accounts: an object expected');
  const out = new Map<bigint, DumpedAccount>();
  for (const [addr, raw] of Object.entries(accounts as Record<string, unknown>)) {
    const where = `accounts.${addr}`;
    if (!/^0x[0-9a-f]{40}$/i.test(addr)) throw bad(`${where}: not an address`);
    if (raw === null || typeof raw !== 'object') throw bad(`${where}: an object expected`);
    const r = raw as Record<string, unknown>;
    const code = r.code ?? '0x';
    if (typeof code !== 'string' || !/^0x([0-9a-f]{2})*$/i.test(code))
      throw bad(`${where}.code: hex bytes expected`);
    const storage: [bigint, bigint][] = [];
    const st = r.storage ?? {};
    if (st === null || typeof st !== 'object' || Array.isArray(st))
      throw bad(`${where}.storage: an object expected`);
    for (const [k, v] of Object.entries(st as Record<string, unknown>))
      storage.push([big(k, `${where}.storage key`), big(v, `${where}.storage.${k}`)]);
    const nonce = big(r.nonce ?? 0, `${where}.nonce`);
    if (nonce >= 1n << 64n) throw bad(`${where}.nonce: above 2^64-1`);
    out.set(BigInt(addr), {
      nonce,
      balance: big(r.balance ?? '0x0', `${where}.balance`),
      code: Uint8Array.from(Buffer.from(code.slice(2), 'hex')),
      storage,
    });
  }
  return out;
}

export function loadAnvilState(n: DevNode, accounts: Map<bigint, DumpedAccount>): void {
  n.edit((c: JournaledCache) => {
    for (const [a, acc] of accounts) {
      n.setAccount(
        c,
        a,
        (s) => {
          s.nonce = acc.nonce;
          s.balance = acc.balance;
        },
        acc.code,
      );
      for (const [slot, value] of acc.storage) {
        if (value === 0n) c.delete(storageKey(a, slot));
        else c.put(storageKey(a, slot), minimalBytes(value));
      }
    }
  });
}
