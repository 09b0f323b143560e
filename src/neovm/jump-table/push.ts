/** Constants (neo-vm `JumpTable.Push.cs`): every handler pops 0, pushes 1. */
import { bigIntFromLE } from '../bigint.js';
import { VMFault } from '../fault.js';
import { assertMaxItemSize } from '../limits.js';
import { BooleanItem } from '../types/boolean.js';
import { ByteStringItem } from '../types/byte-string.js';
import { IntegerItem, integerOf } from '../types/integer.js';
import { NULL } from '../types/null.js';
import { PointerItem } from '../types/pointer.js';
import type { HandlerMap, InstructionHandler } from './index.js';

/** PUSHINT8..PUSHINT256: the operand as a signed little-endian integer (decoded once). */
const pushInt: InstructionHandler = (engine, instruction) => {
  let item = instruction.cached;
  if (item === undefined) item = instruction.cached = new IntegerItem(bigIntFromLE(instruction.operand));
  engine.push(item);
};

/** PUSHDATA1/2/4: the operand bytes. */
const pushData: InstructionHandler = (engine, instruction) => {
  assertMaxItemSize(engine.limits, instruction.operand.length);
  let item = instruction.cached;
  if (item === undefined) item = instruction.cached = new ByteStringItem(instruction.operand);
  engine.push(item);
};

function pushConst(value: number): InstructionHandler {
  const item = integerOf(value);
  return (engine) => engine.push(item);
}

export const pushHandlers: HandlerMap = {
  PUSHINT8: pushInt,
  PUSHINT16: pushInt,
  PUSHINT32: pushInt,
  PUSHINT64: pushInt,
  PUSHINT128: pushInt,
  PUSHINT256: pushInt,
  PUSHT: (engine) => engine.push(BooleanItem.TRUE),
  PUSHF: (engine) => engine.push(BooleanItem.FALSE),
  /** A pointer to ip + offset in the current script. */
  PUSHA: (engine, instruction) => {
    const context = engine.currentContext!;
    const position = context.instructionPointer + instruction.tokenI32;
    if (position < 0 || position > context.script.length) {
      throw new VMFault(`Bad pointer address(Instruction instruction) ${position}`);
    }
    engine.push(new PointerItem(context.script, position));
  },
  PUSHNULL: (engine) => engine.push(NULL),
  PUSHDATA1: pushData,
  PUSHDATA2: pushData,
  PUSHDATA4: pushData,
  PUSHM1: pushConst(-1),
  ...Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`PUSH${i}`, pushConst(i)])),
};
