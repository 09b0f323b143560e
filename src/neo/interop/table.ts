/**
 * Every syscall of Neo N3, one row each (name, id, fixed price, call flags, hardfork, C#
 * parameters, handler), gathered from the category files and indexed by id.
 */
import { contractSyscalls } from './contract.js';
import { cryptoSyscalls } from './crypto.js';
import { iteratorSyscalls } from './iterator.js';
import { runtimeSyscalls } from './runtime.js';
import { storageSyscalls } from './storage.js';
import type { Syscall } from './syscall.js';

export const SYSCALLS: readonly Syscall[] = [
  ...contractSyscalls,
  ...cryptoSyscalls,
  ...iteratorSyscalls,
  ...runtimeSyscalls,
  ...storageSyscalls,
];

const BY_ID = new Map<number, Syscall>();
const BY_NAME = new Map<string, Syscall>();
for (const s of SYSCALLS) {
  if (BY_ID.has(s.id)) throw new Error(`syscall id collision: ${s.name}`);
  BY_ID.set(s.id, s);
  BY_NAME.set(s.name, s);
}

export function syscallById(id: number): Syscall | undefined {
  return BY_ID.get(id);
}

export function syscallByName(name: string): Syscall | undefined {
  return BY_NAME.get(name);
}
