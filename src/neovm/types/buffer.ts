/** Mutable byte buffers (neo-vm `Types/Buffer.cs`); equal only to themselves. */
import { StackItem } from './stack-item.js';
import { StackItemType } from './stack-item-type.js';

export class BufferItem extends StackItem {
  /** The live bytes; instructions write into them. */
  readonly bytes: Uint8Array;

  /** A zeroed buffer of `size` bytes, or a copy of the given bytes. */
  constructor(source: number | Uint8Array) {
    super();
    this.bytes = typeof source === 'number' ? new Uint8Array(source) : source.slice();
  }
  /** Wraps bytes without copying them. */
  static wrap(bytes: Uint8Array): BufferItem {
    const b = Object.create(BufferItem.prototype) as { bytes: Uint8Array };
    b.bytes = bytes;
    return b as BufferItem;
  }
  get type(): typeof StackItemType.Buffer {
    return StackItemType.Buffer;
  }
  get size(): number {
    return this.bytes.length;
  }
  getBoolean(): boolean {
    return true;
  }
  override getSpan(): Uint8Array {
    return this.bytes;
  }
}
