import { describe, expect, it } from 'vitest';
import { xorshift32 as rng } from '../../core/xorshift.js';
import { trieRoot } from './index.js';
import { type TrieNode, trieRootHash, trieSet } from './persistent.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('persistent trie', () => {
  it('has the root trieRoot builds from scratch after every insert, update and delete', () => {
    const rand = rng(7);
    const entries = new Map<string, Uint8Array>();
    let root: TrieNode | undefined;
    const keys: Uint8Array[] = [];
    for (let step = 0; step < 1500; step++) {
      const r = rand();
      let key: Uint8Array;
      if (keys.length === 0 || r < 0.45) {
        key = new Uint8Array(32).map(() => Math.floor(rand() * 256));
        // Keys sharing long prefixes exercise extensions and their splits.
        if (keys.length > 0 && rand() < 0.5)
          key.set(keys[Math.floor(rand() * keys.length)]!.subarray(0, 1 + Math.floor(rand() * 31)));
        keys.push(key);
      } else key = keys[Math.floor(rand() * keys.length)]!;
      if (r > 0.8) {
        root = trieSet(root, key, undefined);
        entries.delete(hex(key));
      } else {
        const value = new Uint8Array(1 + Math.floor(rand() * 40)).map(() => Math.floor(rand() * 256));
        root = trieSet(root, key, value);
        entries.set(hex(key), value);
      }
      if (step % 25 === 0 || step > 1450) {
        const expected = trieRoot([...entries].map(([k, v]) => [Buffer.from(k, 'hex'), v] as const));
        expect(hex(trieRootHash(root))).toBe(hex(expected));
      }
    }
    // Deleting everything leaves the empty trie.
    for (const k of entries.keys()) root = trieSet(root, Buffer.from(k, 'hex'), undefined);
    expect(root).toBeUndefined();
    expect(hex(trieRootHash(root))).toBe(hex(trieRoot([])));
  });

  it('keeps every earlier version valid (updates copy their path)', () => {
    const a = new Uint8Array(32).fill(1);
    const b = new Uint8Array(32).fill(2);
    const v1 = trieSet(undefined, a, Uint8Array.of(1));
    const r1 = hex(trieRootHash(v1));
    const v2 = trieSet(v1, b, Uint8Array.of(2));
    trieSet(v2, a, undefined);
    expect(hex(trieRootHash(v1))).toBe(r1);
    expect(hex(trieRootHash(v2))).toBe(
      hex(
        trieRoot([
          [a, Uint8Array.of(1)],
          [b, Uint8Array.of(2)],
        ]),
      ),
    );
  });
});
