/** Static fields, local variables and arguments (neo-vm `src/Neo.VM/Slot.cs`). */
import type { EvaluationStack } from './evaluation-stack.js';
import { VMFault } from './fault.js';
import type { ReferenceCounter } from './reference-counter.js';
import { NULL } from './types/null.js';
import type { StackItem } from './types/stack-item.js';

export class Slot {
  readonly items: StackItem[];

  private constructor(
    items: StackItem[],
    private readonly referenceCounter: ReferenceCounter,
  ) {
    this.items = items;
  }

  /** `count` null entries. */
  static ofSize(count: number, rc: ReferenceCounter): Slot {
    rc.inc(count);
    return new Slot(new Array<StackItem>(count).fill(NULL), rc);
  }

  /** The given items, counted as referenced. */
  static of(items: StackItem[], rc: ReferenceCounter): Slot {
    for (const item of items) rc.addStackReference(item);
    return new Slot(items, rc);
  }

  /** The top `count` items of a stack, moved (entry 0 is the former top). */
  static fromStack(stack: EvaluationStack, count: number, rc: ReferenceCounter): Slot {
    const items: StackItem[] = new Array(count);
    for (let i = 0; i < count; i++) items[i] = stack.popNoRef();
    return new Slot(items, rc);
  }

  get count(): number {
    return this.items.length;
  }

  get(index: number): StackItem {
    return this.items[index]!;
  }

  set(index: number, value: StackItem): void {
    this.referenceCounter.removeStackReference(this.items[index]!);
    this.items[index] = value;
    this.referenceCounter.addStackReference(value);
  }

  /** Pops the top of `stack` into entry `index`. */
  store(stack: EvaluationStack, index: number): void {
    if (index < 0 || index >= this.items.length) {
      throw new VMFault(`Out of stack bounds: ${index}/${this.items.length}`);
    }
    this.referenceCounter.removeStackReference(this.items[index]!);
    this.items[index] = stack.popNoRef();
  }

  clearReferences(): void {
    for (const item of this.items) this.referenceCounter.removeStackReference(item);
  }
}
