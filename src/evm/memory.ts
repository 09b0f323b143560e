/**
 * EVM memory: a byte array that grows in 32-byte words (Yellow Paper 9.1), with the
 * quadratic expansion cost C_mem(a) = 3a + a^2/512. The buffer grows geometrically so
 * that expansion rarely copies. Words are read and written 64 bits at a time.
 */

/** Gas of a memory of `words` words. */
export function memoryCost(words: number): number {
  return 3 * words + Math.floor((words * words) / 512);
}

const U64 = 0xffff_ffff_ffff_ffffn;

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
  load(o: number): bigint {
    const d = this.view;
    const low = d.getBigUint64(o + 24);
    if ((d.getUint32(o) | d.getUint32(o + 4) | d.getUint32(o + 8) | d.getUint32(o + 12)) === 0) {
      if ((d.getUint32(o + 16) | d.getUint32(o + 20)) === 0) return low;
      return (d.getBigUint64(o + 16) << 64n) | low;
    }
    return (
      (d.getBigUint64(o) << 192n) | (d.getBigUint64(o + 8) << 128n) | (d.getBigUint64(o + 16) << 64n) | low
    );
  }

  /** Writes `v` (below 2^256) as a 32-byte big-endian word at `o`. */
  store(o: number, v: bigint): void {
    const d = this.view;
    d.setBigUint64(o + 24, v); // setBigUint64 keeps the low 64 bits
    if (v <= U64) {
      d.setUint32(o, 0);
      d.setUint32(o + 4, 0);
      d.setUint32(o + 8, 0);
      d.setUint32(o + 12, 0);
      d.setUint32(o + 16, 0);
      d.setUint32(o + 20, 0);
      return;
    }
    d.setBigUint64(o + 16, v >> 64n);
    d.setBigUint64(o + 8, v >> 128n);
    d.setBigUint64(o, v >> 192n);
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
