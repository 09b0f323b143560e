/**
 * EIP-1186 `eth_getProof`: Merkle Patricia proofs (Yellow Paper appendix D) of an account in
 * the world-state trie and of slots in its storage trie, as geth's `trie.Prove` gives them:
 * the nodes on the key's path from the root, each RLP-encoded, leaving out nodes embedded in
 * their parent (shorter than 32 bytes) except the root; the path ends at the leaf, or at the
 * node where the key leaves the trie (a proof of absence).
 */
import { keccak_256 } from '../core/keccak.js';
import {
  ACCOUNT_PREFIX,
  accountKey,
  bigIntToMinimalBytes,
  decodeAccount,
  hexPrefix,
  type RlpInput,
  rlpEncode,
  storageKey,
  storagePrefixOf,
} from '../evm/index.js';
import type { JournaledCache } from '../state/index.js';
import { invalidParams, serverError } from './errors.js';
import { address, data, hexToBig, qty } from './hex.js';

/** keccak256(key), value: sorted by the hashed key. */
type Entry = readonly [Uint8Array, Uint8Array];

const nibble = (key: Uint8Array, i: number): number => (i & 1 ? key[i >> 1]! & 15 : key[i >> 1]! >> 4);

interface Built {
  /** The node as an RLP item (what its parent embeds when its encoding is short). */
  item: RlpInput;
  enc: Uint8Array;
}

const EMPTY = new Uint8Array(0);

function built(item: RlpInput): Built {
  return { item, enc: rlpEncode(item) };
}

/** How a parent refers to a child: its hash, or the child itself when shorter than 32 bytes. */
const ref = (b: Built): RlpInput => (b.enc.length >= 32 ? keccak_256(b.enc) : b.item);

/**
 * The node holding entries[lo..hi) at `depth`; when `target` is given, the nodes on its path
 * are pushed onto `path` (deepest first).
 */
function build(
  e: readonly Entry[],
  lo: number,
  hi: number,
  depth: number,
  target: Uint8Array | undefined,
  path: Built[],
): Built {
  const first = e[lo]![0];
  const len = first.length * 2;
  let node: Built;
  if (hi - lo === 1) node = built([hexPrefix(first, depth, len, true), e[lo]![1]]);
  else {
    const last = e[hi - 1]![0];
    let cp = depth;
    while (cp < len && nibble(first, cp) === nibble(last, cp)) cp++;
    if (cp > depth) {
      let onPath = target !== undefined;
      for (let i = depth; onPath && i < cp; i++) onPath = nibble(target!, i) === nibble(first, i);
      const child = build(e, lo, hi, cp, onPath ? target : undefined, path);
      node = built([hexPrefix(first, depth, cp, false), ref(child)]);
    } else {
      const children: RlpInput[] = new Array(17).fill(EMPTY);
      const want = target ? nibble(target, depth) : -1;
      for (let i = lo; i < hi; ) {
        const nib = nibble(e[i]![0], depth);
        let j = i + 1;
        while (j < hi && nibble(e[j]![0], depth) === nib) j++;
        children[nib] = ref(build(e, i, j, depth + 1, nib === want ? target : undefined, path));
        i = j;
      }
      node = built(children);
    }
  }
  if (target) path.push(node);
  return node;
}

/** geth's proof of `key` (already hashed) in the trie of `sorted`; [] for an empty trie. */
export function trieProof(sorted: readonly Entry[], key: Uint8Array): Uint8Array[] {
  if (sorted.length === 0) return [];
  const path: Built[] = [];
  build(sorted, 0, sorted.length, 0, key, path);
  path.reverse();
  return path.filter((b, i) => i === 0 || b.enc.length >= 32).map((b) => b.enc);
}

/** The root of the trie of `sorted`. */
export function trieRootOf(sorted: readonly Entry[]): Uint8Array {
  if (sorted.length === 0) return keccak_256(Uint8Array.of(0x80));
  return keccak_256(build(sorted, 0, sorted.length, 0, undefined, []).enc);
}

