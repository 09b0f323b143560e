/**
 * Results in neo's RPC JSON (`RpcServer.SmartContract.cs` GetInvokeResult, `StackItem.ToJson`):
 * `{script, state, gasconsumed, exception, notifications, stack}` with stack items as
 * `{"type":"Integer","value":"5"}`, byte strings and buffers in base64, maps as key/value
 * pairs, and iterators marked as such.
 */
import { randomUUID } from 'node:crypto';
import {
  ArrayItem,
  BooleanItem,
  BufferItem,
  ByteStringItem,
  IntegerItem,
  InteropInterfaceItem,
  MapItem,
  NullItem,
  PointerItem,
  type StackItem,
  StructItem,
} from '../../neovm/index.js';
import { StorageIterator } from '../storage/iterator.js';
import { hashToString } from '../uint.js';
import type { ExecutionResult } from './execute.js';

export type RpcStackItem = { type: string; value?: unknown; interface?: string; id?: string };

export function stackItemToRpcJson(item: StackItem, seen: Set<StackItem> = new Set()): RpcStackItem {
  if (item instanceof NullItem) return { type: 'Any' };
  if (item instanceof BooleanItem) return { type: 'Boolean', value: item.value };
  if (item instanceof IntegerItem) return { type: 'Integer', value: item.value.toString() };
  if (item instanceof ByteStringItem)
    return { type: 'ByteString', value: Buffer.from(item.bytes).toString('base64') };
  if (item instanceof BufferItem)
    return { type: 'Buffer', value: Buffer.from(item.bytes).toString('base64') };
  if (item instanceof PointerItem) return { type: 'Pointer', value: item.position };
  if (item instanceof InteropInterfaceItem) {
    return item.value instanceof StorageIterator
      ? { type: 'InteropInterface', interface: 'IIterator', id: randomUUID() }
      : { type: 'InteropInterface' };
  }
  if (item instanceof ArrayItem || item instanceof MapItem) {
    if (seen.has(item)) throw new Error('Circular reference.');
    seen.add(item);
    const value =
      item instanceof MapItem
        ? item
            .entries()
            .map(([k, v]) => ({ key: stackItemToRpcJson(k, seen), value: stackItemToRpcJson(v, seen) }))
        : item.items.map((x) => stackItemToRpcJson(x, seen));
    seen.delete(item);
    return { type: item instanceof MapItem ? 'Map' : item instanceof StructItem ? 'Struct' : 'Array', value };
  }
  throw new Error(`unknown stack item ${String(item)}`);
}

export interface InvokeResultJson {
  script: string;
  state: 'HALT' | 'FAULT';
  gasconsumed: string;
  exception: string | null;
  notifications: { eventname: string; contract: string; state: RpcStackItem }[];
  stack: (RpcStackItem | string)[];
}

/** neo's `invokefunction` / `invokescript` result document. */
export function invokeResultToJson(r: ExecutionResult): InvokeResultJson {
  return {
    script: Buffer.from(r.script).toString('base64'),
    state: r.state,
    gasconsumed: r.gasConsumed.toString(),
    exception: r.exception,
    notifications: r.notifications.map((n) => ({
      eventname: n.eventName,
      contract: hashToString(n.scriptHash),
      state: stackItemToRpcJson(n.state),
    })),
    stack: r.stack.map((x) => {
      try {
        return stackItemToRpcJson(x);
      } catch (error) {
        return `error: ${(error as Error).message}`;
      }
    }),
  };
}
