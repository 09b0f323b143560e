/**
 * The native `token.iost` contract, as go-iost `vm/native/token_v1.go` behaves for the
 * native token `iost` (8 decimals): `transfer(token, from, to, amount, memo)` with the
 * sender's `transfer` permission, and `balanceOf(token, account)`, amounts as decimal strings.
 * Balances are int64 counts of the smallest unit; a transfer writes IOST's receipt
 * (`token.iost/transfer`, content = the JSON of its arguments).
 */
import { DecimalFormatError, formatAmount, INT64_MAX, parseAmount } from './decimal.js';
import { TxFailure } from './errors.js';

export const TOKEN_CONTRACT = 'token.iost';
export const NATIVE_TOKEN = 'iost';
export const TOKEN_DECIMALS: Readonly<Record<string, number>> = { iost: 8 };
export const TOKEN_METHODS: Readonly<Record<string, number>> = { transfer: 5, balanceOf: 2 };

export interface Ledger {
  isValidAccount(name: string): boolean;
  requireAuth(id: string, permission: string): boolean;
  balance(token: string, account: string): bigint;
  setBalance(token: string, account: string, value: bigint): void;
  receipt(funcName: string, content: string): void;
}

/** Go's json.Marshal escapes <, > and & in strings; receipts keep its bytes. */
export function goJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function decimalsOf(token: string): number {
  const d = TOKEN_DECIMALS[token];
  if (d === undefined) throw new TxFailure('token not exists');
  return d;
}

export function tokenTransfer(l: Ledger, args: string[]): string[] {
  const [token, from, to, amountText, memo] = args as [string, string, string, string, string];
  if (memo.length > 512) throw new TxFailure('memo too large');
  if (!l.isValidAccount(from)) throw new TxFailure(`invalid account ${from}`);
  if (!l.isValidAccount(to)) throw new TxFailure(`invalid account ${to}`);
  if (from === to) return [];
  const decimals = decimalsOf(token);
  if (!l.requireAuth(from, 'transfer')) throw new TxFailure('transaction has no permission');
  let amount: bigint;
  try {
    amount = parseAmount(amountText, decimals);
  } catch (e) {
    if (e instanceof DecimalFormatError) throw new TxFailure(`invalid amount ${amountText} ${e.message}`);
    throw e;
  }
  if (amount <= 0n) throw new TxFailure('invalid amount');
  const fb = l.balance(token, from);
  const tb = l.balance(token, to);
  if (fb < amount)
    throw new TxFailure(
      `balance not enough ${formatAmount(fb, decimals)} < ${formatAmount(amount, decimals)}`,
    );
  if (tb + amount > INT64_MAX) throw new TxFailure('balance overflow');
  l.setBalance(token, to, tb + amount);
  l.setBalance(token, from, fb - amount);
  l.receipt(`${TOKEN_CONTRACT}/transfer`, goJson(args));
  return [];
}

export function tokenBalanceOf(l: Ledger, args: string[]): string[] {
  const [token, account] = args as [string, string];
  const decimals = decimalsOf(token);
  return [formatAmount(l.balance(token, account), decimals)];
}
