/**
 * An evaluation stack (neo-vm `src/Neo.VM/EvaluationStack.cs`). Index 0 is the top. Pushes
 * and pops keep the reference counter up to date; the `NoRef` variants move an item
 * without counting, for instructions that transfer its reference elsewhere.
 */
import { InvalidCastFault, VMFault } from './fault.js';
import type { ReferenceCounter } from './reference-counter.js';
import type { StackItem } from './types/stack-item.js';

export class EvaluationStack {
  /** Bottom first; the top is the last element. */
  readonly items: StackItem[] = [];

  constructor(readonly referenceCounter: ReferenceCounter) {}

  get count(): number {
    return this.items.length;
  }

  push(item: StackItem): void {
    this.items.push(item);
    this.referenceCounter.addStackReference(item);
  }

  /** Pushes and adds `n` to the count without walking sub-items. */
  pushItemCounted(item: StackItem, n: number): void {
    this.items.push(item);
    this.referenceCounter.inc(n);
  }

  peek(index = 0): StackItem {
    const n = this.items.length;
    if (index >= n) throw new VMFault(`Peek index is out of stack bounds: ${index}/${n}`);
    if (index < 0) {
      index += n;
      if (index < 0) throw new VMFault(`Peek index is out of stack bounds: ${index}/${n}`);
    }
    return this.items[n - index - 1]!;
  }

  pop(): StackItem {
    const item = this.items.pop();
    if (item === undefined) throw new VMFault('Out of stack bounds: 0/0');
    this.referenceCounter.removeStackReference(item);
    return item;
  }

  popNoRef(): StackItem {
    const item = this.items.pop();
    if (item === undefined) throw new VMFault('Out of stack bounds: 0/0');
    return item;
  }

  /** Pops an item that must be an instance of `ctor`. */
  popAs<T extends StackItem>(ctor: abstract new (...args: never[]) => T): T {
    const item = this.removeNoRefAs(0, ctor);
    this.referenceCounter.removeStackReference(item);
    return item;
  }

  popNoRefAs<T extends StackItem>(ctor: abstract new (...args: never[]) => T): T {
    return this.removeNoRefAs(0, ctor);
  }

  remove(index: number): StackItem {
    const item = this.removeNoRef(index);
    this.referenceCounter.removeStackReference(item);
    return item;
  }

  removeNoRef(index: number): StackItem {
    const n = this.items.length;
    if (index >= n) throw new VMFault(`Out of stack bounds: ${index}/${n}`);
    if (index < 0) {
      index += n;
      if (index < 0) throw new VMFault(`Out of stack bounds: ${index}/${n}`);
    }
    return this.items.splice(n - index - 1, 1)[0]!;
  }

  private removeNoRefAs<T extends StackItem>(index: number, ctor: abstract new (...args: never[]) => T): T {
    const n = this.items.length;
    if (index >= n) throw new VMFault(`Out of stack bounds: ${index}/${n}`);
    const pos = n - index - 1;
    const item = this.items[pos]!;
    if (!(item instanceof ctor)) throw new InvalidCastFault(`The item can't be casted to type ${ctor.name}`);
    if (index === 0) this.items.pop();
    else this.items.splice(pos, 1);
    return item;
  }

  insert(index: number, item: StackItem): void {
    const n = this.items.length;
    if (index > n) throw new VMFault(`Insert index is out of stack bounds: ${index}/${n}`);
    this.items.splice(n - index, 0, item);
    this.referenceCounter.addStackReference(item);
  }

  swap(i1: number, i2: number): void {
    if (i1 === i2) return;
    const n = this.items.length;
    const a = n - i1 - 1;
    const b = n - i2 - 1;
    const t = this.items[a]!;
    this.items[a] = this.items[b]!;
    this.items[b] = t;
  }

  /** Moves the item at `index` to the top. */
  roll(index: number): void {
    const n = this.items.length;
    if (index < 0 || index >= n) throw new VMFault(`Out of stack bounds: ${index}/${n}`);
    if (index === 0) return;
    const [item] = this.items.splice(n - 1 - index, 1);
    this.items.push(item!);
  }

  /** Reverses the top `count` items. */
  reverse(count: number): void {
    const n = this.items.length;
    if (count < 0 || count > n) throw new VMFault(`Out of stack bounds: ${count}/${n}`);
    if (count <= 1) return;
    for (let i = n - count, j = n - 1; i < j; i++, j--) {
      const t = this.items[i]!;
      this.items[i] = this.items[j]!;
      this.items[j] = t;
    }
  }

  clear(): void {
    for (const item of this.items) this.referenceCounter.removeStackReference(item);
    this.items.length = 0;
  }

  /** Appends the top `count` items (all with -1) to another stack, without counting. */
  copyTo(stack: EvaluationStack, count = -1): void {
    const n = this.items.length;
    if (count < -1 || count > n) throw new VMFault(`Out of stack bounds: ${count}/${n}`);
    if (count === 0) return;
    const from = count === -1 ? 0 : n - count;
    for (let i = from; i < n; i++) stack.items.push(this.items[i]!);
  }

  /** Moves the top `count` items (all with -1) to another stack, without counting. */
  moveTo(stack: EvaluationStack, count = -1): void {
    if (count === 0) return;
    this.copyTo(stack, count);
    if (count === -1 || count === this.items.length) this.items.length = 0;
    else this.items.length -= count;
  }
}
