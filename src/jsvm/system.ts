/**
 * `system.iost`, declared once: its ABI as go-iost `vm/native/system.go` registers it (the
 * native ABI of vm/native/abi.go: each method with one amountLimit, `*` unlimited) and the
 * methods polyvm runs outside the transaction actions `setCode` / `updateCode` (engine.ts
 * systemAction).
 */
import { utf8ToBytes } from '../core/bytes.js';
import type { AbiArgType } from './abi.js';
import { GAS } from './gas.js';
import { NET_GAS } from './tx.js';
import type { IostReturn } from './types.js';

export const SYSTEM_CONTRACT = 'system.iost';

/** system.go's `systemABIs` (the argument types each method's ABI declares). */
export const SYSTEM_METHODS: Readonly<Record<string, readonly AbiArgType[]>> = {
  requireAuth: ['string', 'string'],
  receipt: ['string'],
  setCode: ['string'],
  updateCode: ['string', 'string'],
  initSetCode: ['string', 'string'],
  cancelDelaytx: ['string'],
  hostSettings: ['string'],
  updateNativeCode: ['string', 'string', 'string'],
};

export interface SystemOutcome {
  /** Gas the method itself charges (the `cost` its `do` returns, CPU plus 10 × Net). */
  gas: number;
  error?: string;
  returns?: IostReturn[];
}

/** What a system.iost method can reach. */
export interface SystemEnv {
  /** Adds a receipt under system.iost/API (vm_apis.go receipt: the context's contract and abi). */
  receipt(content: string): void;
  /** authority.go RequireAuth in the running frame: the answer and what it cost. */
  requireAuth(id: string, permission: string): { ok: boolean; cost: number };
}

/**
 * system.go `requireAuth(id, permission)`: h.RequireAuth's answer as a boolean (the one
 * native return that is not a string: `[true]` in the receipt's returns, `[true]` to a
 * contract's blockchain.call), costing what RequireAuth costs.
 */
export function requireAuth(env: SystemEnv, argv: unknown[]): SystemOutcome {
  const { ok, cost } = env.requireAuth(argv[0] as string, argv[1] as string);
  return { gas: cost, returns: [ok] };
}

/**
 * system.go `cancelDelaytx(hash)` since go-iost f953134b ("make cancelDelaytx compatible"):
 * delayed transactions are gone from IOST (275b8108 "remove delay tx"), so the method keeps
 * its ABI and every call fails `delaytx not exists`, charged `host.Costs["GetCost"]` (300);
 * no receipt, no state change. polyvm has no delayed transactions either.
 */
export function cancelDelaytx(): SystemOutcome {
  return { gas: GAS.get, error: 'delaytx not exists' };
}

/**
 * system.go `receipt(content)`: h.Receipt, a receipt `system.iost/receipt` with the content,
 * costing vm_apis.go ReceiptCost(len(s)): Net 1 a byte (costs.go ReceiptPrice), 10 gas a byte
 * (cost.go ToGas); returns nothing.
 */
export function receipt(env: SystemEnv, argv: unknown[]): SystemOutcome {
  const content = argv[0] as string;
  env.receipt(content);
  return { gas: NET_GAS * utf8ToBytes(content).length, returns: [] };
}

/** The system.iost methods polyvm runs as calls (nested or top-level), by name. */
export const SYSTEM_CALLS: Readonly<Record<string, (env: SystemEnv, argv: unknown[]) => SystemOutcome>> = {
  requireAuth,
  cancelDelaytx,
  receipt,
};
