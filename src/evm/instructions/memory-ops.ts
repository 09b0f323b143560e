/**
 * MSIZE (0x59) and MCOPY (EIP-5656). MLOAD, MSTORE and MSTORE8 are handled inside the
 * interpreter loop.
 */
import { chargeMemory, type Frame, wordCost } from '../frame.js';
import { big } from '../stack-word.js';

/** MSIZE: pushes 1. */
export function msize(f: Frame): void {
  f.stack[f.sp++] = f.memory.size;
}
/** MCOPY: pops 3. */
export function mcopy(f: Frame): void {
  const s = f.stack;
  const sp = (f.sp -= 3);
  const dst = big(s[sp + 2]!);
  const src = big(s[sp + 1]!);
  const size = big(s[sp]!);
  // biome-ignore lint/complexity/useMathMinMax: BigInt operands (Math.max would throw).
  const far = dst > src ? dst : src;
  if (!chargeMemory(f, far, size, wordCost(size, 3)) || size === 0n) return;
  const n = Number(size);
  const from = Number(src);
  f.memory.buf.copyWithin(Number(dst), from, from + n);
}
