/**
 * The native `token.iost` contract as go-iost runs it today (`vm/native/token_v6.go`: create of
 * token_v1.go, issue / transferFreeze / destroy of token_v2.go, transfer of token_v3.go,
 * balanceOf / supply / totalSupply of token_v1.go). Balances are int64 counts of a token's
 * smallest unit; amounts are decimal strings, refined to the token's decimals (extra digits
 * dropped) and written so into the receipt, whose content is the JSON of the arguments. Frozen
 * amounts (`transferFreeze`) join the balance when a block's time reaches their time, as
 * go-iost's getBalance does on every read. The native token `iost` exists from genesis with 8
 * decimals.
 */
import type { AbiArgType } from './abi.js';
import { DecimalFormatError, formatAmount, INT64_MAX, parseAmount } from './decimal.js';
import { TxFailure } from './errors.js';

export const TOKEN_CONTRACT = 'token.iost';
export const NATIVE_TOKEN = 'iost';
/** The native token's decimals. */
export const TOKEN_DECIMALS: Readonly<Record<string, number>> = { iost: 8 };

/** token.iost's ABI: argument types by method. */
export const TOKEN_METHODS: Readonly<Record<string, readonly AbiArgType[]>> = {
  create: ['string', 'string', 'number', 'json'],
  issue: ['string', 'string', 'string'],
  transfer: ['string', 'string', 'string', 'string', 'string'],
  transferFreeze: ['string', 'string', 'string', 'string', 'number', 'string'],
  destroy: ['string', 'string', 'string'],
  balanceOf: ['string', 'string'],
  supply: ['string'],
  totalSupply: ['string'],
};

/** go-iost's token info map (`TokenInfoMapPrefix`), with int64 amounts as decimal strings. */
export interface TokenInfo {
  issuer: string;
  totalSupply: string;
  supply: string;
  canTransfer: boolean;
  onlyIssuerCanTransfer: boolean;
  defaultRate: string;
  decimal: number;
  fullName: string;
}
export interface FreezeItem {
  amount: string;
  ftime: number;
}

export interface Ledger {
  isValidAccount(name: string): boolean;
  requireAuth(id: string, permission: string): boolean;
  balance(token: string, account: string): bigint;
  setBalance(token: string, account: string, value: bigint): void;
  tokenInfo(token: string): TokenInfo | undefined;
  setTokenInfo(token: string, info: TokenInfo): void;
  freezes(token: string, account: string): FreezeItem[];
  setFreezes(token: string, account: string, items: FreezeItem[]): void;
  /** The block's time, in nanoseconds. */
  blockTime: number;
  receipt(funcName: string, content: string): void;
}

/** Go's json.Marshal escapes <, > and & in strings; receipts keep its bytes. */
export function goJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function infoOf(l: Ledger, token: string): TokenInfo {
  const info = l.tokenInfo(token);
  if (!info) throw new TxFailure('token not exists');
  return info;
}

/** go-iost `refineAmount`: digits with at most one point, then the token's decimals. */
function refine(text: string, decimals: number): { units: bigint; text: string } {
  if (!/^([0-9]+[.])?[0-9]+$/.test(text)) throw new TxFailure(`invalid amount ${text} <nil>`);
  let units: bigint;
  try {
    units = parseAmount(text, decimals);
  } catch (e) {
    if (e instanceof DecimalFormatError) throw new TxFailure(`invalid amount ${text} ${e.message}`);
    throw e;
  }
  return { units, text: formatAmount(units, decimals) };
}

/** go-iost `getBalance`: the stored balance plus the frozen amounts whose time has come (written back). */
function balanceOf(l: Ledger, token: string, account: string): bigint {
  let balance = l.balance(token, account);
  const items = l.freezes(token, account);
  if (items.length === 0) return balance;
  let i = 0;
  let add = 0n;
  while (i < items.length && items[i]!.ftime <= l.blockTime) add += BigInt(items[i++]!.amount);
  if (add > 0n) {
    balance += add;
    l.setBalance(token, account, balance);
  }
  if (i > 0) l.setFreezes(token, account, items.slice(i));
  return balance;
}

