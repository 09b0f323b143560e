/**
 * One transaction in flight: who signed it, its limits, its call stack (go-iost `vm/host`
 * context: contract, abi name, caller, the contracts that lent their authority) and what it
 * produced (receipts, events, logs).
 */
import { authorizeCost } from './auth.js';
import type { JsVm } from './engine.js';
import { GAS } from './gas.js';
import type { SandboxIsolate } from './sandbox.js';
import type { ContractEvent, Receipt } from './types.js';

/** One call frame on the transaction's stack. */
export interface Frame {
  contract: string;
  api: string;
  auth: Set<string>;
  caller: { name: string; is_account: boolean };
  /** RAM bytes this frame's storage writes charge (+) or refund (-) per payer, and who was charged (go-iost cacheCost). */
  ram: Map<string, number>;
  ramCharged: Set<string>;
}

/**
 * Who signed a transaction. A signed transaction (`JsVm.send`) gives its signers'
 * `id@permission` entries and publisher@active, and the public keys that signed (1: as a
 * signer, 2: as the publisher), as go-iost `loadTxInfo` builds `signer_list` and `auth_list`.
 * The `signers: [names]` requests give each named account `@active` and `@owner`, so it holds
 * every permission of its own account (polyvm's unsigned form).
 */
export interface TxAuth {
  publisher: string;
  signers: Set<string>;
  keys: Map<string, number>;
}

/** One transaction in flight: its signers, limits, call stack and what it produced. */
export class TxState {
  readonly stack: Frame[] = [];
  readonly receipts: Receipt[] = [];
  readonly events: ContractEvent[] = [];
  readonly logs: { level: string; text: string }[] = [];
  /** Net RAM bytes per payer of the frames that returned (go-iost Teller cost.Data), in the order first charged. */
  readonly ram = new Map<string, number>();
  iso: SandboxIsolate | null = null;
  initOf: string | null = null;
  block: Record<string, unknown> = {};
  /** The block's time in nanoseconds, exact (block.time is the double a contract sees). */
  timeNs = 0n;
  info: Record<string, unknown> = {};

  constructor(
    readonly vm: JsVm,
    readonly auth: TxAuth,
    readonly gasLimit: number,
    readonly deadline: number,
    readonly timeLimitMs: number,
  ) {}

  get publisher(): string {
    return this.auth.publisher;
  }

  /** RAM the transaction itself charges (a deployed contract's record), beside its frames'. */
  chargeRam(payer: string, bytes: number): void {
    this.ram.set(payer, (this.ram.get(payer) ?? 0) + bytes);
  }

  /**
   * go-iost `RequireAuth`: a contract when it lent its authority (`callWithAuth`) up the
   * stack; an account by its permission tree (auth.ts `authorize`, under authNormal); anyone
   * in block 0.
   */
  requireAuth(id: string, permission: string): boolean {
    return this.requireAuthCost(id, permission).ok;
  }

  /**
   * go-iost authority.go `RequireAuth` with its cost: nothing in block 0, a contract
   * CommonOpCost(1), an account what auth.ts `authorizeCost` reads and checks.
   */
  requireAuthCost(id: string, permission: string): { ok: boolean; cost: number } {
    if (this.block.number === 0) return { ok: true, cost: 0 };
    if (this.vm.isContract(id))
      return { ok: this.stack[this.stack.length - 1]?.auth.has(id) ?? false, cost: GAS.stackLevel };
    return authorizeCost(this.vm.authContext(this.auth), id, permission, 'normal');
  }
}
