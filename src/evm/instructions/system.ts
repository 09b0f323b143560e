/**
 * System opcodes: CREATE, CREATE2 (EIP-1014, 3860), CALL, CALLCODE, DELEGATECALL,
 * STATICCALL (EIP-150 63/64 rule, stipend, depth 1024) and SELFDESTRUCT (EIP-6780).
 * CALL and CREATE do not recurse: they fill `frame.child` and suspend the frame; the
 * driver (executor.ts) runs the child and resumes this frame with its result.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import {
  EMPTY,
  expandMemory,
  type Frame,
  gasLeft,
  type Message,
  OUT_OF_GAS,
  STATIC_WRITE,
  STOPPED,
  SUSPENDED,
  setGasLeft,
  useGas,
} from '../frame.js';
import { bigIntToMinimalBytes, rlpEncode } from '../rlp.js';
import { addressToBytes, bigIntToBytes32, bytesToBigInt, MAX_ADDRESS } from '../words.js';
import type { Account } from '../world-state.js';

const MAX_DEPTH = 1024;
const MAX_NONCE = (1n << 64n) - 1n;
const CALL_VALUE_COST = 9000;
const NEW_ACCOUNT_COST = 25000;
const STIPEND = 2300n;

const allBut64th = (g: bigint) => g - g / 64n;

/** Whether an account counts as alive for the new-account charge. */
function alive(f: Frame, a: Account): boolean {
  return a.exists && !(f.ctx.rules.emptyIsDead && f.ctx.world.isEmpty(a));
}

const KIND_CALL = 0;
const KIND_CALLCODE = 1;
const KIND_DELEGATECALL = 2;
const KIND_STATICCALL = 3;

function call(f: Frame, kind: number): void {
  const s = f.stack;
  const hasValue = kind === KIND_CALL || kind === KIND_CALLCODE;
  let sp = f.sp;
  const gasReq = s[--sp]!;
  const to = s[--sp]! & MAX_ADDRESS;
  const value = hasValue ? s[--sp]! : kind === KIND_DELEGATECALL ? f.msg.value : 0n;
  const inOff = s[--sp]!;
  const inSize = s[--sp]!;
  const outOff = s[--sp]!;
  const outSize = s[--sp]!;
  f.sp = sp;
  if (!expandMemory(f, inOff, inSize) || !expandMemory(f, outOff, outSize)) return;
  const { rules, world } = f.ctx;
  let extra = rules.accessLists
    ? world.warmAddress(to)
      ? rules.warmAccount
      : rules.coldAccount
    : rules.callCost;
  const transfers = hasValue && value !== 0n;
  if (transfers) extra += CALL_VALUE_COST;
  if (kind === KIND_CALL) {
    const target = world.get(to);
    if (rules.emptyIsDead ? transfers && !alive(f, target) : !target.exists) extra += NEW_ACCOUNT_COST;
  }
  const left = gasLeft(f);
  if (left < BigInt(extra)) {
    f.status = OUT_OF_GAS;
    return;
  }
  const available = left - BigInt(extra);
  let gas: bigint;
  if (rules.allButOne64th) {
    const cap = allBut64th(available);
    // biome-ignore lint/complexity/useMathMinMax: BigInt operands (Math.min would throw).
    gas = gasReq < cap ? gasReq : cap;
  } else {
    if (gasReq > available) {
      f.status = OUT_OF_GAS;
      return;
    }
    gas = gasReq;
  }
  setGasLeft(f, available - gas);
  if (kind === KIND_CALL && transfers && f.msg.isStatic) {
    f.status = STATIC_WRITE;
    return;
  }
  const childGas = transfers ? gas + STIPEND : gas;
  f.returnData = EMPTY;
  if ((hasValue && world.get(f.msg.address).balance < value) || f.msg.depth + 1 > MAX_DEPTH) {
    setGasLeft(f, gasLeft(f) + childGas);
    s[f.sp++] = 0n;
    return;
  }
  const code = world.get(to);
  const self = f.msg.address;
  const child: Message = {
    caller: kind === KIND_DELEGATECALL ? f.msg.caller : self,
    address: kind === KIND_CALL || kind === KIND_STATICCALL ? to : self,
    codeAddress: to,
    value,
    // A view, not a copy: the parent's memory cannot change while the child runs.
    input: inSize === 0n ? EMPTY : f.memory.buf.subarray(Number(inOff), Number(inOff) + Number(inSize)),
    code: code.code,
    codeHash: code.codeHash,
    gas: childGas,
    depth: f.msg.depth + 1,
    isStatic: f.msg.isStatic || kind === KIND_STATICCALL,
    isCreate: false,
    transfersValue: kind !== KIND_DELEGATECALL,
  };
  f.retOffset = outSize === 0n ? 0 : Number(outOff);
  f.retSize = Number(outSize);
  f.child = child;
  f.status = SUSPENDED;
}

