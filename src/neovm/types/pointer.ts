/** A position in a script (neo-vm `Types/Pointer.cs`), pushed by PUSHA and called by CALLA. */
import type { Script } from '../script.js';
import { StackItem } from './stack-item.js';
import { StackItemType } from './stack-item-type.js';

export class PointerItem extends StackItem {
  constructor(
    readonly script: Script,
    readonly position: number,
  ) {
    super();
  }
  get type(): typeof StackItemType.Pointer {
    return StackItemType.Pointer;
  }
  getBoolean(): boolean {
    return true;
  }
  override equals(other: StackItem): boolean {
    if (other === this) return true;
    return other instanceof PointerItem && other.position === this.position && other.script === this.script;
  }
}
