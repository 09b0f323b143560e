/**
 * Stack items as neo-vm's JSON unit tests write them: `{"type":"Integer","value":"5"}`,
 * byte strings and buffers as 0x-prefixed hex, maps keyed by the hex of their keys.
 */
import { bytesToHex } from '../../core/bytes.js';
import { ArrayItem } from '../types/array.js';
import { BooleanItem } from '../types/boolean.js';
import { BufferItem } from '../types/buffer.js';
import { ByteStringItem } from '../types/byte-string.js';
import { IntegerItem } from '../types/integer.js';
import { InteropInterfaceItem } from '../types/interop-interface.js';
import { MapItem } from '../types/map.js';
import { NullItem } from '../types/null.js';
import { PointerItem } from '../types/pointer.js';
import type { StackItem } from '../types/stack-item.js';
import { StructItem } from '../types/struct.js';

export type StackItemJson =
  | { type: 'Null' }
  | { type: 'Pointer'; value: number }
  | { type: 'Boolean'; value: boolean }
  | { type: 'Integer'; value: string }
  | { type: 'ByteString' | 'Buffer' | 'Interop'; value: string }
  | { type: 'Array' | 'Struct'; value: StackItemJson[] | string }
  | { type: 'Map'; value: { [key: string]: StackItemJson } | string };

/** `0x` + lower-case hex, or "" for no bytes (the tests' `ToHexString`). */
export function testHex(bytes: Uint8Array): string {
  return bytes.length === 0 ? '' : `0x${bytesToHex(bytes)}`;
}

/** The JSON form of an item; a compound that contains itself shows "<cycle>" where it recurs. */
export function stackItemToJson(item: StackItem, seen: Set<StackItem> = new Set()): StackItemJson {
  if (item instanceof NullItem) return { type: 'Null' };
  if (item instanceof PointerItem) return { type: 'Pointer', value: item.position };
  if (item instanceof BooleanItem) return { type: 'Boolean', value: item.value };
  if (item instanceof IntegerItem) return { type: 'Integer', value: item.value.toString() };
  if (item instanceof ByteStringItem) return { type: 'ByteString', value: testHex(item.bytes) };
  if (item instanceof BufferItem) return { type: 'Buffer', value: testHex(item.bytes) };
  if (item instanceof InteropInterfaceItem) {
    return {
      type: 'Interop',
      value: (item.value as { constructor?: { name?: string } }).constructor?.name ?? 'Object',
    };
  }
  if (item instanceof ArrayItem) {
    const type = item instanceof StructItem ? 'Struct' : 'Array';
    if (seen.has(item)) return { type, value: '<cycle>' };
    seen.add(item);
    const value = item.items.map((x) => stackItemToJson(x, seen));
    seen.delete(item);
    return { type, value };
  }
  if (item instanceof MapItem) {
    if (seen.has(item)) return { type: 'Map', value: '<cycle>' };
    seen.add(item);
    const value: { [key: string]: StackItemJson } = {};
    for (const [k, v] of item.entries()) {
      Object.defineProperty(value, testHex(k.memory()), {
        value: stackItemToJson(v, seen),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    seen.delete(item);
    return { type: 'Map', value };
  }
  throw new Error(`unknown stack item ${String(item)}`);
}
