/**
 * One dev node per state directory, as geth locks its datadir: two nodes on one chain would
 * mine blocks of the same numbers over each other. The holder (pid, host, process start time)
 * is a key in the store, taken and checked inside one LMDB write transaction, so two nodes
 * starting together cannot both take it; a holder that is no longer running (killed) is
 * replaced. A holder on another host cannot be checked and is replaced too.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { StateStoreError } from '../core/errors.js';
import type { KVStore } from '../state/index.js';
import { json, LOCK_KEY, parseJson } from './chain-store.js';

interface Holder {
  pid: number;
  host: string;
  /** The process's start (Linux: /proc/PID/stat field 22), against a reused pid. */
  start?: string;
}

/** Directories locked by this process (a second DevNode here is refused as well). */
const held = new Set<string>();

function startOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[19];
  } catch {
    return undefined;
  }
}

function running(h: Holder): boolean {
  if (h.host !== hostname()) return false;
  try {
    process.kill(h.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return h.start === undefined || startOf(h.pid) === undefined || startOf(h.pid) === h.start;
}

/** Takes the lock of the node's state directory `dir`, or throws STATE_IN_USE. */
export function lockState(store: KVStore, dir: string): () => void {
  const path = resolve(dir);
  const inUse = (pid: number) =>
    new StateStoreError(
      `state ${dir} is in use by another polyvm evm node (pid ${pid})`,
      undefined,
      'STATE_IN_USE',
    );
  if (held.has(path)) throw inUse(process.pid);
  const me: Holder = { pid: process.pid, host: hostname(), start: startOf(process.pid) };
  store.exclusive(() => {
    const raw = store.get(LOCK_KEY);
    const holder = raw && parseJson<Holder>(raw);
    if (holder && holder.pid !== process.pid && running(holder)) throw inUse(holder.pid);
    store.put(LOCK_KEY, json(me));
  });
  held.add(path);
  return () => {
    held.delete(path);
    store.exclusive(() => {
      const raw = store.get(LOCK_KEY);
      if (raw && parseJson<Holder>(raw).pid === process.pid) store.delete(LOCK_KEY);
    });
  };
}
