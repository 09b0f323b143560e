/**
 * Storage contexts and iterators (neo `StorageContext.cs`, `FindOptions.cs`,
 * `Iterators/StorageIterator.cs`): what `System.Storage.Find` returns, an iterator over the
 * entries under a prefix that yields key/value structs, keys or values, optionally without the
 * prefix, deserialized, or one field of the deserialized struct. The entries are read when the
 * iterator first moves (neo's enumerator starts then).
 */
import {
  ArrayItem,
  ByteStringItem,
  DEFAULT_LIMITS,
  type StackItem,
  StructItem,
  VMFault,
} from '../../neovm/index.js';
import { deserializeWithLimits } from '../serialization/binary-serializer.js';
import type { Entry } from './store.js';

export class StorageContext {
  constructor(
    readonly id: number,
    readonly isReadOnly: boolean,
  ) {}
}

export const FindOptions = {
  None: 0,
  KeysOnly: 1 << 0,
  RemovePrefix: 1 << 1,
  ValuesOnly: 1 << 2,
  DeserializeValues: 1 << 3,
  PickField0: 1 << 4,
  PickField1: 1 << 5,
  Backwards: 1 << 7,
  All: 0b1011_1111,
} as const;

/** An iterator interop object (neo's `IIterator`). */
export interface Iterator {
  next(): boolean;
  value(): StackItem;
}

export class StorageIterator implements Iterator {
  private entries: Entry[] | undefined;
  private index = -1;

  /** `keyOffset` bytes are dropped from keys (the contract id); `prefixLength` more with RemovePrefix. */
  constructor(
    private readonly source: () => Iterable<Entry>,
    private readonly prefixLength: number,
    private readonly options: number,
    private readonly keyOffset = 4,
  ) {}

  next(): boolean {
    this.entries ??= [...this.source()];
    if (this.index < this.entries.length) this.index++;
    return this.index < this.entries.length;
  }

  value(): StackItem {
    const entry = this.entries?.[this.index];
    if (entry === undefined) throw new VMFault('Enumeration has either not started or has already finished.');
    const o = this.options;
    let key = entry[0].subarray(this.keyOffset);
    if (o & FindOptions.RemovePrefix) key = key.subarray(this.prefixLength);
    let item: StackItem =
      o & FindOptions.DeserializeValues
        ? deserializeWithLimits(entry[1], DEFAULT_LIMITS)
        : new ByteStringItem(entry[1]);
    if (o & (FindOptions.PickField0 | FindOptions.PickField1)) {
      if (!(item instanceof ArrayItem))
        throw new VMFault(`Unable to cast ${item.constructor.name} to Array.`);
      const field = item.items[o & FindOptions.PickField0 ? 0 : 1];
      if (field === undefined)
        throw new VMFault(
          'Index was out of range. Must be non-negative and less than the size of the collection.',
        );
      item = field;
    }
    if (o & FindOptions.KeysOnly) return new ByteStringItem(key.slice());
    if (o & FindOptions.ValuesOnly) return item;
    return new StructItem([new ByteStringItem(key.slice()), item]);
  }
}