/** Takes `units` from `from`'s balance, or fails with token_v3's balance message. */
function debit(l: Ledger, token: string, from: string, units: bigint, decimal: number): void {
  const fb = balanceOf(l, token, from);
  if (fb < units) throw notEnough(fb, units, decimal);
  l.setBalance(token, from, fb - units);
}

function notEnough(balance: bigint, amount: bigint, decimals: number): TxFailure {
  return new TxFailure(
    `balance not enough ${formatAmount(balance, decimals)} < ${formatAmount(amount, decimals)}`,
  );
}

/** go-iost's checkTokenSymValid (token_v2.go), shared with token721.iost. */
export function checkSymbol(symbol: string): void {
  if (symbol.length < 2 || symbol.length > 16)
    throw new TxFailure(`token symbol invalid. token symbol length should be between 2,16 got ${symbol}`);
  for (const ch of symbol)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch === '_'))
      // Go prints the rune with %v: its code point.
      throw new TxFailure(
        `token symbol invalid. token symbol contains invalid character ${ch.codePointAt(0)}`,
      );
}

/** Transfer checks shared by transfer and transferFreeze: the token moves, and by whom. */
function checkTransferable(l: Ledger, info: TokenInfo, from: string): void {
  if (!info.canTransfer) throw new TxFailure("token can't transfer");
  if (info.onlyIssuerCanTransfer && !l.requireAuth(info.issuer, 'transfer'))
    throw new TxFailure('transfer need issuer permission');
  if (!l.requireAuth(from, 'transfer')) throw new TxFailure('transaction has no permission');
}

