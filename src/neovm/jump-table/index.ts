/**
 * The jump table (neo-vm `src/Neo.VM/JumpTable/JumpTable.cs`): one handler per opcode byte,
 * built once from the opcode table and the handlers of each category, found by name.
 * Bytes that are not opcodes get a handler that faults.
 */
import type { ExecutionEngine } from '../engine.js';
import { VMFault } from '../fault.js';
import type { Instruction } from '../instruction.js';
import { OPCODES, opcodeName } from '../opcodes.js';
import { bitwiseHandlers } from './bitwise.js';
import { compoundHandlers } from './compound.js';
import { controlHandlers } from './control.js';
import { numericHandlers } from './numeric.js';
import { pushHandlers } from './push.js';
import { slotHandlers } from './slot.js';
import { spliceHandlers } from './splice.js';
import { stackHandlers } from './stack.js';
import { typesHandlers } from './types.js';

/** Runs one instruction: pops its inputs, computes, pushes its outputs. */
export type InstructionHandler = (engine: ExecutionEngine, instruction: Instruction) => void;
export type JumpTable = readonly InstructionHandler[];
export type HandlerMap = Readonly<Record<string, InstructionHandler>>;

/** Every category's handlers by opcode name. */
export const HANDLER_GROUPS: Readonly<Record<string, HandlerMap>> = {
  push: pushHandlers,
  control: controlHandlers,
  stack: stackHandlers,
  slot: slotHandlers,
  splice: spliceHandlers,
  bitwise: bitwiseHandlers,
  numeric: numericHandlers,
  compound: compoundHandlers,
  types: typesHandlers,
};

const invalidOpcode: InstructionHandler = (_engine, instruction) => {
  throw new VMFault(`Opcode ${opcodeName(instruction.opcode)} is undefined.`);
};

/**
 * A jump table with the standard handlers, some replaced by `overrides` (by opcode name,
 * e.g. `{ SYSCALL: mySyscall }`).
 */
export function createJumpTable(overrides: Readonly<Record<string, InstructionHandler>> = {}): JumpTable {
  const byName = new Map<string, InstructionHandler>();
  for (const group of Object.values(HANDLER_GROUPS)) {
    for (const [name, handler] of Object.entries(group)) {
      if (byName.has(name)) throw new Error(`Opcode ${name} is already defined.`);
      byName.set(name, handler);
    }
  }
  for (const [name, handler] of Object.entries(overrides)) {
    if (!byName.has(name)) throw new Error(`Unknown opcode ${name} in jump table overrides.`);
    byName.set(name, handler);
  }
  const table: InstructionHandler[] = new Array(256).fill(invalidOpcode);
  for (const info of OPCODES) {
    const handler = byName.get(info.name);
    if (handler === undefined) throw new Error(`Opcode ${info.name} has no handler.`);
    table[info.code] = handler;
  }
  return Object.freeze(table);
}
