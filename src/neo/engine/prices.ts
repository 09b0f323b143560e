/**
 * Fees (neo `ApplicationEngine.OpCodePrices.cs`, `ApplicationEngine.cs`): the price of every
 * opcode in fee units, multiplied by the execution fee factor before each instruction. Fees
 * are kept in picoGAS (FEE_FACTOR = 10,000 per datoshi, from Faun) and reported in datoshi
 * rounded up. `TEST_MODE_GAS` is neo's test-mode limit (20 GAS), `MAX_GAS_INVOKE` the RPC
 * server's default `MaxGasInvoke` (10 GAS).
 */
import { OPCODES } from '../../neovm/index.js';

export const FEE_FACTOR = 10000;
export const TEST_MODE_GAS = 20_00000000n;
export const MAX_GAS_INVOKE = 10_00000000n;
export const DEFAULT_EXEC_FEE_FACTOR = 30;
export const DEFAULT_STORAGE_PRICE = 100000;
export const CHECK_SIG_PRICE = 1 << 15;

/** Price in fee units by opcode name; every opcode has one. */
// biome-ignore format: one line per opcode group, as neo lists them
export const OPCODE_PRICES: Readonly<Record<string, number>> = {
  PUSHINT8: 1, PUSHINT16: 1, PUSHINT32: 1, PUSHINT64: 1, PUSHINT128: 1 << 2, PUSHINT256: 1 << 2,
  PUSHT: 1, PUSHF: 1, PUSHA: 1 << 2, PUSHNULL: 1,
  PUSHDATA1: 1 << 3, PUSHDATA2: 1 << 9, PUSHDATA4: 1 << 12,
  PUSHM1: 1, PUSH0: 1, PUSH1: 1, PUSH2: 1, PUSH3: 1, PUSH4: 1, PUSH5: 1, PUSH6: 1, PUSH7: 1, PUSH8: 1,
  PUSH9: 1, PUSH10: 1, PUSH11: 1, PUSH12: 1, PUSH13: 1, PUSH14: 1, PUSH15: 1, PUSH16: 1,
  NOP: 1,
  JMP: 1 << 1, JMP_L: 1 << 1, JMPIF: 1 << 1, JMPIF_L: 1 << 1, JMPIFNOT: 1 << 1, JMPIFNOT_L: 1 << 1,
  JMPEQ: 1 << 1, JMPEQ_L: 1 << 1, JMPNE: 1 << 1, JMPNE_L: 1 << 1, JMPGT: 1 << 1, JMPGT_L: 1 << 1,
  JMPGE: 1 << 1, JMPGE_L: 1 << 1, JMPLT: 1 << 1, JMPLT_L: 1 << 1, JMPLE: 1 << 1, JMPLE_L: 1 << 1,
  CALL: 1 << 9, CALL_L: 1 << 9, CALLA: 1 << 9, CALLT: 1 << 15,
  ABORT: 0, ABORTMSG: 0, ASSERT: 1, ASSERTMSG: 1, THROW: 1 << 9,
  TRY: 1 << 2, TRY_L: 1 << 2, ENDTRY: 1 << 2, ENDTRY_L: 1 << 2, ENDFINALLY: 1 << 2,
  RET: 0, SYSCALL: 0,
  DEPTH: 1 << 1, DROP: 1 << 1, NIP: 1 << 1, XDROP: 1 << 4, CLEAR: 1 << 4, DUP: 1 << 1, OVER: 1 << 1,
  PICK: 1 << 1, TUCK: 1 << 1, SWAP: 1 << 1, ROT: 1 << 1, ROLL: 1 << 4, REVERSE3: 1 << 1,
  REVERSE4: 1 << 1, REVERSEN: 1 << 4,
  INITSSLOT: 1 << 4, INITSLOT: 1 << 6,
  LDSFLD0: 1 << 1, LDSFLD1: 1 << 1, LDSFLD2: 1 << 1, LDSFLD3: 1 << 1, LDSFLD4: 1 << 1, LDSFLD5: 1 << 1,
  LDSFLD6: 1 << 1, LDSFLD: 1 << 1,
  STSFLD0: 1 << 1, STSFLD1: 1 << 1, STSFLD2: 1 << 1, STSFLD3: 1 << 1, STSFLD4: 1 << 1, STSFLD5: 1 << 1,
  STSFLD6: 1 << 1, STSFLD: 1 << 1,
  LDLOC0: 1 << 1, LDLOC1: 1 << 1, LDLOC2: 1 << 1, LDLOC3: 1 << 1, LDLOC4: 1 << 1, LDLOC5: 1 << 1,
  LDLOC6: 1 << 1, LDLOC: 1 << 1,
  STLOC0: 1 << 1, STLOC1: 1 << 1, STLOC2: 1 << 1, STLOC3: 1 << 1, STLOC4: 1 << 1, STLOC5: 1 << 1,
  STLOC6: 1 << 1, STLOC: 1 << 1,
  LDARG0: 1 << 1, LDARG1: 1 << 1, LDARG2: 1 << 1, LDARG3: 1 << 1, LDARG4: 1 << 1, LDARG5: 1 << 1,
  LDARG6: 1 << 1, LDARG: 1 << 1,
  STARG0: 1 << 1, STARG1: 1 << 1, STARG2: 1 << 1, STARG3: 1 << 1, STARG4: 1 << 1, STARG5: 1 << 1,
  STARG6: 1 << 1, STARG: 1 << 1,
  NEWBUFFER: 1 << 8, MEMCPY: 1 << 11, CAT: 1 << 11, SUBSTR: 1 << 11, LEFT: 1 << 11, RIGHT: 1 << 11,
  INVERT: 1 << 2, AND: 1 << 3, OR: 1 << 3, XOR: 1 << 3, EQUAL: 1 << 5, NOTEQUAL: 1 << 5,
  SIGN: 1 << 2, ABS: 1 << 2, NEGATE: 1 << 2, INC: 1 << 2, DEC: 1 << 2,
  ADD: 1 << 3, SUB: 1 << 3, MUL: 1 << 3, DIV: 1 << 3, MOD: 1 << 3, POW: 1 << 6, SQRT: 1 << 6,
  MODMUL: 1 << 5, MODPOW: 1 << 11, SHL: 1 << 3, SHR: 1 << 3,
  NOT: 1 << 2, BOOLAND: 1 << 3, BOOLOR: 1 << 3, NZ: 1 << 2, NUMEQUAL: 1 << 3, NUMNOTEQUAL: 1 << 3,
  LT: 1 << 3, LE: 1 << 3, GT: 1 << 3, GE: 1 << 3, MIN: 1 << 3, MAX: 1 << 3, WITHIN: 1 << 3,
  PACKMAP: 1 << 11, PACKSTRUCT: 1 << 11, PACK: 1 << 11, UNPACK: 1 << 11,
  NEWARRAY0: 1 << 4, NEWARRAY: 1 << 9, NEWARRAY_T: 1 << 9, NEWSTRUCT0: 1 << 4, NEWSTRUCT: 1 << 9,
  NEWMAP: 1 << 3, SIZE: 1 << 2, HASKEY: 1 << 6, KEYS: 1 << 4, VALUES: 1 << 13, PICKITEM: 1 << 6,
  APPEND: 1 << 13, SETITEM: 1 << 13, REVERSEITEMS: 1 << 13, REMOVE: 1 << 4, CLEARITEMS: 1 << 4,
  POPITEM: 1 << 4,
  ISNULL: 1 << 1, ISTYPE: 1 << 1, CONVERT: 1 << 13,
};

/** The prices by opcode byte (0 for bytes that are not opcodes). */
export const OPCODE_PRICE_TABLE: readonly number[] = (() => {
  const table = new Array<number>(256).fill(0);
  for (const info of OPCODES) {
    const price = OPCODE_PRICES[info.name];
    if (price === undefined) throw new Error(`opcode ${info.name} has no price`);
    table[info.code] = price;
  }
  return Object.freeze(table);
})();
