/** Stack opcodes: POP, PUSH0 (EIP-3855), PUSH1-PUSH32, DUP1-DUP16, SWAP1-SWAP16. */
import type { Frame } from '../frame.js';

/** POP: pops 1. */
export function pop(f: Frame): void {
  f.sp--;
}
/** PUSH0: pushes 1. */
export function push0(f: Frame): void {
  f.stack[f.sp++] = 0n;
}

/** PUSHn: pushes 1; bytes past the end of the code read as zero. */
export function makePush(n: number): (f: Frame) => void {
  return (f: Frame) => {
    const code = f.code;
    const start = f.pc;
    let v = 0n;
    let i = 0;
    while (i < n) {
      const take = Math.min(n - i, 6);
      let chunk = 0;
      for (let j = 0; j < take; j++) {
        const p = start + i + j;
        chunk = chunk * 256 + (p < code.length ? code[p]! : 0);
      }
      v = i === 0 ? BigInt(chunk) : (v << BigInt(take * 8)) | BigInt(chunk);
      i += take;
    }
    f.stack[f.sp++] = v;
    f.pc = start + n;
  };
}

/** DUPn: reads n, pushes 1. */
export function makeDup(n: number): (f: Frame) => void {
  return (f: Frame) => {
    const s = f.stack;
    s[f.sp] = s[f.sp - n]!;
    f.sp++;
  };
}

/** SWAPn: exchanges the top with the (n+1)-th item. */
export function makeSwap(n: number): (f: Frame) => void {
  return (f: Frame) => {
    const s = f.stack;
    const top = f.sp - 1;
    const t = s[top]!;
    s[top] = s[top - n]!;
    s[top - n] = t;
  };
}
