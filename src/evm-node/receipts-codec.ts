/** Stored receipts: one JSON array per block, numbers and bytes as hex. */
import type { StoredReceipt } from './types.js';

/** The last item (the pre-Byzantium state root) only when the receipt has one. */
type Row = [
  string,
  number,
  string,
  string,
  string | null,
  [string, string[], string][],
  string,
  string,
  string?,
];

const h = (n: bigint) => n.toString(16);
const b = (x: Uint8Array) => Buffer.from(x).toString('hex');
const big = (s: string) => BigInt(`0x${s || '0'}`);

export function encodeReceipts(rs: readonly StoredReceipt[]): Row[] {
  return rs.map((r): Row => {
    const row: Row = [
      h(r.from),
      r.status,
      h(r.gasUsed),
      h(r.cumulativeGasUsed),
      r.contractAddress === undefined ? null : h(r.contractAddress),
      r.logs.map((l) => [h(l.address), l.topics.map(h), b(l.data)]),
      h(r.effectiveGasPrice),
      h(r.blobGasUsed),
    ];
    if (r.root) row.push(b(r.root));
    return row;
  });
}

export function decodeReceipts(rows: Row[]): StoredReceipt[] {
  return rows.map(([from, status, gasUsed, cumulative, contract, logs, price, blobGas, root]) => ({
    from: big(from),
    status,
    gasUsed: big(gasUsed),
    cumulativeGasUsed: big(cumulative),
    contractAddress: contract === null ? undefined : big(contract),
    logs: logs.map(([a, t, d]) => ({
      address: big(a),
      topics: t.map(big),
      data: Uint8Array.from(Buffer.from(d, 'hex')),
    })),
    effectiveGasPrice: big(price),
    blobGasUsed: big(blobGas),
    ...(root !== undefined && { root: Uint8Array.from(Buffer.from(root, 'hex')) }),
  }));
}
