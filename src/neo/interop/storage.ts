/**
 * `System.Storage.*` (neo `ApplicationEngine.Storage.cs`): a contract's storage under its id,
 * read-only contexts, Find with every FindOptions rule, and the storage fee of Put: the new
 * bytes (key and value) for a new entry; for an existing one, a quarter of the reused bytes
 * (rounded up) plus the growth. `Local.*` (Faun) use the current contract's own context.
 */

import { ByteStringItem, InteropInterfaceItem, NULL, VMFault } from '../../neovm/index.js';
import { CallFlags } from '../contract/call-flags.js';
import type { ApplicationEngine } from '../engine/application-engine.js';
import { arg } from '../engine/convert.js';
import { argumentFault, outOfRangeFault } from '../engine/faults.js';
import { FEE_FACTOR } from '../engine/prices.js';
import { getContract } from '../native/contract-management.js';
import { FindOptions, StorageContext, StorageIterator } from '../storage/iterator.js';
import { storageKey } from '../storage/store.js';
import { type Syscall, syscall } from './syscall.js';

export const MAX_STORAGE_KEY_SIZE = 64;
export const MAX_STORAGE_VALUE_SIZE = 0xffff;

function contextOf(engine: ApplicationEngine, isReadOnly: boolean): StorageContext {
  const contract = getContract(engine.store, engine.currentScriptHash!);
  if (contract === null) throw new VMFault('This method can only be called by a deployed contract.');
  return new StorageContext(contract.id, isReadOnly);
}

function get(engine: ApplicationEngine, context: StorageContext, key: Uint8Array) {
  const value = engine.store.get(storageKey(context.id, key));
  return value === undefined ? NULL : new ByteStringItem(value);
}

function find(engine: ApplicationEngine, context: StorageContext, prefix: Uint8Array, options: number) {
  const has = (f: number) => (options & f) !== 0;
  if ((options & ~FindOptions.All) !== 0)
    throw outOfRangeFault('options', `Invalid find options: ${options}`);
  if (
    has(FindOptions.KeysOnly) &&
    has(
      FindOptions.ValuesOnly |
        FindOptions.DeserializeValues |
        FindOptions.PickField0 |
        FindOptions.PickField1,
    )
  ) {
    throw argumentFault(
      'KeysOnly cannot be used with ValuesOnly, DeserializeValues, PickField0, or PickField1',
      'options',
    );
  }
  if (has(FindOptions.ValuesOnly) && has(FindOptions.KeysOnly | FindOptions.RemovePrefix)) {
    throw argumentFault('ValuesOnly cannot be used with KeysOnly or RemovePrefix', 'options');
  }
  if (has(FindOptions.PickField0) && has(FindOptions.PickField1)) {
    throw argumentFault('PickField0 and PickField1 cannot be used together', 'options');
  }
  if (has(FindOptions.PickField0 | FindOptions.PickField1) && !has(FindOptions.DeserializeValues)) {
    throw argumentFault('PickField0 or PickField1 requires DeserializeValues', 'options');
  }
  const search = storageKey(context.id, prefix);
  const backward = has(FindOptions.Backwards);
  const store = engine.store;
  return new InteropInterfaceItem(
    new StorageIterator(() => store.find(search, backward), prefix.length, options),
  );
}

function put(engine: ApplicationEngine, context: StorageContext, key: Uint8Array, value: Uint8Array): void {
  if (key.length > MAX_STORAGE_KEY_SIZE) {
    throw argumentFault(
      `Key length ${key.length} exceeds maximum allowed size of ${MAX_STORAGE_KEY_SIZE} bytes.`,
      'key',
    );
  }
  if (value.length > MAX_STORAGE_VALUE_SIZE) {
    throw argumentFault(
      `Value length ${value.length} exceeds maximum allowed size of ${MAX_STORAGE_VALUE_SIZE} bytes.`,
      'value',
    );
  }
  if (context.isReadOnly) throw argumentFault('StorageContext is read-only', 'context');
  const k = storageKey(context.id, key);
  const old = engine.store.get(k);
  let size: number;
  if (old === undefined) size = key.length + value.length;
  else if (value.length === 0) size = 0;
  else if (value.length <= old.length) size = Math.floor((value.length - 1) / 4) + 1;
  else if (old.length === 0) size = value.length;
  else size = Math.floor((old.length - 1) / 4) + 1 + value.length - old.length;
  engine.addFeeBig(BigInt(size) * BigInt(engine.storagePrice) * BigInt(FEE_FACTOR));
  engine.store.put(k, value);
}

function del(engine: ApplicationEngine, context: StorageContext, key: Uint8Array): void {
  if (context.isReadOnly) throw argumentFault('StorageContext is read-only', 'context');
  engine.store.delete(storageKey(context.id, key));
}

const ctx = arg('context', 'object', { iface: StorageContext });
const key = arg('key', 'bytes');
const R = CallFlags.ReadStates;
const W = CallFlags.WriteStates;
const interop = (x: object) => new InteropInterfaceItem(x);
type C = StorageContext;
type B = Uint8Array;

export const storageSyscalls: Syscall[] = [
  syscall('System.Storage.GetContext', 1 << 4, R, [], (e) => interop(contextOf(e, false))),
  syscall('System.Storage.GetReadOnlyContext', 1 << 4, R, [], (e) => interop(contextOf(e, true))),
  /** Pops a context; pushes a read-only one for the same contract. */
  syscall('System.Storage.AsReadOnly', 1 << 4, R, [ctx], (_e, [c]) =>
    interop((c as C).isReadOnly ? (c as C) : new StorageContext((c as C).id, true)),
  ),
  /** Pops context, key; pushes the value or Null. */
  syscall('System.Storage.Get', 1 << 15, R, [ctx, key], (e, [c, k]) => get(e, c as C, k as B)),
  /** Pops context, prefix, options; pushes an iterator. */
  syscall(
    'System.Storage.Find',
    1 << 15,
    R,
    [ctx, arg('prefix', 'bytes'), arg('options', 'uint8')],
    (e, [c, p, o]) => find(e, c as C, p as B, o as number),
  ),
  /** Pops context, key, value. */
  syscall('System.Storage.Put', 1 << 15, W, [ctx, key, arg('value', 'bytes')], (e, [c, k, v]) => {
    put(e, c as C, k as B, v as B);
    return undefined;
  }),
  /** Pops context, key. */
  syscall('System.Storage.Delete', 1 << 15, W, [ctx, key], (e, [c, k]) => {
    del(e, c as C, k as B);
    return undefined;
  }),
  syscall(
    'System.Storage.Local.Get',
    1 << 15,
    R,
    [key],
    (e, [k]) => get(e, contextOf(e, true), k as B),
    'HF_Faun',
  ),
  syscall(
    'System.Storage.Local.Find',
    1 << 15,
    R,
    [arg('prefix', 'bytes'), arg('options', 'uint8')],
    (e, [p, o]) => find(e, contextOf(e, true), p as B, o as number),
    'HF_Faun',
  ),
  syscall(
    'System.Storage.Local.Put',
    1 << 15,
    W,
    [key, arg('value', 'bytes')],
    (e, [k, v]) => {
      put(e, contextOf(e, false), k as B, v as B);
      return undefined;
    },
    'HF_Faun',
  ),
  syscall(
    'System.Storage.Local.Delete',
    1 << 15,
    W,
    [key],
    (e, [k]) => {
      del(e, contextOf(e, false), k as B);
      return undefined;
    },
    'HF_Faun',
  ),
];
