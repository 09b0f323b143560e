/**
 * The reference counter as neo-vm implements it today (`src/Neo.VM/ReferenceCounter.cs`):
 * a plain count of references held by evaluation stacks and slots, plus the sub-items of
 * every compound item that is itself referenced. A compound's sub-items are added when it
 * becomes referenced and removed when its last reference goes. The engine checks the count
 * against MaxStackSize after every instruction.
 */
import { VMFault } from './fault.js';
import type { ExecutionEngineLimits } from './limits.js';
import { CompoundType } from './types/compound.js';
import type { StackItem } from './types/stack-item.js';

export class ReferenceCounter {
  count = 0;

  constructor(private readonly limits: ExecutionEngineLimits) {}

  inc(n = 1): void {
    this.count += n;
  }

  dec(n = 1): void {
    this.count -= n;
  }

  addStackReference(item: StackItem, n = 1): void {
    this.count += n;
    if (item instanceof CompoundType) {
      item.stackReferences += n;
      if (item.stackReferences === n) {
        for (const sub of item.subItems()) this.addStackReference(sub);
      }
    }
  }

  removeStackReference(item: StackItem): void {
    if (item instanceof CompoundType) {
      if (item.stackReferences !== 0) {
        this.count--;
        item.stackReferences--;
        if (item.stackReferences === 0) {
          for (const sub of item.subItems()) this.removeStackReference(sub);
        }
      }
    } else {
      this.count--;
    }
  }

  /** Faults when more items are referenced than MaxStackSize allows. */
  postExecuteInstruction(): void {
    if (this.count > this.limits.maxStackSize) {
      throw new VMFault(`MaxStackSize exceed: ${this.count}/${this.limits.maxStackSize}`);
    }
  }
}
