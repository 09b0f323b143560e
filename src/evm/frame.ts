/**
 * One call frame of the interpreter (execution-specs `vm/__init__.py` Evm + Message) and
 * the context a transaction shares across frames. A frame is plain data the handlers
 * mutate; its `status` says whether it runs, has ended (a value, not an exception), or
 * waits for a child frame (CALL/CREATE return an action to the driver, never recurse).
 */
import type { CodeAnalysis } from './analysis.js';
import type { ForkRules } from './fork-rules.js';
import { type Memory, memoryCost } from './memory.js';
import type { Precompile } from './precompiles-link.js';
import type { Word } from './stack-word.js';
import type { TraceEnter, Tracer } from './tracer.js';
import type { WorldState } from './world-state.js';

// Frame status. Values >= HALT_BASE are exceptional halts: all gas is consumed.
export const RUNNING = 0;
export const STOPPED = 1;
export const RETURNED = 2;
export const REVERTED = 3;
/** Waiting for the child frame described by `frame.child`. */
export const SUSPENDED = 4;
// A CALL or CREATE that did not start its frame: the gas given to it is returned.
export const DEPTH_EXCEEDED = 5;
export const INSUFFICIENT_BALANCE = 6;
export const NONCE_OVERFLOW = 7;
export const HALT_BASE = 16;
export const OUT_OF_GAS = 16;
export const STACK_UNDERFLOW = 17;
export const STACK_OVERFLOW = 18;
export const INVALID_OPCODE = 19;
export const INVALID_JUMP = 20;
export const STATIC_WRITE = 21;
export const RETURNDATA_OUT_OF_BOUNDS = 22;
export const INVALID_CONTRACT_PREFIX = 23;
export const CODE_SIZE_EXCEEDED = 24;
export const CREATE_COLLISION = 25;
export const PRECOMPILE_FAILED = 26;
export const INITCODE_SIZE_EXCEEDED = 27;

export const HALT_NAMES: Readonly<Record<number, string>> = {
  [DEPTH_EXCEEDED]: 'CallDepthExceeded',
  [INSUFFICIENT_BALANCE]: 'InsufficientBalance',
  [NONCE_OVERFLOW]: 'NonceOverflow',
  [OUT_OF_GAS]: 'OutOfGas',
  [STACK_UNDERFLOW]: 'StackUnderflow',
  [STACK_OVERFLOW]: 'StackOverflow',
  [INVALID_OPCODE]: 'InvalidOpcode',
  [INVALID_JUMP]: 'InvalidJump',
  [STATIC_WRITE]: 'WriteInStaticContext',
  [RETURNDATA_OUT_OF_BOUNDS]: 'ReturnDataOutOfBounds',
  [INVALID_CONTRACT_PREFIX]: 'InvalidContractPrefix',
  [CODE_SIZE_EXCEEDED]: 'CodeSizeExceeded',
  [CREATE_COLLISION]: 'CreateCollision',
  [PRECOMPILE_FAILED]: 'PrecompileFailed',
  [INITCODE_SIZE_EXCEEDED]: 'InitcodeSizeExceeded',
};

export interface BlockEnv {
  coinbase: bigint;
  number: bigint;
  timestamp: bigint;
  gasLimit: bigint;
  baseFee: bigint;
  /** PREVRANDAO after the merge, DIFFICULTY before. */
  prevRandao: bigint;
  difficulty: bigint;
  chainId: bigint;
  blobBaseFee: bigint;
  /** Hash of block `n` (only asked for the 256 blocks before `number`). */
  blockHash(n: bigint): bigint;
}

export interface TxEnv {
  origin: bigint;
  gasPrice: bigint;
  blobHashes: readonly bigint[];
}

/** What a transaction's frames share. */
export interface ExecContext {
  readonly rules: ForkRules;
  readonly world: WorldState;
  readonly block: BlockEnv;
  readonly tx: TxEnv;
  readonly precompiles: ReadonlyMap<bigint, Precompile>;
  readonly tracer: Tracer | undefined;
}

