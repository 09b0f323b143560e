/**
 * KECCAK256 and the environment opcodes 0x30-0x3f, 0x47 (EIP-2929 warm/cold account
 * access, EIP-1052 EXTCODEHASH, EIP-211 RETURNDATA*, EIP-1884 SELFBALANCE).
 */
import { keccak_256 } from '../../core/keccak.js';
import { chargeMemory, type Frame, RETURNDATA_OUT_OF_BOUNDS, useGas, wordCost } from '../frame.js';
import { big, type Word } from '../stack-word.js';
import { bytesToBigInt, MAX_ADDRESS, readWord } from '../words.js';
import { codeHashOf } from '../world-state.js';

/**
 * Charges the EIP-2929 cold surcharge of an account access (the warm cost, or the fork's
 * flat cost before Berlin, is the opcode's static gas).
 */
export function accessAccount(f: Frame, address: bigint): boolean {
  const r = f.ctx.rules;
  if (!r.accessLists || f.ctx.world.warmAddress(address)) return true;
  return useGas(f, r.coldAccountSurcharge);
}

/**
 * Hashes of short inputs (mapping and array slots: one or two words), remembered because
 * contracts hash the same slot keys over and over.
 */
const shortHashes = new Map<string, bigint>();
const SHORT_INPUT = 64;
const MAX_REMEMBERED = 4096;

function keccakWord(input: Uint8Array): bigint {
  if (input.length > SHORT_INPUT) return bytesToBigInt(keccak_256(input));
  const key = String.fromCharCode.apply(null, input as unknown as number[]);
  let h = shortHashes.get(key);
  if (h === undefined) {
    if (shortHashes.size >= MAX_REMEMBERED) shortHashes.clear();
    h = bytesToBigInt(keccak_256(input));
    shortHashes.set(key, h);
  }
  return h;
}

/** KECCAK256: pops 2, pushes 1. */
export function keccak(f: Frame): void {
  const s = f.stack;
  const off = big(s[f.sp - 1]!);
  const size = big(s[f.sp - 2]!);
  if (!chargeMemory(f, off, size, wordCost(size, 6))) return;
  const n = Number(size);
  const o = n === 0 ? 0 : Number(off);
  f.sp--;
  s[f.sp - 1] = keccakWord(f.memory.buf.subarray(o, o + n));
}

function push(f: Frame, v: Word): void {
  f.stack[f.sp++] = v;
}

/** ADDRESS: pushes 1. */
export const address = (f: Frame) => push(f, f.msg.address);
/** ORIGIN: pushes 1. */
export const origin = (f: Frame) => push(f, f.ctx.tx.origin);
/** CALLER: pushes 1. */
export const caller = (f: Frame) => push(f, f.msg.caller);
/** CALLVALUE: pushes 1. */
export const callvalue = (f: Frame) => push(f, f.msg.value);
/** CALLDATASIZE: pushes 1. */
export const calldatasize = (f: Frame) => push(f, f.msg.input.length);
/** CODESIZE: pushes 1. */
export const codesize = (f: Frame) => push(f, f.code.length);
/** GASPRICE: pushes 1. */
export const gasprice = (f: Frame) => push(f, f.ctx.tx.gasPrice);
/** RETURNDATASIZE: pushes 1. */
export const returndatasize = (f: Frame) => push(f, f.returnData.length);
/** SELFBALANCE: pushes 1. */
export const selfbalance = (f: Frame) => push(f, f.ctx.world.get(f.msg.address).balance);

/** BALANCE: pops 1, pushes 1. */
export function balance(f: Frame): void {
  const a = big(f.stack[f.sp - 1]!) & MAX_ADDRESS;
  if (!accessAccount(f, a)) return;
  f.stack[f.sp - 1] = f.ctx.world.get(a).balance;
}

/** CALLDATALOAD: pops 1, pushes 1. */
export function calldataload(f: Frame): void {
  const i = big(f.stack[f.sp - 1]!);
  const input = f.msg.input;
  f.stack[f.sp - 1] = i >= BigInt(input.length) ? 0n : readWord(input, Number(i));
}

/** Shared by CALLDATACOPY, CODECOPY, EXTCODECOPY and RETURNDATACOPY: pops 3. */
function copyTo(f: Frame, src: Uint8Array, extra = 0): void {
  const s = f.stack;
  const sp = (f.sp -= 3);
  const memOff = big(s[sp + 2]!);
  const srcOff = big(s[sp + 1]!);
  const size = big(s[sp]!);
  if (!chargeMemory(f, memOff, size, wordCost(size, 3) + extra)) return;
  if (size === 0n) return;
  const from = srcOff > 0xffffffffn ? src.length : Number(srcOff);
  f.memory.writePadded(Number(memOff), src, from, Number(size));
}

/** CALLDATACOPY: pops 3. */
export const calldatacopy = (f: Frame) => copyTo(f, f.msg.input);
/** CODECOPY: pops 3. */
export const codecopy = (f: Frame) => copyTo(f, f.code);

/** RETURNDATACOPY: pops 3; reading past the return data halts (EIP-211). */
export function returndatacopy(f: Frame): void {
  const s = f.stack;
  const sp = (f.sp -= 3);
  const memOff = big(s[sp + 2]!);
  const srcOff = big(s[sp + 1]!);
  const size = big(s[sp]!);
  // Gas first, then the bounds check (geth: the check is part of execution).
  if (!chargeMemory(f, memOff, size, wordCost(size, 3))) return;
  if (srcOff + size > BigInt(f.returnData.length)) {
    f.status = RETURNDATA_OUT_OF_BOUNDS;
    return;
  }
  if (size !== 0n) f.memory.writePadded(Number(memOff), f.returnData, Number(srcOff), Number(size));
}

/** EXTCODESIZE: pops 1, pushes 1. */
export function extcodesize(f: Frame): void {
  const a = big(f.stack[f.sp - 1]!) & MAX_ADDRESS;
  if (!accessAccount(f, a)) return;
  f.stack[f.sp - 1] = BigInt(f.ctx.world.get(a).code.length);
}

/** EXTCODECOPY: pops 4; memory, copy and the cold surcharge in one charge (as geth). */
export function extcodecopy(f: Frame): void {
  const a = big(f.stack[--f.sp]!) & MAX_ADDRESS;
  const r = f.ctx.rules;
  const cold = r.accessLists && !f.ctx.world.warmAddress(a) ? r.coldAccountSurcharge : 0;
  copyTo(f, f.ctx.world.get(a).code, cold);
}

/** EXTCODEHASH: pops 1, pushes 1; 0 for an empty or absent account. */
export function extcodehash(f: Frame): void {
  const a = big(f.stack[f.sp - 1]!) & MAX_ADDRESS;
  if (!accessAccount(f, a)) return;
  const w = f.ctx.world;
  const acct = w.get(a);
  f.stack[f.sp - 1] = !acct.exists || w.isEmpty(acct) ? 0n : bytesToBigInt(codeHashOf(acct));
}
