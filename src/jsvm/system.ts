/**
 * `system.iost`, declared once: its ABI as go-iost `vm/native/system.go` registers it (the
 * native ABI of vm/native/abi.go: each method with one amountLimit, `*` unlimited) and the
 * methods polyvm runs outside the transaction actions `setCode` / `updateCode` (engine.ts
 * systemAction): requireAuth, receipt, cancelDelaytx, and initSetCode, hostSettings,
 * updateNativeCode as far as a dev chain has them.
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
  /** Block 0 (the context's `number`). */
  genesis: boolean;
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

/**
 * system.go `initSetCode(id, code)`: genesis.go's way of deploying the system contracts under
 * their names, refused outside block 0 (`initSetCode in normal block`, cost 0). polyvm's
 * block 0 deploys them through `JsVm.genesis` / `atGenesis`, so in block 0 the method is not
 * offered either.
 */
export function initSetCode(env: SystemEnv): SystemOutcome {
  if (!env.genesis) return { gas: 0, error: 'initSetCode in normal block' };
  return { gas: 0, error: 'system.iost initSetCode: polyvm deploys block 0 through JsVm.genesis' };
}

/** IOST's administrator account and the permission its natives ask of it (vm/native/native.go). */
const ADMIN = 'admin';
const SYSTEM_PERMISSION = 'system';

/**
 * What `hostSettings` and `updateNativeCode` first do (system.go): h.RequireAuth("admin",
 * "system"), failing with `refused` and that check's cost. Past it polyvm stops: host settings
 * reprice go-iost's host cost table from the next block (host.go ReadSettings), and native code
 * comes in versions of Go code (SystemContractABI); polyvm's gas table is constant and its
 * natives are TypeScript, one version each.
 */
function asAdmin(env: SystemEnv, api: string, refused: string): SystemOutcome {
  const { ok, cost } = env.requireAuth(ADMIN, SYSTEM_PERMISSION);
  if (!ok) return { gas: cost, error: refused };
  return {
    gas: cost,
    error: `system.iost ${api}: not supported by polyvm (its gas table is constant, its natives one version each)`,
  };
}

/** system.go `hostSettings(json)`: admin@system only (see asAdmin). */
export const hostSettings = (env: SystemEnv): SystemOutcome =>
  asAdmin(env, 'hostSettings', 'set host settings need admin@system permission');

/** system.go `updateNativeCode(id, version, code)`: admin@system only (see asAdmin). */
export const updateNativeCode = (env: SystemEnv): SystemOutcome =>
  asAdmin(env, 'updateNativeCode', 'update native code need admin@system permission');

/** The system.iost methods polyvm runs as calls (nested or top-level), by name. */
export const SYSTEM_CALLS: Readonly<Record<string, (env: SystemEnv, argv: unknown[]) => SystemOutcome>> = {
  requireAuth,
  receipt,
  initSetCode,
  cancelDelaytx,
  hostSettings,
  updateNativeCode,
};