export interface Message {
  /** The opcode that sent it (CALL 0xf1, CALLCODE, DELEGATECALL, STATICCALL, CREATE, CREATE2). */
  kind: number;
  caller: bigint;
  /** The account whose storage and balance the code acts on. */
  address: bigint;
  /** The account whose code runs (differs for CALLCODE and DELEGATECALL). */
  codeAddress: bigint;
  value: bigint;
  input: Uint8Array;
  code: Uint8Array;
  codeHash: Uint8Array | undefined;
  /** Gas given to the frame (a BigInt: synthetic tests give limits above 2^53). */
  gas: bigint;
  depth: number;
  isStatic: boolean;
  isCreate: boolean;
  /** False for DELEGATECALL (value is inherited, not moved). */
  transfersValue: boolean;
}

export class Frame {
  readonly ctx: ExecContext;
  readonly msg: Message;
  readonly code: Uint8Array;
  readonly analysis: CodeAnalysis;
  pc = 0;
  /** Gas left, as a number the interpreter counts down; see `gasHigh`. */
  gas: number;
  /**
   * Gas left beyond `gas`. Non-zero only when more than GAS_CHUNK is left (limits above
   * 2^53 in synthetic tests): `gas` then holds GAS_CHUNK, which no frame can spend, and the
   * total is exact. Read and set the total with `gasLeft` and `setGasLeft`.
   */
  gasHigh = 0n;
  /** Stack words, a BigInt or a small number each (stack-word.ts). */
  readonly stack: Word[];
  sp = 0;
  readonly memory: Memory;
  returnData: Uint8Array = EMPTY;
  status = RUNNING;
  output: Uint8Array = EMPTY;
  /** World-state checkpoint taken when the frame started. */
  checkpoint = 0;
  /** The child to start when `status` is SUSPENDED, and where its output goes. */
  child: Message | undefined;
  retOffset = 0;
  retSize = 0;
  /**
   * Set when the frame runs out of gas, for the tracer: the charge that failed (-1: geth's
   * gas function failed, report the static cost only) and geth's error text.
   */
  failCost = 0;
  failError: string | undefined;
  /** Set by a traced SELFDESTRUCT: the transfer geth reports as a call frame. */
  selfdestructed: TraceEnter | undefined;

  constructor(ctx: ExecContext, msg: Message, analysis: CodeAnalysis, stack: Word[], memory: Memory) {
    this.memory = memory;
    this.ctx = ctx;
    this.msg = msg;
    this.code = msg.code;
    this.gas = 0;
    setGasLeft(this, msg.gas);
    this.analysis = analysis;
    this.stack = stack;
  }
}

export const EMPTY = new Uint8Array(0);

/** The most gas a frame keeps as a number (2^52, exact in a float64). */
const GAS_CHUNK = 2 ** 52;
const GAS_CHUNK_BIG = BigInt(GAS_CHUNK);

/** The exact gas a frame has left. */
export function gasLeft(f: Frame): bigint {
  return f.gasHigh === 0n ? BigInt(f.gas) : f.gasHigh + BigInt(f.gas);
}

/** Sets the gas a frame has left. */
export function setGasLeft(f: Frame, total: bigint): void {
  if (total > GAS_CHUNK_BIG) {
    f.gas = GAS_CHUNK;
    f.gasHigh = total - GAS_CHUNK_BIG;
  } else {
    f.gas = Number(total);
    f.gasHigh = 0n;
  }
}

/**
 * Halts the frame with OutOfGas for lack of `amount`: the tracer reports what the
 * instruction charged before plus `amount` as its dynamic cost (geth's "out of gas").
 */
export function outOfGas(f: Frame, amount: number): false {
  f.status = OUT_OF_GAS;
  f.failCost = amount;
  f.failError = undefined;
  return false;
}

/**
 * Halts the frame with OutOfGas where geth's dynamic-gas function fails with `error`
 * rather than running short: geth then reports only the static cost.
 */
export function gasError(f: Frame, error: string): false {
  f.status = OUT_OF_GAS;
  f.failCost = -1;
  f.failError = error;
  return false;
}

