/** True and false (neo-vm `Types/Boolean.cs`). */
import { PrimitiveType } from './primitive.js';
import type { StackItem } from './stack-item.js';
import { StackItemType } from './stack-item-type.js';

const ONE = Uint8Array.of(1);
const ZERO = Uint8Array.of(0);

export class BooleanItem extends PrimitiveType {
  private constructor(readonly value: boolean) {
    super();
  }
  static readonly TRUE = new BooleanItem(true);
  static readonly FALSE = new BooleanItem(false);
  static of(value: boolean): BooleanItem {
    return value ? BooleanItem.TRUE : BooleanItem.FALSE;
  }
  get type(): typeof StackItemType.Boolean {
    return StackItemType.Boolean;
  }
  memory(): Uint8Array {
    return this.value ? ONE : ZERO;
  }
  override get size(): number {
    return 1;
  }
  getBoolean(): boolean {
    return this.value;
  }
  override getInteger(): bigint {
    return this.value ? 1n : 0n;
  }
  override equals(other: StackItem): boolean {
    return other instanceof BooleanItem && other.value === this.value;
  }
  get mapKey(): string {
    return this.value ? 'b1' : 'b0';
  }
}
