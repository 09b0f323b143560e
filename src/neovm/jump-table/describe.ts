/** How upstream's `ToString()` shows a primitive key in messages (PICKITEM on a map). */
import { BooleanItem } from '../types/boolean.js';
import { ByteStringItem } from '../types/byte-string.js';
import { IntegerItem } from '../types/integer.js';
import type { PrimitiveType } from '../types/primitive.js';

const strict = new TextDecoder('utf-8', { fatal: true });

export function describeKey(key: PrimitiveType): string {
  if (key instanceof IntegerItem) return key.value.toString();
  if (key instanceof BooleanItem) return key.value ? 'True' : 'False';
  if (key instanceof ByteStringItem) {
    try {
      return `"${strict.decode(key.bytes)}"`;
    } catch {
      return `"Base64: ${Buffer.from(key.bytes).toString('base64')}"`;
    }
  }
  return String(key);
}
