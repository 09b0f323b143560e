/**
 * The execution-apis encodings (`base-types.yaml`): QUANTITY is 0x-prefixed hex without
 * leading zeros, DATA is 0x-prefixed hex of whole bytes. Parsing checks each parameter and
 * names it in an invalid-params error.
 */
import { invalidParams } from './errors.js';

export const qty = (n: bigint | number): string => `0x${n.toString(16)}`;

export function data(b: Uint8Array): string {
  return `0x${Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex')}`;
}

export const word = (n: bigint): string => `0x${n.toString(16).padStart(64, '0')}`;
export const address = (n: bigint): string => `0x${n.toString(16).padStart(40, '0')}`;

const QTY = /^0x(0|[1-9a-f][0-9a-f]*)$/i;
const DATA = /^0x([0-9a-f]{2})*$/i;

export function parseQty(v: unknown, what: string, bits = 256): bigint {
  if (typeof v !== 'string' || !QTY.test(v))
    throw invalidParams(`invalid argument ${what}: hex string without leading zeros expected`);
  const n = BigInt(v);
  if (n >> BigInt(bits) !== 0n) throw invalidParams(`invalid argument ${what}: hex number > ${bits} bits`);
  return n;
}

/** A quantity where clients are lenient (leading zeros allowed, as geth's hexutil.Big is not). */
export function parseLooseQty(v: unknown, what: string, bits = 256): bigint {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
  if (typeof v !== 'string' || !/^0x[0-9a-f]+$/i.test(v))
    throw invalidParams(`invalid argument ${what}: hex number expected`);
  const n = BigInt(v);
  if (n >> BigInt(bits) !== 0n) throw invalidParams(`invalid argument ${what}: hex number > ${bits} bits`);
  return n;
}

export function parseData(v: unknown, what: string, length?: number): Uint8Array {
  if (typeof v !== 'string' || !DATA.test(v))
    throw invalidParams(`invalid argument ${what}: hex string of whole bytes expected`);
  const b = Uint8Array.from(Buffer.from(v.slice(2), 'hex'));
  if (length !== undefined && b.length !== length)
    throw invalidParams(
      `invalid argument ${what}: hex string has length ${b.length * 2}, want ${length * 2}`,
    );
  return b;
}

export function parseAddress(v: unknown, what: string): bigint {
  if (typeof v !== 'string' || !/^0x[0-9a-f]{40}$/i.test(v))
    throw invalidParams(`invalid argument ${what}: address of 20 bytes expected`);
  return BigInt(v);
}

export function parseHash(v: unknown, what: string): Uint8Array {
  return parseData(v, what, 32);
}

/** A storage slot: geth accepts any hex up to 32 bytes. */
export function parseSlot(v: unknown, what: string): bigint {
  if (typeof v !== 'string' || !/^0x[0-9a-f]{0,64}$/i.test(v))
    throw invalidParams(`invalid argument ${what}: hex string of at most 32 bytes expected`);
  return v === '0x' ? 0n : BigInt(v);
}

/** `v` as minimal big-endian bytes (none for zero), as storage values are kept. */
export function minimalBytes(v: bigint): Uint8Array {
  if (v === 0n) return new Uint8Array(0);
  const h = v.toString(16);
  return Uint8Array.from(Buffer.from(h.length % 2 ? `0${h}` : h, 'hex'));
}

export const hexToBig = (b: Uint8Array): bigint =>
  b.length === 0 ? 0n : BigInt(`0x${Buffer.from(b).toString('hex')}`);

/** A withdrawal object of a request (EIP-4895 fields, quantities of 64 bits); `at` names it in errors. */
export function parseWithdrawal(w: Record<string, unknown>, at: string) {
  return {
    index: parseLooseQty(w.index, `${at}.index`, 64),
    validatorIndex: parseLooseQty(w.validatorIndex, `${at}.validatorIndex`, 64),
    address: parseAddress(w.address, `${at}.address`),
    amount: parseLooseQty(w.amount, `${at}.amount`, 64),
  };
}