/** CALL: pops 7, pushes 1. */
export const callOp = (f: Frame) => call(f, KIND_CALL);
/** CALLCODE: pops 7, pushes 1. */
export const callcode = (f: Frame) => call(f, KIND_CALLCODE);
/** DELEGATECALL: pops 6, pushes 1. */
export const delegatecall = (f: Frame) => call(f, KIND_DELEGATECALL);
/** STATICCALL: pops 6, pushes 1. */
export const staticcall = (f: Frame) => call(f, KIND_STATICCALL);

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

function create(f: Frame, isCreate2: boolean): void {
  const s = f.stack;
  let sp = f.sp;
  const value = s[--sp]!;
  const off = s[--sp]!;
  const size = s[--sp]!;
  const salt = isCreate2 ? s[--sp]! : 0n;
  f.sp = sp;
  if (f.msg.isStatic) {
    f.status = STATIC_WRITE;
    return;
  }
  const { rules, world } = f.ctx;
  if (size > BigInt(rules.maxInitcodeSize)) {
    f.status = OUT_OF_GAS;
    return;
  }
  if (!expandMemory(f, off, size)) return;
  const words = Math.ceil(Number(size) / 32);
  const wordCost = (rules.maxInitcodeSize < Number.MAX_SAFE_INTEGER ? 2 : 0) + (isCreate2 ? 6 : 0);
  if (!useGas(f, wordCost * words)) return;
  const initcode = size === 0n ? EMPTY : f.memory.read(Number(off), Number(size));
  const sender = world.get(f.msg.address);
  const address = isCreate2
    ? create2Address(f.msg.address, salt, initcode)
    : createAddress(f.msg.address, sender.nonce);
  if (rules.accessLists) world.warmAddress(address);
  const left = gasLeft(f);
  const gas = rules.allButOne64th ? allBut64th(left) : left;
  setGasLeft(f, left - gas);
  f.returnData = EMPTY;
  if (sender.balance < value || sender.nonce === MAX_NONCE || f.msg.depth + 1 > MAX_DEPTH) {
    setGasLeft(f, left);
    s[f.sp++] = 0n;
    return;
  }
  world.setNonce(sender, sender.nonce + 1n);
  const target = world.get(address);
  if (target.nonce !== 0n || target.code.length > 0 || world.hasStorage(target)) {
    s[f.sp++] = 0n;
    return;
  }
  f.child = {
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
  };
  f.retOffset = 0;
  f.retSize = 0;
  f.status = SUSPENDED;
}

/** CREATE: pops 3, pushes 1. */
export const createOp = (f: Frame) => create(f, false);
/** CREATE2: pops 4, pushes 1. */
export const create2 = (f: Frame) => create(f, true);

/** SELFDESTRUCT: pops 1. */
export function selfdestruct(f: Frame): void {
  if (f.msg.isStatic) {
    f.status = STATIC_WRITE;
    return;
  }
  const to = f.stack[--f.sp]! & MAX_ADDRESS;
  const { rules, world } = f.ctx;
  let cost = rules.selfdestructCost;
  if (rules.accessLists && !world.warmAddress(to)) cost += rules.coldAccount;
  const self = world.get(f.msg.address);
  const beneficiary = world.get(to);
  if (rules.allButOne64th) {
    const needsNew = rules.emptyIsDead ? !alive(f, beneficiary) && self.balance !== 0n : !beneficiary.exists;
    if (needsNew) cost += NEW_ACCOUNT_COST;
  }
  if (!useGas(f, cost)) return;
  if (rules.selfdestructRefund > 0 && !world.destructed.has(self.address))
    world.addRefund(rules.selfdestructRefund);
  const amount = self.balance;
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
