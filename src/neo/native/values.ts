/**
 * How native contracts store values (neo `StorageItem.cs`): integers as minimal little-endian
 * two's complement (zero as no bytes), structured state as the binary serialization of its
 * stack item under the default engine limits; and the stack items natives return.
 */
import {
  ArrayItem,
  BooleanItem,
  ByteStringItem,
  bigIntFromLE,
  bigIntToLE,
  DEFAULT_LIMITS,
  integer,
  NULL,
  type StackItem,
  VMFault,
} from '../../neovm/index.js';
import { utf8 } from '../io/binary.js';
import { deserializeWithLimits, serializeWithLimits } from '../serialization/binary-serializer.js';
import type { NeoStore } from '../storage/store.js';

export function readInt(store: NeoStore, key: Uint8Array): bigint | undefined {
  const v = store.get(key);
  return v === undefined ? undefined : bigIntFromLE(v);
}

/** An integer that must exist (neo's `snapshot[key]` indexer throws otherwise). */
export function requireInt(store: NeoStore, key: Uint8Array): bigint {
  const v = readInt(store, key);
  if (v === undefined) throw new VMFault('The given key was not present in the dictionary.');
  return v;
}

export function writeInt(store: NeoStore, key: Uint8Array, value: bigint): void {
  store.put(key, bigIntToLE(value));
}

export function addInt(store: NeoStore, key: Uint8Array, delta: bigint): bigint {
  const v = (readInt(store, key) ?? 0n) + delta;
  writeInt(store, key, v);
  return v;
}

export function readItem(store: NeoStore, key: Uint8Array): StackItem | undefined {
  const v = store.get(key);
  return v === undefined ? undefined : deserializeWithLimits(v, DEFAULT_LIMITS);
}

export function writeItem(store: NeoStore, key: Uint8Array, item: StackItem): void {
  store.put(key, serializeWithLimits(item, DEFAULT_LIMITS));
}

export const bool = (v: boolean): StackItem => BooleanItem.of(v);
export const int = (v: bigint | number): StackItem => integer(BigInt(v));
export const bytes = (b: Uint8Array): StackItem => new ByteStringItem(b);
export const str = (s: string): StackItem => new ByteStringItem(utf8(s));
export const nullable = (x: StackItem | null | undefined): StackItem => x ?? NULL;
export const array = (items: StackItem[]): ArrayItem => new ArrayItem(items);

/** The fields of a struct/array item. */
export const fields = (item: StackItem): StackItem[] => (item as ArrayItem).items;
