/** Stack operations (neo-vm `JumpTable.Stack.cs`). Index 0 is the top of the stack. */
import { toInt32 } from '../bigint.js';
import { VMFault } from '../fault.js';
import { integerOf } from '../types/integer.js';
import type { HandlerMap } from './index.js';

export const stackHandlers: HandlerMap = {
  /** Pushes the number of items on the stack. */
  DEPTH: (engine) => engine.push(integerOf(engine.currentContext!.evaluationStack.count)),
  /** Pops 1. */
  DROP: (engine) => {
    engine.pop();
  },
  /** Removes the second item. */
  NIP: (engine) => {
    engine.currentContext!.evaluationStack.remove(1);
  },
  /** Pops n, then removes the item n below the top. */
  XDROP: (engine) => {
    const n = toInt32(engine.pop().getInteger());
    if (n < 0) throw new VMFault(`The negative value ${n} is invalid for OpCode.XDROP.`);
    engine.currentContext!.evaluationStack.remove(n);
  },
  /** Removes every item. */
  CLEAR: (engine) => engine.currentContext!.evaluationStack.clear(),
  /** Pushes a copy of the top. */
  DUP: (engine) => engine.push(engine.peek()),
  /** Pushes a copy of the second item. */
  OVER: (engine) => engine.push(engine.peek(1)),
  /** Pops n, pushes a copy of the item n below the top. */
  PICK: (engine) => {
    const n = toInt32(engine.pop().getInteger());
    if (n < 0) throw new VMFault(`The negative value ${n} is invalid for OpCode.PICK.`);
    engine.push(engine.peek(n));
  },
  /** Copies the top below the second item. */
  TUCK: (engine) => engine.currentContext!.evaluationStack.insert(2, engine.peek()),
  SWAP: (engine) => {
    const stack = engine.currentContext!.evaluationStack;
    if (stack.count < 2) throw new VMFault(`Swap index is out of stack bounds: 1/${stack.count}`);
    stack.swap(0, 1);
  },
  /** Moves the third item to the top. */
  ROT: (engine) => engine.currentContext!.evaluationStack.roll(2),
  /** Pops n, moves the item n below the top to the top. */
  ROLL: (engine) => {
    const n = toInt32(engine.pop().getInteger());
    engine.currentContext!.evaluationStack.roll(n);
  },
  REVERSE3: (engine) => engine.currentContext!.evaluationStack.reverse(3),
  REVERSE4: (engine) => engine.currentContext!.evaluationStack.reverse(4),
  /** Pops n, reverses the top n items. */
  REVERSEN: (engine) => {
    const n = toInt32(engine.pop().getInteger());
    engine.currentContext!.evaluationStack.reverse(n);
  },
};
