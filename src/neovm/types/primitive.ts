/**
 * Immutable items with a byte form (neo-vm `Types/PrimitiveType.cs`): Boolean, Integer,
 * ByteString. They can be map keys; `mapKey` is the string a map indexes them by (type
 * and content, so Integer 1, Boolean true and ByteString 0x01 stay distinct keys).
 */
import { StackItem } from './stack-item.js';

export abstract class PrimitiveType extends StackItem {
  /** The bytes of this item; never mutate the result. */
  abstract memory(): Uint8Array;

  /** Size in bytes of `memory()`. */
  get size(): number {
    return this.memory().length;
  }

  override getSpan(): Uint8Array {
    return this.memory();
  }

  abstract get mapKey(): string;
}
