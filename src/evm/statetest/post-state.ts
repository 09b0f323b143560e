/**
 * What differs between the state a case left and execution-spec-tests' expected full
 * post-state (`post[fork][i].state`), for the failure message: accounts missing or
 * unexpected, and nonce, balance, code and storage differences, the first few of them.
 */
import type { JournaledCache } from '../../state/index.js';
import {
  ACCOUNT_PREFIX,
  accountKey,
  codeKey,
  decodeAccount,
  storageKey,
  storagePrefixOf,
} from '../state-keys.js';
import { KECCAK_EMPTY } from '../trie/index.js';
import { bytesToBigInt } from '../words.js';
import type { PostEntry } from './parse.js';

const MAX_REPORTED = 4;
const hexNum = (n: bigint) => `0x${n.toString(16)}`;

/** `; difference, difference, ...` or '' when there is no expected state to compare with. */
export function postStateDiff(cache: JournaledCache, expected: PostEntry['state']): string {
  if (!expected) return '';
  const diffs: string[] = [];
  const seen = new Set<bigint>();
  for (const [addrHex, want] of Object.entries(expected)) {
    const address = BigInt(addrHex);
    seen.add(address);
    const raw = cache.get(accountKey(address));
    if (!raw) {
      diffs.push(`${addrHex} missing`);
      continue;
    }
    const a = decodeAccount(raw);
    const wantNonce = BigInt(want.nonce ?? '0x0');
    const wantBalance = BigInt(want.balance ?? '0x0');
    if (a.nonce !== wantNonce) diffs.push(`${addrHex} nonce ${a.nonce} (want ${wantNonce})`);
    if (a.balance !== wantBalance) diffs.push(`${addrHex} balance ${a.balance} (want ${wantBalance})`);
    const code = bytesToHexOrEmpty(a.codeHash, cache);
    if (code !== (want.code ?? '0x').toLowerCase()) diffs.push(`${addrHex} code differs`);
    const wantStorage = new Map(Object.entries(want.storage ?? {}).map(([k, v]) => [BigInt(k), BigInt(v)]));
    for (const [slot, v] of wantStorage) {
      const got = cache.get(storageKey(address, slot));
      const have = got ? bytesToBigInt(got) : 0n;
      if (have !== v) diffs.push(`${addrHex} storage[${hexNum(slot)}] ${hexNum(have)} (want ${hexNum(v)})`);
    }
    for (const [k, v] of cache.range({ prefix: storagePrefixOf(address) })) {
      const slot = bytesToBigInt(k.subarray(k.length - 32));
      if (!wantStorage.has(slot))
        diffs.push(`${addrHex} storage[${hexNum(slot)}] ${hexNum(bytesToBigInt(v))} (want 0x0)`);
    }
  }
  for (const [k] of cache.range({ prefix: ACCOUNT_PREFIX })) {
    const address = bytesToBigInt(k.subarray(ACCOUNT_PREFIX.length));
    if (!seen.has(address)) diffs.push(`0x${address.toString(16).padStart(40, '0')} unexpected`);
  }
  if (diffs.length === 0) return '';
  const more = diffs.length > MAX_REPORTED ? `, and ${diffs.length - MAX_REPORTED} more` : '';
  return `; ${diffs.slice(0, MAX_REPORTED).join(', ')}${more}`;
}

function bytesToHexOrEmpty(codeHash: Uint8Array, cache: JournaledCache): string {
  if (Buffer.from(codeHash).equals(Buffer.from(KECCAK_EMPTY))) return '0x';
  const code = cache.get(codeKey(codeHash));
  return `0x${Buffer.from(code ?? new Uint8Array(0)).toString('hex')}`;
}
