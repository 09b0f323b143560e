/**
 * Storage opcodes: SLOAD/SSTORE (EIP-2200 net metering, EIP-2929 cold slots, EIP-3529
 * refunds; Frontier rules before Istanbul) and TLOAD/TSTORE (EIP-1153).
 */
import { type Frame, OUT_OF_GAS, STATIC_WRITE, useGas } from '../frame.js';

/** SLOAD: pops 1, pushes 1. */
export function sload(f: Frame): void {
  const key = f.stack[f.sp - 1]!;
  const { rules, world } = f.ctx;
  const addr = f.msg.address;
  const cost = rules.accessLists && !world.warmSlot(addr, key) ? rules.sloadCold : rules.sloadWarm;
  if (!useGas(f, cost)) return;
  f.stack[f.sp - 1] = world.sload(world.get(addr), key);
}

/** SSTORE: pops 2. */
export function sstore(f: Frame): void {
  if (f.msg.isStatic) {
    f.status = STATIC_WRITE;
    return;
  }
  const s = f.stack;
  const sp = (f.sp -= 2);
  const key = s[sp + 1]!;
  const value = s[sp]!;
  const { rules, world } = f.ctx;
  const acct = world.get(f.msg.address);
  const current = world.sload(acct, key);
  if (!rules.sstoreNetMetering) {
    const cost = current === 0n && value !== 0n ? 20000 : 5000;
    if (!useGas(f, cost)) return;
    if (current !== 0n && value === 0n) world.addRefund(rules.sstoreClearRefund);
    world.sstore(acct, key, value);
    return;
  }
  if (f.gas <= 2300) {
    f.status = OUT_OF_GAS;
    return;
  }
  const original = world.originalValue(acct, key);
  let cost = 0;
  const warm = rules.sloadWarm;
  if (rules.accessLists && !world.warmSlot(f.msg.address, key)) cost += rules.sloadCold;
  const reset = 5000 - (rules.accessLists ? rules.sloadCold : 0);
  if (original === current && current !== value) cost += original === 0n ? 20000 : reset;
  else cost += warm;
  if (current !== value) {
    const clear = rules.sstoreClearRefund;
    if (original !== 0n && current !== 0n && value === 0n) world.addRefund(clear);
    if (original !== 0n && current === 0n) world.addRefund(-clear);
    if (original === value) world.addRefund(original === 0n ? 20000 - warm : reset - warm);
  }
  if (!useGas(f, cost)) return;
  world.sstore(acct, key, value);
}

/** TLOAD: pops 1, pushes 1. */
export function tload(f: Frame): void {
  f.stack[f.sp - 1] = f.ctx.world.tload(f.msg.address, f.stack[f.sp - 1]!);
}

/** TSTORE: pops 2. */
export function tstore(f: Frame): void {
  if (f.msg.isStatic) {
    f.status = STATIC_WRITE;
    return;
  }
  const s = f.stack;
  const sp = (f.sp -= 2);
  f.ctx.world.tstore(f.msg.address, s[sp + 1]!, s[sp]!);
}
