/**
 * Intrinsic gas (Yellow Paper 6.2: 21000 or 53000 for a creation from EIP-2, 4/68 per
 * data byte, 16 per non-zero byte from EIP-2028, EIP-3860 initcode words, EIP-2930 access
 * lists, EIP-7702 authorizations) and the EIP-7623 calldata floor.
 */
import type { ForkRules } from '../fork-rules.js';
import type { Transaction } from './types.js';

function zeroBytes(data: Uint8Array): number {
  let zeros = 0;
  for (let i = 0; i < data.length; i++) if (data[i] === 0) zeros++;
  return zeros;
}

/** The fields intrinsic gas reads (a signed transaction has them too). */
export type IntrinsicFields = Pick<Transaction, 'to' | 'data' | 'accessList' | 'authorizationList'>;

export function intrinsicGas(tx: IntrinsicFields, rules: ForkRules): bigint {
  const create = tx.to === undefined;
  let gas = create ? rules.txCreateGas : rules.txGas;
  const zeros = zeroBytes(tx.data);
  gas += BigInt(zeros * rules.txDataZero + (tx.data.length - zeros) * rules.txDataNonZero);
  if (create) gas += BigInt(rules.initcodeWordGas * Math.ceil(tx.data.length / 32));
  for (const e of tx.accessList ?? [])
    gas += rules.accessListAddressGas + rules.accessListStorageKeyGas * BigInt(e.storageKeys.length);
  gas += rules.authorizationGas * BigInt(tx.authorizationList?.length ?? 0);
  return gas;
}

/** EIP-7623: 21000 + 10 per token (a zero byte is 1 token, another byte 4); 0 before Prague. */
export function floorDataGas(tx: Transaction, rules: ForkRules): bigint {
  if (rules.floorPerToken === 0n) return 0n;
  const zeros = zeroBytes(tx.data);
  const tokens = BigInt(zeros + (tx.data.length - zeros) * rules.tokensPerNonZeroByte);
  return rules.txGas + tokens * rules.floorPerToken;
}
