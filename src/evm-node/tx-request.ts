/**
 * A transaction request (execution-apis `GenericTransaction`): the object eth_call,
 * eth_estimateGas and eth_sendTransaction take. `input` and `data` are both accepted; when
 * both are given they must agree (geth).
 */
import type { AccessListEntry, Authorization } from '../evm/index.js';
import { invalidParams } from './errors.js';
import { parseAddress, parseData, parseLooseQty, parseSlot } from './hex.js';

export interface TxRequest {
  from?: bigint;
  to?: bigint;
  gas?: bigint;
  gasPrice?: bigint;
  maxFeePerGas?: bigint;
  maxPriorityFeePerGas?: bigint;
  maxFeePerBlobGas?: bigint;
  value?: bigint;
  nonce?: bigint;
  data?: Uint8Array;
  type?: number;
  chainId?: bigint;
  accessList?: AccessListEntry[];
  blobVersionedHashes?: bigint[];
  authorizationList?: Authorization[];
}

export function parseTxRequest(v: unknown, where: string): TxRequest {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw invalidParams(`invalid argument ${where.replace('argument ', '')}: transaction object expected`);
  const o = v as Record<string, unknown>;
  const q = (k: string, bits = 256) =>
    o[k] === undefined || o[k] === null ? undefined : parseLooseQty(o[k], `${where}.${k}`, bits);
  const r: TxRequest = {};
  if (o.from != null) r.from = parseAddress(o.from, `${where}.from`);
  if (o.to != null) r.to = parseAddress(o.to, `${where}.to`);
  r.gas = q('gas', 64);
  r.gasPrice = q('gasPrice');
  r.maxFeePerGas = q('maxFeePerGas');
  r.maxPriorityFeePerGas = q('maxPriorityFeePerGas');
  r.maxFeePerBlobGas = q('maxFeePerBlobGas');
  r.value = q('value');
  r.nonce = q('nonce', 64);
  r.chainId = q('chainId');
  const t = q('type', 8);
  if (t !== undefined) {
    if (t > 4n) throw invalidParams(`invalid argument ${where}.type: transaction type ${t} not supported`);
    r.type = Number(t);
  }
  const input = o.input == null ? undefined : parseData(o.input, `${where}.input`);
  const dat = o.data == null ? undefined : parseData(o.data, `${where}.data`);
  if (input && dat && Buffer.compare(Buffer.from(input), Buffer.from(dat)) !== 0)
    throw invalidParams(
      `both "data" and "input" are set and not equal. Please use "input" to pass transaction call data`,
    );
  r.data = input ?? dat;
  if (o.accessList != null) {
    if (!Array.isArray(o.accessList))
      throw invalidParams(`invalid argument ${where}.accessList: array expected`);
    r.accessList = o.accessList.map((e, i) => {
      const x = e as { address?: unknown; storageKeys?: unknown };
      if (!Array.isArray(x?.storageKeys))
        throw invalidParams(`invalid argument ${where}.accessList[${i}].storageKeys: array expected`);
      return {
        address: parseAddress(x.address, `${where}.accessList[${i}].address`),
        storageKeys: x.storageKeys.map((k, j) => parseSlot(k, `${where}.accessList[${i}].storageKeys[${j}]`)),
      };
    });
  }
  if (o.blobVersionedHashes != null) {
    if (!Array.isArray(o.blobVersionedHashes))
      throw invalidParams(`invalid argument ${where}.blobVersionedHashes: array expected`);
    r.blobVersionedHashes = o.blobVersionedHashes.map((h, i) =>
      parseSlot(h, `${where}.blobVersionedHashes[${i}]`),
    );
  }
  if (o.authorizationList != null) {
    if (!Array.isArray(o.authorizationList))
      throw invalidParams(`invalid argument ${where}.authorizationList: array expected`);
    r.authorizationList = o.authorizationList.map((e, i) => {
      const a = e as Record<string, unknown>;
      const w = `${where}.authorizationList[${i}]`;
      return {
        chainId: parseLooseQty(a.chainId, `${w}.chainId`),
        address: parseAddress(a.address, `${w}.address`),
        nonce: parseLooseQty(a.nonce, `${w}.nonce`, 64),
        yParity: parseLooseQty(a.yParity ?? a.v, `${w}.yParity`, 8),
        r: parseLooseQty(a.r, `${w}.r`),
        s: parseLooseQty(a.s, `${w}.s`),
      };
    });
  }
  return r;
}
