/**
 * EVM memory: a byte array that grows in 32-byte words (Yellow Paper 9.1), with the
 * quadratic expansion cost C_mem(a) = 3a + a^2/512. The buffer grows geometrically so
 * that expansion rarely copies.
 */
import { loadStackWord, storeSmallWord, type Word } from './stack-word.js';
import { storeWord } from './words.js';

/** Gas of a memory of `words` words. */
export function memoryCost(words: number): number {
  return 3 * words + Math.floor((words * words) / 512);
}

export class Memory {
  buf: Uint8Array;
  view: DataView;
  /** Active size in bytes, always a multiple of 32. */
  size = 0;

  constructor(capacity = 1024) {
    this.buf = new Uint8Array(capacity);
    this.view = new DataView(this.buf.buffer);
  }

  /** Grows the active size to `bytes` (a multiple of 32); new bytes read as zero. */
  grow(bytes: number): void {
    if (bytes > this.buf.length) {
      let cap = this.buf.length * 2;
      while (cap < bytes) cap *= 2;
      const next = new Uint8Array(cap);
      next.set(this.buf.subarray(0, this.size));
      this.buf = next;
      this.view = new DataView(next.buffer);
    }
    this.size = bytes;
  }

  /** Empties the memory for reuse by another frame. */
  reset(): void {
    this.buf.fill(0, 0, this.size);
    this.size = 0;
  }

  /** The 32-byte big-endian word at `o` (inside the active size). */
  load(o: number): Word {
    return loadStackWord(this.view, o);
  }

  /** Writes `v` as a 32-byte big-endian word at `o`. */
  store(o: number, v: Word): void {
    if (typeof v === 'number') storeSmallWord(this.view, o, v);
    else storeWord(this.view, o, v);
  }

  /** A copy of `size` bytes at `offset` (the range must be inside the active size). */
  read(offset: number, size: number): Uint8Array {
    return this.buf.slice(offset, offset + size);
  }

  /** Copies `data[from..from+size)` to `offset`, zero-filling past the end of `data`. */
  writePadded(offset: number, data: Uint8Array, from: number, size: number): void {
    if (size === 0) return;
    const available = from < data.length ? Math.min(size, data.length - from) : 0;
    if (available > 0) this.buf.set(data.subarray(from, from + available), offset);
    if (available < size) this.buf.fill(0, offset + available, offset + size);
  }
}
