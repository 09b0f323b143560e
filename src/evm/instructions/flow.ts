/**
 * RETURN, REVERT and INVALID. The other control-flow opcodes (STOP, JUMP, JUMPI, PC,
 * GAS, JUMPDEST) are handled inside the interpreter loop.
 */
import { expandMemory, type Frame, INVALID_OPCODE, RETURNED, REVERTED } from '../frame.js';
import { big } from '../stack-word.js';

function end(f: Frame, status: number): void {
  const s = f.stack;
  const sp = (f.sp -= 2);
  const off = big(s[sp + 1]!);
  const size = big(s[sp]!);
  if (!expandMemory(f, off, size)) return;
  f.output = size === 0n ? f.output : f.memory.read(Number(off), Number(size));
  f.status = status;
}
/** RETURN: pops 2. */
export const ret = (f: Frame) => end(f, RETURNED);
/** REVERT: pops 2. */
export const revert = (f: Frame) => end(f, REVERTED);
/** INVALID (0xfe) and every undefined opcode. */
export function invalid(f: Frame): void {
  f.status = INVALID_OPCODE;
}
