/**
 * The engine's request and result shapes, and its limits (go-iost `vm/host` and
 * `vm/monitor.go`: five frames at most, the default gas limit polyvm gives a transaction).
 */
import type { ContractAbi } from './abi.js';

/** gas.iost: where pledged iost is kept. */
export const GAS_CONTRACT = 'gas.iost';

/** Frames on the call stack at most: the top-level call and four nested calls. */
export const MAX_CALL_DEPTH = 5;
export const DEFAULT_GAS_LIMIT = 4_000_000;

export interface JsVmOptions {
  gasLimit?: number;
  /** Wall-clock limit of one transaction, in milliseconds. */
  timeLimitMs?: number;
  memoryLimitMb?: number;
  poolSize?: number;
  maxContexts?: number;
  maxUses?: number;
  /** Flush to the store after every transaction (each transaction its own block). */
  autoFlush?: boolean;
  /**
   * Signed transactions (`send`) pay their gas from the publisher's gas.iost stock, as go-iost
   * does (vm/utils.go CheckTxGasLimitValid before, vm/host/teller.go DoPay after, failed ones
   * too). Off by default: accounts created at genesis hold no pledge.
   */
  payGas?: boolean;
  /**
   * Storage is paid in RAM as go-iost does (vm/host/db_handler.go payRAM / releaseRAM,
   * teller.go DoPay): after a transaction each payer's net bytes leave its `ram` token balance
   * (a contract's owner pays for it; `*.iost` contracts pay nothing), and a transaction whose
   * payer lacks them fails. Off by default: accounts created at genesis hold no RAM.
   */
  payRam?: boolean;
  /**
   * Hot start (snapshot.ts): contexts start from a V8 snapshot of the prelude instead of running
   * it. `true`: the snapshot is built in memory; a directory: kept in a file there (read back
   * at the next start when whole and of this version, else rebuilt). Off by default.
   */
  snapshot?: boolean | string;
  onLog?: (level: string, text: string) => void;
}

export interface Receipt {
  func_name: string;
  content: string;
}
export interface ContractEvent {
  contract: string;
  data: string;
}
/**
 * One value a call returns, as go-iost carries it (`[]any`, JSON-encoded in the receipt's
 * returns and in blockchain.call): a JavaScript contract's result is its string; a native
 * method returns strings or, system.iost requireAuth, a boolean.
 */
export type IostReturn = string | boolean;

export interface TxResult {
  status: 'success' | 'error';
  /** The last action's returns (go-iost TxReceipt.Returns holds each action's as JSON). */
  returns: IostReturn[];
  gasUsed: number;
  error?: string;
  receipts: Receipt[];
  events: ContractEvent[];
  logs: { level: string; text: string }[];
  /** Net RAM bytes each payer paid (negative: refunded), when the engine pays RAM (go-iost TxReceipt.RAMUsage). */
  ramUsage?: Record<string, number>;
}
export interface DeployResult extends TxResult {
  id?: string;
}
export interface CallRequest {
  contract: string;
  method: string;
  /** The JSON array of arguments, as text. */
  args?: string;
  signers: string[];
  gasLimit?: number;
}
export interface DeployRequest {
  code: string;
  abi: string | unknown;
  id?: string;
  signers: string[];
  gasLimit?: number;
}

/** A deployed contract as stored. */
export interface ContractRecord {
  id: string;
  code: string;
  instrumented: string;
  codeHash: string;
  abi: ContractAbi;
  owner: string;
  publisher: string;
  /** Metering version the code was instrumented with (absent: before version 2). */
  meter?: number;
  /** Why a contract stored by an older polyvm cannot run under today's rules. */
  stale?: string;
  /**
   * Bytes of the record go-iost would store for this contract (iost-compiled.ts
   * contractRecordLength, without `init`): what an update's RAM is measured against
   * (absent: stored before 2026-12-04, then measured from the code and ABI).
   */
  iostBytes?: number;
}

/** What one call frame hands back: gas used so far, returns, or an error (`f`: fatal). */
export interface FrameResult {
  g: number;
  r?: IostReturn[];
  e?: string;
  f?: boolean;
}
