/**
 * eth_feeHistory (geth `eth/gasprice/feehistory.go`): for `blockCount` blocks up to
 * `newestBlock`, the base fee (plus the next block's), the gas used ratio, the blob base
 * fee and blob gas ratio, and per block the effective tips at the requested percentiles,
 * weighted by gas used.
 */
import { blobBaseFee, calcBaseFee, forkRules, GAS_PER_BLOB } from '../../evm/index.js';
import { invalidParams } from '../errors.js';
import { parseLooseQty, qty } from '../hex.js';
import type { DevNode } from '../node.js';
import { resolveBlock } from './eth.js';

const MAX_BLOCKS = 1024n;

export function feeHistory(node: DevNode, p: unknown[]): Record<string, unknown> {
  let count = parseLooseQty(p[0], 'argument 0', 64);
  const newestTag = resolveBlock(node, p[1]);
  const newest = newestTag === 'pending' ? node.head.number : newestTag;
  const percentiles = (p[2] ?? []) as unknown[];
  if (!Array.isArray(percentiles)) throw invalidParams('invalid argument 2: array of percentiles expected');
  let last = -1;
  for (const x of percentiles) {
    if (typeof x !== 'number' || x < 0 || x > 100) throw invalidParams(`invalid reward percentile: ${x}`);
    if (x < last) throw invalidParams(`invalid reward percentile: #${x} > #${last}`);
    last = x;
  }
  if (count > MAX_BLOCKS) count = MAX_BLOCKS;
  if (count > newest + 1n) count = newest + 1n;
  const rules = forkRules(node.fork);
  const maxBlobGas = BigInt(rules.blob.max) * GAS_PER_BLOB;
  const baseFees: string[] = [];
  const ratios: number[] = [];
  const blobFees: string[] = [];
  const blobRatios: number[] = [];
  const rewards: string[][] = [];
  const oldest = newest - count + 1n;
  for (let n = oldest; n <= newest; n++) {
    const b = node.blockByNumber(n)!;
    const h = b.block.header;
    baseFees.push(qty(h.baseFeePerGas ?? 0n));
    ratios.push(Number(h.gasUsed) / Number(h.gasLimit));
    blobFees.push(qty(blobBaseFee(h.excessBlobGas ?? 0n, rules.blob.updateFraction)));
    blobRatios.push(maxBlobGas > 0n ? Number(h.blobGasUsed ?? 0n) / Number(maxBlobGas) : 0);
    if (percentiles.length) {
      const base = h.baseFeePerGas ?? 0n;
      const tips = b.receipts
        .map((r) => ({ tip: r.effectiveGasPrice - base, gas: r.gasUsed }))
        .sort((a, c) => (a.tip < c.tip ? -1 : a.tip > c.tip ? 1 : 0));
      const row: string[] = [];
      for (const pc of percentiles as number[]) {
        if (tips.length === 0) {
          row.push('0x0');
          continue;
        }
        const threshold = (Number(h.gasUsed) * pc) / 100;
        let sum = 0;
        let i = 0;
        for (; i < tips.length - 1; i++) {
          sum += Number(tips[i]!.gas);
          if (sum >= threshold) break;
        }
        row.push(qty(tips[i]!.tip));
      }
      rewards.push(row);
    }
  }
  const head = node.blockByNumber(newest)!.block.header;
  if (count > 0n) {
    baseFees.push(qty(head.baseFeePerGas === undefined ? 0n : calcBaseFee(head, rules)));
    blobFees.push(qty(blobBaseFee(node.pendingHeader().excessBlobGas ?? 0n, rules.blob.updateFraction)));
  }
  const out: Record<string, unknown> = {
    oldestBlock: qty(count > 0n ? oldest : 0n),
    baseFeePerGas: baseFees,
    gasUsedRatio: ratios,
    baseFeePerBlobGas: blobFees,
    blobGasUsedRatio: blobRatios,
  };
  if (percentiles.length) out.reward = rewards;
  return out;
}
