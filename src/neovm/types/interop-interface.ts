/** An opaque host object on the stack (neo-vm `Types/InteropInterface.cs`). */
import { InvalidCastFault } from '../fault.js';
import { StackItem } from './stack-item.js';
import { StackItemType } from './stack-item-type.js';

export class InteropInterfaceItem extends StackItem {
  constructor(readonly value: object) {
    super();
    if (value === null || value === undefined) throw new InvalidCastFault('Value cannot be null.');
  }
  get type(): typeof StackItemType.InteropInterface {
    return StackItemType.InteropInterface;
  }
  getBoolean(): boolean {
    return true;
  }
  override equals(other: StackItem): boolean {
    if (other === this) return true;
    return other instanceof InteropInterfaceItem && other.value === this.value;
  }
  /** The wrapped object, checked to be an instance of `ctor`. */
  getInterface<T extends object>(ctor: abstract new (...args: never[]) => T): T {
    if (this.value instanceof ctor) return this.value;
    throw new InvalidCastFault(`This InteropInterface can't be casted to type ${ctor.name}.`);
  }
}
