/**
 * Deep copies (neo-vm `StackItem.DeepCopy`): compound items and buffers are copied, keeping
 * shared and cyclic references shared; primitives are returned as they are. With
 * `asImmutable`, buffers become byte strings and copies are read-only.
 */
import { ArrayItem } from './array.js';
import { BufferItem } from './buffer.js';
import { ByteStringItem } from './byte-string.js';
import { MapItem } from './map.js';
import type { StackItem } from './stack-item.js';
import { StructItem } from './struct.js';

export function deepCopy(item: StackItem, asImmutable = false): StackItem {
  return copy(item, new Map(), asImmutable);
}

function copy(item: StackItem, refMap: Map<StackItem, StackItem>, asImmutable: boolean): StackItem {
  const mapped = refMap.get(item);
  if (mapped) return mapped;
  if (item instanceof ArrayItem) {
    const result = item instanceof StructItem ? new StructItem() : new ArrayItem();
    refMap.set(item, result);
    for (const sub of item.items) result.items.push(copy(sub, refMap, asImmutable));
    result.isReadOnly = item.isReadOnly || asImmutable;
    return result;
  }
  if (item instanceof MapItem) {
    const result = new MapItem();
    refMap.set(item, result);
    for (const [k, v] of item.entries()) result.set(k, copy(v, refMap, asImmutable));
    result.isReadOnly = item.isReadOnly || asImmutable;
    return result;
  }
  if (item instanceof BufferItem) {
    const result = asImmutable ? new ByteStringItem(item.bytes.slice()) : new BufferItem(item.bytes);
    refMap.set(item, result);
    return result;
  }
  return item;
}
