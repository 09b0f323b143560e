/** Static fields, locals and arguments (neo-vm `JumpTable.Slot.cs`). */
import type { ExecutionEngine } from '../engine.js';
import { VMFault } from '../fault.js';
import { Slot } from '../slot.js';
import type { HandlerMap, InstructionHandler } from './index.js';

type SlotOf = (engine: ExecutionEngine) => Slot | undefined;
const statics: SlotOf = (e) => e.currentContext!.staticFields;
const locals: SlotOf = (e) => e.currentContext!.localVariables;
const args: SlotOf = (e) => e.currentContext!.arguments;

function load(engine: ExecutionEngine, slot: Slot | undefined, index: number): void {
  if (slot === undefined) throw new VMFault('Slot has not been initialized.');
  if (index < 0 || index >= slot.count) {
    throw new VMFault(`Index out of range when loading from slot: ${index}, ${index}/[0, ${slot.count}).`);
  }
  engine.push(slot.get(index));
}

function store(engine: ExecutionEngine, slot: Slot | undefined, index: number): void {
  if (slot === undefined) throw new VMFault('Slot has not been initialized.');
  slot.store(engine.currentContext!.evaluationStack, index);
}

/** LDxx0..LDxx6 (pops 0, pushes 1), LDxx with a u8 index; STxx0..6 and STxx (pops 1). */
function family(ld: string, st: string, of: SlotOf): Record<string, InstructionHandler> {
  const out: Record<string, InstructionHandler> = {};
  for (let i = 0; i <= 6; i++) {
    out[`${ld}${i}`] = (engine) => load(engine, of(engine), i);
    out[`${st}${i}`] = (engine) => store(engine, of(engine), i);
  }
  out[ld] = (engine, instruction) => load(engine, of(engine), instruction.tokenU8);
  out[st] = (engine, instruction) => store(engine, of(engine), instruction.tokenU8);
  return out;
}

export const slotHandlers: HandlerMap = {
  /** Creates the static fields (operand: count), once per script. */
  INITSSLOT: (engine, instruction) => {
    const context = engine.currentContext!;
    if (context.staticFields !== undefined) throw new VMFault('INITSSLOT cannot be executed twice.');
    const n = instruction.tokenU8;
    if (n === 0) throw new VMFault(`The operand ${n} is invalid for OpCode.INITSSLOT.`);
    context.staticFields = Slot.ofSize(n, engine.referenceCounter);
  },
  /** Creates locals (first operand byte) and arguments (second byte, popped from the stack). */
  INITSLOT: (engine, instruction) => {
    const context = engine.currentContext!;
    if (context.localVariables !== undefined || context.arguments !== undefined) {
      throw new VMFault('INITSLOT cannot be executed twice.');
    }
    if (instruction.tokenU16 === 0)
      throw new VMFault(`The operand ${instruction.tokenU16} is invalid for OpCode.INITSLOT.`);
    const nLocals = instruction.tokenU8;
    const nArgs = instruction.tokenU8_1;
    if (nLocals > 0) context.localVariables = Slot.ofSize(nLocals, engine.referenceCounter);
    if (nArgs > 0)
      context.arguments = Slot.fromStack(context.evaluationStack, nArgs, engine.referenceCounter);
  },
  ...family('LDSFLD', 'STSFLD', statics),
  ...family('LDLOC', 'STLOC', locals),
  ...family('LDARG', 'STARG', args),
};
