/** The eleven native contracts, in neo's order (ids -1 to -11), and lookup by hash. */
import { hashKey, type UInt160 } from '../uint.js';
import { contractManagement } from './contract-management.js';
import { cryptoLib } from './crypto-lib.js';
import { gasToken } from './gas-token.js';
import { ledger } from './ledger.js';
import type { NativeContract } from './native.js';
import { neoToken } from './neo-token.js';
import { notary } from './notary.js';
import { oracle } from './oracle.js';
import { policy } from './policy.js';
import { roleManagement } from './role-management.js';
import { stdLib } from './std-lib.js';
import { treasury } from './treasury.js';

let list: readonly NativeContract[] | undefined;
let byHash: Map<string, NativeContract> | undefined;

/** The natives in id order (built on first use: the native modules import each other). */
export function natives(): readonly NativeContract[] {
  list ??= [
    contractManagement,
    stdLib,
    cryptoLib,
    ledger,
    neoToken,
    gasToken,
    policy,
    roleManagement,
    oracle,
    notary,
    treasury,
  ];
  return list;
}

export function nativeByHash(hash: UInt160): NativeContract | undefined {
  byHash ??= new Map(natives().map((n) => [hashKey(n.hash), n]));
  return byHash.get(hashKey(hash));
}

export function nativeByName(name: string): NativeContract | undefined {
  const lower = name.toLowerCase();
  return natives().find((n) => n.name.toLowerCase() === lower || n.name.toLowerCase() === `${lower}token`);
}

export {
  contractManagement,
  cryptoLib,
  gasToken,
  ledger,
  neoToken,
  notary,
  oracle,
  policy,
  roleManagement,
  stdLib,
  treasury,
};
