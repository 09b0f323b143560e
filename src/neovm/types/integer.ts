/** Signed integers of at most 32 bytes (neo-vm `Types/Integer.cs`). */
import { bigIntToLE, byteCount } from '../bigint.js';
import { VMFault } from '../fault.js';
import { PrimitiveType } from './primitive.js';
import type { StackItem } from './stack-item.js';
import { StackItemType } from './stack-item-type.js';

/** Largest encoding of an integer, in bytes. */
export const INTEGER_MAX_SIZE = 32;
const MAX = (1n << 255n) - 1n;
const MIN = -(1n << 255n);

export class IntegerItem extends PrimitiveType {
  constructor(readonly value: bigint) {
    super();
    if (value > MAX || value < MIN) {
      throw new VMFault(
        `Integer size ${byteCount(value)} bytes exceeds maximum allowed size of ${INTEGER_MAX_SIZE} bytes.`,
      );
    }
  }
  get type(): typeof StackItemType.Integer {
    return StackItemType.Integer;
  }
  memory(): Uint8Array {
    return bigIntToLE(this.value);
  }
  override get size(): number {
    return byteCount(this.value);
  }
  getBoolean(): boolean {
    return this.value !== 0n;
  }
  override getInteger(): bigint {
    return this.value;
  }
  override equals(other: StackItem): boolean {
    return other === this || (other instanceof IntegerItem && other.value === this.value);
  }
  get mapKey(): string {
    return `i${this.value}`;
  }
}

/** Cached small integers, shared (items are immutable). */
const SMALL: IntegerItem[] = Array.from({ length: 18 }, (_, i) => new IntegerItem(BigInt(i - 1)));

/** An Integer item for a value, reusing the cached items for -1..16. */
export function integer(value: bigint): IntegerItem {
  if (value >= -1n && value <= 16n) return SMALL[Number(value) + 1]!;
  return new IntegerItem(value);
}

/** An Integer item for a small JS number. */
export function integerOf(value: number): IntegerItem {
  if (value >= -1 && value <= 16) return SMALL[value + 1]!;
  return new IntegerItem(BigInt(value));
}
