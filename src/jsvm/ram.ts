/**
 * The `ram.iost` contract as go-iost's `config/genesis/contract/ram.js` runs it, written
 * natively to its ABI: RAM is the token `ram` (decimal 0, only its issuer ram.iost can move
 * it), bought and sold against iost at a Bancor-style price over the space left
 * (`balance × (left / (left - amount) - 1)`, rounded to cents), with a 2% fee (at least 0.01)
 * sent to `deadaddr`; `lend` gives RAM that cannot be sold again. The state is kept in
 * ram.iost's storage under ram.js's keys and as its JSON (`leftSpace`, `usedSpace`, `balance`,
 * `SR`/`TR` + account, …), so `storage.globalGet('ram.iost', …)` reads what it reads on IOST;
 * the arithmetic is ram.js's, in the same doubles.
 */
import { utf8ToBytes } from '../core/bytes.js';
import type { AbiArgType } from './abi.js';
import { TxFailure } from './errors.js';
import { keys } from './keys.js';
import type { NativeLedger } from './ledger.js';

export const RAM_CONTRACT = 'ram.iost';
export const RAM_TOKEN = 'ram';

/** ram.js.abi. */
export const RAM_METHODS: Readonly<Record<string, readonly AbiArgType[]>> = {
  can_update: ['string'],
  initAdmin: ['string'],
  issue: ['number', 'number', 'number', 'number'],
  buy: ['string', 'string', 'number'],
  sell: ['string', 'string', 'number'],
  lend: ['string', 'string', 'number'],
};

/** What ram.iost reaches: its storage, the block, authority checks and token.iost under its own authority. */
export interface RamEnv {
  ledger: NativeLedger;
  blockNumber: number;
  /** The block's time in nanoseconds, as a double (block.time). */
  blockTime: number;
  requireAuth(id: string, permission: string): boolean;
  token(api: string, argv: unknown[]): void;
}

const decoder = new TextDecoder();
const FEE_RATE = 0.02;
const INITIAL_PRICE = 0.005;
const F = 1.0;

/** ram.js `_get`: the JSON stored under `k`, null when absent or empty. */
function get(l: NativeLedger, k: string): unknown {
  const raw = l.cache.get(keys.value(RAM_CONTRACT, k));
  if (raw === undefined) return null;
  const text = decoder.decode(raw);
  return text === '' ? null : JSON.parse(text);
}
function put(l: NativeLedger, k: string, v: unknown): void {
  l.cache.put(keys.value(RAM_CONTRACT, k), utf8ToBytes(JSON.stringify(v)));
}

function positive(l: NativeLedger, k: string): number {
  const v = get(l, k);
  if (v === null) throw new TxFailure(`no ${k} key`);
  if ((v as number) < 0) throw new TxFailure(`internal error: ${k} is negative`);
  return v as number;
}
const change = (l: NativeLedger, k: string, delta: number) => put(l, k, positive(l, k) + delta);
const accountRam = (l: NativeLedger, prefix: 'SR' | 'TR', acc: string) =>
  (get(l, prefix + acc) as number | null) ?? 0;
const changeAccountRam = (l: NativeLedger, prefix: 'SR' | 'TR', acc: string, delta: number) =>
  put(l, prefix + acc, accountRam(l, prefix, acc) + delta);

/** ram.js `_price`. */
function price(l: NativeLedger, action: 'buy' | 'sell', amount: number): number {
  const left = positive(l, 'leftSpace');
  if (action === 'sell') return -price(l, 'buy', -amount);
  if (left <= amount)
    throw new TxFailure(
      `buy amount is too much. left space is not enough ${left.toString()} is less than ${amount.toString()}`,
    );
  return positive(l, 'balance') * ((left / (left - amount)) ** F - 1.0);
}
const round = (f: number) => Math.round(f * 100) / 100;

function requireAuth(env: RamEnv, account: string, permission: string): void {
  if (env.requireAuth(account, permission) !== true) throw new TxFailure('require auth failed. ret = false');
}

/** ram.js `_checkIssue`: each interval passed since the last issue adds `increaseAmount` of space. */
function checkIssue(env: RamEnv): void {
  const l = env.ledger;
  const interval = get(l, 'increaseInterval') as number;
  const slots =
    Math.floor(env.blockTime / 1e9 / interval) -
    Math.floor((get(l, 'lastUpdateBlockTime') as number) / 1e9 / interval);
  if (slots > 0) {
    const amount = (get(l, 'increaseAmount') as number) * slots;
    env.token('issue', [RAM_TOKEN, RAM_CONTRACT, amount.toString()]);
    put(l, 'lastUpdateBlockTime', env.blockTime);
    change(l, 'leftSpace', amount);
  }
}

function checkAmount(amount: number): void {
  if (amount < 10) throw new TxFailure('minimum ram amount for trading is 10 byte');
}

