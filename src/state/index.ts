export { JournaledCache } from './journaled-cache.js';
export { bytesToKey, keyToBytes } from './key-string.js';
export { DATA_FILE, LmdbStore, type LmdbStoreOptions, MARKER_FILE, MAX_KEY_SIZE } from './lmdb-store.js';
export { MemoryStore } from './memory-store.js';
export { NAMESPACES, type Namespace, namespacedKey, namespacePrefix } from './namespaces.js';
export { type BatchOp, type KVStore, prefixEnd, type RangeOptions } from './store.js';

/** Default state directory of the CLI, relative to the working directory. */
export const DEFAULT_STATE_DIR = '.polyvm';
