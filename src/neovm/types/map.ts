/**
 * Insertion-ordered maps from primitive keys of at most 64 bytes to items (neo-vm
 * `Types/Map.cs`). Replacing a value keeps the key's position, as OrderedDictionary does.
 */
import { VMFault } from '../fault.js';
import { CompoundType } from './compound.js';
import type { PrimitiveType } from './primitive.js';
import type { StackItem } from './stack-item.js';
import { StackItemType } from './stack-item-type.js';

/** Largest key, in bytes. */
export const MAP_MAX_KEY_SIZE = 64;

interface Entry {
  key: PrimitiveType;
  value: StackItem;
}

function checkKey(key: PrimitiveType): string {
  const size = key.size;
  if (size > MAP_MAX_KEY_SIZE) {
    throw new VMFault(`Key size ${size} bytes exceeds maximum allowed size of ${MAP_MAX_KEY_SIZE} bytes.`);
  }
  return key.mapKey;
}

export class MapItem extends CompoundType {
  private readonly dict = new Map<string, Entry>();

  get type(): typeof StackItemType.Map {
    return StackItemType.Map;
  }
  get count(): number {
    return this.dict.size;
  }
  keys(): PrimitiveType[] {
    const out: PrimitiveType[] = [];
    for (const e of this.dict.values()) out.push(e.key);
    return out;
  }
  values(): StackItem[] {
    const out: StackItem[] = [];
    for (const e of this.dict.values()) out.push(e.value);
    return out;
  }
  /** [key, value] pairs in order. */
  entries(): [PrimitiveType, StackItem][] {
    const out: [PrimitiveType, StackItem][] = [];
    for (const e of this.dict.values()) out.push([e.key, e.value]);
    return out;
  }
  subItems(): StackItem[] {
    return [...this.keys(), ...this.values()];
  }
  has(key: PrimitiveType): boolean {
    return this.dict.has(checkKey(key));
  }
  /** The value for a key, or undefined. */
  get(key: PrimitiveType): StackItem | undefined {
    return this.dict.get(checkKey(key))?.value;
  }
  set(key: PrimitiveType, value: StackItem): void {
    const k = checkKey(key);
    this.assertWritable('The map is readonly, can not set value.');
    const entry = this.dict.get(k);
    if (entry) entry.value = value;
    else this.dict.set(k, { key, value });
  }
  /** Removes a key; returns the value it had, or undefined. */
  remove(key: PrimitiveType): StackItem | undefined {
    const size = key.size;
    if (size > MAP_MAX_KEY_SIZE) {
      throw new VMFault(
        `Can not remove key from map, MaxKeySize of Map is exceeded: ${size}/${MAP_MAX_KEY_SIZE}.`,
      );
    }
    this.assertWritable('The map is readonly, can not remove key.');
    const k = key.mapKey;
    const entry = this.dict.get(k);
    if (!entry) return undefined;
    this.dict.delete(k);
    return entry.value;
  }
  clear(): void {
    this.assertWritable('The map is readonly, can not clear.');
    this.dict.clear();
  }
}
