/** The null item (neo-vm `Types/Null.cs`); its type code is Any. */
import { StackItem } from './stack-item.js';
import { StackItemType } from './stack-item-type.js';

export class NullItem extends StackItem {
  get type(): typeof StackItemType.Any {
    return StackItemType.Any;
  }
  override get isNull(): boolean {
    return true;
  }
  getBoolean(): boolean {
    return false;
  }
  override equals(other: StackItem): boolean {
    return other instanceof NullItem;
  }
  override getString(): string | null {
    return null;
  }
}

/** The one null item. */
export const NULL = new NullItem();
