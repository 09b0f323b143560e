/**
 * go-iost `vm/monitor.go` amountLimit: the token transfers accounts made during a top-level
 * call, summed per token, against the called method's ABI (`iost`, or `*` read with 0
 * decimals, or `unlimited`); nested calls' ABIs do not count.
 */
import { formatAmount, parseAmount } from './decimal.js';
import { TOKEN_CONTRACT, type TokenInfo } from './token.js';
import type { Receipt } from './types.js';

export function checkAmountLimit(
  receipts: readonly Receipt[],
  limits: readonly { token: string; val: string }[],
  isContract: (id: string) => boolean,
  tokenInfo: (token: string) => TokenInfo | undefined,
): string | undefined {
  const need = new Map<string, bigint>();
  for (const r of receipts) {
    if (r.func_name !== `${TOKEN_CONTRACT}/transfer`) continue;
    const [token, sender, , amount] = JSON.parse(r.content) as string[];
    if (isContract(sender!)) continue;
    const v = parseAmount(amount!, tokenInfo(token!)?.decimal ?? 0);
    need.set(token!, (need.get(token!) ?? 0n) + v);
  }
  for (const [token, amount] of need) {
    if (amount <= 0n) continue;
    const decimals = tokenInfo(token)?.decimal ?? 0;
    const limit = limits.find((l) => l.token === token) ?? limits.find((l) => l.token === '*');
    let ok = false;
    if (limit) {
      if (limit.val === 'unlimited') ok = true;
      else {
        // A '*' limit is read with 0 decimals, as IOST does.
        const lim =
          parseAmount(limit.val, limit.token === '*' ? 0 : decimals) *
          10n ** BigInt(limit.token === '*' ? decimals : 0);
        ok = lim >= amount;
      }
    }
    if (!ok) return `token ${token} exceed amountLimit in abi. need ${formatAmount(amount, decimals)}`;
  }
  return undefined;
}
