/**
 * EIP-7702 delegation designators: code `0xef0100 || address` makes an account run the
 * code of `address` when called (one level only; EXTCODE* still see the 23 bytes).
 */
import { addressToBytes, bytesToBigInt } from './words.js';

const PREFIX = [0xef, 0x01, 0x00] as const;
const LENGTH = 23;

/** The address `code` delegates to, or undefined when it is not a designator. */
export function delegationTarget(code: Uint8Array): bigint | undefined {
  if (code.length !== LENGTH || code[0] !== PREFIX[0] || code[1] !== PREFIX[1] || code[2] !== PREFIX[2])
    return undefined;
  return bytesToBigInt(code.subarray(3));
}

/** The designator that delegates to `address`. */
export function delegationCode(address: bigint): Uint8Array {
  const code = new Uint8Array(LENGTH);
  code.set(PREFIX);
  code.set(addressToBytes(address), 3);
  return code;
}
