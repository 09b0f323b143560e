/**
 * CONVERT's rules (neo-vm `StackItem.ConvertTo` and its overrides in PrimitiveType, Buffer,
 * Array, Struct and Null): same type is identity; anything converts to Boolean; primitives
 * convert among Integer, ByteString and Buffer; Array and Struct convert into each other
 * (a shallow copy); Null converts to any defined type except Any, staying Null.
 */
import { bigIntFromLE } from '../bigint.js';
import { InvalidCastFault } from '../fault.js';
import { ArrayItem } from './array.js';
import { BooleanItem } from './boolean.js';
import { BufferItem } from './buffer.js';
import { ByteStringItem } from './byte-string.js';
import { INTEGER_MAX_SIZE, integer } from './integer.js';
import { NullItem } from './null.js';
import { PrimitiveType } from './primitive.js';
import type { StackItem } from './stack-item.js';
import { isStackItemType, StackItemType, stackItemTypeName } from './stack-item-type.js';
import { StructItem } from './struct.js';

function cannot(item: StackItem, type: number): InvalidCastFault {
  return new InvalidCastFault(
    `Cannot convert ${stackItemTypeName(item.type)} to ${stackItemTypeName(type)}.`,
  );
}

export function convertTo(item: StackItem, type: number): StackItem {
  if (item instanceof NullItem) {
    if (type === StackItemType.Any || !isStackItemType(type)) {
      throw new InvalidCastFault(`Type Null can't be converted to StackItemType: ${stackItemTypeName(type)}`);
    }
    return item;
  }
  if (type === item.type) return item;
  if (type === StackItemType.Boolean) return BooleanItem.of(item.getBoolean());
  if (item instanceof PrimitiveType) {
    switch (type) {
      case StackItemType.Integer:
        return integer(item.getInteger());
      case StackItemType.ByteString:
        return new ByteStringItem(item.memory());
      case StackItemType.Buffer:
        return new BufferItem(item.memory());
    }
    throw cannot(item, type);
  }
  if (item instanceof BufferItem) {
    switch (type) {
      case StackItemType.Integer:
        if (item.bytes.length > INTEGER_MAX_SIZE) throw cannot(item, type);
        return integer(bigIntFromLE(item.bytes));
      case StackItemType.ByteString:
        return new ByteStringItem(item.bytes.slice());
    }
    throw cannot(item, type);
  }
  if (item instanceof StructItem) {
    if (type === StackItemType.Array) return new ArrayItem([...item.items]);
    throw cannot(item, type);
  }
  if (item instanceof ArrayItem && type === StackItemType.Struct) return new StructItem([...item.items]);
  throw cannot(item, type);
}
