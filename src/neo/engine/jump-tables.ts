/**
 * The jump tables neo's ApplicationEngine runs (neo `ApplicationEngine.cs`, `ComposeDefault-
 * JumpTable`, `ComposeNotGorgonJumpTable`, `ComposeNotEchidnaJumpTable`): CALLT resolved
 * through the NEF's method tokens; before Gorgon, HASKEY/PICKITEM/SETITEM/REMOVE with the
 * 32-bit index casts of neo-vm before #543 and SHL/SHR that leave the value untouched for a
 * zero shift (before #567); before Echidna, SUBSTR's overflowing bounds check.
 */
import {
  ArrayItem,
  assertShift,
  BooleanItem,
  BufferItem,
  ByteStringItem,
  createJumpTable,
  type ExecutionEngine,
  HANDLER_GROUPS,
  type InstructionHandler,
  type JumpTable,
  PrimitiveType,
  toInt32,
  VMFault,
} from '../../neovm/index.js';

const handler = (name: string): InstructionHandler => {
  for (const group of Object.values(HANDLER_GROUPS)) if (group[name]) return group[name];
  throw new Error(`no handler for ${name}`);
};

const OVERFLOW = 'Arithmetic operation resulted in an overflow.';

function int32Index(key: PrimitiveType): number {
  const v = key.getInteger();
  if (v < -2147483648n || v > 2147483647n) throw new VMFault(OVERFLOW);
  return Number(v);
}

/** Index-taking compound operations cast the key to int first (and fault on overflow). */
function indexed(name: string, indexedTypes: (x: unknown) => boolean): InstructionHandler {
  const current = handler(name);
  return (engine, instruction) => {
    const stack = engine.currentContext!.evaluationStack;
    const setItem = name === 'SETITEM';
    const key = stack.peek(setItem ? 1 : 0);
    const x = stack.peek(setItem ? 2 : 1);
    if (key instanceof PrimitiveType && indexedTypes(x)) int32Index(key);
    current(engine, instruction);
  };
}

const isArray = (x: unknown) => x instanceof ArrayItem;
const isIndexable = (x: unknown) =>
  x instanceof ArrayItem || x instanceof PrimitiveType || x instanceof BufferItem;

/** HASKEY before #543: negative indexes fault, indexes past MaxItemSize answer false. */
const hasKeyBefore543: InstructionHandler = (engine, instruction) => {
  const stack = engine.currentContext!.evaluationStack;
  const key = stack.peek(0);
  const x = stack.peek(1);
  if (
    key instanceof PrimitiveType &&
    (x instanceof ArrayItem || x instanceof BufferItem || x instanceof ByteStringItem)
  ) {
    const index = int32Index(key);
    if (index < 0) throw new VMFault(`The negative index ${index} is invalid for OpCode HASKEY.`);
    stack.pop();
    stack.pop();
    const size = x instanceof ArrayItem ? x.count : x instanceof BufferItem ? x.size : x.size;
    stack.push(BooleanItem.of(index < size));
    return;
  }
  handler('HASKEY')(engine, instruction);
};

/** SHL/SHR before #567: a zero shift leaves the value on the stack as it is. */
function shiftBefore567(name: 'SHL' | 'SHR'): InstructionHandler {
  const current = handler(name);
  return (engine: ExecutionEngine, instruction) => {
    const shift = toInt32(engine.peek(0).getInteger());
    assertShift(engine.limits, shift);
    if (shift === 0) {
      engine.pop();
      return;
    }
    current(engine, instruction);
  };
}

/** SUBSTR before Echidna: `index + count` computed in 32 bits. */
const vulnerableSubstr: InstructionHandler = (engine, instruction) => {
  const stack = engine.currentContext!.evaluationStack;
  const count = toInt32(stack.peek(0).getInteger());
  const index = toInt32(stack.peek(1).getInteger());
  // The 32-bit sum wraps negative and passes the check; the slice then faults.
  if (count >= 0 && index >= 0 && ((index + count) | 0) < 0) {
    throw new VMFault('Specified argument was out of the range of valid values.');
  }
  handler('SUBSTR')(engine, instruction);
};

export interface NeoJumpTables {
  readonly gorgon: JumpTable;
  readonly notGorgon: JumpTable;
  readonly notEchidna: JumpTable;
}

/** The three tables, built once with the given CALLT and SYSCALL handlers. */
export function composeJumpTables(overrides: Record<string, InstructionHandler>): NeoJumpTables {
  const before543 = {
    HASKEY: hasKeyBefore543,
    PICKITEM: indexed('PICKITEM', isIndexable),
    SETITEM: indexed('SETITEM', (x) => x instanceof ArrayItem || x instanceof BufferItem),
    REMOVE: indexed('REMOVE', isArray),
    SHL: shiftBefore567('SHL'),
    SHR: shiftBefore567('SHR'),
  };
  return {
    gorgon: createJumpTable(overrides),
    notGorgon: createJumpTable({ ...overrides, ...before543 }),
    notEchidna: createJumpTable({ ...overrides, ...before543, SUBSTR: vulnerableSubstr }),
  };
}
