/** Bitwise logic and equality (neo-vm `JumpTable.Bitwisee.cs`). */
import { BooleanItem } from '../types/boolean.js';
import { integer } from '../types/integer.js';
import type { HandlerMap, InstructionHandler } from './index.js';

/** Pops 2 integers, pushes 1. */
const binary =
  (f: (a: bigint, b: bigint) => bigint): InstructionHandler =>
  (engine) => {
    const x2 = engine.pop().getInteger();
    const x1 = engine.pop().getInteger();
    engine.push(integer(f(x1, x2)));
  };

export const bitwiseHandlers: HandlerMap = {
  /** Pops 1, pushes its bitwise complement. */
  INVERT: (engine) => engine.push(integer(~engine.pop().getInteger())),
  AND: binary((a, b) => a & b),
  OR: binary((a, b) => a | b),
  XOR: binary((a, b) => a ^ b),
  /** Pops 2 items, pushes whether they are equal (by the items' own rules). */
  EQUAL: (engine) => {
    const x2 = engine.pop();
    const x1 = engine.pop();
    engine.push(BooleanItem.of(x1.equalsWithLimits(x2, engine.limits)));
  },
  NOTEQUAL: (engine) => {
    const x2 = engine.pop();
    const x1 = engine.pop();
    engine.push(BooleanItem.of(!x1.equalsWithLimits(x2, engine.limits)));
  },
};
