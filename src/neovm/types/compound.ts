/**
 * Items that hold other items (neo-vm `Types/CompoundType.cs`): Array, Struct, Map.
 * `stackReferences` belongs to the reference counter: how many stack or slot entries (or
 * referenced parents) point at this item; sub-items are counted while it is non-zero.
 */
import { VMFault } from '../fault.js';
import { StackItem } from './stack-item.js';

export abstract class CompoundType extends StackItem {
  stackReferences = 0;
  isReadOnly = false;

  get isStackReferenced(): boolean {
    return this.stackReferences !== 0;
  }

  abstract get count(): number;

  /** The items this one refers to (for a map: the keys, then the values). */
  abstract subItems(): StackItem[];

  abstract clear(): void;

  getBoolean(): boolean {
    return true;
  }

  protected assertWritable(what: string): void {
    if (this.isReadOnly) throw new VMFault(what);
  }
}
