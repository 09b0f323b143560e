/** Memory opcodes MLOAD, MSTORE, MSTORE8, MSIZE (0x51-0x53, 0x59) and MCOPY (EIP-5656). */
import { copyCost, expandMemory, type Frame, useGas } from '../frame.js';
import { readWord, writeWord } from '../words.js';

/** MLOAD: pops 1, pushes 1. */
export function mload(f: Frame): void {
  const off = f.stack[f.sp - 1]!;
  if (!expandMemory(f, off, 32n)) return;
  f.stack[f.sp - 1] = readWord(f.memory.buf, Number(off));
}
/** MSTORE: pops 2. */
export function mstore(f: Frame): void {
  const s = f.stack;
  const off = s[f.sp - 1]!;
  if (!expandMemory(f, off, 32n)) return;
  f.sp -= 2;
  writeWord(f.memory.buf, Number(off), s[f.sp]!);
}
/** MSTORE8: pops 2. */
export function mstore8(f: Frame): void {
  const s = f.stack;
  const off = s[f.sp - 1]!;
  if (!expandMemory(f, off, 1n)) return;
  f.sp -= 2;
  f.memory.buf[Number(off)] = Number(s[f.sp]! & 0xffn);
}
/** MSIZE: pushes 1. */
export function msize(f: Frame): void {
  f.stack[f.sp++] = BigInt(f.memory.size);
}
/** MCOPY: pops 3. */
export function mcopy(f: Frame): void {
  const s = f.stack;
  const sp = (f.sp -= 3);
  const dst = s[sp + 2]!;
  const src = s[sp + 1]!;
  const size = s[sp]!;
  if (!useGas(f, copyCost(size))) return;
  if (size === 0n) return;
  // biome-ignore lint/complexity/useMathMinMax: BigInt operands (Math.max would throw).
  const far = dst > src ? dst : src;
  if (!expandMemory(f, far, size)) return;
  const n = Number(size);
  const from = Number(src);
  f.memory.buf.copyWithin(Number(dst), from, from + n);
}
