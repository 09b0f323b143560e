/** Immutable byte strings (neo-vm `Types/ByteString.cs`), compared within MaxComparableSize. */
import { bigIntFromLE } from '../bigint.js';
import { InvalidCastFault, VMFault } from '../fault.js';
import type { ExecutionEngineLimits } from '../limits.js';
import { INTEGER_MAX_SIZE } from './integer.js';
import { PrimitiveType } from './primitive.js';
import type { StackItem } from './stack-item.js';
import { StackItemType } from './stack-item-type.js';

/** What is left of MaxComparableSize while one comparison runs. */
export interface CompareBudget {
  remaining: number;
}

export class ByteStringItem extends PrimitiveType {
  static readonly EMPTY = new ByteStringItem(new Uint8Array(0));

  /** `bytes` is kept, not copied: the caller gives up the right to change it. */
  constructor(readonly bytes: Uint8Array) {
    super();
  }
  static fromString(text: string): ByteStringItem {
    return new ByteStringItem(new TextEncoder().encode(text));
  }
  get type(): typeof StackItemType.ByteString {
    return StackItemType.ByteString;
  }
  memory(): Uint8Array {
    return this.bytes;
  }
  override get size(): number {
    return this.bytes.length;
  }
  getBoolean(): boolean {
    const b = this.bytes;
    if (b.length > INTEGER_MAX_SIZE) throw new InvalidCastFault('Specified cast is not valid.');
    for (let i = 0; i < b.length; i++) if (b[i] !== 0) return true;
    return false;
  }
  override getInteger(): bigint {
    if (this.bytes.length > INTEGER_MAX_SIZE) {
      throw new InvalidCastFault(
        `Can not convert ByteString to an integer, MaxSize of Integer is exceeded: ${this.bytes.length}/${INTEGER_MAX_SIZE}.`,
      );
    }
    return bigIntFromLE(this.bytes);
  }
  override equals(other: StackItem): boolean {
    if (other === this) return true;
    return other instanceof ByteStringItem && sameBytes(this.bytes, other.bytes);
  }
  override equalsWithLimits(other: StackItem, limits: ExecutionEngineLimits): boolean {
    return this.equalsWithin(other, { remaining: limits.maxComparableSize });
  }
  /** Compares and charges the larger size (at least 1) to `budget`. */
  equalsWithin(other: StackItem, budget: CompareBudget): boolean {
    const size = this.bytes.length;
    if (size > budget.remaining || budget.remaining === 0) {
      throw new VMFault(`The operand exceeds the maximum comparable size, ${size}/${budget.remaining}.`);
    }
    if (!(other instanceof ByteStringItem)) {
      budget.remaining -= 1;
      return false;
    }
    const otherSize = other.bytes.length;
    const compared = Math.max(size, otherSize, 1);
    if (other === this) {
      budget.remaining -= compared;
      return true;
    }
    if (otherSize > budget.remaining) {
      throw new VMFault(`The operand exceeds the maximum comparable size, ${otherSize}/${budget.remaining}.`);
    }
    budget.remaining -= compared;
    return sameBytes(this.bytes, other.bytes);
  }
  get mapKey(): string {
    const b = this.bytes;
    let s = 's';
    for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
    return s;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
