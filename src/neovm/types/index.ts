/** NeoVM stack items, one file per type (neo-vm `src/Neo.VM/Types`). */
export { ArrayItem } from './array.js';
export { BooleanItem } from './boolean.js';
export { BufferItem } from './buffer.js';
export { ByteStringItem } from './byte-string.js';
export { CompoundType } from './compound.js';
export { convertTo } from './convert.js';
export { deepCopy } from './deep-copy.js';
export { INTEGER_MAX_SIZE, IntegerItem, integer, integerOf } from './integer.js';
export { InteropInterfaceItem } from './interop-interface.js';
export { MAP_MAX_KEY_SIZE, MapItem } from './map.js';
export { NULL, NullItem } from './null.js';
export { PointerItem } from './pointer.js';
export { PrimitiveType } from './primitive.js';
export { decodeStrictUtf8, StackItem } from './stack-item.js';
export {
  isStackItemType,
  StackItemType,
  type StackItemTypeCode,
  stackItemTypeByName,
  stackItemTypeName,
} from './stack-item-type.js';
export { StructItem } from './struct.js';
