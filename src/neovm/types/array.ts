/** Ordered lists of items, compared by reference (neo-vm `Types/Array.cs`). */
import { CompoundType } from './compound.js';
import type { StackItem } from './stack-item.js';
import { StackItemType } from './stack-item-type.js';

export class ArrayItem extends CompoundType {
  /** The items; the array owns this list. */
  readonly items: StackItem[];

  constructor(items: StackItem[] = []) {
    super();
    this.items = items;
  }
  get type(): typeof StackItemType.Array | typeof StackItemType.Struct {
    return StackItemType.Array;
  }
  get count(): number {
    return this.items.length;
  }
  subItems(): StackItem[] {
    return this.items;
  }
  get(index: number): StackItem {
    return this.items[index]!;
  }
  set(index: number, value: StackItem): void {
    this.assertWritable('The object is readonly.');
    this.items[index] = value;
  }
  add(item: StackItem): void {
    this.assertWritable('The array is readonly, can not add item.');
    this.items.push(item);
  }
  clear(): void {
    this.assertWritable('The array is readonly, can not clear.');
    this.items.length = 0;
  }
  removeAt(index: number): void {
    this.assertWritable('The array is readonly, can not remove item.');
    this.items.splice(index, 1);
  }
  reverse(): void {
    this.assertWritable('The array is readonly, can not reverse.');
    this.items.reverse();
  }
}
