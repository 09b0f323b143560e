/**
 * Arrays, structs and maps (neo-vm `JumpTable.Compound.cs`). The reference-counter calls
 * follow upstream step by step: items moved into a referenced compound keep their count,
 * items moved out of an unreferenced one are recounted.
 */
import { toInt32 } from '../bigint.js';
import type { ExecutionEngine } from '../engine.js';
import { VMFault } from '../fault.js';
import { ArrayItem } from '../types/array.js';
import { BooleanItem } from '../types/boolean.js';
import { BufferItem } from '../types/buffer.js';
import { ByteStringItem } from '../types/byte-string.js';
import { CompoundType } from '../types/compound.js';
import { integer, integerOf } from '../types/integer.js';
import { MapItem } from '../types/map.js';
import { NULL } from '../types/null.js';
import { PrimitiveType } from '../types/primitive.js';
import type { StackItem } from '../types/stack-item.js';
import { isStackItemType, StackItemType, stackItemTypeName } from '../types/stack-item-type.js';
import { StructItem } from '../types/struct.js';
import { describeKey } from './describe.js';
import type { HandlerMap, InstructionHandler } from './index.js';

function stackOf(engine: ExecutionEngine) {
  return engine.currentContext!.evaluationStack;
}

function invalidType(op: string, x: StackItem): VMFault {
  return new VMFault(`Invalid type for ${op}: ${stackItemTypeName(x.type)}`);
}

/** Throws a catchable exception carrying `message`. */
function throwCatchable(engine: ExecutionEngine, message: string): void {
  engine.executeThrow(ByteStringItem.fromString(message));
}

/** Pops size then size items; pushes an Array or Struct of them (first popped first). */
function pack(make: () => ArrayItem, what: string): InstructionHandler {
  return (engine) => {
    const stack = stackOf(engine);
    const size = toInt32(engine.pop().getInteger());
    if (size < 0 || size > stack.count) {
      throw new VMFault(`The ${what} size is out of valid range, ${size}/[0, ${stack.count}].`);
    }
    const array = make();
    for (let i = 0; i < size; i++) array.items.push(stack.popNoRef());
    array.stackReferences++;
    stack.pushItemCounted(array, 1);
  };
}

/** Pops n; pushes an Array or Struct of n copies of `fill`. */
function newFilled(
  engine: ExecutionEngine,
  make: (items: StackItem[]) => ArrayItem,
  what: string,
  fill: StackItem,
  check?: () => void,
): void {
  const n = toInt32(engine.pop().getInteger());
  if (n < 0 || n > engine.limits.maxStackSize) {
    throw new VMFault(`The ${what} size is out of valid range, ${n}/[0, ${engine.limits.maxStackSize}].`);
  }
  check?.();
  const array = make(new Array<StackItem>(n).fill(fill));
  array.stackReferences++;
  stackOf(engine).pushItemCounted(array, n + 1);
}

/** HASKEY's index check for arrays, buffers and byte strings. */
function checkedIndex(engine: ExecutionEngine, key: PrimitiveType): bigint {
  const index = key.getInteger();
  if (index < 0n || index >= BigInt(engine.limits.maxItemSize)) {
    throw new VMFault(`The index ${index} is invalid for OpCode HASKEY.`);
  }
  return index;
}

