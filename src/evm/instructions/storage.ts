/**
 * Storage opcodes: SLOAD/SSTORE (EIP-1283 net metering in Constantinople, EIP-2200 from
 * Istanbul, EIP-2929 cold slots, EIP-3529 refunds; Frontier rules otherwise) and
 * TLOAD/TSTORE (EIP-1153). The numbers are the fork's (fork-rules.ts).
 */
import { type Frame, gasError, STATIC_WRITE, useGas } from '../frame.js';
import { big } from '../stack-word.js';
import type { Account } from '../world-state.js';

/** SLOAD: pops 1, pushes 1. */
export function sload(f: Frame): void {
  const key = big(f.stack[f.sp - 1]!);
  const { rules, world } = f.ctx;
  const addr = f.msg.address;
  // Before Berlin the fork's flat cost is the static gas; from Berlin all is dynamic.
  if (rules.accessLists) {
    const cost = world.warmSlot(addr, key)
      ? rules.warmReadCost
      : rules.warmReadCost + rules.coldSlotSurcharge;
    if (!useGas(f, cost)) return;
  }
  f.stack[f.sp - 1] = world.sload(world.get(addr), key);
}

/**
 * SSTORE: pops 2. As geth: the sentry check, then the cost and refunds, the charge, and
 * the static-context check last (part of execution there).
 */
export function sstore(f: Frame): void {
  const s = f.stack;
  const sp = (f.sp -= 2);
  const key = big(s[sp + 1]!);
  const value = big(s[sp]!);
  const { rules, world } = f.ctx;
  const acct = world.get(f.msg.address);
  const current = world.sload(acct, key);
  if (rules.sstoreMetering === 'legacy') {
    const cost = current === 0n && value !== 0n ? rules.sstoreSetGas : rules.sstoreResetGas;
    if (current !== 0n && value === 0n) world.addRefund(rules.sstoreClearRefund);
    if (useGas(f, cost)) store(f, acct, key, value);
    return;
  }
  if (f.gas <= rules.sstoreSentry) {
    gasError(f, 'out of gas: not enough gas for reentrancy sentry');
    return;
  }
  const original = world.originalValue(acct, key);
  let cost = 0;
  const noop = rules.sstoreNoopGas;
  const set = rules.sstoreSetGas;
  const reset = rules.sstoreResetGas;
  if (rules.accessLists && !world.warmSlot(f.msg.address, key))
    cost += rules.coldSlotSurcharge + rules.warmReadCost;
  if (original === current && current !== value) cost += original === 0n ? set : reset;
  else cost += noop;
  if (current !== value) {
    const clear = rules.sstoreClearRefund;
    if (original !== 0n && current !== 0n && value === 0n) world.addRefund(clear);
    if (original !== 0n && current === 0n) world.addRefund(-clear);
    if (original === value) world.addRefund(original === 0n ? set - noop : reset - noop);
  }
  if (useGas(f, cost)) store(f, acct, key, value);
}

function store(f: Frame, acct: Account, key: bigint, value: bigint): void {
  if (f.msg.isStatic) f.status = STATIC_WRITE;
  else f.ctx.world.sstore(acct, key, value);
}

/** TLOAD: pops 1, pushes 1. */
export function tload(f: Frame): void {
  f.stack[f.sp - 1] = f.ctx.world.tload(f.msg.address, big(f.stack[f.sp - 1]!));
}

/** TSTORE: pops 2. */
export function tstore(f: Frame): void {
  if (f.msg.isStatic) {
    f.status = STATIC_WRITE;
    return;
  }
  const s = f.stack;
  const sp = (f.sp -= 2);
  f.ctx.world.tstore(f.msg.address, big(s[sp + 1]!), big(s[sp]!));
}
