/**
 * The in-memory store of a node without --state: two MemoryStores, one for the chain
 * records (`evm/n…`, only ever read by key) and one for the rest (the EVM state, which the
 * state root ranges over). A MemoryStore sorts its keys again for a range after a new key
 * is added, and each block adds chain records; kept apart, they never make the state's
 * ranges re-sort.
 */
import { type BatchOp, type KVStore, MemoryStore, namespacedKey, type RangeOptions } from '../state/index.js';

const CHAIN = namespacedKey('evm', 'n');

const isChain = (k: Uint8Array): boolean => {
  if (k.length < CHAIN.length) return false;
  for (let i = 0; i < CHAIN.length; i++) if (k[i] !== CHAIN[i]) return false;
  return true;
};

export class SplitMemoryStore implements KVStore {
  readonly readOnly = false;
  private readonly chain = new MemoryStore();
  private readonly state = new MemoryStore();

  private of(k: Uint8Array): MemoryStore {
    return isChain(k) ? this.chain : this.state;
  }
  get(key: Uint8Array): Uint8Array | undefined {
    return this.of(key).get(key);
  }
  has(key: Uint8Array): boolean {
    return this.of(key).has(key);
  }
  put(key: Uint8Array, value: Uint8Array): void {
    this.of(key).put(key, value);
  }
  delete(key: Uint8Array): void {
    this.of(key).delete(key);
  }
  range(options: RangeOptions = {}): IterableIterator<[Uint8Array, Uint8Array]> {
    if (options.prefix && isChain(options.prefix)) return this.chain.range(options);
    return this.state.range(options);
  }
  batch(ops: readonly BatchOp[]): void {
    this.exclusive(() => {
      this.chain.batch(ops.filter((o) => isChain(o.key)));
      this.state.batch(ops.filter((o) => !isChain(o.key)));
    });
  }
  exclusive<T>(fn: () => T): T {
    return this.chain.exclusive(() => this.state.exclusive(fn));
  }
  refresh(): void {}
  async close(): Promise<void> {
    await this.chain.close();
    await this.state.close();
  }
}
