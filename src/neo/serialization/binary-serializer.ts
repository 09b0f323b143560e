/**
 * Stack items to bytes and back (neo `SmartContract/BinarySerializer.cs`): a type byte, then
 * var-bytes for Boolean/Integer/ByteString/Buffer, or a var-int count followed by the items
 * (a map's keys and values interleaved). Serializing refuses cycles, Pointer and Interop
 * items, more than `maxItems` items and more than `maxSize` bytes; deserializing refuses
 * unknown types, over-long integers, more than `maxItems` items and bad map keys.
 */
import {
  ArrayItem,
  BooleanItem,
  BufferItem,
  ByteStringItem,
  bigIntFromLE,
  type ExecutionEngineLimits,
  INTEGER_MAX_SIZE,
  IntegerItem,
  integer,
  MapItem,
  NULL,
  NullItem,
  PrimitiveType,
  type StackItem,
  StackItemType,
  StructItem,
  VMFault,
} from '../../neovm/index.js';
import { NeoFormatError } from '../errors.js';
import { BinaryReader, BinaryWriter } from '../io/binary.js';

export function serializeItem(item: StackItem, maxSize: number, maxItems: number): Uint8Array {
  const w = new BinaryWriter();
  const seen = new Set<StackItem>();
  const pending: StackItem[] = [item];
  let left = maxItems;
  while (pending.length > 0) {
    if (--left < 0) throw new NeoFormatError('Too many items to serialize');
    const x = pending.pop()!;
    if (x instanceof NullItem) w.writeByte(StackItemType.Any);
    else if (x instanceof BooleanItem) w.writeByte(StackItemType.Boolean).writeBoolean(x.value);
    else if (x instanceof IntegerItem) w.writeByte(StackItemType.Integer).writeVarBytes(x.memory());
    else if (x instanceof ByteStringItem) w.writeByte(StackItemType.ByteString).writeVarBytes(x.bytes);
    else if (x instanceof BufferItem) w.writeByte(StackItemType.Buffer).writeVarBytes(x.bytes);
    else if (x instanceof ArrayItem) {
      if (seen.has(x)) throw new VMFault('Specified method is not supported.');
      seen.add(x);
      w.writeByte(x.type).writeVarInt(x.count);
      for (let i = x.count - 1; i >= 0; i--) pending.push(x.items[i]!);
    } else if (x instanceof MapItem) {
      if (seen.has(x)) throw new VMFault('Specified method is not supported.');
      seen.add(x);
      w.writeByte(StackItemType.Map).writeVarInt(x.count);
      const entries = x.entries();
      for (let i = entries.length - 1; i >= 0; i--) pending.push(entries[i]![1], entries[i]![0]);
    } else {
      throw new VMFault('Specified method is not supported.');
    }
    if (w.length > maxSize)
      throw new VMFault('Operation is not valid due to the current state of the object.');
  }
  return w.toBytes();
}

export function serializeWithLimits(item: StackItem, limits: ExecutionEngineLimits): Uint8Array {
  return serializeItem(item, limits.maxItemSize, limits.maxStackSize);
}

class Placeholder {
  constructor(
    readonly type: number,
    readonly count: number,
  ) {}
}

export function deserializeItem(data: Uint8Array, maxSize: number, maxItems: number): StackItem {
  const r = new BinaryReader(data);
  const limit = Math.min(data.length, maxSize);
  const out: (StackItem | Placeholder)[] = [];
  let todo = 1;
  while (todo-- > 0) {
    const type = r.readByte();
    switch (type) {
      case StackItemType.Any:
        out.push(NULL);
        break;
      case StackItemType.Boolean:
        out.push(BooleanItem.of(r.readBoolean()));
        break;
      case StackItemType.Integer:
        out.push(integer(bigIntFromLE(r.readVarBytes(INTEGER_MAX_SIZE))));
        break;
      case StackItemType.ByteString:
        out.push(new ByteStringItem(r.readVarBytes(limit).slice()));
        break;
      case StackItemType.Buffer:
        out.push(new BufferItem(r.readVarBytes(limit)));
        break;
      case StackItemType.Array:
      case StackItemType.Struct: {
        const count = r.readVarInt(maxItems);
        out.push(new Placeholder(type, count));
        todo += count;
        break;
      }
      case StackItemType.Map: {
        const count = r.readVarInt(maxItems);
        out.push(new Placeholder(type, count));
        todo += count * 2;
        break;
      }
      default:
        throw new NeoFormatError(`Invalid StackItemType(${type})`);
    }
    if (out.length > maxItems) {
      throw new NeoFormatError(`Deserialized count(${out.length}) is out of range (max:${maxItems})`);
    }
  }
  const temp: StackItem[] = [];
  while (out.length > 0) {
    const x = out.pop()!;
    if (!(x instanceof Placeholder)) {
      temp.push(x);
      continue;
    }
    let item: StackItem;
    if (x.type === StackItemType.Map) {
      const map = new MapItem();
      for (let i = 0; i < x.count; i++) {
        const key = temp.pop()!;
        const value = temp.pop()!;
        if (!(key instanceof PrimitiveType)) throw new VMFault('Specified cast is not valid.');
        map.set(key, value);
      }
      item = map;
    } else {
      const array = x.type === StackItemType.Struct ? new StructItem() : new ArrayItem();
      for (let i = 0; i < x.count; i++) array.items.push(temp.pop()!);
      item = array;
    }
    temp.push(item);
  }
  return temp[temp.length - 1]!;
}

export function deserializeWithLimits(data: Uint8Array, limits: ExecutionEngineLimits): StackItem {
  return deserializeItem(data, limits.maxItemSize, limits.maxStackSize);
}
