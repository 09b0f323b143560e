/**
 * Code analysis, done once per code and fork (evmone's "advanced" analysis, simplified):
 * valid jump destinations (Yellow Paper 9.4.3), the value of every PUSH, and basic
 * blocks whose static gas and stack bounds the interpreter checks once on entry instead
 * of per instruction.
 *
 * A block starts at offset 0, at every JUMPDEST and after every instruction that ends
 * one (its row's `flow`, opcodes.ts): a terminator or a branch (an undefined opcode
 * counts as INVALID), or an instruction that reads the gas left, so that such an
 * instruction sees exactly the gas it would see when charging per instruction. Inside a block nothing but an
 * exceptional halt can stop execution early, and an exceptional halt consumes all gas, so
 * charging the block up front changes no result.
 */
import { bytesToKey } from '../state/index.js';
import { constantFolding, type Folds, foldConstants } from './fold.js';
import type { ForkName } from './fork-names.js';
import { forkRules } from './fork-rules.js';
import { OPCODE_BY_CODE, OPCODE_BY_NAME, OPCODES } from './opcodes.js';
import { small, type Word } from './stack-word.js';

export interface CodeAnalysis extends Folds {
  readonly fork: ForkName;
  /** Whether constant runs were folded into `fastOps` (fold.ts); else `fastOps` is `ops`. */
  readonly folded: boolean;
  /**
   * The code padded with 33 zero bytes (so running off the end reads STOP), with every
   * opcode undefined in this fork replaced by INVALID (0xfe).
   */
  readonly ops: Uint8Array;
  /** 1 at each offset that is a valid jump destination. */
  readonly jumpdests: Uint8Array;
  /** The value each PUSHn at an offset pushes, as a stack word (stack-word.ts; 0 elsewhere). */
  readonly pushValues: readonly Word[];
  /** Static gas of the block starting at each offset; -1 where no block starts. */
  readonly blockGas: Int32Array;
  /** Fewest stack items the block starting here needs. */
  readonly blockMinStack: Uint16Array;
  /**
   * Largest stack height on entry for which the block cannot overflow 1024; negative for a
   * block that grows the stack by more than 1024 (it overflows from any height).
   */
  readonly blockMaxStack: Int32Array;
}

const INVALID = OPCODE_BY_NAME.get('INVALID')!.code;
const JUMPDEST = OPCODE_BY_NAME.get('JUMPDEST')!.code;
/** Opcodes after which a new block starts (see the header): every row with a `flow`. */
const ENDS_BLOCK = new Uint8Array(256);
for (const row of OPCODES) if (row.flow) ENDS_BLOCK[row.code] = 1;

/** Analyses `code` for `fork`. */
export function analyseCode(code: Uint8Array, fork: ForkName): CodeAnalysis {
  const { staticGas } = forkRules(fork);
  const len = code.length;
  const ops = new Uint8Array(len + 33);
  ops.set(code);
  const jumpdests = new Uint8Array(len);
  const pushValues: Word[] = new Array<Word>(len + 1).fill(0);
  const blockGas = new Int32Array(len + 1).fill(-1);
  const blockMinStack = new Uint16Array(len + 1);
  const blockMaxStack = new Int32Array(len + 1);

  let start = 0;
  let gas = 0;
  let height = 0; // stack height relative to the block's entry
  let need = 0; // deepest item the block reads, relative to entry
  let growth = 0; // highest height the block reaches, relative to entry
  const close = (next: number) => {
    blockGas[start] = gas;
    blockMinStack[start] = need;
    blockMaxStack[start] = 1024 - growth;
    start = next;
    gas = height = need = growth = 0;
  };

  for (let pc = 0; pc < len; pc++) {
    let op = code[pc]!;
    if (op === JUMPDEST) {
      jumpdests[pc] = 1;
      if (pc !== start) close(pc);
    }
    const g = staticGas[op]!;
    const row = OPCODE_BY_CODE[op];
    if (g < 0 || !row) {
      ops[pc] = op = INVALID;
    } else {
      gas += g;
      need = Math.max(need, row.pops - height);
      height += row.pushes - row.pops;
      growth = Math.max(growth, height);
    }
    if (row && row.immediate > 0 && op !== INVALID) {
      pushValues[pc] = small(readPush(code, pc + 1, row.immediate));
      pc += row.immediate;
    }
    if (ENDS_BLOCK[op]) close(pc + 1);
  }
  close(len); // the last block
  close(len); // running off the end: an implicit STOP
  const folded = constantFolding();
  const folds = folded
    ? foldConstants(ops, len, pushValues)
    : { fastOps: ops, foldValues: pushValues, foldNext: new Int32Array(0) };
  return { fork, ops, jumpdests, pushValues, blockGas, blockMinStack, blockMaxStack, folded, ...folds };
}

/** `n` big-endian bytes at `at`, bytes past the end reading as zero. */
function readPush(code: Uint8Array, at: number, n: number): bigint {
  let v = 0n;
  for (let i = 0; i < n; i += 6) {
    const take = Math.min(n - i, 6);
    let chunk = 0;
    for (let j = 0; j < take; j++) {
      const p = at + i + j;
      chunk = chunk * 256 + (p < code.length ? code[p]! : 0);
    }
    v = (v << BigInt(take * 8)) | BigInt(chunk);
  }
  return v;
}

const cache = new Map<string, CodeAnalysis>();
const MAX_CACHED = 4096;
/** The last analysis found for a code-hash array, so that repeated calls skip the hex key. */
const byHashArray = new WeakMap<Uint8Array, CodeAnalysis>();
/**
 * The last analysis of a code array: whose hash nobody computed (runCode), or one a store
 * hands out again for each load (a new hash array each time).
 */
const byCodeArray = new WeakMap<Uint8Array, CodeAnalysis>();

/**
 * The analysis of `code` for `fork`, cached by code hash when one is given, else by the
 * identity of the code array (which must not change afterwards).
 */
export function analysisFor(
  code: Uint8Array,
  codeHash: Uint8Array | undefined,
  fork: ForkName,
): CodeAnalysis {
  if (!codeHash) {
    let a = byCodeArray.get(code);
    if (!a || a.fork !== fork || a.folded !== constantFolding())
      byCodeArray.set(code, (a = analyseCode(code, fork)));
    return a;
  }
  const last = byHashArray.get(codeHash) ?? byCodeArray.get(code);
  const fold = constantFolding();
  if (last && last.fork === fork && last.folded === fold && last.ops.length === code.length + 33) return last;
  const key = `${fork}:${bytesToKey(codeHash)}`;
  let a = cache.get(key);
  if (!a || a.folded !== fold) {
    if (cache.size >= MAX_CACHED) cache.clear();
    a = analyseCode(code, fork);
    cache.set(key, a);
  }
  byHashArray.set(codeHash, a);
  byCodeArray.set(code, a);
  return a;
}
