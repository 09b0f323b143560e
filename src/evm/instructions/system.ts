/**
 * System opcodes: CREATE, CREATE2 (EIP-1014, 3860), CALL, CALLCODE, DELEGATECALL,
 * STATICCALL (EIP-150 63/64 rule, stipend, EIP-2929 cold surcharge, EIP-7702 delegated
 * code) and SELFDESTRUCT (EIP-6780). CALL and CREATE do not recurse: they charge, fill
 * `frame.child` and suspend the frame; the driver (executor.ts) checks depth, balance and
 * collisions as geth's `evm.Call` / `evm.create` do, runs the child and resumes this frame.
 */
import { keccak_256 } from '../../core/keccak.js';
import { delegationTarget } from '../delegation.js';
import {
  chargeMemory,
  EMPTY,
  type Frame,
  gasError,
  gasLeft,
  type Message,
  memoryError,
  memoryExpansion,
  outOfGas,
  STATIC_WRITE,
  STOPPED,
  SUSPENDED,
  setGasLeft,
  useGas,
  wordCost,
} from '../frame.js';
import { bigIntToMinimalBytes, rlpEncode } from '../rlp.js';
import { big } from '../stack-word.js';
import { addressToBytes, bigIntToBytes32, bytesToBigInt, MAX_ADDRESS } from '../words.js';
import type { Account } from '../world-state.js';

const CALL = 0xf1;
const CALLCODE = 0xf2;
const DELEGATECALL = 0xf4;
const STATICCALL = 0xfa;
const CREATE = 0xf0;
const CREATE2 = 0xf5;

const allBut64th = (g: bigint) => g - g / 64n;

/** Whether an account counts as alive for the new-account charge. */
function alive(f: Frame, a: Account): boolean {
  return a.exists && !(f.ctx.rules.emptyIsDead && f.ctx.world.isEmpty(a));
}

/** A charge geth makes inside CALL's gas function (cold account, delegated code). */
function early(f: Frame, amount: number): boolean {
  if (f.gas < amount) return gasError(f, 'out of gas: out of gas');
  f.gas -= amount;
  return true;
}

function call(f: Frame, kind: number): void {
  const s = f.stack;
  const hasValue = kind === CALL || kind === CALLCODE;
  let sp = f.sp;
  const gasReq = big(s[--sp]!);
  const to = big(s[--sp]!) & MAX_ADDRESS;
  const value = hasValue ? big(s[--sp]!) : kind === DELEGATECALL ? f.msg.value : 0n;
  const inOff = big(s[--sp]!);
  const inSize = big(s[--sp]!);
  const outOff = big(s[--sp]!);
  const outSize = big(s[--sp]!);
  f.sp = sp;
  const { rules, world } = f.ctx;
  // geth charges the cold surcharge and the delegated code's access first, each failing as
  // "out of gas: out of gas"; then memory, value, new account and the callee's gas together.
  if (rules.accessLists && !world.warmAddress(to) && !early(f, rules.coldAccountSurcharge)) return;
  let code = world.get(to);
  if (rules.delegation) {
    // EIP-7702: a delegated account runs its target's code; loading it is an account access.
    const target = delegationTarget(code.code);
    if (target !== undefined) {
      if (!early(f, world.warmAddress(target) ? rules.warmReadCost : rules.coldAccountCost)) return;
      code = world.get(target);
    }
  }
  // The memory both ranges need (a range of size 0 needs none, whatever its offset).
  const inEnd = inSize === 0n ? 0n : inOff + inSize;
  const outEnd = outSize === 0n ? 0n : outOff + outSize;
  const end = inEnd > outEnd ? inEnd : outEnd;
  const memCost = memoryExpansion(f, 0n, end);
  if (memCost < 0) return void memoryError(f, memCost);
  const transfers = hasValue && value !== 0n;
  let extra = memCost;
  if (transfers) extra += rules.callValueCost;
  if (kind === CALL) {
    const target = world.get(to);
    if (rules.emptyIsDead ? transfers && !alive(f, target) : !target.exists)
      extra += rules.callNewAccountCost;
  }
  const left = gasLeft(f);
  let gas: bigint;
  if (rules.allButOne64th) {
    // geth's callGas: all but a 64th of what is left after the charges (wrapping below 0).
    const available = left >= BigInt(extra) ? left - BigInt(extra) : left - BigInt(extra) + (1n << 64n);
    const cap = allBut64th(available);
    // biome-ignore lint/complexity/useMathMinMax: BigInt operands (Math.min would throw).
    gas = gasReq < cap ? gasReq : cap;
  } else gas = gasReq;
  const total = BigInt(extra) + gas;
  if (left < total) return void outOfGas(f, Number(total));
  if (memCost > 0) f.memory.grow(Math.ceil(Number(end) / 32) * 32);
  const available = left - BigInt(extra);
  setGasLeft(f, available - gas);
  if (kind === CALL && transfers && f.msg.isStatic) {
    f.status = STATIC_WRITE;
    return;
  }
  const self = f.msg.address;
  f.child = {
    kind,
    caller: kind === DELEGATECALL ? f.msg.caller : self,
    address: kind === CALL || kind === STATICCALL ? to : self,
    codeAddress: to,
    value,
    // A view, not a copy: the parent's memory cannot change while the child runs.
    input: inSize === 0n ? EMPTY : f.memory.buf.subarray(Number(inOff), Number(inOff) + Number(inSize)),
    code: code.code,
    codeHash: code.codeHash,
    gas: transfers ? gas + BigInt(rules.callStipend) : gas,
    depth: f.msg.depth + 1,
    isStatic: f.msg.isStatic || kind === STATICCALL,
    isCreate: false,
    transfersValue: kind !== DELEGATECALL,
  };
  f.returnData = EMPTY;
  f.retOffset = outSize === 0n ? 0 : Number(outOff);
  f.retSize = Number(outSize);
  f.status = SUSPENDED;
}

