/** The state root and logs hash of EVM state held in a JournaledCache (via src/evm/trie). */
import type { JournaledCache } from '../state/index.js';
import { ACCOUNT_PREFIX, decodeAccount, storagePrefixOf } from './state-keys.js';
import { type AccountForRoot, stateRoot, logsHash as trieLogsHash } from './trie/index.js';
import { addressToBytes, bigIntToBytes32, bytesToBigInt } from './words.js';
import type { Log } from './world-state.js';

export function computeStateRoot(cache: JournaledCache): Uint8Array {
  const accounts: AccountForRoot[] = [];
  for (const [key, value] of cache.range({ prefix: ACCOUNT_PREFIX })) {
    const address = key.slice(ACCOUNT_PREFIX.length);
    const a = decodeAccount(value);
    const storage: [bigint, bigint][] = [];
    for (const [sk, sv] of cache.range({ prefix: storagePrefixOf(bytesToBigInt(address)) }))
      storage.push([bytesToBigInt(sk.subarray(sk.length - 32)), bytesToBigInt(sv)]);
    accounts.push({ address, nonce: a.nonce, balance: a.balance, codeHash: a.codeHash, storage });
  }
  return stateRoot(accounts);
}

export function computeLogsHash(logs: readonly Log[]): Uint8Array {
  return trieLogsHash(
    logs.map((l) => ({
      address: addressToBytes(l.address),
      topics: l.topics.map(bigIntToBytes32),
      data: l.data,
    })),
  );
}
