/**
 * Key prefixes: each VM keeps its data under its own prefix in the one shared store, so
 * that `polyvm state inspect --prefix` can show one VM's data and VMs never collide.
 */
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { concatBytes } from '../core/bytes.js';

export const NAMESPACES = {
  meta: 'meta/',
  evm: 'evm/',
  neo: 'neo/',
  jsvm: 'js/',
  avm: 'aleo/',
} as const;

export type Namespace = keyof typeof NAMESPACES;

const PREFIX_BYTES = Object.fromEntries(
  Object.entries(NAMESPACES).map(([k, v]) => [k, utf8ToBytes(v)]),
) as Record<Namespace, Uint8Array>;

/** The key bytes of `key` inside a VM's namespace. */
export function namespacedKey(ns: Namespace, key: Uint8Array | string): Uint8Array {
  return concatBytes(PREFIX_BYTES[ns], typeof key === 'string' ? utf8ToBytes(key) : key);
}

export function namespacePrefix(ns: Namespace): Uint8Array {
  return PREFIX_BYTES[ns];
}
