/** `System.Iterator.*` (neo `ApplicationEngine.Iterator.cs`). */
import { BooleanItem } from '../../neovm/index.js';
import { CallFlags } from '../contract/call-flags.js';
import { arg } from '../engine/convert.js';
import { StorageIterator } from '../storage/iterator.js';
import { type Syscall, syscall } from './syscall.js';

const iterator = arg('iterator', 'object', { iface: StorageIterator });

export const iteratorSyscalls: Syscall[] = [
  /** Pops an iterator; pushes whether it moved to a next entry. */
  syscall('System.Iterator.Next', 1 << 15, CallFlags.None, [iterator], (_e, [it]) =>
    BooleanItem.of((it as StorageIterator).next()),
  ),
  /** Pops an iterator; pushes its current entry. */
  syscall('System.Iterator.Value', 1 << 4, CallFlags.None, [iterator], (_e, [it]) =>
    (it as StorageIterator).value(),
  ),
];
