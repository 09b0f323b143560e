/**
 * The dispatch table: one handler per byte value the interpreter loop does not run
 * inline, derived from the opcode table by name, plus per-fork static gas and the stack
 * bounds of every opcode.
 */

import type { ForkName } from '../fork-names.js';
import { forkRules } from '../fork-rules.js';
import type { Frame } from '../frame.js';
import { OPCODES } from '../opcodes.js';
import * as bl from './block.js';
import * as env from './environment.js';
import * as fl from './flow.js';
import { makeLog } from './log.js';
import * as mem from './memory-ops.js';
import * as st from './storage.js';
import * as sys from './system.js';

export type Handler = (f: Frame) => void;

const BY_NAME: Record<string, Handler> = {
  KECCAK256: env.keccak,
  ADDRESS: env.address,
  BALANCE: env.balance,
  ORIGIN: env.origin,
  CALLER: env.caller,
  CALLVALUE: env.callvalue,
  CALLDATALOAD: env.calldataload,
  CALLDATASIZE: env.calldatasize,
  CALLDATACOPY: env.calldatacopy,
  CODESIZE: env.codesize,
  CODECOPY: env.codecopy,
  GASPRICE: env.gasprice,
  EXTCODESIZE: env.extcodesize,
  EXTCODECOPY: env.extcodecopy,
  RETURNDATASIZE: env.returndatasize,
  RETURNDATACOPY: env.returndatacopy,
  EXTCODEHASH: env.extcodehash,
  BLOCKHASH: bl.blockhash,
  COINBASE: bl.coinbase,
  TIMESTAMP: bl.timestamp,
  NUMBER: bl.number,
  PREVRANDAO: bl.prevrandao,
  GASLIMIT: bl.gaslimit,
  CHAINID: bl.chainid,
  SELFBALANCE: env.selfbalance,
  BASEFEE: bl.basefee,
  BLOBHASH: bl.blobhash,
  BLOBBASEFEE: bl.blobbasefee,
  SLOAD: st.sload,
  SSTORE: st.sstore,
  MSIZE: mem.msize,
  TLOAD: st.tload,
  TSTORE: st.tstore,
  MCOPY: mem.mcopy,
  CREATE: sys.createOp,
  CALL: sys.callOp,
  CALLCODE: sys.callcode,
  RETURN: fl.ret,
  DELEGATECALL: sys.delegatecall,
  CREATE2: sys.create2,
  STATICCALL: sys.staticcall,
  REVERT: fl.revert,
  INVALID: fl.invalid,
  SELFDESTRUCT: sys.selfdestruct,
};

export interface InstructionTable {
  readonly handlers: readonly Handler[];
  readonly staticGas: Int32Array;
  /** Fewest stack items each opcode needs. */
  readonly minStack: Uint16Array;
  /** Most stack items allowed before it (so that it cannot overflow 1024). */
  readonly maxStack: Uint16Array;
}

/** The handler of a row (exported for the table-agreement test). */
export function handlerFor(name: string): Handler | undefined {
  if (name.startsWith('LOG')) return makeLog(Number(name.slice(3)));
  return BY_NAME[name];
}

const shared = (() => {
  const handlers: Handler[] = new Array(256).fill(fl.invalid);
  const minStack = new Uint16Array(256);
  const maxStack = new Uint16Array(256).fill(1024);
  for (const row of OPCODES) {
    minStack[row.code] = row.pops;
    maxStack[row.code] = 1024 - Math.max(0, row.pushes - row.pops);
    if (row.inline) continue;
    const h = handlerFor(row.name);
    if (!h) throw new Error(`no handler for ${row.name}`);
    handlers[row.code] = h;
  }
  return { handlers, minStack, maxStack };
})();

const tables = new Map<ForkName, InstructionTable>();

export function instructionTable(fork: ForkName): InstructionTable {
  let t = tables.get(fork);
  if (!t) {
    t = { ...shared, staticGas: forkRules(fork).staticGas };
    tables.set(fork, t);
  }
  return t;
}
