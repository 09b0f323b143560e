/**
 * Storage paid in RAM, as go-iost `vm/host/db_handler.go` counts it: a value is stored as
 * `s` + value + `@` + payer (vm/database/serializer.go) under `contract-key`, and a put charges
 * its payer the bytes of key and value (a map field counts its field name twice), less the
 * bytes of the value it replaces when the same payer held it, or else refunds the old payer
 * in full; a delete refunds the old payer. The payer is the `ramPayer` argument, else the old
 * value's payer, else the contract. A frame that charged anyone but its own contract needs
 * that payer's `active` permission (vm/monitor.go "check ram auth"). The transaction's net
 * bytes per payer are taken from `ram` token balances at its end (teller.go DoPay).
 */
import { utf8ToBytes } from '../core/bytes.js';
import type { HostCall } from './host.js';
import type { Frame } from './tx-state.js';

const decoder = new TextDecoder();
const len = (s: string) => utf8ToBytes(s).length;

function add(frame: Frame, payer: string, bytes: number): void {
  frame.ram.set(payer, (frame.ram.get(payer) ?? 0) + bytes);
  if (bytes > 0) frame.ramCharged.add(payer);
}

/** The stored length go-iost gives a value: `s` + value + `@` + payer. */
const valueBytes = (value: number, payer: string) => 2 + value + len(payer);

function payerOf(x: HostCall, payerKey: Uint8Array): string {
  const raw = x.cache.get(payerKey);
  return raw === undefined ? x.id : decoder.decode(raw);
}

/**
 * Accounts for a put of `value` at `valueKey` (its payer kept at `payerKey`); `keyBytes` is
 * go-iost's key length (`contract-key`, + 2 × the field for a map). Returns the payer.
 */
export function chargePut(
  x: HostCall,
  valueKey: Uint8Array,
  payerKey: Uint8Array,
  keyBytes: number,
  value: Uint8Array,
  ramPayer: string,
): string {
  const old = x.cache.get(valueKey);
  const oldPayer = old === undefined ? x.id : payerOf(x, payerKey);
  const payer = ramPayer !== '' ? ramPayer : oldPayer;
  const nLen = keyBytes + valueBytes(value.length, payer);
  if (old === undefined) add(x.frame, payer, nLen);
  else {
    const oLen = keyBytes + valueBytes(old.length, oldPayer);
    if (oldPayer === payer) add(x.frame, payer, nLen - oLen);
    else {
      add(x.frame, oldPayer, -oLen);
      add(x.frame, payer, nLen);
    }
  }
  if (payer === x.id) {
    if (oldPayer !== x.id) x.cache.delete(payerKey);
  } else if (payer !== oldPayer || old === undefined) x.cache.put(payerKey, utf8ToBytes(payer));
  return payer;
}

/** Accounts for a delete at `valueKey`: its payer gets the bytes back. */
export function refundDel(x: HostCall, valueKey: Uint8Array, payerKey: Uint8Array, keyBytes: number): void {
  const old = x.cache.get(valueKey);
  if (old === undefined) return;
  const oldPayer = payerOf(x, payerKey);
  add(x.frame, oldPayer, -(keyBytes + valueBytes(old.length, oldPayer)));
  if (oldPayer !== x.id) x.cache.delete(payerKey);
}

/** go-iost's key lengths: `contract-key`, and a map field's name twice more. */
export const keyBytes = (contract: string, key: string) => len(contract) + 1 + len(key);
export const fieldBytes = (contract: string, key: string, field: string) =>
  keyBytes(contract, key) + 2 * len(field);