export const compoundHandlers: HandlerMap = {
  /** Pops size, then size (key, value) pairs; pushes a Map. */
  PACKMAP: (engine) => {
    const stack = stackOf(engine);
    const rc = engine.referenceCounter;
    const size = toInt32(engine.pop().getInteger());
    if (size < 0 || size * 2 > stack.count) {
      throw new VMFault(`The map size is out of valid range, 2*${size}/[0, ${stack.count}].`);
    }
    const map = new MapItem();
    for (let i = 0; i < size; i++) {
      const key = stack.popNoRefAs(PrimitiveType);
      const value = stack.popNoRef();
      const old = map.get(key);
      if (old !== undefined) {
        rc.removeStackReference(key);
        rc.removeStackReference(old);
      }
      map.set(key, value);
    }
    map.stackReferences++;
    stack.pushItemCounted(map, 1);
  },
  PACKSTRUCT: pack(() => new StructItem(), 'struct'),
  PACK: pack(() => new ArrayItem(), 'array'),
  /** Pops an Array, Struct or Map; pushes its items (last first) and their count. */
  UNPACK: (engine) => {
    const stack = stackOf(engine);
    const compound = stack.popNoRefAs(CompoundType);
    compound.stackReferences--;
    engine.referenceCounter.removeStackReference(NULL);
    const referenced = compound.isStackReferenced;
    if (compound instanceof MapItem) {
      const entries = compound.entries();
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, value] = entries[i]!;
        if (referenced) {
          stack.push(value);
          stack.pushItemCounted(key, 1);
        } else {
          stack.pushItemCounted(value, 0);
          stack.pushItemCounted(key, 0);
        }
      }
    } else if (compound instanceof ArrayItem) {
      const items = compound.items;
      for (let i = items.length - 1; i >= 0; i--) {
        if (referenced) stack.push(items[i]!);
        else stack.pushItemCounted(items[i]!, 0);
      }
    } else {
      throw invalidType('UNPACK', compound);
    }
    engine.push(integerOf(compound.count));
  },
  NEWARRAY0: (engine) => engine.push(new ArrayItem()),
  /** Pops n; pushes an Array of n nulls. */
  NEWARRAY: (engine) => newFilled(engine, (items) => new ArrayItem(items), 'array', NULL),
  /** Pops n; pushes an Array of n default values of the operand's type. */
  NEWARRAY_T: (engine, instruction) => {
    const type = instruction.tokenU8;
    const fill =
      type === StackItemType.Boolean
        ? BooleanItem.FALSE
        : type === StackItemType.Integer
          ? integer(0n)
          : type === StackItemType.ByteString
            ? ByteStringItem.EMPTY
            : NULL;
    newFilled(
      engine,
      (items) => new ArrayItem(items),
      'array',
      fill,
      () => {
        if (!isStackItemType(type)) throw new VMFault(`Invalid type for NEWARRAY_T: ${type}`);
      },
    );
  },
  NEWSTRUCT0: (engine) => engine.push(new StructItem()),
  /** Pops n; pushes a Struct of n nulls. */
  NEWSTRUCT: (engine) => newFilled(engine, (items) => new StructItem(items), 'struct', NULL),
  NEWMAP: (engine) => engine.push(new MapItem()),
  /** Pops 1; pushes its item count or byte size. */
  SIZE: (engine) => {
    const x = engine.pop();
    if (x instanceof CompoundType) engine.push(integerOf(x.count));
    else if (x instanceof PrimitiveType) engine.push(integerOf(x.size));
    else if (x instanceof BufferItem) engine.push(integerOf(x.size));
    else throw invalidType('SIZE', x);
  },
  /** Pops key, x; pushes whether x has that index or key. */
  HASKEY: (engine) => {
    const key = stackOf(engine).popAs(PrimitiveType);
    const x = engine.pop();
    if (x instanceof ArrayItem) engine.push(BooleanItem.of(checkedIndex(engine, key) < BigInt(x.count)));
    else if (x instanceof MapItem) engine.push(BooleanItem.of(x.has(key)));
    else if (x instanceof BufferItem) engine.push(BooleanItem.of(checkedIndex(engine, key) < BigInt(x.size)));
    else if (x instanceof ByteStringItem)
      engine.push(BooleanItem.of(checkedIndex(engine, key) < BigInt(x.size)));
    else throw invalidType('HASKEY', x);
  },
  /** Pops a Map; pushes an Array of its keys. */
  KEYS: (engine) => {
    const map = stackOf(engine).popAs(MapItem);
    const array = new ArrayItem(map.keys());
    array.stackReferences++;
    stackOf(engine).pushItemCounted(array, map.count + 1);
  },
  /** Pops an Array or Map; pushes an Array of its values (structs cloned). */
  VALUES: (engine) => {
    const stack = stackOf(engine);
    const rc = engine.referenceCounter;
    const x = stack.popNoRef();
    let values: StackItem[];
    if (x instanceof ArrayItem) {
      x.stackReferences--;
      values = x.items;
    } else if (x instanceof MapItem) {
      x.stackReferences--;
      values = x.values();
      if (!x.isStackReferenced) rc.addStackReference(NULL, -x.count);
    } else {
      throw invalidType('VALUES', x);
    }
    const referenced = (x as CompoundType).isStackReferenced;
    const result = new ArrayItem();
    for (const item of values) {
      if (referenced) {
        const copy = item instanceof StructItem ? item.clone(engine.limits).result : item;
        result.items.push(copy);
        rc.addStackReference(copy);
      } else if (item instanceof StructItem) {
        const copy = item.clone(engine.limits).result;
        rc.removeStackReference(item);
        rc.addStackReference(copy);
        result.items.push(copy);
      } else {
        result.items.push(item);
      }
    }
    result.stackReferences++;
    stack.pushItemCounted(result, 0);
  },
  /** Pops key, x; pushes x[key]. A missing index or key throws a catchable exception. */
  PICKITEM: (engine) => {
    const key = stackOf(engine).popAs(PrimitiveType);
    const x = engine.pop();
    let item: StackItem;
    if (x instanceof ArrayItem) {
      const index = key.getInteger();
      if (index < 0n || index >= BigInt(x.count)) {
        return throwCatchable(engine, `The index of VMArray is out of range, ${index}/[0, ${x.count}).`);
      }
      item = x.items[Number(index)]!;
    } else if (x instanceof MapItem) {
      const value = x.get(key);
      if (value === undefined) return throwCatchable(engine, `Key ${describeKey(key)} not found in Map.`);
      item = value;
    } else if (x instanceof PrimitiveType || x instanceof BufferItem) {
      const bytes = x.getSpan();
      const index = key.getInteger();
      if (index < 0n || index >= BigInt(bytes.length)) {
        const what = x instanceof BufferItem ? 'Buffer' : 'PrimitiveType';
        return throwCatchable(engine, `The index of ${what} is out of range, ${index}/[0, ${bytes.length}).`);
      }
      item = integerOf(bytes[Number(index)]!);
    } else {
      throw invalidType('PICKITEM', x);
    }
    engine.push(item);
  },
  /** Pops item, array; appends the item (a struct is cloned). */
  APPEND: (engine) => {
    let newItem = engine.pop();
    const array = stackOf(engine).popAs(ArrayItem);
    if (newItem instanceof StructItem) newItem = newItem.clone(engine.limits).result;
    array.add(newItem);
    if (array.isStackReferenced) engine.referenceCounter.addStackReference(newItem);
  },
  /** Pops value, key, x; sets x[key] = value (a struct is cloned). */
  SETITEM: (engine) => {
    const stack = stackOf(engine);
    const rc = engine.referenceCounter;
    let value = stack.popNoRef();
    if (value instanceof StructItem) {
      rc.removeStackReference(value);
      value = value.clone(engine.limits).result;
      rc.addStackReference(value);
    }
    const key = stack.popAs(PrimitiveType);
    const x = engine.pop();
    if (x instanceof ArrayItem) {
      const index = key.getInteger();
      if (index < 0n || index >= BigInt(x.count)) {
        rc.removeStackReference(value);
        return throwCatchable(engine, `The index of VMArray is out of range, ${index}/[0, ${x.count}).`);
      }
      const i = Number(index);
      if (x.isStackReferenced) rc.removeStackReference(x.items[i]!);
      else rc.removeStackReference(value);
      x.set(i, value);
    } else if (x instanceof MapItem) {
      if (x.isStackReferenced) {
        const old = x.get(key);
        if (old !== undefined) rc.removeStackReference(old);
        else rc.addStackReference(key);
      } else {
        rc.removeStackReference(value);
      }
      x.set(key, value);
    } else if (x instanceof BufferItem) {
      rc.removeStackReference(value);
      const index = key.getInteger();
      if (index < 0n || index >= BigInt(x.size)) {
        return throwCatchable(engine, `The index of Buffer is out of range, ${index}/[0, ${x.size}).`);
      }
      if (!(value instanceof PrimitiveType)) {
        throw new VMFault('Only primitive type values can be set in Buffer in SETITEM.');
      }
      const b = value.getInteger();
      if (b < -128n || b > 255n) throw new VMFault(`Overflow in SETITEM, ${b} is not a byte type.`);
      x.bytes[Number(index)] = Number(b) & 0xff;
    } else {
      throw invalidType('SETITEM', x);
    }
  },
  /** Pops an Array, Struct or Buffer and reverses it in place. */
  REVERSEITEMS: (engine) => {
    const x = engine.pop();
    if (x instanceof ArrayItem) x.reverse();
    else if (x instanceof BufferItem) x.bytes.reverse();
    else throw invalidType('REVERSEITEMS', x);
  },
  /** Pops key, x; removes that index or key. */
  REMOVE: (engine) => {
    const rc = engine.referenceCounter;
    const key = stackOf(engine).popAs(PrimitiveType);
    const x = engine.pop();
    if (x instanceof ArrayItem) {
      const index = key.getInteger();
      if (index < 0n || index >= BigInt(x.count)) {
        throw new VMFault(`The index of VMArray is out of range, ${index}/[0, ${x.count}).`);
      }
      const i = Number(index);
      const item = x.items[i]!;
      x.removeAt(i);
      if (x.isStackReferenced) rc.removeStackReference(item);
    } else if (x instanceof MapItem) {
      const old = x.remove(key);
      if (old !== undefined && x.isStackReferenced) {
        rc.removeStackReference(key);
        rc.removeStackReference(old);
      }
    } else {
      throw invalidType('REMOVE', x);
    }
  },
  /** Pops an Array, Struct or Map and empties it. */
  CLEARITEMS: (engine) => {
    const x = stackOf(engine).popAs(CompoundType);
    const subItems = [...x.subItems()];
    x.clear();
    if (x.isStackReferenced) for (const sub of subItems) engine.referenceCounter.removeStackReference(sub);
  },
  /** Pops an Array or Struct; removes its last item and pushes it. */
  POPITEM: (engine) => {
    const x = stackOf(engine).popAs(ArrayItem);
    const index = x.count - 1;
    if (index < 0)
      throw new VMFault(
        'Index was out of range. Must be non-negative and less than the size of the collection.',
      );
    const item = x.items[index]!;
    engine.push(item);
    x.removeAt(index);
    if (x.isStackReferenced) engine.referenceCounter.removeStackReference(item);
  },
};