/** Runs one ram.iost method; `argv` already checked against its ABI types. */
export function ramCall(env: RamEnv, api: string, argv: unknown[]): string[] {
  const l = env.ledger;
  switch (api) {
    case 'can_update': {
      requireAuth(env, get(l, 'adminID') as string, 'active');
      return ['true'];
    }
    case 'initAdmin': {
      if (env.blockNumber !== 0) throw new TxFailure('init out of genesis block');
      put(l, 'adminID', argv[0]);
      return [''];
    }
    case 'issue': {
      const [initialTotal, increaseInterval, increaseAmount, reserve] = argv as number[];
      if (env.blockNumber !== 0) throw new TxFailure('init out of genesis block');
      const veryLarge = 100 * 64 * 1024 * 1024 * 1024;
      const info = { decimal: 0, fullName: 'IOST system ram', onlyIssuerCanTransfer: true };
      env.token('create', [RAM_TOKEN, RAM_CONTRACT, veryLarge, info]);
      env.token('issue', [RAM_TOKEN, RAM_CONTRACT, initialTotal!.toString()]);
      put(l, 'lastUpdateBlockTime', env.blockTime);
      put(l, 'increaseInterval', increaseInterval);
      put(l, 'increaseAmount', increaseAmount);
      put(l, 'leftSpace', initialTotal);
      put(l, 'usedSpace', 0);
      put(l, 'balance', (initialTotal! * INITIAL_PRICE) / F);
      if (reserve !== 0) {
        const reservePrice = price(l, 'buy', reserve!);
        change(l, 'leftSpace', -reserve!);
        change(l, 'balance', reservePrice);
        change(l, 'usedSpace', reserve!);
      }
      return [''];
    }
    case 'buy': {
      const [payer, account, amount] = argv as [string, string, number];
      checkAmount(amount);
      requireAuth(env, payer, 'transfer');
      checkIssue(env);
      const rawPrice = round(price(l, 'buy', amount));
      let fee = round(FEE_RATE * rawPrice);
      if (fee < 0.01) fee = 0.01;
      const total = rawPrice + fee;
      env.token('transfer', ['iost', payer, RAM_CONTRACT, total.toFixed(2), '']);
      if (fee.toFixed(2) !== '0.00')
        env.token('transfer', ['iost', RAM_CONTRACT, 'deadaddr', fee.toFixed(2), '']);
      env.token('transfer', [RAM_TOKEN, RAM_CONTRACT, account, amount.toString(), '']);
      change(l, 'leftSpace', -amount);
      change(l, 'balance', rawPrice);
      change(l, 'usedSpace', amount);
      changeAccountRam(l, 'SR', account, amount);
      changeAccountRam(l, 'TR', account, amount);
      return [total.toFixed(2)];
    }
    case 'sell': {
      const [account, receiver, amount] = argv as [string, string, number];
      checkAmount(amount);
      requireAuth(env, account, 'transfer');
      const self = accountRam(l, 'SR', account);
      if (self < amount) throw new TxFailure(`self ram amount ${self}, not enough for sell`);
      env.token('transfer', [RAM_TOKEN, account, RAM_CONTRACT, amount.toString(), '']);
      const got = round(price(l, 'sell', amount));
      env.token('transfer', ['iost', RAM_CONTRACT, receiver, got.toFixed(2), '']);
      change(l, 'leftSpace', amount);
      change(l, 'balance', -got);
      change(l, 'usedSpace', -amount);
      changeAccountRam(l, 'SR', account, -amount);
      changeAccountRam(l, 'TR', account, -amount);
      return [got.toFixed(2)];
    }
    case 'lend': {
      const [from, to, amount] = argv as [string, string, number];
      checkAmount(amount);
      requireAuth(env, from, 'transfer');
      const self = accountRam(l, 'SR', from);
      if (self < amount) throw new TxFailure(`self ram amount ${self}, not enough for lend`);
      env.token('transfer', [RAM_TOKEN, from, to, amount.toString(), '']);
      changeAccountRam(l, 'SR', from, -amount);
      changeAccountRam(l, 'TR', from, -amount);
      changeAccountRam(l, 'TR', to, amount);
      return [''];
    }
    default:
      throw new TxFailure(`abi ${api} not found`);
  }
}

/** go-iost database/ram_handler.go ChangeUsedRAMInfo: ram.iost's `UR` + account, a decimal string. */
export function addUsedRam(l: NativeLedger, account: string, delta: number): void {
  const k = keys.value(RAM_CONTRACT, `UR${account}`);
  const raw = l.cache.get(k);
  const used = raw === undefined ? 0 : Number(decoder.decode(raw));
  l.cache.put(k, utf8ToBytes(String(used + delta)));
}

/** go-iost RAMHandler: an account's RAM (used, total bought or lent to it, available: its `ram` balance). */
export function accountRamInfo(
  l: NativeLedger,
  account: string,
): { used: number; total: number; available: string } {
  const raw = l.cache.get(keys.value(RAM_CONTRACT, `UR${account}`));
  return {
    used: raw === undefined ? 0 : Number(decoder.decode(raw)),
    total: accountRam(l, 'TR', account),
    available: l.balance(RAM_TOKEN, account).toString(),
  };
}