/** Runs one token.iost method; `argv` already checked against its ABI types. */
export function tokenCall(l: Ledger, api: string, argv: unknown[]): string[] {
  const args = [...argv];
  const token = args[0] as string;
  const rcpt = () => l.receipt(`${TOKEN_CONTRACT}/${api}`, goJson(args));
  switch (api) {
    case 'create': {
      const [, issuer, total, config] = args as [string, string, number, unknown];
      checkSymbol(token);
      const c = (config ?? {}) as Record<string, unknown>;
      if (typeof c !== 'object' || Array.isArray(c)) throw new TxFailure('json: cannot unmarshal config');
      const info: TokenInfo = {
        issuer,
        totalSupply: '0',
        supply: '0',
        canTransfer: true,
        onlyIssuerCanTransfer: false,
        defaultRate: '1.0',
        decimal: 8,
        fullName: token,
      };
      if ('decimal' in c) {
        if (typeof c.decimal !== 'number') throw new TxFailure('decimal in config should be number');
        info.decimal = Math.trunc(c.decimal);
      }
      if ('canTransfer' in c) {
        if (typeof c.canTransfer !== 'boolean') throw new TxFailure('canTransfer in config should be bool');
        info.canTransfer = c.canTransfer;
      }
      if ('onlyIssuerCanTransfer' in c) {
        if (typeof c.onlyIssuerCanTransfer !== 'boolean')
          throw new TxFailure('onlyIssuerCanTransfer in config should be bool');
        info.onlyIssuerCanTransfer = c.onlyIssuerCanTransfer;
      }
      if ('defaultRate' in c) {
        if (typeof c.defaultRate !== 'string') throw new TxFailure('defaultRate in config should be string');
        info.defaultRate = c.defaultRate;
      }
      if ('fullName' in c) {
        if (typeof c.fullName !== 'string') throw new TxFailure('fullName in config should be string');
        if (new TextEncoder().encode(c.fullName).length > 50) throw new TxFailure('fullName is too long');
        info.fullName = c.fullName;
      }
      if (!l.requireAuth(issuer, 'token')) throw new TxFailure('transaction has no permission');
      if (l.tokenInfo(token)) throw new TxFailure('token exists');
      if (info.decimal < 0 || info.decimal >= 19) throw new TxFailure('invalid decimal');
      if (BigInt(total) > INT64_MAX / 10n ** BigInt(info.decimal)) throw new TxFailure('invalid totalSupply');
      info.totalSupply = (BigInt(total) * 10n ** BigInt(info.decimal)).toString();
      l.setTokenInfo(token, info);
      rcpt();
      return [];
    }
    case 'issue': {
      const [, to, amountText] = args as [string, string, string];
      const info = infoOf(l, token);
      const { units, text } = refine(amountText, info.decimal);
      args[2] = text;
      if (!l.requireAuth(info.issuer, 'token')) throw new TxFailure('transaction has no permission');
      if (units <= 0n) throw new TxFailure('invalid amount');
      const supply = BigInt(info.supply);
      if (BigInt(info.totalSupply) - supply < units) throw new TxFailure('supply too much');
      l.setTokenInfo(token, { ...info, supply: (supply + units).toString() });
      l.setBalance(token, to, balanceOf(l, token, to) + units);
      rcpt();
      return [];
    }
    case 'transfer': {
      const [, from, to, amountText, memo] = args as [string, string, string, string, string];
      if (new TextEncoder().encode(memo).length > 512) throw new TxFailure('memo too large');
      if (!l.isValidAccount(from)) throw new TxFailure(`invalid account ${from}`);
      if (!l.isValidAccount(to)) throw new TxFailure(`invalid account ${to}`);
      const info = infoOf(l, token);
      const { units, text } = refine(amountText, info.decimal);
      args[3] = text;
      checkTransferable(l, info, from);
      if (units <= 0n) throw new TxFailure('invalid amount');
      // token_v3: the sender is debited and written before the receiver is read.
      debit(l, token, from, units, info.decimal);
      const tb = balanceOf(l, token, to);
      if (tb + units > INT64_MAX) throw new TxFailure('balance overflow');
      l.setBalance(token, to, tb + units);
      rcpt();
      return [];
    }
    case 'transferFreeze': {
      const [, from, to, amountText, ftime, memo] = args as [string, string, string, string, number, string];
      if (new TextEncoder().encode(memo).length > 512) throw new TxFailure('memo too large');
      const info = infoOf(l, token);
      const { units, text } = refine(amountText, info.decimal);
      args[3] = text;
      checkTransferable(l, info, from);
      if (units <= 0n) throw new TxFailure('invalid amount');
      debit(l, token, from, units, info.decimal);
      const items = [...l.freezes(token, to), { amount: units.toString(), ftime }];
      items.sort((a, b) =>
        a.ftime !== b.ftime
          ? a.ftime - b.ftime
          : BigInt(a.amount) < BigInt(b.amount)
            ? -1
            : BigInt(a.amount) > BigInt(b.amount)
              ? 1
              : 0,
      );
      l.setFreezes(token, to, items);
      rcpt();
      return [];
    }
    case 'destroy': {
      const [, from, amountText] = args as [string, string, string];
      const info = infoOf(l, token);
      const { units, text } = refine(amountText, info.decimal);
      args[2] = text;
      if (!l.requireAuth(from, 'transfer')) throw new TxFailure('transaction has no permission');
      if (units <= 0n) throw new TxFailure('invalid amount');
      debit(l, token, from, units, info.decimal);
      const now = infoOf(l, token);
      l.setTokenInfo(token, { ...now, supply: (BigInt(now.supply) - units).toString() });
      rcpt();
      return [];
    }
    case 'balanceOf': {
      const info = infoOf(l, token);
      return [formatAmount(balanceOf(l, token, args[1] as string), info.decimal)];
    }
    case 'supply': {
      const info = infoOf(l, token);
      return [formatAmount(BigInt(info.supply), info.decimal)];
    }
    case 'totalSupply': {
      const info = infoOf(l, token);
      return [formatAmount(BigInt(info.totalSupply), info.decimal)];
    }
    default:
      throw new TxFailure(`abi ${api} not found`);
  }
}
