/** Type checks, conversion and the message-carrying aborts (neo-vm `JumpTable.Types.cs`). */
import { VMFault } from '../fault.js';
import { BooleanItem } from '../types/boolean.js';
import { convertTo } from '../types/convert.js';
import { isStackItemType, StackItemType, stackItemTypeName } from '../types/stack-item-type.js';
import type { HandlerMap } from './index.js';

export const typesHandlers: HandlerMap = {
  /** Pops 1, pushes whether it is null. */
  ISNULL: (engine) => engine.push(BooleanItem.of(engine.pop().isNull)),
  /** Pops 1, pushes whether it has the operand's type. */
  ISTYPE: (engine, instruction) => {
    const x = engine.pop();
    const type = instruction.tokenU8;
    if (type === StackItemType.Any || !isStackItemType(type)) {
      throw new VMFault(`Invalid type: ${stackItemTypeName(type)}`);
    }
    engine.push(BooleanItem.of(x.type === type));
  },
  /** Pops 1, pushes it converted to the operand's type. */
  CONVERT: (engine, instruction) => {
    const x = engine.pop();
    engine.push(convertTo(x, instruction.tokenU8));
  },
  /** Pops a message and faults with it (not catchable). */
  ABORTMSG: (engine) => {
    const msg = engine.pop().getString();
    throw new VMFault(`ABORTMSG is executed. Reason: ${msg ?? ''}`);
  },
  /** Pops a message and a condition; faults with the message when the condition is false. */
  ASSERTMSG: (engine) => {
    const msg = engine.pop().getString();
    const x = engine.pop().getBoolean();
    if (!x) throw new VMFault(`ASSERTMSG is executed with false result. Reason: ${msg ?? ''}`);
  },
};
