/**
 * Structs (neo-vm `Types/Struct.cs`): arrays with value semantics. They compare by content
 * (bounded by MaxStackSize items and MaxComparableSize bytes) and are cloned when stored.
 */
import { VMFault } from '../fault.js';
import type { ExecutionEngineLimits } from '../limits.js';
import { ArrayItem } from './array.js';
import { ByteStringItem, type CompareBudget } from './byte-string.js';
import type { StackItem } from './stack-item.js';
import { StackItemType } from './stack-item-type.js';

export class StructItem extends ArrayItem {
  override get type(): typeof StackItemType.Struct {
    return StackItemType.Struct;
  }

  /** Copies nested structs (not arrays or maps), at most MaxStackSize - 1 items; returns the copy and how many items it cloned. */
  clone(limits: ExecutionEngineLimits): { result: StructItem; cloned: number } {
    let count = limits.maxStackSize - 1;
    const result = new StructItem();
    const queue: StructItem[] = [result, this];
    for (let q = 0; q < queue.length; q += 2) {
      const a = queue[q]!;
      const b = queue[q + 1]!;
      for (const item of b.items) {
        count--;
        if (count < 0) throw new VMFault('Beyond struct subitem clone limits!');
        if (item instanceof StructItem) {
          const sa = new StructItem();
          a.items.push(sa);
          queue.push(sa, item);
        } else {
          a.items.push(item);
        }
      }
    }
    return { result, cloned: limits.maxStackSize - count };
  }

  override equals(_other: StackItem): boolean {
    throw new VMFault('Specified method is not supported.');
  }

  override equalsWithLimits(other: StackItem, limits: ExecutionEngineLimits): boolean {
    if (!(other instanceof StructItem)) return false;
    const stack1: StackItem[] = [this];
    const stack2: StackItem[] = [other];
    let count = limits.maxStackSize;
    const budget: CompareBudget = { remaining: limits.maxComparableSize };
    while (stack1.length > 0) {
      if (count-- === 0) throw new VMFault('Too many struct items to compare in struct comparison.');
      const a = stack1.pop()!;
      const b = stack2.pop()!;
      if (a instanceof ByteStringItem) {
        if (!a.equalsWithin(b, budget)) return false;
        continue;
      }
      if (budget.remaining === 0) {
        throw new VMFault('The operand exceeds the maximum comparable size in struct comparison.');
      }
      budget.remaining -= 1;
      if (a instanceof StructItem) {
        if (a === b) continue;
        if (!(b instanceof StructItem)) return false;
        if (a.items.length !== b.items.length) return false;
        for (const item of a.items) stack1.push(item);
        for (const item of b.items) stack2.push(item);
      } else if (!a.equals(b)) {
        return false;
      }
    }
    return true;
  }
}