/** Charges `amount` gas; on shortage halts the frame with OutOfGas and returns false. */
export function useGas(f: Frame, amount: number): boolean {
  if (f.gas < amount) return outOfGas(f, amount);
  f.gas -= amount;
  return true;
}

const U64 = 1n << 64n;
/** geth prices memory up to this size; beyond it, its cost function fails. */
const GETH_MEMORY_LIMIT = 0x1f_ffff_ffe0n;
/** Largest memory we allocate; no transaction could pay for more (3.5e13 gas at the limit). */
const MEMORY_LIMIT = 0x1_0000_0000;
/** geth's error for a memory range whose end does not fit 64 bits (checked before any gas). */
export const GAS_UINT_OVERFLOW = 'gas uint64 overflow';

/**
 * The gas to expand memory over [offset, offset + size) (0 when it is already covered or
 * size is 0). -1: the end does not fit 64 bits; -2: the end is beyond what geth prices.
 */
export function memoryExpansion(f: Frame, offset: bigint, size: bigint): number {
  if (size === 0n) return 0;
  const end = offset + size;
  if (end >= U64 - 31n || size >= U64) return -1;
  const mem = f.memory;
  if (end <= BigInt(mem.size)) return 0;
  const words = (end + 31n) / 32n;
  if (words * 32n > GETH_MEMORY_LIMIT) return -2;
  const w = Number(words);
  const old = mem.size / 32;
  if (w <= 0x3ff_ffff) return memoryCost(w) - memoryCost(old);
  // Beyond 2^26 words w * w loses precision in a float: only failing ranges get here.
  return Number(3n * words + (words * words) / 512n) - memoryCost(old);
}

/**
 * Charges `extra` gas plus the memory expansion for [offset, offset + size) in one charge
 * (as geth charges an instruction's dynamic gas), then grows memory. Returns false (and
 * halts) when out of gas.
 */
export function chargeMemory(f: Frame, offset: bigint, size: bigint, extra: number): boolean {
  if (size === 0n) return useGas(f, extra);
  if (offset < HALF_SMALL && size < HALF_SMALL) return growMemory(f, Number(offset) + Number(size), extra);
  const cost = memoryExpansion(f, offset, size);
  if (cost < 0) return memoryError(f, cost);
  if (!useGas(f, cost + extra)) return false;
  if (cost > 0) {
    const end = Number(offset + size);
    if (end > MEMORY_LIMIT) return outOfGas(f, cost + extra);
    f.memory.grow(Math.ceil(end / 32) * 32);
  }
  return true;
}

/** The halt for a `memoryExpansion` result below 0, with geth's error text. */
export function memoryError(f: Frame, cost: number): false {
  return gasError(f, cost === -1 ? GAS_UINT_OVERFLOW : `out of gas: ${GAS_UINT_OVERFLOW}`);
}

/** Ends below this take the number path of `growMemory`: (end / 32)^2 stays exact in a float. */
export const SMALL_MEMORY_END = 0x8000_0000;
const HALF_SMALL = BigInt(SMALL_MEMORY_END / 2);

/**
 * Charges `extra` plus the expansion of memory to `end` bytes (0 <= end < SMALL_MEMORY_END)
 * and grows it: the same gas as `chargeMemory`, in float arithmetic.
 */
export function growMemory(f: Frame, end: number, extra = 0): boolean {
  const mem = f.memory;
  if (end <= mem.size) return useGas(f, extra);
  const words = Math.ceil(end / 32);
  const cost = memoryCost(words) - memoryCost(mem.size / 32) + extra;
  if (f.gas < cost) return outOfGas(f, cost);
  f.gas -= cost;
  mem.grow(words * 32);
  return true;
}

/** Charges memory expansion for the range [offset, offset+size) and grows memory. */
export function expandMemory(f: Frame, offset: bigint, size: bigint): boolean {
  return chargeMemory(f, offset, size, 0);
}

/** Gas for `perWord` per 32-byte word of `size` bytes (copies, hashing, initcode). */
export function wordCost(size: bigint, perWord: number): number {
  return size > 0xffff_ffffn ? Number((size + 31n) / 32n) * perWord : perWord * Math.ceil(Number(size) / 32);
}
