/** Control flow: STOP, JUMP, JUMPI, PC, GAS, JUMPDEST, RETURN, REVERT, INVALID. */
import {
  expandMemory,
  type Frame,
  INVALID_JUMP,
  INVALID_OPCODE,
  RETURNED,
  REVERTED,
  STOPPED,
} from '../frame.js';

/** STOP. */
export function stop(f: Frame): void {
  f.status = STOPPED;
}
/** JUMP: pops 1. */
export function jump(f: Frame): void {
  const dest = f.stack[--f.sp]!;
  if (dest >= BigInt(f.jumpdests.length) || f.jumpdests[Number(dest)] !== 1) {
    f.status = INVALID_JUMP;
    return;
  }
  f.pc = Number(dest);
}
/** JUMPI: pops 2. */
export function jumpi(f: Frame): void {
  const s = f.stack;
  const sp = (f.sp -= 2);
  if (s[sp] === 0n) return;
  const dest = s[sp + 1]!;
  if (dest >= BigInt(f.jumpdests.length) || f.jumpdests[Number(dest)] !== 1) {
    f.status = INVALID_JUMP;
    return;
  }
  f.pc = Number(dest);
}
/** PC: pushes 1. */
export function pc(f: Frame): void {
  f.stack[f.sp++] = BigInt(f.pc - 1);
}
/** GAS: pushes 1. */
export function gas(f: Frame): void {
  f.stack[f.sp++] = BigInt(f.gas);
}
/** JUMPDEST. */
export function jumpdest(_f: Frame): void {}

function end(f: Frame, status: number): void {
  const s = f.stack;
  const sp = (f.sp -= 2);
  const off = s[sp + 1]!;
  const size = s[sp]!;
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