const byKey = (a: Entry, b: Entry): number => Buffer.compare(a[0], b[0]);

/** The storage trie entries of `address`: keccak256(slot) -> rlp(value without leading zeros). */
export function storageEntries(cache: JournaledCache, address: bigint): Entry[] {
  const out: Entry[] = [];
  for (const [k, v] of cache.range({ prefix: storagePrefixOf(address) })) {
    let z = 0;
    while (z < v.length && v[z] === 0) z++;
    if (z === v.length) continue;
    out.push([keccak_256(k.subarray(k.length - 32)), rlpEncode(v.subarray(z))]);
  }
  return out.sort(byKey);
}

/** The world-state trie entries: keccak256(address) -> rlp([nonce, balance, storageRoot, codeHash]). */
export function accountEntries(cache: JournaledCache): Entry[] {
  const out: Entry[] = [];
  for (const [k, v] of cache.range({ prefix: ACCOUNT_PREFIX })) {
    const addr = k.subarray(ACCOUNT_PREFIX.length);
    const a = decodeAccount(v);
    const root = trieRootOf(storageEntries(cache, hexToBig(addr)));
    out.push([
      keccak_256(addr),
      rlpEncode([bigIntToMinimalBytes(a.nonce), bigIntToMinimalBytes(a.balance), root, a.codeHash]),
    ]);
  }
  return out.sort(byKey);
}

/**
 * A storage key as geth's decodeHash reads it: hex with an optional 0x, odd lengths padded,
 * at most 32 bytes; with its input length (a 32-byte key is echoed as a hash, any other as a
 * quantity).
 */
function parseStorageKey(v: unknown, i: number): { slot: Uint8Array; length: number } {
  if (typeof v !== 'string') throw invalidParams(`invalid argument 1: storage key ${i} is not a string`);
  let s = v.startsWith('0x') || v.startsWith('0X') ? v.slice(2) : v;
  if (s.length & 1) s = `0${s}`;
  if (!/^[0-9a-fA-F]*$/.test(s)) throw serverError('hex string invalid');
  if (s.length > 64) throw serverError('hex string too long, want at most 32 bytes');
  return { slot: Uint8Array.from(Buffer.from(s.padStart(64, '0'), 'hex')), length: s.length / 2 };
}

const ZERO_HASH = new Uint8Array(32);

/** The `eth_getProof` result for `address` and `keys` in the state `cache`. */
export function getProof(cache: JournaledCache, addr: bigint, keys: unknown): Record<string, unknown> {
  if (!Array.isArray(keys)) throw invalidParams('invalid argument 1: storage keys must be an array');
  const parsed = keys.map(parseStorageKey);
  const raw = cache.get(accountKey(addr));
  const acc = raw && decodeAccount(raw);
  const storage = acc ? storageEntries(cache, addr) : [];
  const storageProof = parsed.map(({ slot, length }) => {
    const value = hexToBig(cache.get(storageKey(addr, hexToBig(slot))) ?? EMPTY);
    return {
      key: length === 32 ? data(slot) : qty(hexToBig(slot)),
      value: qty(acc ? value : 0n),
      proof: storage.length ? trieProof(storage, keccak_256(slot)).map(data) : [],
    };
  });
  const addrBytes = Uint8Array.from(Buffer.from(address(addr).slice(2), 'hex'));
  return {
    address: address(addr),
    accountProof: trieProof(accountEntries(cache), keccak_256(addrBytes)).map(data),
    balance: qty(acc?.balance ?? 0n),
    // geth reads both from the state object: zero hashes for an account that does not exist.
    codeHash: data(acc ? acc.codeHash : ZERO_HASH),
    nonce: qty(acc?.nonce ?? 0n),
    storageHash: data(acc ? trieRootOf(storage) : ZERO_HASH),
    storageProof,
  };
}