/** CALL: pops 7, pushes 1. */
export const callOp = (f: Frame) => call(f, CALL);
/** CALLCODE: pops 7, pushes 1. */
export const callcode = (f: Frame) => call(f, CALLCODE);
/** DELEGATECALL: pops 6, pushes 1. */
export const delegatecall = (f: Frame) => call(f, DELEGATECALL);
/** STATICCALL: pops 6, pushes 1. */
export const staticcall = (f: Frame) => call(f, STATICCALL);

/** The address of a contract created by `sender` with `nonce` (CREATE). */
export function createAddress(sender: bigint, nonce: bigint): bigint {
  const rlp = rlpEncode([addressToBytes(sender), bigIntToMinimalBytes(nonce)]);
  return bytesToBigInt(keccak_256(rlp).subarray(12));
}

/** The CREATE2 address (EIP-1014). */
export function create2Address(sender: bigint, salt: bigint, initcode: Uint8Array): bigint {
  const buf = new Uint8Array(85);
  buf[0] = 0xff;
  buf.set(addressToBytes(sender), 1);
  buf.set(bigIntToBytes32(salt), 21);
  buf.set(keccak_256(initcode), 53);
  return bytesToBigInt(keccak_256(buf).subarray(12));
}

function create(f: Frame, kind: number): void {
  const s = f.stack;
  let sp = f.sp;
  const value = big(s[--sp]!);
  const off = big(s[--sp]!);
  const size = big(s[--sp]!);
  const salt = kind === CREATE2 ? big(s[--sp]!) : 0n;
  f.sp = sp;
  const { rules, world } = f.ctx;
  // geth: the EIP-3860 limit is checked by the gas function, the static context in execution.
  if (size > BigInt(rules.maxInitcodeSize))
    return void gasError(
      f,
      `out of gas: max initcode size exceeded: code size ${size} limit ${rules.maxInitcodeSize}`,
    );
  if (!chargeMemory(f, off, size, wordCost(size, rules.initcodeWordGas + (kind === CREATE2 ? 6 : 0)))) return;
  if (f.msg.isStatic) {
    f.status = STATIC_WRITE;
    return;
  }
  const initcode = size === 0n ? EMPTY : f.memory.read(Number(off), Number(size));
  const address =
    kind === CREATE2
      ? create2Address(f.msg.address, salt, initcode)
      : createAddress(f.msg.address, world.get(f.msg.address).nonce);
  const left = gasLeft(f);
  const gas = rules.allButOne64th ? allBut64th(left) : left;
  setGasLeft(f, left - gas);
  f.child = {
    kind,
    caller: f.msg.address,
    address,
    codeAddress: address,
    value,
    input: EMPTY,
    code: initcode,
    codeHash: undefined,
    gas,
    depth: f.msg.depth + 1,
    isStatic: false,
    isCreate: true,
    transfersValue: true,
  } satisfies Message;
  f.returnData = EMPTY;
  f.retOffset = 0;
  f.retSize = 0;
  f.status = SUSPENDED;
}

/** CREATE: pops 3, pushes 1. */
export const createOp = (f: Frame) => create(f, CREATE);
/** CREATE2: pops 4, pushes 1. */
export const create2 = (f: Frame) => create(f, CREATE2);

/** SELFDESTRUCT: pops 1. */
export function selfdestruct(f: Frame): void {
  const to = big(f.stack[--f.sp]!) & MAX_ADDRESS;
  const { rules, world } = f.ctx;
  let cost = rules.selfdestructGas;
  if (rules.accessLists && !world.warmAddress(to)) cost += rules.coldAccountCost;
  const self = world.get(f.msg.address);
  const beneficiary = world.get(to);
  if (rules.allButOne64th) {
    const needsNew = rules.emptyIsDead ? !alive(f, beneficiary) && self.balance !== 0n : !beneficiary.exists;
    if (needsNew) cost += rules.callNewAccountCost;
  }
  // geth adds the refund in the gas function, and checks the static context in execution.
  if (rules.selfdestructRefund > 0 && !world.destructed.has(self.address))
    world.addRefund(rules.selfdestructRefund);
  if (!useGas(f, cost)) return;
  if (f.msg.isStatic) {
    f.status = STATIC_WRITE;
    return;
  }
  const amount = self.balance;
  if (f.ctx.tracer)
    f.selfdestructed = {
      depth: f.msg.depth + 1,
      kind: 0xff,
      from: self.address,
      to,
      input: EMPTY,
      gas: 0n,
      value: amount,
    };
  if (to !== self.address) {
    world.setBalance(beneficiary, beneficiary.balance + amount);
    world.setBalance(self, 0n);
  }
  world.touch(beneficiary);
  if (!rules.selfdestructOnlyCreated || world.created.has(self.address)) {
    if (self.balance !== 0n) world.setBalance(self, 0n);
    world.markDestructed(self);
  }
  f.status = STOPPED;
}
