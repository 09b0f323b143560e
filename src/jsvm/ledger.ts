/**
 * The native contracts' state over the journaled cache: accounts and their permission trees
 * (auth.iost's map `auth`, as go-iost `account.js` stores it), token balances, token info and
 * frozen balances (token.iost, go-iost `token_v6.go`), and native contracts' maps laid out as a
 * JavaScript contract's (fields in insertion order).
 */
import { utf8ToBytes } from '../core/bytes.js';
import type { JournaledCache } from '../state/index.js';
import { AUTH_CONTRACT, AUTH_MAP, type AuthAccount, newAccount } from './auth.js';
import { keys } from './keys.js';
import { type FreezeItem, NATIVE_TOKEN, type TokenInfo } from './token.js';
import type { Maps721 } from './token721.js';

const decoder = new TextDecoder();
const json = <T>(raw: Uint8Array): T => JSON.parse(decoder.decode(raw)) as T;

export class NativeLedger {
  constructor(readonly cache: JournaledCache) {}

  /** An account made here (createAccount, native signUp) or by account.js run as auth.iost (its `auth` map). */
  hasAccount(name: string): boolean {
    return this.cache.has(keys.account(name)) || this.cache.has(keys.mapField(AUTH_CONTRACT, AUTH_MAP, name));
  }

  /** The account's permission tree in auth.iost (go-iost `ReadAuth`). */
  loadAuth(id: string): AuthAccount | undefined {
    const raw = this.cache.get(keys.mapField(AUTH_CONTRACT, AUTH_MAP, id));
    if (raw !== undefined) return json<AuthAccount>(raw);
    // An account created by a polyvm before auth.iost: no keys, its signers hold every permission.
    return this.cache.has(keys.account(id)) ? newAccount(id, '', '', '') : undefined;
  }

  /** go-iost ReadAuth's `len(sa)`: the record as stored, `s` + JSON + `@` + payer (auth.iost unless another paid); 1 (`n`) when absent. */
  authRecordBytes(id: string): number {
    const raw = this.cache.get(keys.mapField(AUTH_CONTRACT, AUTH_MAP, id));
    if (raw === undefined) return 1;
    const payer = this.cache.get(keys.mapPayer(AUTH_CONTRACT, AUTH_MAP, id));
    return 2 + raw.length + (payer === undefined ? AUTH_CONTRACT.length : payer.length);
  }

  /** Stores the tree as auth.iost's `storage.mapPut('auth', id, JSON)` would, and marks the account as existing. */
  saveAuth(a: AuthAccount): void {
    this.nativeMaps(AUTH_CONTRACT).put(AUTH_MAP, a.id, JSON.stringify(a));
    this.cache.put(keys.account(a.id), utf8ToBytes('1'));
  }

  /** A native contract's storage maps, laid out as a JavaScript contract's (fields in insertion order). */
  nativeMaps(contract: string): Maps721 {
    const cache = this.cache;
    const list = (key: string): string[] => {
      const raw = cache.get(keys.mapIndex(contract, key));
      return raw === undefined ? [] : json<string[]>(raw);
    };
    const setList = (key: string, fields: string[]) =>
      fields.length === 0
        ? cache.delete(keys.mapIndex(contract, key))
        : cache.put(keys.mapIndex(contract, key), utf8ToBytes(JSON.stringify(fields)));
    return {
      get: (key, field) => {
        const raw = cache.get(keys.mapField(contract, key, field));
        return raw === undefined ? undefined : decoder.decode(raw);
      },
      put: (key, field, value) => {
        if (!cache.has(keys.mapField(contract, key, field))) setList(key, [...list(key), field]);
        cache.put(keys.mapField(contract, key, field), utf8ToBytes(value));
      },
      del: (key, field) => {
        if (cache.has(keys.mapField(contract, key, field)))
          setList(
            key,
            list(key).filter((f) => f !== field),
          );
        cache.delete(keys.mapField(contract, key, field));
      },
      keys: list,
    };
  }

  balance(token: string, account: string): bigint {
    const v = this.cache.get(keys.balance(token, account));
    return v === undefined ? 0n : BigInt(decoder.decode(v));
  }

  setBalance(token: string, account: string, value: bigint): void {
    this.cache.put(keys.balance(token, account), utf8ToBytes(value.toString()));
  }

  /**
   * A token's info; `iost` has genesis's (go-iost issue.js: issuer issue.iost, 90,000,000,000
   * in total, 8 decimals) until a supply is written, with the balances created by createAccount
   * counted as supply.
   */
  tokenInfo(token: string): TokenInfo | undefined {
    const raw = this.cache.get(keys.tokenInfo(token));
    if (raw !== undefined) return json<TokenInfo>(raw);
    if (token !== NATIVE_TOKEN) return undefined;
    return {
      issuer: 'issue.iost',
      totalSupply: (90_000_000_000n * 10n ** 8n).toString(),
      supply: '0',
      canTransfer: true,
      onlyIssuerCanTransfer: false,
      defaultRate: '1.0',
      decimal: 8,
      fullName: NATIVE_TOKEN,
    };
  }

  setTokenInfo(token: string, info: TokenInfo): void {
    this.cache.put(keys.tokenInfo(token), utf8ToBytes(JSON.stringify(info)));
  }

  freezes(token: string, account: string): FreezeItem[] {
    const raw = this.cache.get(keys.freeze(token, account));
    return raw === undefined ? [] : json<FreezeItem[]>(raw);
  }

  setFreezes(token: string, account: string, items: FreezeItem[]): void {
    if (items.length === 0) this.cache.delete(keys.freeze(token, account));
    else this.cache.put(keys.freeze(token, account), utf8ToBytes(JSON.stringify(items)));
  }
}
