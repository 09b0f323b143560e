import {
  assertBytes,
  assertFunction,
  assertObject,
  assertSafeInteger,
  assertString,
  bytesToHex
} from "./chunk-IXTBPKQN.js";
import {
  InvalidArgumentError,
  InvalidInputFileError,
  PolyvmError
} from "./chunk-XXQMZ22L.js";

// dist/neovm/opcodes.js
var V = -1;
var ROWS = [
  // Constants
  [0, "PUSHINT8", "int", 1, 0, 1],
  [1, "PUSHINT16", "int", 2, 0, 1],
  [2, "PUSHINT32", "int", 4, 0, 1],
  [3, "PUSHINT64", "int", 8, 0, 1],
  [4, "PUSHINT128", "int", 16, 0, 1],
  [5, "PUSHINT256", "int", 32, 0, 1],
  [8, "PUSHT", "none", 0, 0, 1],
  [9, "PUSHF", "none", 0, 0, 1],
  [10, "PUSHA", "i32", 4, 0, 1],
  [11, "PUSHNULL", "none", 0, 0, 1],
  [12, "PUSHDATA1", "data", 1, 0, 1],
  [13, "PUSHDATA2", "data", 2, 0, 1],
  [14, "PUSHDATA4", "data", 4, 0, 1],
  [15, "PUSHM1", "none", 0, 0, 1],
  [16, "PUSH0", "none", 0, 0, 1],
  [17, "PUSH1", "none", 0, 0, 1],
  [18, "PUSH2", "none", 0, 0, 1],
  [19, "PUSH3", "none", 0, 0, 1],
  [20, "PUSH4", "none", 0, 0, 1],
  [21, "PUSH5", "none", 0, 0, 1],
  [22, "PUSH6", "none", 0, 0, 1],
  [23, "PUSH7", "none", 0, 0, 1],
  [24, "PUSH8", "none", 0, 0, 1],
  [25, "PUSH9", "none", 0, 0, 1],
  [26, "PUSH10", "none", 0, 0, 1],
  [27, "PUSH11", "none", 0, 0, 1],
  [28, "PUSH12", "none", 0, 0, 1],
  [29, "PUSH13", "none", 0, 0, 1],
  [30, "PUSH14", "none", 0, 0, 1],
  [31, "PUSH15", "none", 0, 0, 1],
  [32, "PUSH16", "none", 0, 0, 1],
  // Flow control
  [33, "NOP", "none", 0, 0, 0],
  [34, "JMP", "i8", 1, 0, 0],
  [35, "JMP_L", "i32", 4, 0, 0],
  [36, "JMPIF", "i8", 1, 1, 0],
  [37, "JMPIF_L", "i32", 4, 1, 0],
  [38, "JMPIFNOT", "i8", 1, 1, 0],
  [39, "JMPIFNOT_L", "i32", 4, 1, 0],
  [40, "JMPEQ", "i8", 1, 2, 0],
  [41, "JMPEQ_L", "i32", 4, 2, 0],
  [42, "JMPNE", "i8", 1, 2, 0],
  [43, "JMPNE_L", "i32", 4, 2, 0],
  [44, "JMPGT", "i8", 1, 2, 0],
  [45, "JMPGT_L", "i32", 4, 2, 0],
  [46, "JMPGE", "i8", 1, 2, 0],
  [47, "JMPGE_L", "i32", 4, 2, 0],
  [48, "JMPLT", "i8", 1, 2, 0],
  [49, "JMPLT_L", "i32", 4, 2, 0],
  [50, "JMPLE", "i8", 1, 2, 0],
  [51, "JMPLE_L", "i32", 4, 2, 0],
  [52, "CALL", "i8", 1, 0, 0],
  [53, "CALL_L", "i32", 4, 0, 0],
  [54, "CALLA", "none", 0, 1, 0],
  [55, "CALLT", "u16", 2, 0, 0],
  [56, "ABORT", "none", 0, 0, 0],
  [57, "ASSERT", "none", 0, 1, 0],
  [58, "THROW", "none", 0, 1, 0],
  [59, "TRY", "i8x2", 2, 0, 0],
  [60, "TRY_L", "i32x2", 8, 0, 0],
  [61, "ENDTRY", "i8", 1, 0, 0],
  [62, "ENDTRY_L", "i32", 4, 0, 0],
  [63, "ENDFINALLY", "none", 0, 0, 0],
  [64, "RET", "none", 0, 0, 0],
  [65, "SYSCALL", "u32", 4, V, V],
  // Stack
  [67, "DEPTH", "none", 0, 0, 1],
  [69, "DROP", "none", 0, 1, 0],
  [70, "NIP", "none", 0, 2, 1],
  [72, "XDROP", "none", 0, V, V],
  [73, "CLEAR", "none", 0, V, 0],
  [74, "DUP", "none", 0, 1, 2],
  [75, "OVER", "none", 0, 2, 3],
  [77, "PICK", "none", 0, V, V],
  [78, "TUCK", "none", 0, 2, 3],
  [80, "SWAP", "none", 0, 2, 2],
  [81, "ROT", "none", 0, 3, 3],
  [82, "ROLL", "none", 0, V, V],
  [83, "REVERSE3", "none", 0, 3, 3],
  [84, "REVERSE4", "none", 0, 4, 4],
  [85, "REVERSEN", "none", 0, V, V],
  // Slot
  [86, "INITSSLOT", "u8", 1, 0, 0],
  [87, "INITSLOT", "u8x2", 2, V, 0],
  [88, "LDSFLD0", "none", 0, 0, 1],
  [89, "LDSFLD1", "none", 0, 0, 1],
  [90, "LDSFLD2", "none", 0, 0, 1],
  [91, "LDSFLD3", "none", 0, 0, 1],
  [92, "LDSFLD4", "none", 0, 0, 1],
  [93, "LDSFLD5", "none", 0, 0, 1],
  [94, "LDSFLD6", "none", 0, 0, 1],
  [95, "LDSFLD", "u8", 1, 0, 1],
  [96, "STSFLD0", "none", 0, 1, 0],
  [97, "STSFLD1", "none", 0, 1, 0],
  [98, "STSFLD2", "none", 0, 1, 0],
  [99, "STSFLD3", "none", 0, 1, 0],
  [100, "STSFLD4", "none", 0, 1, 0],
  [101, "STSFLD5", "none", 0, 1, 0],
  [102, "STSFLD6", "none", 0, 1, 0],
  [103, "STSFLD", "u8", 1, 1, 0],
  [104, "LDLOC0", "none", 0, 0, 1],
  [105, "LDLOC1", "none", 0, 0, 1],
  [106, "LDLOC2", "none", 0, 0, 1],
  [107, "LDLOC3", "none", 0, 0, 1],
  [108, "LDLOC4", "none", 0, 0, 1],
  [109, "LDLOC5", "none", 0, 0, 1],
  [110, "LDLOC6", "none", 0, 0, 1],
  [111, "LDLOC", "u8", 1, 0, 1],
  [112, "STLOC0", "none", 0, 1, 0],
  [113, "STLOC1", "none", 0, 1, 0],
  [114, "STLOC2", "none", 0, 1, 0],
  [115, "STLOC3", "none", 0, 1, 0],
  [116, "STLOC4", "none", 0, 1, 0],
  [117, "STLOC5", "none", 0, 1, 0],
  [118, "STLOC6", "none", 0, 1, 0],
  [119, "STLOC", "u8", 1, 1, 0],
  [120, "LDARG0", "none", 0, 0, 1],
  [121, "LDARG1", "none", 0, 0, 1],
  [122, "LDARG2", "none", 0, 0, 1],
  [123, "LDARG3", "none", 0, 0, 1],
  [124, "LDARG4", "none", 0, 0, 1],
  [125, "LDARG5", "none", 0, 0, 1],
  [126, "LDARG6", "none", 0, 0, 1],
  [127, "LDARG", "u8", 1, 0, 1],
  [128, "STARG0", "none", 0, 1, 0],
  [129, "STARG1", "none", 0, 1, 0],
  [130, "STARG2", "none", 0, 1, 0],
  [131, "STARG3", "none", 0, 1, 0],
  [132, "STARG4", "none", 0, 1, 0],
  [133, "STARG5", "none", 0, 1, 0],
  [134, "STARG6", "none", 0, 1, 0],
  [135, "STARG", "u8", 1, 1, 0],
  // Splice
  [136, "NEWBUFFER", "none", 0, 1, 1],
  [137, "MEMCPY", "none", 0, 5, 0],
  [139, "CAT", "none", 0, 2, 1],
  [140, "SUBSTR", "none", 0, 3, 1],
  [141, "LEFT", "none", 0, 2, 1],
  [142, "RIGHT", "none", 0, 2, 1],
  // Bitwise logic
  [144, "INVERT", "none", 0, 1, 1],
  [145, "AND", "none", 0, 2, 1],
  [146, "OR", "none", 0, 2, 1],
  [147, "XOR", "none", 0, 2, 1],
  [151, "EQUAL", "none", 0, 2, 1],
  [152, "NOTEQUAL", "none", 0, 2, 1],
  // Arithmetic
  [153, "SIGN", "none", 0, 1, 1],
  [154, "ABS", "none", 0, 1, 1],
  [155, "NEGATE", "none", 0, 1, 1],
  [156, "INC", "none", 0, 1, 1],
  [157, "DEC", "none", 0, 1, 1],
  [158, "ADD", "none", 0, 2, 1],
  [159, "SUB", "none", 0, 2, 1],
  [160, "MUL", "none", 0, 2, 1],
  [161, "DIV", "none", 0, 2, 1],
  [162, "MOD", "none", 0, 2, 1],
  [163, "POW", "none", 0, 2, 1],
  [164, "SQRT", "none", 0, 1, 1],
  [165, "MODMUL", "none", 0, 3, 1],
  [166, "MODPOW", "none", 0, 3, 1],
  [168, "SHL", "none", 0, 2, 1],
  [169, "SHR", "none", 0, 2, 1],
  [170, "NOT", "none", 0, 1, 1],
  [171, "BOOLAND", "none", 0, 2, 1],
  [172, "BOOLOR", "none", 0, 2, 1],
  [177, "NZ", "none", 0, 1, 1],
  [179, "NUMEQUAL", "none", 0, 2, 1],
  [180, "NUMNOTEQUAL", "none", 0, 2, 1],
  [181, "LT", "none", 0, 2, 1],
  [182, "LE", "none", 0, 2, 1],
  [183, "GT", "none", 0, 2, 1],
  [184, "GE", "none", 0, 2, 1],
  [185, "MIN", "none", 0, 2, 1],
  [186, "MAX", "none", 0, 2, 1],
  [187, "WITHIN", "none", 0, 3, 1],
  // Compound types
  [190, "PACKMAP", "none", 0, V, 1],
  [191, "PACKSTRUCT", "none", 0, V, 1],
  [192, "PACK", "none", 0, V, 1],
  [193, "UNPACK", "none", 0, 1, V],
  [194, "NEWARRAY0", "none", 0, 0, 1],
  [195, "NEWARRAY", "none", 0, 1, 1],
  [196, "NEWARRAY_T", "type", 1, 1, 1],
  [197, "NEWSTRUCT0", "none", 0, 0, 1],
  [198, "NEWSTRUCT", "none", 0, 1, 1],
  [200, "NEWMAP", "none", 0, 0, 1],
  [202, "SIZE", "none", 0, 1, 1],
  [203, "HASKEY", "none", 0, 2, 1],
  [204, "KEYS", "none", 0, 1, 1],
  [205, "VALUES", "none", 0, 1, 1],
  [206, "PICKITEM", "none", 0, 2, 1],
  [207, "APPEND", "none", 0, 2, 0],
  [208, "SETITEM", "none", 0, 3, 0],
  [209, "REVERSEITEMS", "none", 0, 1, 0],
  [210, "REMOVE", "none", 0, 2, 0],
  [211, "CLEARITEMS", "none", 0, 1, 0],
  [212, "POPITEM", "none", 0, 1, 1],
  // Types
  [216, "ISNULL", "none", 0, 1, 1],
  [217, "ISTYPE", "type", 1, 1, 1],
  [219, "CONVERT", "type", 1, 1, 1],
  // Extensions
  [224, "ABORTMSG", "none", 0, 1, 0],
  [225, "ASSERTMSG", "none", 0, 2, 0]
];
function toInfo([code, name, kind, size, pops, pushes]) {
  const prefixed = kind === "data";
  return Object.freeze({
    code,
    name,
    operand: prefixed ? 0 : size,
    prefix: prefixed ? size : 0,
    pops,
    pushes,
    kind
  });
}
var OPCODES = Object.freeze(ROWS.map(toInfo));
var OPCODE_BY_CODE = (() => {
  const table = new Array(256).fill(void 0);
  for (const info of OPCODES)
    table[info.code] = info;
  return Object.freeze(table);
})();
var OPCODE_BY_NAME = new Map(OPCODES.map((o) => [o.name, o]));
var OpCode = Object.freeze(Object.fromEntries(OPCODES.map((o) => [o.name, o.code])));
function opcodeName(code) {
  return OPCODE_BY_CODE[code]?.name ?? `0x${code.toString(16).padStart(2, "0")}`;
}

// dist/neovm/fault.js
var VMFault = class extends Error {
  name = "VMFault";
};
var InvalidCastFault = class extends VMFault {
  name = "InvalidCastFault";
};
var BadScriptFault = class extends VMFault {
  name = "BadScriptFault";
};

// dist/neovm/bigint.js
var EMPTY = new Uint8Array(0);
function bigIntFromLE(bytes) {
  const n = bytes.length;
  if (n === 0)
    return 0n;
  if (n <= 6) {
    let v2 = 0;
    for (let i = n - 1; i >= 0; i--)
      v2 = v2 * 256 + bytes[i];
    if (bytes[n - 1] & 128)
      v2 -= 2 ** (8 * n);
    return BigInt(v2);
  }
  let hex2 = "";
  for (let i = n - 1; i >= 0; i--)
    hex2 += HEX[bytes[i]];
  const v = BigInt(`0x${hex2}`);
  return bytes[n - 1] & 128 ? v - (1n << BigInt(8 * n)) : v;
}
var HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function bitLength(v) {
  if (v === 0n)
    return 0;
  if (v <= 0xffffffffn)
    return 32 - Math.clz32(Number(v));
  const hex2 = v.toString(16);
  return (hex2.length - 1) * 4 + (32 - Math.clz32(Number.parseInt(hex2[0], 16)));
}
function byteCount(v) {
  if (v === 0n)
    return 0;
  const magnitude = v < 0n ? -v - 1n : v;
  return (bitLength(magnitude) >> 3) + 1;
}
function bigIntToLE(v) {
  if (v === 0n)
    return EMPTY;
  const n = byteCount(v);
  const out = new Uint8Array(n);
  const x = v < 0n ? (1n << BigInt(8 * n)) + v : v;
  if (n <= 6) {
    let num = Number(x);
    for (let i = 0; i < n; i++) {
      out[i] = num % 256;
      num = Math.floor(num / 256);
    }
    return out;
  }
  const hex2 = x.toString(16).padStart(n * 2, "0");
  for (let i = 0; i < n; i++)
    out[i] = Number.parseInt(hex2.slice(2 * (n - 1 - i), 2 * (n - i)), 16);
  return out;
}
function toInt32(v) {
  if (v < -2147483648n || v > 2147483647n)
    throw new VMFault("Value was either too large or too small for an Int32.");
  return Number(v);
}
function sqrt(value) {
  if (value < 0n)
    throw new VMFault("value can not be negative");
  if (value === 0n)
    return 0n;
  if (value < 4n)
    return 1n;
  let z = value;
  let x = 1n << BigInt(bitLength(value - 1n) + 1 >> 1);
  while (x < z) {
    z = x;
    x = (value / x + x) / 2n;
  }
  return z;
}
function modInverse(value, modulus) {
  if (value <= 0n)
    throw new VMFault(`value ('${value}') must be a non-negative and non-zero value.`);
  if (modulus < 2n)
    throw new VMFault(`modulus ('${modulus}') must be greater than or equal to '2'.`);
  let r = value;
  let oldR = modulus;
  let s = 1n;
  let oldS = 0n;
  while (r > 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR % r];
    [oldS, s] = [s, oldS - q * s];
  }
  let result = oldS % modulus;
  if (result < 0n)
    result += modulus;
  if (value * result % modulus !== 1n)
    throw new VMFault("Operation is not valid due to the current state of the object.");
  return result;
}
function modPow(value, exponent, modulus) {
  if (exponent < 0n)
    throw new VMFault("The number must be greater than or equal to zero.");
  if (modulus === 0n)
    throw new VMFault("Attempted to divide by zero.");
  let result = 1n % modulus;
  let base = value % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n)
      result = result * base % modulus;
    base = base * base % modulus;
    e >>= 1n;
  }
  return result;
}

// dist/neovm/types/stack-item-type.js
var StackItemType = {
  Any: 0,
  Pointer: 16,
  Boolean: 32,
  Integer: 33,
  ByteString: 40,
  Buffer: 48,
  Array: 64,
  Struct: 65,
  Map: 72,
  InteropInterface: 96
};
var NAMES = new Map(Object.entries(StackItemType).map(([name, code]) => [code, name]));
function stackItemTypeName(code) {
  return NAMES.get(code) ?? String(code);
}
function stackItemTypeByName(name) {
  const lower = name.toLowerCase();
  for (const [code, n] of NAMES)
    if (n.toLowerCase() === lower)
      return code;
  return void 0;
}
function isStackItemType(code) {
  return NAMES.has(code);
}

// dist/neovm/types/stack-item.js
var strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeStrictUtf8(bytes) {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new InvalidCastFault("Unable to translate bytes to strict UTF-8.");
  }
}
var StackItem = class {
  get isNull() {
    return false;
  }
  getInteger() {
    throw new InvalidCastFault(`Cannot convert ${stackItemTypeName(this.type)} to Integer.`);
  }
  /** The bytes of a primitive item or a buffer (a live view for a buffer). */
  getSpan() {
    throw new InvalidCastFault(`Cannot read the bytes of ${stackItemTypeName(this.type)}.`);
  }
  getString() {
    return decodeStrictUtf8(this.getSpan());
  }
  /** Upstream `Equals(StackItem)`: reference equality unless a type says otherwise. */
  equals(other) {
    return this === other;
  }
  /** Upstream `Equals(StackItem, ExecutionEngineLimits)`, used by EQUAL and NOTEQUAL. */
  equalsWithLimits(other, _limits) {
    return this.equals(other);
  }
};

// dist/neovm/types/primitive.js
var PrimitiveType = class extends StackItem {
  /** Size in bytes of `memory()`. */
  get size() {
    return this.memory().length;
  }
  getSpan() {
    return this.memory();
  }
};

// dist/neovm/types/integer.js
var INTEGER_MAX_SIZE = 32;
var MAX = (1n << 255n) - 1n;
var MIN = -(1n << 255n);
var IntegerItem = class _IntegerItem extends PrimitiveType {
  value;
  constructor(value) {
    super();
    this.value = value;
    if (value > MAX || value < MIN) {
      throw new VMFault(`Integer size ${byteCount(value)} bytes exceeds maximum allowed size of ${INTEGER_MAX_SIZE} bytes.`);
    }
  }
  get type() {
    return StackItemType.Integer;
  }
  memory() {
    return bigIntToLE(this.value);
  }
  get size() {
    return byteCount(this.value);
  }
  getBoolean() {
    return this.value !== 0n;
  }
  getInteger() {
    return this.value;
  }
  equals(other) {
    return other === this || other instanceof _IntegerItem && other.value === this.value;
  }
  get mapKey() {
    return `i${this.value}`;
  }
};
var SMALL = Array.from({ length: 18 }, (_, i) => new IntegerItem(BigInt(i - 1)));
function integer(value) {
  if (value >= -1n && value <= 16n)
    return SMALL[Number(value) + 1];
  return new IntegerItem(value);
}
function integerOf(value) {
  if (value >= -1 && value <= 16)
    return SMALL[value + 1];
  return new IntegerItem(BigInt(value));
}

// dist/neovm/types/byte-string.js
var ByteStringItem = class _ByteStringItem extends PrimitiveType {
  bytes;
  static EMPTY = new _ByteStringItem(new Uint8Array(0));
  /** `bytes` is kept, not copied: the caller gives up the right to change it. */
  constructor(bytes) {
    super();
    this.bytes = bytes;
  }
  static fromString(text) {
    return new _ByteStringItem(new TextEncoder().encode(text));
  }
  get type() {
    return StackItemType.ByteString;
  }
  memory() {
    return this.bytes;
  }
  get size() {
    return this.bytes.length;
  }
  getBoolean() {
    const b = this.bytes;
    if (b.length > INTEGER_MAX_SIZE)
      throw new InvalidCastFault("Specified cast is not valid.");
    for (let i = 0; i < b.length; i++)
      if (b[i] !== 0)
        return true;
    return false;
  }
  getInteger() {
    if (this.bytes.length > INTEGER_MAX_SIZE) {
      throw new InvalidCastFault(`Can not convert ByteString to an integer, MaxSize of Integer is exceeded: ${this.bytes.length}/${INTEGER_MAX_SIZE}.`);
    }
    return bigIntFromLE(this.bytes);
  }
  equals(other) {
    if (other === this)
      return true;
    return other instanceof _ByteStringItem && sameBytes(this.bytes, other.bytes);
  }
  equalsWithLimits(other, limits) {
    return this.equalsWithin(other, { remaining: limits.maxComparableSize });
  }
  /** Compares and charges the larger size (at least 1) to `budget`. */
  equalsWithin(other, budget) {
    const size = this.bytes.length;
    if (size > budget.remaining || budget.remaining === 0) {
      throw new VMFault(`The operand exceeds the maximum comparable size, ${size}/${budget.remaining}.`);
    }
    if (!(other instanceof _ByteStringItem)) {
      budget.remaining -= 1;
      return false;
    }
    const otherSize = other.bytes.length;
    const compared = Math.max(size, otherSize, 1);
    if (other === this) {
      budget.remaining -= compared;
      return true;
    }
    if (otherSize > budget.remaining) {
      throw new VMFault(`The operand exceeds the maximum comparable size, ${otherSize}/${budget.remaining}.`);
    }
    budget.remaining -= compared;
    return sameBytes(this.bytes, other.bytes);
  }
  get mapKey() {
    const b = this.bytes;
    let s = "s";
    for (let i = 0; i < b.length; i++)
      s += String.fromCharCode(b[i]);
    return s;
  }
};
function sameBytes(a, b) {
  if (a.length !== b.length)
    return false;
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i])
      return false;
  return true;
}

// dist/neovm/types/null.js
var NullItem = class _NullItem extends StackItem {
  get type() {
    return StackItemType.Any;
  }
  get isNull() {
    return true;
  }
  getBoolean() {
    return false;
  }
  equals(other) {
    return other instanceof _NullItem;
  }
  getString() {
    return null;
  }
};
var NULL = new NullItem();

// dist/neovm/types/compound.js
var CompoundType = class extends StackItem {
  stackReferences = 0;
  isReadOnly = false;
  get isStackReferenced() {
    return this.stackReferences !== 0;
  }
  getBoolean() {
    return true;
  }
  assertWritable(what) {
    if (this.isReadOnly)
      throw new VMFault(what);
  }
};

// dist/neovm/types/array.js
var ArrayItem = class extends CompoundType {
  /** The items; the array owns this list. */
  items;
  constructor(items2 = []) {
    super();
    this.items = items2;
  }
  get type() {
    return StackItemType.Array;
  }
  get count() {
    return this.items.length;
  }
  subItems() {
    return this.items;
  }
  get(index) {
    return this.items[index];
  }
  set(index, value) {
    this.assertWritable("The object is readonly.");
    this.items[index] = value;
  }
  add(item2) {
    this.assertWritable("The array is readonly, can not add item.");
    this.items.push(item2);
  }
  clear() {
    this.assertWritable("The array is readonly, can not clear.");
    this.items.length = 0;
  }
  removeAt(index) {
    this.assertWritable("The array is readonly, can not remove item.");
    this.items.splice(index, 1);
  }
  reverse() {
    this.assertWritable("The array is readonly, can not reverse.");
    this.items.reverse();
  }
};

// dist/neovm/types/boolean.js
var ONE = Uint8Array.of(1);
var ZERO = Uint8Array.of(0);
var BooleanItem = class _BooleanItem extends PrimitiveType {
  value;
  constructor(value) {
    super();
    this.value = value;
  }
  static TRUE = new _BooleanItem(true);
  static FALSE = new _BooleanItem(false);
  static of(value) {
    return value ? _BooleanItem.TRUE : _BooleanItem.FALSE;
  }
  get type() {
    return StackItemType.Boolean;
  }
  memory() {
    return this.value ? ONE : ZERO;
  }
  get size() {
    return 1;
  }
  getBoolean() {
    return this.value;
  }
  getInteger() {
    return this.value ? 1n : 0n;
  }
  equals(other) {
    return other instanceof _BooleanItem && other.value === this.value;
  }
  get mapKey() {
    return this.value ? "b1" : "b0";
  }
};

// dist/neovm/types/buffer.js
var BufferItem = class _BufferItem extends StackItem {
  /** The live bytes; instructions write into them. */
  bytes;
  /** A zeroed buffer of `size` bytes, or a copy of the given bytes. */
  constructor(source) {
    super();
    this.bytes = typeof source === "number" ? new Uint8Array(source) : source.slice();
  }
  /** Wraps bytes without copying them. */
  static wrap(bytes) {
    const b = Object.create(_BufferItem.prototype);
    b.bytes = bytes;
    return b;
  }
  get type() {
    return StackItemType.Buffer;
  }
  get size() {
    return this.bytes.length;
  }
  getBoolean() {
    return true;
  }
  getSpan() {
    return this.bytes;
  }
};

// dist/neovm/types/interop-interface.js
var InteropInterfaceItem = class _InteropInterfaceItem extends StackItem {
  value;
  constructor(value) {
    super();
    this.value = value;
    if (value === null || value === void 0)
      throw new InvalidCastFault("Value cannot be null.");
  }
  get type() {
    return StackItemType.InteropInterface;
  }
  getBoolean() {
    return true;
  }
  equals(other) {
    if (other === this)
      return true;
    return other instanceof _InteropInterfaceItem && other.value === this.value;
  }
  /** The wrapped object, checked to be an instance of `ctor`. */
  getInterface(ctor) {
    if (this.value instanceof ctor)
      return this.value;
    throw new InvalidCastFault(`This InteropInterface can't be casted to type ${ctor.name}.`);
  }
};

// dist/neovm/types/map.js
var MAP_MAX_KEY_SIZE = 64;
function checkKey(key) {
  const size = key.size;
  if (size > MAP_MAX_KEY_SIZE) {
    throw new VMFault(`Key size ${size} bytes exceeds maximum allowed size of ${MAP_MAX_KEY_SIZE} bytes.`);
  }
  return key.mapKey;
}
var MapItem = class extends CompoundType {
  dict = /* @__PURE__ */ new Map();
  get type() {
    return StackItemType.Map;
  }
  get count() {
    return this.dict.size;
  }
  keys() {
    const out = [];
    for (const e of this.dict.values())
      out.push(e.key);
    return out;
  }
  values() {
    const out = [];
    for (const e of this.dict.values())
      out.push(e.value);
    return out;
  }
  /** [key, value] pairs in order. */
  entries() {
    const out = [];
    for (const e of this.dict.values())
      out.push([e.key, e.value]);
    return out;
  }
  subItems() {
    return [...this.keys(), ...this.values()];
  }
  has(key) {
    return this.dict.has(checkKey(key));
  }
  /** The value for a key, or undefined. */
  get(key) {
    return this.dict.get(checkKey(key))?.value;
  }
  set(key, value) {
    const k = checkKey(key);
    this.assertWritable("The map is readonly, can not set value.");
    const entry = this.dict.get(k);
    if (entry)
      entry.value = value;
    else
      this.dict.set(k, { key, value });
  }
  /** Removes a key; returns the value it had, or undefined. */
  remove(key) {
    const size = key.size;
    if (size > MAP_MAX_KEY_SIZE) {
      throw new VMFault(`Can not remove key from map, MaxKeySize of Map is exceeded: ${size}/${MAP_MAX_KEY_SIZE}.`);
    }
    this.assertWritable("The map is readonly, can not remove key.");
    const k = key.mapKey;
    const entry = this.dict.get(k);
    if (!entry)
      return void 0;
    this.dict.delete(k);
    return entry.value;
  }
  clear() {
    this.assertWritable("The map is readonly, can not clear.");
    this.dict.clear();
  }
};

// dist/neovm/types/pointer.js
var PointerItem = class _PointerItem extends StackItem {
  script;
  position;
  constructor(script2, position) {
    super();
    this.script = script2;
    this.position = position;
  }
  get type() {
    return StackItemType.Pointer;
  }
  getBoolean() {
    return true;
  }
  equals(other) {
    if (other === this)
      return true;
    return other instanceof _PointerItem && other.position === this.position && other.script === this.script;
  }
};

// dist/neovm/types/struct.js
var StructItem = class _StructItem extends ArrayItem {
  get type() {
    return StackItemType.Struct;
  }
  /** Copies nested structs (not arrays or maps), at most MaxStackSize - 1 items; returns the copy and how many items it cloned. */
  clone(limits) {
    let count = limits.maxStackSize - 1;
    const result = new _StructItem();
    const queue = [result, this];
    for (let q = 0; q < queue.length; q += 2) {
      const a = queue[q];
      const b = queue[q + 1];
      for (const item2 of b.items) {
        count--;
        if (count < 0)
          throw new VMFault("Beyond struct subitem clone limits!");
        if (item2 instanceof _StructItem) {
          const sa = new _StructItem();
          a.items.push(sa);
          queue.push(sa, item2);
        } else {
          a.items.push(item2);
        }
      }
    }
    return { result, cloned: limits.maxStackSize - count };
  }
  equals(_other) {
    throw new VMFault("Specified method is not supported.");
  }
  equalsWithLimits(other, limits) {
    if (!(other instanceof _StructItem))
      return false;
    const stack1 = [this];
    const stack2 = [other];
    let count = limits.maxStackSize;
    const budget = { remaining: limits.maxComparableSize };
    while (stack1.length > 0) {
      if (count-- === 0)
        throw new VMFault("Too many struct items to compare in struct comparison.");
      const a = stack1.pop();
      const b = stack2.pop();
      if (a instanceof ByteStringItem) {
        if (!a.equalsWithin(b, budget))
          return false;
        continue;
      }
      if (budget.remaining === 0) {
        throw new VMFault("The operand exceeds the maximum comparable size in struct comparison.");
      }
      budget.remaining -= 1;
      if (a instanceof _StructItem) {
        if (a === b)
          continue;
        if (!(b instanceof _StructItem))
          return false;
        if (a.items.length !== b.items.length)
          return false;
        for (const item2 of a.items)
          stack1.push(item2);
        for (const item2 of b.items)
          stack2.push(item2);
      } else if (!a.equals(b)) {
        return false;
      }
    }
    return true;
  }
};

// dist/neovm/vmjson/stack-json.js
function testHex(bytes) {
  return bytes.length === 0 ? "" : `0x${bytesToHex(bytes)}`;
}
function stackItemToJson(item2, seen = /* @__PURE__ */ new Set()) {
  if (item2 instanceof NullItem)
    return { type: "Null" };
  if (item2 instanceof PointerItem)
    return { type: "Pointer", value: item2.position };
  if (item2 instanceof BooleanItem)
    return { type: "Boolean", value: item2.value };
  if (item2 instanceof IntegerItem)
    return { type: "Integer", value: item2.value.toString() };
  if (item2 instanceof ByteStringItem)
    return { type: "ByteString", value: testHex(item2.bytes) };
  if (item2 instanceof BufferItem)
    return { type: "Buffer", value: testHex(item2.bytes) };
  if (item2 instanceof InteropInterfaceItem) {
    return {
      type: "Interop",
      value: item2.value.constructor?.name ?? "Object"
    };
  }
  if (item2 instanceof ArrayItem) {
    const type = item2 instanceof StructItem ? "Struct" : "Array";
    if (seen.has(item2))
      return { type, value: "<cycle>" };
    seen.add(item2);
    const value = item2.items.map((x) => stackItemToJson(x, seen));
    seen.delete(item2);
    return { type, value };
  }
  if (item2 instanceof MapItem) {
    if (seen.has(item2))
      return { type: "Map", value: "<cycle>" };
    seen.add(item2);
    const value = {};
    for (const [k, v] of item2.entries()) {
      Object.defineProperty(value, testHex(k.memory()), {
        value: stackItemToJson(v, seen),
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    seen.delete(item2);
    return { type: "Map", value };
  }
  throw new Error(`unknown stack item ${String(item2)}`);
}

// dist/neovm/instruction.js
var EMPTY2 = new Uint8Array(0);
var Instruction = class _Instruction {
  opcode;
  operand;
  size;
  /** The implicit RET run when a context's instruction pointer reaches the end. */
  static RET = new _Instruction(OpCode.RET, EMPTY2, 1);
  /** A constant item this instruction pushes, cached by the push handlers. */
  cached = void 0;
  constructor(opcode, operand, size) {
    this.opcode = opcode;
    this.operand = operand;
    this.size = size;
  }
  /** Decodes the instruction at `ip`. */
  static decode(script2, ip) {
    const code = script2[ip];
    const info = OPCODE_BY_CODE[code];
    if (info === void 0) {
      throw new BadScriptFault(`Invalid opcode 0x${code.toString(16).padStart(2, "0")} at position ${ip}.`);
    }
    let p = ip + 1;
    let size = info.operand;
    const prefix = info.prefix;
    if (prefix !== 0) {
      if (p + prefix > script2.length) {
        throw new BadScriptFault(`Instruction out of bounds. InstructionPointer: ${p}`);
      }
      if (prefix === 1)
        size = script2[p];
      else if (prefix === 2)
        size = script2[p] | script2[p + 1] << 8;
      else {
        size = script2[p] | script2[p + 1] << 8 | script2[p + 2] << 16 | script2[p + 3] << 24;
        if (size < 0) {
          throw new BadScriptFault(`Instruction out of bounds. InstructionPointer: ${p}, operandSize: ${size}`);
        }
      }
      p += prefix;
    }
    if (p + size > script2.length) {
      throw new BadScriptFault(`Instruction out of bounds. InstructionPointer: ${p}, operandSize: ${size}, length: ${script2.length}`);
    }
    const operand = size > 0 ? script2.subarray(p, p + size) : EMPTY2;
    return new _Instruction(code, operand, 1 + prefix + size);
  }
  get tokenI8() {
    return this.operand[0] << 24 >> 24;
  }
  get tokenI8_1() {
    return this.operand[1] << 24 >> 24;
  }
  get tokenU8() {
    return this.operand[0];
  }
  get tokenU8_1() {
    return this.operand[1];
  }
  get tokenU16() {
    return this.operand[0] | this.operand[1] << 8;
  }
  get tokenI32() {
    const o = this.operand;
    return o[0] | o[1] << 8 | o[2] << 16 | o[3] << 24;
  }
  get tokenI32_1() {
    const o = this.operand;
    return o[4] | o[5] << 8 | o[6] << 16 | o[7] << 24;
  }
  get tokenU32() {
    return this.tokenI32 >>> 0;
  }
};

// dist/neovm/disassembler.js
function decodeScript(script2) {
  const instructions = [];
  let ip = 0;
  while (ip < script2.length) {
    try {
      const instruction = Instruction.decode(script2, ip);
      instructions.push({ offset: ip, info: OPCODE_BY_CODE[instruction.opcode], instruction });
      ip += instruction.size;
    } catch (error) {
      if (!(error instanceof BadScriptFault))
        throw error;
      return { instructions, rest: { offset: ip, reason: error.message } };
    }
  }
  return { instructions, rest: null };
}
function operandText(d) {
  const i = d.instruction;
  switch (d.info.kind) {
    case "none":
      return "";
    case "int":
      return bigIntFromLE(i.operand).toString();
    case "data":
      return i.operand.length === 0 ? "0x" : testHex(i.operand);
    case "i8":
      return String(i.tokenI8);
    case "i32":
      return String(i.tokenI32);
    case "i8x2":
      return `${i.tokenI8} ${i.tokenI8_1}`;
    case "i32x2":
      return `${i.tokenI32} ${i.tokenI32_1}`;
    case "u8":
      return String(i.tokenU8);
    case "u8x2":
      return `${i.tokenU8} ${i.tokenU8_1}`;
    case "u16":
      return String(i.tokenU16);
    case "u32":
      return `0x${i.tokenU32.toString(16).padStart(8, "0")}`;
    case "type":
      return isStackItemType(i.tokenU8) ? stackItemTypeName(i.tokenU8) : `0x${i.tokenU8.toString(16).padStart(2, "0")}`;
  }
}
function formatInstruction(d) {
  const op = operandText(d);
  return op === "" ? d.info.name : `${d.info.name} ${op}`;
}
function targets(d) {
  const i = d.instruction;
  switch (d.info.kind) {
    case "i8":
      return ` -> ${d.offset + i.tokenI8}`;
    case "i32":
      return ` -> ${d.offset + i.tokenI32}`;
    case "i8x2":
      return ` catch ${i.tokenI8 ? d.offset + i.tokenI8 : "-"} finally ${i.tokenI8_1 ? d.offset + i.tokenI8_1 : "-"}`;
    case "i32x2":
      return ` catch ${i.tokenI32 ? d.offset + i.tokenI32 : "-"} finally ${i.tokenI32_1 ? d.offset + i.tokenI32_1 : "-"}`;
    default:
      return "";
  }
}
function disassemble(script2) {
  const { instructions, rest } = decodeScript(script2);
  const lines = instructions.map((d) => {
    const text = formatInstruction(d);
    return `${text.padEnd(28)} ; ${String(d.offset).padStart(4, "0")}${targets(d)}`;
  });
  if (rest) {
    lines.push(`${testHex(script2.subarray(rest.offset)).padEnd(28)} ; ${String(rest.offset).padStart(4, "0")} ${rest.reason}`);
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}

// dist/neovm/limits.js
var DEFAULT_LIMITS = Object.freeze({
  maxShift: 256,
  maxStackSize: 2 * 1024,
  maxItemSize: 65535 * 2,
  maxComparableSize: 65536,
  maxInvocationStackSize: 1024,
  maxTryNestingDepth: 16
});
function assertMaxItemSize(limits, size) {
  if (size < 0 || size > limits.maxItemSize) {
    throw new VMFault(`MaxItemSize exceed: ${size}/${limits.maxItemSize}`);
  }
}
function assertShift(limits, shift) {
  if (shift > limits.maxShift || shift < 0) {
    throw new VMFault(`Invalid shift value: ${shift}/${limits.maxShift}`);
  }
}

// dist/neovm/boundary.js
var HOOKS = [
  "preExecuteInstruction",
  "postExecuteInstruction",
  "syscall",
  "onFault",
  "onStateChanged",
  "onContextUnloaded"
];
function assertEngineOptions(options) {
  assertObject(options, "ExecutionEngine: options");
  const { limits, hooks, jumpTable } = options;
  if (limits !== void 0) {
    assertObject(limits, "ExecutionEngine: options.limits");
    for (const name of Object.keys(DEFAULT_LIMITS))
      assertSafeInteger(limits[name], `ExecutionEngine: options.limits.${name}`, 0);
  }
  if (hooks !== void 0) {
    assertObject(hooks, "ExecutionEngine: options.hooks");
    for (const [name, hook] of Object.entries(hooks)) {
      if (!HOOKS.includes(name))
        throw new InvalidArgumentError(`ExecutionEngine: options.hooks.${name}: not a hook (hooks: ${HOOKS.join(", ")})`);
      if (hook !== void 0)
        assertFunction(hook, `ExecutionEngine: options.hooks.${name}`);
    }
  }
  if (jumpTable !== void 0) {
    if (!Array.isArray(jumpTable) || jumpTable.length !== 256)
      throw new InvalidArgumentError("ExecutionEngine: options.jumpTable: expected 256 handlers");
    for (let i = 0; i < 256; i++)
      assertFunction(jumpTable[i], `ExecutionEngine: options.jumpTable[${i}]`);
  }
}
function assertLoadScript(length, rvCount, initialPosition) {
  assertSafeInteger(rvCount, "loadScript: rvCount", -1);
  assertSafeInteger(initialPosition, "loadScript: initialPosition", 0, length);
}
function assertScriptBytes(bytes, label) {
  assertBytes(bytes, label);
}
function assertByteList(bytes, label) {
  if (bytes instanceof Uint8Array)
    return;
  if (!Array.isArray(bytes))
    throw new InvalidArgumentError(`${label}: expected bytes, got ${typeof bytes}`);
  for (let i = 0; i < bytes.length; i++)
    assertSafeInteger(bytes[i], `${label}[${i}]`, 0, 255);
}

// dist/neovm/evaluation-stack.js
var EvaluationStack = class {
  referenceCounter;
  /** Bottom first; the top is the last element. */
  items = [];
  constructor(referenceCounter) {
    this.referenceCounter = referenceCounter;
  }
  get count() {
    return this.items.length;
  }
  push(item2) {
    this.items.push(item2);
    this.referenceCounter.addStackReference(item2);
  }
  /** Pushes and adds `n` to the count without walking sub-items. */
  pushItemCounted(item2, n) {
    this.items.push(item2);
    this.referenceCounter.inc(n);
  }
  peek(index = 0) {
    const n = this.items.length;
    if (index >= n)
      throw new VMFault(`Peek index is out of stack bounds: ${index}/${n}`);
    if (index < 0) {
      index += n;
      if (index < 0)
        throw new VMFault(`Peek index is out of stack bounds: ${index}/${n}`);
    }
    return this.items[n - index - 1];
  }
  pop() {
    const item2 = this.items.pop();
    if (item2 === void 0)
      throw new VMFault("Out of stack bounds: 0/0");
    this.referenceCounter.removeStackReference(item2);
    return item2;
  }
  popNoRef() {
    const item2 = this.items.pop();
    if (item2 === void 0)
      throw new VMFault("Out of stack bounds: 0/0");
    return item2;
  }
  /** Pops an item that must be an instance of `ctor`. */
  popAs(ctor) {
    const item2 = this.removeNoRefAs(0, ctor);
    this.referenceCounter.removeStackReference(item2);
    return item2;
  }
  popNoRefAs(ctor) {
    return this.removeNoRefAs(0, ctor);
  }
  remove(index) {
    const item2 = this.removeNoRef(index);
    this.referenceCounter.removeStackReference(item2);
    return item2;
  }
  removeNoRef(index) {
    const n = this.items.length;
    if (index >= n)
      throw new VMFault(`Out of stack bounds: ${index}/${n}`);
    if (index < 0) {
      index += n;
      if (index < 0)
        throw new VMFault(`Out of stack bounds: ${index}/${n}`);
    }
    return this.items.splice(n - index - 1, 1)[0];
  }
  removeNoRefAs(index, ctor) {
    const n = this.items.length;
    if (index >= n)
      throw new VMFault(`Out of stack bounds: ${index}/${n}`);
    const pos = n - index - 1;
    const item2 = this.items[pos];
    if (!(item2 instanceof ctor))
      throw new InvalidCastFault(`The item can't be casted to type ${ctor.name}`);
    if (index === 0)
      this.items.pop();
    else
      this.items.splice(pos, 1);
    return item2;
  }
  insert(index, item2) {
    const n = this.items.length;
    if (index > n)
      throw new VMFault(`Insert index is out of stack bounds: ${index}/${n}`);
    this.items.splice(n - index, 0, item2);
    this.referenceCounter.addStackReference(item2);
  }
  swap(i1, i2) {
    if (i1 === i2)
      return;
    const n = this.items.length;
    const a = n - i1 - 1;
    const b = n - i2 - 1;
    const t = this.items[a];
    this.items[a] = this.items[b];
    this.items[b] = t;
  }
  /** Moves the item at `index` to the top. */
  roll(index) {
    const n = this.items.length;
    if (index < 0 || index >= n)
      throw new VMFault(`Out of stack bounds: ${index}/${n}`);
    if (index === 0)
      return;
    const [item2] = this.items.splice(n - 1 - index, 1);
    this.items.push(item2);
  }
  /** Reverses the top `count` items. */
  reverse(count) {
    const n = this.items.length;
    if (count < 0 || count > n)
      throw new VMFault(`Out of stack bounds: ${count}/${n}`);
    if (count <= 1)
      return;
    for (let i = n - count, j = n - 1; i < j; i++, j--) {
      const t = this.items[i];
      this.items[i] = this.items[j];
      this.items[j] = t;
    }
  }
  clear() {
    for (const item2 of this.items)
      this.referenceCounter.removeStackReference(item2);
    this.items.length = 0;
  }
  /** Appends the top `count` items (all with -1) to another stack, without counting. */
  copyTo(stack, count = -1) {
    const n = this.items.length;
    if (count < -1 || count > n)
      throw new VMFault(`Out of stack bounds: ${count}/${n}`);
    if (count === 0)
      return;
    const from = count === -1 ? 0 : n - count;
    for (let i = from; i < n; i++)
      stack.items.push(this.items[i]);
  }
  /** Moves the top `count` items (all with -1) to another stack, without counting. */
  moveTo(stack, count = -1) {
    if (count === 0)
      return;
    this.copyTo(stack, count);
    if (count === -1 || count === this.items.length)
      this.items.length = 0;
    else
      this.items.length -= count;
  }
};

// dist/neovm/execution-context.js
var TryState = { Try: 0, Catch: 1, Finally: 2 };
var ExecutionContext = class _ExecutionContext {
  shared;
  ip = 0;
  /** How many items RET must find on the stack; -1 for any number. */
  rvCount;
  localVariables = void 0;
  arguments = void 0;
  tryStack = void 0;
  constructor(shared, rvCount, initialPosition) {
    if (rvCount < -1 || rvCount > 65535)
      throw new VMFault(`Out of range: ${rvCount}`);
    this.shared = shared;
    this.rvCount = rvCount;
    this.instructionPointer = initialPosition;
  }
  static create(script2, rvCount, rc, initialPosition = 0) {
    const shared = {
      script: script2,
      evaluationStack: new EvaluationStack(rc),
      staticFields: void 0,
      states: /* @__PURE__ */ new Map()
    };
    return new _ExecutionContext(shared, rvCount, initialPosition);
  }
  get script() {
    return this.shared.script;
  }
  get evaluationStack() {
    return this.shared.evaluationStack;
  }
  get staticFields() {
    return this.shared.staticFields;
  }
  set staticFields(slot) {
    this.shared.staticFields = slot;
  }
  get instructionPointer() {
    return this.ip;
  }
  /** Sets the pointer; it may equal the script length (an implicit RET), no more. */
  set instructionPointer(value) {
    if (value < 0 || value > this.shared.script.length) {
      throw new VMFault(`Out of script bounds: ${value}/${this.shared.script.length}`);
    }
    this.ip = value;
  }
  /** The instruction at the pointer, or null at the end of the script. */
  get currentInstruction() {
    return this.ip >= this.shared.script.length ? null : this.shared.script.getInstruction(this.ip);
  }
  /** The instruction after the current one, or null. */
  get nextInstruction() {
    const current = this.currentInstruction;
    if (current === null)
      return null;
    const next = this.ip + current.size;
    return next >= this.shared.script.length ? null : this.shared.script.getInstruction(next);
  }
  /** A context on the same script, stack and static fields, at `initialPosition` (default: here). */
  clone(initialPosition = this.ip) {
    return new _ExecutionContext(this.shared, 0, initialPosition);
  }
  /** Host state attached to this context and its clones, created by `factory` on first use. */
  getState(key, factory) {
    if (!this.shared.states.has(key))
      this.shared.states.set(key, factory());
    return this.shared.states.get(key);
  }
  /** Advances past the current instruction; false at the end. */
  moveNext() {
    const current = this.currentInstruction;
    if (current === null)
      return false;
    this.instructionPointer = this.ip + current.size;
    return this.ip < this.shared.script.length;
  }
};

// dist/neovm/jump-table/bitwise.js
var binary = (f) => (engine) => {
  const x2 = engine.pop().getInteger();
  const x1 = engine.pop().getInteger();
  engine.push(integer(f(x1, x2)));
};
var bitwiseHandlers = {
  /** Pops 1, pushes its bitwise complement. */
  INVERT: (engine) => engine.push(integer(~engine.pop().getInteger())),
  AND: binary((a, b) => a & b),
  OR: binary((a, b) => a | b),
  XOR: binary((a, b) => a ^ b),
  /** Pops 2 items, pushes whether they are equal (by the items' own rules). */
  EQUAL: (engine) => {
    const x2 = engine.pop();
    const x1 = engine.pop();
    engine.push(BooleanItem.of(x1.equalsWithLimits(x2, engine.limits)));
  },
  NOTEQUAL: (engine) => {
    const x2 = engine.pop();
    const x1 = engine.pop();
    engine.push(BooleanItem.of(!x1.equalsWithLimits(x2, engine.limits)));
  }
};

// dist/neovm/jump-table/describe.js
var strict = new TextDecoder("utf-8", { fatal: true });
function describeKey(key) {
  if (key instanceof IntegerItem)
    return key.value.toString();
  if (key instanceof BooleanItem)
    return key.value ? "True" : "False";
  if (key instanceof ByteStringItem) {
    try {
      return `"${strict.decode(key.bytes)}"`;
    } catch {
      return `"Base64: ${Buffer.from(key.bytes).toString("base64")}"`;
    }
  }
  return String(key);
}

// dist/neovm/jump-table/compound.js
function stackOf(engine) {
  return engine.currentContext.evaluationStack;
}
function invalidType(op, x) {
  return new VMFault(`Invalid type for ${op}: ${stackItemTypeName(x.type)}`);
}
function throwCatchable(engine, message) {
  engine.executeThrow(ByteStringItem.fromString(message));
}
function pack(make, what) {
  return (engine) => {
    const stack = stackOf(engine);
    const size = toInt32(engine.pop().getInteger());
    if (size < 0 || size > stack.count) {
      throw new VMFault(`The ${what} size is out of valid range, ${size}/[0, ${stack.count}].`);
    }
    const array = make();
    for (let i = 0; i < size; i++)
      array.items.push(stack.popNoRef());
    array.stackReferences++;
    stack.pushItemCounted(array, 1);
  };
}
function newFilled(engine, make, what, fill, check) {
  const n = toInt32(engine.pop().getInteger());
  if (n < 0 || n > engine.limits.maxStackSize) {
    throw new VMFault(`The ${what} size is out of valid range, ${n}/[0, ${engine.limits.maxStackSize}].`);
  }
  check?.();
  const array = make(new Array(n).fill(fill));
  array.stackReferences++;
  stackOf(engine).pushItemCounted(array, n + 1);
}
function checkedIndex(engine, key) {
  const index = key.getInteger();
  if (index < 0n || index >= BigInt(engine.limits.maxItemSize)) {
    throw new VMFault(`The index ${index} is invalid for OpCode HASKEY.`);
  }
  return index;
}
var compoundHandlers = {
  /** Pops size, then size (key, value) pairs; pushes a Map. */
  PACKMAP: (engine) => {
    const stack = stackOf(engine);
    const rc = engine.referenceCounter;
    const size = toInt32(engine.pop().getInteger());
    if (size < 0 || size * 2 > stack.count) {
      throw new VMFault(`The map size is out of valid range, 2*${size}/[0, ${stack.count}].`);
    }
    const map = new MapItem();
    for (let i = 0; i < size; i++) {
      const key = stack.popNoRefAs(PrimitiveType);
      const value = stack.popNoRef();
      const old = map.get(key);
      if (old !== void 0) {
        rc.removeStackReference(key);
        rc.removeStackReference(old);
      }
      map.set(key, value);
    }
    map.stackReferences++;
    stack.pushItemCounted(map, 1);
  },
  PACKSTRUCT: pack(() => new StructItem(), "struct"),
  PACK: pack(() => new ArrayItem(), "array"),
  /** Pops an Array, Struct or Map; pushes its items (last first) and their count. */
  UNPACK: (engine) => {
    const stack = stackOf(engine);
    const compound = stack.popNoRefAs(CompoundType);
    compound.stackReferences--;
    engine.referenceCounter.removeStackReference(NULL);
    const referenced = compound.isStackReferenced;
    if (compound instanceof MapItem) {
      const entries = compound.entries();
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, value] = entries[i];
        if (referenced) {
          stack.push(value);
          stack.pushItemCounted(key, 1);
        } else {
          stack.pushItemCounted(value, 0);
          stack.pushItemCounted(key, 0);
        }
      }
    } else if (compound instanceof ArrayItem) {
      const items2 = compound.items;
      for (let i = items2.length - 1; i >= 0; i--) {
        if (referenced)
          stack.push(items2[i]);
        else
          stack.pushItemCounted(items2[i], 0);
      }
    } else {
      throw invalidType("UNPACK", compound);
    }
    engine.push(integerOf(compound.count));
  },
  NEWARRAY0: (engine) => engine.push(new ArrayItem()),
  /** Pops n; pushes an Array of n nulls. */
  NEWARRAY: (engine) => newFilled(engine, (items2) => new ArrayItem(items2), "array", NULL),
  /** Pops n; pushes an Array of n default values of the operand's type. */
  NEWARRAY_T: (engine, instruction) => {
    const type = instruction.tokenU8;
    const fill = type === StackItemType.Boolean ? BooleanItem.FALSE : type === StackItemType.Integer ? integer(0n) : type === StackItemType.ByteString ? ByteStringItem.EMPTY : NULL;
    newFilled(engine, (items2) => new ArrayItem(items2), "array", fill, () => {
      if (!isStackItemType(type))
        throw new VMFault(`Invalid type for NEWARRAY_T: ${type}`);
    });
  },
  NEWSTRUCT0: (engine) => engine.push(new StructItem()),
  /** Pops n; pushes a Struct of n nulls. */
  NEWSTRUCT: (engine) => newFilled(engine, (items2) => new StructItem(items2), "struct", NULL),
  NEWMAP: (engine) => engine.push(new MapItem()),
  /** Pops 1; pushes its item count or byte size. */
  SIZE: (engine) => {
    const x = engine.pop();
    if (x instanceof CompoundType)
      engine.push(integerOf(x.count));
    else if (x instanceof PrimitiveType)
      engine.push(integerOf(x.size));
    else if (x instanceof BufferItem)
      engine.push(integerOf(x.size));
    else
      throw invalidType("SIZE", x);
  },
  /** Pops key, x; pushes whether x has that index or key. */
  HASKEY: (engine) => {
    const key = stackOf(engine).popAs(PrimitiveType);
    const x = engine.pop();
    if (x instanceof ArrayItem)
      engine.push(BooleanItem.of(checkedIndex(engine, key) < BigInt(x.count)));
    else if (x instanceof MapItem)
      engine.push(BooleanItem.of(x.has(key)));
    else if (x instanceof BufferItem)
      engine.push(BooleanItem.of(checkedIndex(engine, key) < BigInt(x.size)));
    else if (x instanceof ByteStringItem)
      engine.push(BooleanItem.of(checkedIndex(engine, key) < BigInt(x.size)));
    else
      throw invalidType("HASKEY", x);
  },
  /** Pops a Map; pushes an Array of its keys. */
  KEYS: (engine) => {
    const map = stackOf(engine).popAs(MapItem);
    const array = new ArrayItem(map.keys());
    array.stackReferences++;
    stackOf(engine).pushItemCounted(array, map.count + 1);
  },
  /** Pops an Array or Map; pushes an Array of its values (structs cloned). */
  VALUES: (engine) => {
    const stack = stackOf(engine);
    const rc = engine.referenceCounter;
    const x = stack.popNoRef();
    let values;
    if (x instanceof ArrayItem) {
      x.stackReferences--;
      values = x.items;
    } else if (x instanceof MapItem) {
      x.stackReferences--;
      values = x.values();
      if (!x.isStackReferenced)
        rc.addStackReference(NULL, -x.count);
    } else {
      throw invalidType("VALUES", x);
    }
    const referenced = x.isStackReferenced;
    const result = new ArrayItem();
    for (const item2 of values) {
      if (referenced) {
        const copy2 = item2 instanceof StructItem ? item2.clone(engine.limits).result : item2;
        result.items.push(copy2);
        rc.addStackReference(copy2);
      } else if (item2 instanceof StructItem) {
        const copy2 = item2.clone(engine.limits).result;
        rc.removeStackReference(item2);
        rc.addStackReference(copy2);
        result.items.push(copy2);
      } else {
        result.items.push(item2);
      }
    }
    result.stackReferences++;
    stack.pushItemCounted(result, 0);
  },
  /** Pops key, x; pushes x[key]. A missing index or key throws a catchable exception. */
  PICKITEM: (engine) => {
    const key = stackOf(engine).popAs(PrimitiveType);
    const x = engine.pop();
    let item2;
    if (x instanceof ArrayItem) {
      const index = key.getInteger();
      if (index < 0n || index >= BigInt(x.count)) {
        return throwCatchable(engine, `The index of VMArray is out of range, ${index}/[0, ${x.count}).`);
      }
      item2 = x.items[Number(index)];
    } else if (x instanceof MapItem) {
      const value = x.get(key);
      if (value === void 0)
        return throwCatchable(engine, `Key ${describeKey(key)} not found in Map.`);
      item2 = value;
    } else if (x instanceof PrimitiveType || x instanceof BufferItem) {
      const bytes = x.getSpan();
      const index = key.getInteger();
      if (index < 0n || index >= BigInt(bytes.length)) {
        const what = x instanceof BufferItem ? "Buffer" : "PrimitiveType";
        return throwCatchable(engine, `The index of ${what} is out of range, ${index}/[0, ${bytes.length}).`);
      }
      item2 = integerOf(bytes[Number(index)]);
    } else {
      throw invalidType("PICKITEM", x);
    }
    engine.push(item2);
  },
  /** Pops item, array; appends the item (a struct is cloned). */
  APPEND: (engine) => {
    let newItem = engine.pop();
    const array = stackOf(engine).popAs(ArrayItem);
    if (newItem instanceof StructItem)
      newItem = newItem.clone(engine.limits).result;
    array.add(newItem);
    if (array.isStackReferenced)
      engine.referenceCounter.addStackReference(newItem);
  },
  /** Pops value, key, x; sets x[key] = value (a struct is cloned). */
  SETITEM: (engine) => {
    const stack = stackOf(engine);
    const rc = engine.referenceCounter;
    let value = stack.popNoRef();
    if (value instanceof StructItem) {
      rc.removeStackReference(value);
      value = value.clone(engine.limits).result;
      rc.addStackReference(value);
    }
    const key = stack.popAs(PrimitiveType);
    const x = engine.pop();
    if (x instanceof ArrayItem) {
      const index = key.getInteger();
      if (index < 0n || index >= BigInt(x.count)) {
        rc.removeStackReference(value);
        return throwCatchable(engine, `The index of VMArray is out of range, ${index}/[0, ${x.count}).`);
      }
      const i = Number(index);
      if (x.isStackReferenced)
        rc.removeStackReference(x.items[i]);
      else
        rc.removeStackReference(value);
      x.set(i, value);
    } else if (x instanceof MapItem) {
      if (x.isStackReferenced) {
        const old = x.get(key);
        if (old !== void 0)
          rc.removeStackReference(old);
        else
          rc.addStackReference(key);
      } else {
        rc.removeStackReference(value);
      }
      x.set(key, value);
    } else if (x instanceof BufferItem) {
      rc.removeStackReference(value);
      const index = key.getInteger();
      if (index < 0n || index >= BigInt(x.size)) {
        return throwCatchable(engine, `The index of Buffer is out of range, ${index}/[0, ${x.size}).`);
      }
      if (!(value instanceof PrimitiveType)) {
        throw new VMFault("Only primitive type values can be set in Buffer in SETITEM.");
      }
      const b = value.getInteger();
      if (b < -128n || b > 255n)
        throw new VMFault(`Overflow in SETITEM, ${b} is not a byte type.`);
      x.bytes[Number(index)] = Number(b) & 255;
    } else {
      throw invalidType("SETITEM", x);
    }
  },
  /** Pops an Array, Struct or Buffer and reverses it in place. */
  REVERSEITEMS: (engine) => {
    const x = engine.pop();
    if (x instanceof ArrayItem)
      x.reverse();
    else if (x instanceof BufferItem)
      x.bytes.reverse();
    else
      throw invalidType("REVERSEITEMS", x);
  },
  /** Pops key, x; removes that index or key. */
  REMOVE: (engine) => {
    const rc = engine.referenceCounter;
    const key = stackOf(engine).popAs(PrimitiveType);
    const x = engine.pop();
    if (x instanceof ArrayItem) {
      const index = key.getInteger();
      if (index < 0n || index >= BigInt(x.count)) {
        throw new VMFault(`The index of VMArray is out of range, ${index}/[0, ${x.count}).`);
      }
      const i = Number(index);
      const item2 = x.items[i];
      x.removeAt(i);
      if (x.isStackReferenced)
        rc.removeStackReference(item2);
    } else if (x instanceof MapItem) {
      const old = x.remove(key);
      if (old !== void 0 && x.isStackReferenced) {
        rc.removeStackReference(key);
        rc.removeStackReference(old);
      }
    } else {
      throw invalidType("REMOVE", x);
    }
  },
  /** Pops an Array, Struct or Map and empties it. */
  CLEARITEMS: (engine) => {
    const x = stackOf(engine).popAs(CompoundType);
    const subItems = [...x.subItems()];
    x.clear();
    if (x.isStackReferenced)
      for (const sub of subItems)
        engine.referenceCounter.removeStackReference(sub);
  },
  /** Pops an Array or Struct; removes its last item and pushes it. */
  POPITEM: (engine) => {
    const x = stackOf(engine).popAs(ArrayItem);
    const index = x.count - 1;
    if (index < 0)
      throw new VMFault("Index was out of range. Must be non-negative and less than the size of the collection.");
    const item2 = x.items[index];
    engine.push(item2);
    x.removeAt(index);
    if (x.isStackReferenced)
      engine.referenceCounter.removeStackReference(item2);
  }
};

// dist/neovm/vm-state.js
var VMState = { NONE: "NONE", HALT: "HALT", FAULT: "FAULT", BREAK: "BREAK" };

// dist/neovm/jump-table/control.js
function jumpOffset(engine, offset) {
  engine.executeJump(engine.currentContext.instructionPointer + offset);
}
var i8 = (i) => i.tokenI8;
var i32 = (i) => i.tokenI32;
var jmp = (offset) => (engine, instruction) => jumpOffset(engine, offset(instruction));
var jmpIf = (offset, when) => (engine, instruction) => {
  if (engine.pop().getBoolean() === when)
    jumpOffset(engine, offset(instruction));
};
var jmpCmp = (offset, test) => (engine, instruction) => {
  const x2 = engine.pop().getInteger();
  const x1 = engine.pop().getInteger();
  if (test(x1, x2))
    jumpOffset(engine, offset(instruction));
};
var eq = (a, b) => a === b;
var ne = (a, b) => a !== b;
var gt = (a, b) => a > b;
var ge = (a, b) => a >= b;
var lt = (a, b) => a < b;
var le = (a, b) => a <= b;
function executeTry(engine, catchOffset, finallyOffset) {
  if (catchOffset === 0 && finallyOffset === 0) {
    throw new VMFault("catchOffset and finallyOffset can't both be 0 in a TRY block.");
  }
  const context2 = engine.currentContext;
  if (context2.tryStack === void 0)
    context2.tryStack = [];
  else if (context2.tryStack.length >= engine.limits.maxTryNestingDepth) {
    throw new VMFault("MaxTryNestingDepth exceed.");
  }
  const ip = context2.instructionPointer;
  context2.tryStack.push({
    catchPointer: catchOffset === 0 ? -1 : ip + catchOffset,
    finallyPointer: finallyOffset === 0 ? -1 : ip + finallyOffset,
    endPointer: -1,
    state: TryState.Try
  });
}
function executeEndTry(engine, endOffset) {
  const context2 = engine.currentContext;
  const current = context2.tryStack?.[context2.tryStack.length - 1];
  if (current === void 0)
    throw new VMFault("The corresponding TRY block cannot be found.");
  if (current.state === TryState.Finally) {
    throw new VMFault("The opcode ENDTRY can't be executed in a FINALLY block.");
  }
  const endPointer = context2.instructionPointer + endOffset;
  if (current.finallyPointer >= 0) {
    current.state = TryState.Finally;
    current.endPointer = endPointer;
    context2.instructionPointer = current.finallyPointer;
  } else {
    context2.tryStack.pop();
    context2.instructionPointer = endPointer;
  }
  engine.isJumping = true;
}
var controlHandlers = {
  NOP: () => {
  },
  JMP: jmp(i8),
  JMP_L: jmp(i32),
  JMPIF: jmpIf(i8, true),
  JMPIF_L: jmpIf(i32, true),
  JMPIFNOT: jmpIf(i8, false),
  JMPIFNOT_L: jmpIf(i32, false),
  JMPEQ: jmpCmp(i8, eq),
  JMPEQ_L: jmpCmp(i32, eq),
  JMPNE: jmpCmp(i8, ne),
  JMPNE_L: jmpCmp(i32, ne),
  JMPGT: jmpCmp(i8, gt),
  JMPGT_L: jmpCmp(i32, gt),
  JMPGE: jmpCmp(i8, ge),
  JMPGE_L: jmpCmp(i32, ge),
  JMPLT: jmpCmp(i8, lt),
  JMPLT_L: jmpCmp(i32, lt),
  JMPLE: jmpCmp(i8, le),
  JMPLE_L: jmpCmp(i32, le),
  /** Pops 0: calls ip + offset in a clone of the current context. */
  CALL: (engine, i) => engine.executeCall(engine.currentContext.instructionPointer + i.tokenI8),
  CALL_L: (engine, i) => engine.executeCall(engine.currentContext.instructionPointer + i.tokenI32),
  /** Pops 1 pointer into the current script: calls it. */
  CALLA: (engine) => {
    const x = engine.currentContext.evaluationStack.popAs(PointerItem);
    if (x.script !== engine.currentContext.script)
      throw new VMFault("Pointers can't be shared between scripts");
    engine.executeCall(x.position);
  },
  /** Method tokens belong to the Neo layer; the bare VM has none. */
  CALLT: (_engine, i) => {
    throw new VMFault(`Token not found: ${i.tokenU16}`);
  },
  ABORT: () => {
    throw new VMFault("ABORT is executed.");
  },
  /** Pops 1: faults unless it is true. */
  ASSERT: (engine) => {
    if (!engine.pop().getBoolean())
      throw new VMFault("ASSERT is executed with false result.");
  },
  /** Pops 1: throws it as a catchable exception. */
  THROW: (engine) => engine.executeThrow(engine.pop()),
  TRY: (engine, i) => executeTry(engine, i.tokenI8, i.tokenI8_1),
  TRY_L: (engine, i) => executeTry(engine, i.tokenI32, i.tokenI32_1),
  ENDTRY: (engine, i) => executeEndTry(engine, i.tokenI8),
  ENDTRY_L: (engine, i) => executeEndTry(engine, i.tokenI32),
  /** Ends a FINALLY block: continues after the TRY, or rethrows a pending exception. */
  ENDFINALLY: (engine) => {
    const context2 = engine.currentContext;
    const current = context2.tryStack?.pop();
    if (current === void 0)
      throw new VMFault("The corresponding TRY block cannot be found.");
    if (engine.uncaughtException === null)
      context2.instructionPointer = current.endPointer;
    else
      engine.executeThrow(engine.uncaughtException);
    engine.isJumping = true;
  },
  /** Returns: moves the context's items to the caller (checking RVCount) and unloads it. */
  RET: (engine) => {
    const stack = engine.invocationStack;
    const popped = stack.pop();
    const target = stack.length === 0 ? engine.resultStack : stack[stack.length - 1].evaluationStack;
    if (popped.evaluationStack !== target) {
      const n = popped.evaluationStack.count;
      if (popped.rvCount >= 0 && n !== popped.rvCount) {
        throw new VMFault(`Return value count mismatch: expected ${popped.rvCount}, but got ${n} items on the evaluation stack`);
      }
      popped.evaluationStack.copyTo(target);
    }
    if (stack.length === 0)
      engine.state = VMState.HALT;
    engine.contextUnloaded(popped);
    engine.isJumping = true;
  },
  /** Calls the host's syscall hook; faults without one. */
  SYSCALL: (engine, i) => {
    const method = i.tokenU32;
    const syscall = engine.hooks.syscall;
    if (syscall === void 0)
      throw new VMFault(`Syscall not found: ${method}`);
    syscall(engine, method, i);
  }
};

// dist/neovm/jump-table/numeric.js
var unary = (f) => (engine) => engine.push(integer(f(engine.pop().getInteger())));
var binary2 = (f) => (engine) => {
  const x2 = engine.pop().getInteger();
  const x1 = engine.pop().getInteger();
  engine.push(integer(f(x1, x2)));
};
var compare = (f) => (engine) => {
  const x2 = engine.pop().getInteger();
  const x1 = engine.pop().getInteger();
  engine.push(BooleanItem.of(f(x1, x2)));
};
var order = (f) => (engine) => {
  const x2 = engine.pop();
  const x1 = engine.pop();
  engine.push(BooleanItem.of(!x1.isNull && !x2.isNull && f(x1.getInteger(), x2.getInteger())));
};
function nonZero(d) {
  if (d === 0n)
    throw new VMFault("Attempted to divide by zero.");
  return d;
}
var numericHandlers = {
  SIGN: unary((x) => x > 0n ? 1n : x < 0n ? -1n : 0n),
  ABS: unary((x) => x < 0n ? -x : x),
  NEGATE: unary((x) => -x),
  INC: unary((x) => x + 1n),
  DEC: unary((x) => x - 1n),
  ADD: binary2((a, b) => a + b),
  SUB: binary2((a, b) => a - b),
  MUL: binary2((a, b) => a * b),
  /** Truncates toward zero. */
  DIV: binary2((a, b) => a / nonZero(b)),
  /** The remainder has the sign of the dividend. */
  MOD: binary2((a, b) => a % nonZero(b)),
  /** Pops exponent (0..MaxShift), value. */
  POW: (engine) => {
    const exponent = toInt32(engine.pop().getInteger());
    assertShift(engine.limits, exponent);
    const value = engine.pop().getInteger();
    engine.push(integer(value ** BigInt(exponent)));
  },
  SQRT: unary(sqrt),
  /** Pops modulus, x2, x1: pushes x1 * x2 % modulus. */
  MODMUL: (engine) => {
    const modulus = engine.pop().getInteger();
    const x2 = engine.pop().getInteger();
    const x1 = engine.pop().getInteger();
    engine.push(integer(x1 * x2 % nonZero(modulus)));
  },
  /** Pops modulus, exponent, value; exponent -1 means the modular inverse. */
  MODPOW: (engine) => {
    const modulus = engine.pop().getInteger();
    const exponent = engine.pop().getInteger();
    const value = engine.pop().getInteger();
    engine.push(integer(exponent === -1n ? modInverse(value, modulus) : modPow(value, exponent, modulus)));
  },
  /** Pops shift (0..MaxShift), x. */
  SHL: (engine) => {
    const shift = toInt32(engine.pop().getInteger());
    assertShift(engine.limits, shift);
    const x = engine.pop().getInteger();
    engine.push(integer(x << BigInt(shift)));
  },
  SHR: (engine) => {
    const shift = toInt32(engine.pop().getInteger());
    assertShift(engine.limits, shift);
    const x = engine.pop().getInteger();
    engine.push(integer(x >> BigInt(shift)));
  },
  /** Pops 1 boolean, pushes its negation. */
  NOT: (engine) => engine.push(BooleanItem.of(!engine.pop().getBoolean())),
  BOOLAND: (engine) => {
    const x2 = engine.pop().getBoolean();
    const x1 = engine.pop().getBoolean();
    engine.push(BooleanItem.of(x1 && x2));
  },
  BOOLOR: (engine) => {
    const x2 = engine.pop().getBoolean();
    const x1 = engine.pop().getBoolean();
    engine.push(BooleanItem.of(x1 || x2));
  },
  NZ: (engine) => engine.push(BooleanItem.of(engine.pop().getInteger() !== 0n)),
  NUMEQUAL: compare((a, b) => a === b),
  NUMNOTEQUAL: compare((a, b) => a !== b),
  LT: order((a, b) => a < b),
  LE: order((a, b) => a <= b),
  GT: order((a, b) => a > b),
  GE: order((a, b) => a >= b),
  // biome-ignore lint/complexity/useMathMinMax: BigInt operands (Math.min would throw).
  MIN: binary2((a, b) => a < b ? a : b),
  // biome-ignore lint/complexity/useMathMinMax: BigInt operands (Math.max would throw).
  MAX: binary2((a, b) => a > b ? a : b),
  /** Pops b, a, x: pushes a <= x < b. */
  WITHIN: (engine) => {
    const b = engine.pop().getInteger();
    const a = engine.pop().getInteger();
    const x = engine.pop().getInteger();
    engine.push(BooleanItem.of(a <= x && x < b));
  }
};

// dist/neovm/jump-table/push.js
var pushInt = (engine, instruction) => {
  let item2 = instruction.cached;
  if (item2 === void 0)
    item2 = instruction.cached = new IntegerItem(bigIntFromLE(instruction.operand));
  engine.push(item2);
};
var pushData = (engine, instruction) => {
  assertMaxItemSize(engine.limits, instruction.operand.length);
  let item2 = instruction.cached;
  if (item2 === void 0)
    item2 = instruction.cached = new ByteStringItem(instruction.operand);
  engine.push(item2);
};
function pushConst(value) {
  const item2 = integerOf(value);
  return (engine) => engine.push(item2);
}
var pushHandlers = {
  PUSHINT8: pushInt,
  PUSHINT16: pushInt,
  PUSHINT32: pushInt,
  PUSHINT64: pushInt,
  PUSHINT128: pushInt,
  PUSHINT256: pushInt,
  PUSHT: (engine) => engine.push(BooleanItem.TRUE),
  PUSHF: (engine) => engine.push(BooleanItem.FALSE),
  /** A pointer to ip + offset in the current script. */
  PUSHA: (engine, instruction) => {
    const context2 = engine.currentContext;
    const position = context2.instructionPointer + instruction.tokenI32;
    if (position < 0 || position > context2.script.length) {
      throw new VMFault(`Bad pointer address(Instruction instruction) ${position}`);
    }
    engine.push(new PointerItem(context2.script, position));
  },
  PUSHNULL: (engine) => engine.push(NULL),
  PUSHDATA1: pushData,
  PUSHDATA2: pushData,
  PUSHDATA4: pushData,
  PUSHM1: pushConst(-1),
  ...Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`PUSH${i}`, pushConst(i)]))
};

// dist/neovm/slot.js
var Slot = class _Slot {
  referenceCounter;
  items;
  constructor(items2, referenceCounter) {
    this.referenceCounter = referenceCounter;
    this.items = items2;
  }
  /** `count` null entries. */
  static ofSize(count, rc) {
    rc.inc(count);
    return new _Slot(new Array(count).fill(NULL), rc);
  }
  /** The given items, counted as referenced. */
  static of(items2, rc) {
    for (const item2 of items2)
      rc.addStackReference(item2);
    return new _Slot(items2, rc);
  }
  /** The top `count` items of a stack, moved (entry 0 is the former top). */
  static fromStack(stack, count, rc) {
    const items2 = new Array(count);
    for (let i = 0; i < count; i++)
      items2[i] = stack.popNoRef();
    return new _Slot(items2, rc);
  }
  get count() {
    return this.items.length;
  }
  get(index) {
    return this.items[index];
  }
  set(index, value) {
    this.referenceCounter.removeStackReference(this.items[index]);
    this.items[index] = value;
    this.referenceCounter.addStackReference(value);
  }
  /** Pops the top of `stack` into entry `index`. */
  store(stack, index) {
    if (index < 0 || index >= this.items.length) {
      throw new VMFault(`Out of stack bounds: ${index}/${this.items.length}`);
    }
    this.referenceCounter.removeStackReference(this.items[index]);
    this.items[index] = stack.popNoRef();
  }
  clearReferences() {
    for (const item2 of this.items)
      this.referenceCounter.removeStackReference(item2);
  }
};

// dist/neovm/jump-table/slot.js
var statics = (e) => e.currentContext.staticFields;
var locals = (e) => e.currentContext.localVariables;
var args = (e) => e.currentContext.arguments;
function load(engine, slot, index) {
  if (slot === void 0)
    throw new VMFault("Slot has not been initialized.");
  if (index < 0 || index >= slot.count) {
    throw new VMFault(`Index out of range when loading from slot: ${index}, ${index}/[0, ${slot.count}).`);
  }
  engine.push(slot.get(index));
}
function store(engine, slot, index) {
  if (slot === void 0)
    throw new VMFault("Slot has not been initialized.");
  slot.store(engine.currentContext.evaluationStack, index);
}
function family(ld, st, of) {
  const out = {};
  for (let i = 0; i <= 6; i++) {
    out[`${ld}${i}`] = (engine) => load(engine, of(engine), i);
    out[`${st}${i}`] = (engine) => store(engine, of(engine), i);
  }
  out[ld] = (engine, instruction) => load(engine, of(engine), instruction.tokenU8);
  out[st] = (engine, instruction) => store(engine, of(engine), instruction.tokenU8);
  return out;
}
var slotHandlers = {
  /** Creates the static fields (operand: count), once per script. */
  INITSSLOT: (engine, instruction) => {
    const context2 = engine.currentContext;
    if (context2.staticFields !== void 0)
      throw new VMFault("INITSSLOT cannot be executed twice.");
    const n = instruction.tokenU8;
    if (n === 0)
      throw new VMFault(`The operand ${n} is invalid for OpCode.INITSSLOT.`);
    context2.staticFields = Slot.ofSize(n, engine.referenceCounter);
  },
  /** Creates locals (first operand byte) and arguments (second byte, popped from the stack). */
  INITSLOT: (engine, instruction) => {
    const context2 = engine.currentContext;
    if (context2.localVariables !== void 0 || context2.arguments !== void 0) {
      throw new VMFault("INITSLOT cannot be executed twice.");
    }
    if (instruction.tokenU16 === 0)
      throw new VMFault(`The operand ${instruction.tokenU16} is invalid for OpCode.INITSLOT.`);
    const nLocals = instruction.tokenU8;
    const nArgs = instruction.tokenU8_1;
    if (nLocals > 0)
      context2.localVariables = Slot.ofSize(nLocals, engine.referenceCounter);
    if (nArgs > 0)
      context2.arguments = Slot.fromStack(context2.evaluationStack, nArgs, engine.referenceCounter);
  },
  ...family("LDSFLD", "STSFLD", statics),
  ...family("LDLOC", "STLOC", locals),
  ...family("LDARG", "STARG", args)
};

// dist/neovm/jump-table/splice.js
var spliceHandlers = {
  /** Pops length, pushes a zeroed buffer. */
  NEWBUFFER: (engine) => {
    const length = toInt32(engine.pop().getInteger());
    assertMaxItemSize(engine.limits, length);
    engine.push(new BufferItem(length));
  },
  /** Pops count, si, src, di, dst: copies src[si..si+count] into dst at di. */
  MEMCPY: (engine) => {
    const count = toInt32(engine.pop().getInteger());
    if (count < 0)
      throw new VMFault(`The count can not be negative for MEMCPY, count: ${count}.`);
    const si = toInt32(engine.pop().getInteger());
    if (si < 0)
      throw new VMFault(`The source index can not be negative for MEMCPY, index: ${si}.`);
    const src = engine.pop().getSpan();
    if (si + count > src.length) {
      throw new VMFault(`The source index + count is out of range for MEMCPY, index: ${si}, count: ${count}, ${si}/[0, ${src.length}].`);
    }
    const di = toInt32(engine.pop().getInteger());
    if (di < 0)
      throw new VMFault(`The destination index can not be negative for MEMCPY, index: ${si}.`);
    const dst = engine.currentContext.evaluationStack.popAs(BufferItem);
    if (di + count > dst.size) {
      throw new VMFault(`The destination index + count is out of range for MEMCPY, index: ${di}, count: ${count}, ${di}/[0, ${dst.size}].`);
    }
    dst.bytes.set(src.subarray(si, si + count), di);
  },
  /** Pops x2, x1: pushes x1 followed by x2. */
  CAT: (engine) => {
    const x2 = engine.pop().getSpan();
    const x1 = engine.pop().getSpan();
    const length = x1.length + x2.length;
    assertMaxItemSize(engine.limits, length);
    const out = new Uint8Array(length);
    out.set(x1, 0);
    out.set(x2, x1.length);
    engine.push(BufferItem.wrap(out));
  },
  /** Pops count, index, x: pushes x[index..index+count]. */
  SUBSTR: (engine) => {
    const count = toInt32(engine.pop().getInteger());
    if (count < 0)
      throw new VMFault(`The count can not be negative for SUBSTR, count: ${count}.`);
    const index = toInt32(engine.pop().getInteger());
    if (index < 0)
      throw new VMFault(`The index can not be negative for SUBSTR, index: ${index}.`);
    const x = engine.pop().getSpan();
    if (index + count > x.length) {
      throw new VMFault(`The index + count is out of range for SUBSTR, index: ${index}, count: ${count}, ${index + count}/[0, ${x.length}].`);
    }
    engine.push(new BufferItem(x.subarray(index, index + count)));
  },
  /** Pops count, x: pushes the first count bytes. */
  LEFT: (engine) => {
    const count = toInt32(engine.pop().getInteger());
    if (count < 0)
      throw new VMFault(`The count can not be negative for LEFT, count: ${count}.`);
    const x = engine.pop().getSpan();
    if (count > x.length)
      throw new VMFault(`The count is out of range for LEFT, ${count}/[0, ${x.length}].`);
    engine.push(new BufferItem(x.subarray(0, count)));
  },
  /** Pops count, x: pushes the last count bytes. */
  RIGHT: (engine) => {
    const count = toInt32(engine.pop().getInteger());
    if (count < 0)
      throw new VMFault(`The count can not be negative for RIGHT, count: ${count}.`);
    const x = engine.pop().getSpan();
    if (count > x.length)
      throw new VMFault(`The count is out of range for RIGHT, ${count}/[0, ${x.length}].`);
    engine.push(new BufferItem(x.subarray(x.length - count)));
  }
};

// dist/neovm/jump-table/stack.js
var stackHandlers = {
  /** Pushes the number of items on the stack. */
  DEPTH: (engine) => engine.push(integerOf(engine.currentContext.evaluationStack.count)),
  /** Pops 1. */
  DROP: (engine) => {
    engine.pop();
  },
  /** Removes the second item. */
  NIP: (engine) => {
    engine.currentContext.evaluationStack.remove(1);
  },
  /** Pops n, then removes the item n below the top. */
  XDROP: (engine) => {
    const n = toInt32(engine.pop().getInteger());
    if (n < 0)
      throw new VMFault(`The negative value ${n} is invalid for OpCode.XDROP.`);
    engine.currentContext.evaluationStack.remove(n);
  },
  /** Removes every item. */
  CLEAR: (engine) => engine.currentContext.evaluationStack.clear(),
  /** Pushes a copy of the top. */
  DUP: (engine) => engine.push(engine.peek()),
  /** Pushes a copy of the second item. */
  OVER: (engine) => engine.push(engine.peek(1)),
  /** Pops n, pushes a copy of the item n below the top. */
  PICK: (engine) => {
    const n = toInt32(engine.pop().getInteger());
    if (n < 0)
      throw new VMFault(`The negative value ${n} is invalid for OpCode.PICK.`);
    engine.push(engine.peek(n));
  },
  /** Copies the top below the second item. */
  TUCK: (engine) => engine.currentContext.evaluationStack.insert(2, engine.peek()),
  SWAP: (engine) => {
    const stack = engine.currentContext.evaluationStack;
    if (stack.count < 2)
      throw new VMFault(`Swap index is out of stack bounds: 1/${stack.count}`);
    stack.swap(0, 1);
  },
  /** Moves the third item to the top. */
  ROT: (engine) => engine.currentContext.evaluationStack.roll(2),
  /** Pops n, moves the item n below the top to the top. */
  ROLL: (engine) => {
    const n = toInt32(engine.pop().getInteger());
    engine.currentContext.evaluationStack.roll(n);
  },
  REVERSE3: (engine) => engine.currentContext.evaluationStack.reverse(3),
  REVERSE4: (engine) => engine.currentContext.evaluationStack.reverse(4),
  /** Pops n, reverses the top n items. */
  REVERSEN: (engine) => {
    const n = toInt32(engine.pop().getInteger());
    engine.currentContext.evaluationStack.reverse(n);
  }
};

// dist/neovm/types/convert.js
function cannot(item2, type) {
  return new InvalidCastFault(`Cannot convert ${stackItemTypeName(item2.type)} to ${stackItemTypeName(type)}.`);
}
function convertTo(item2, type) {
  if (item2 instanceof NullItem) {
    if (type === StackItemType.Any || !isStackItemType(type)) {
      throw new InvalidCastFault(`Type Null can't be converted to StackItemType: ${stackItemTypeName(type)}`);
    }
    return item2;
  }
  if (type === item2.type)
    return item2;
  if (type === StackItemType.Boolean)
    return BooleanItem.of(item2.getBoolean());
  if (item2 instanceof PrimitiveType) {
    switch (type) {
      case StackItemType.Integer:
        return integer(item2.getInteger());
      case StackItemType.ByteString:
        return new ByteStringItem(item2.memory());
      case StackItemType.Buffer:
        return new BufferItem(item2.memory());
    }
    throw cannot(item2, type);
  }
  if (item2 instanceof BufferItem) {
    switch (type) {
      case StackItemType.Integer:
        if (item2.bytes.length > INTEGER_MAX_SIZE)
          throw cannot(item2, type);
        return integer(bigIntFromLE(item2.bytes));
      case StackItemType.ByteString:
        return new ByteStringItem(item2.bytes.slice());
    }
    throw cannot(item2, type);
  }
  if (item2 instanceof StructItem) {
    if (type === StackItemType.Array)
      return new ArrayItem([...item2.items]);
    throw cannot(item2, type);
  }
  if (item2 instanceof ArrayItem && type === StackItemType.Struct)
    return new StructItem([...item2.items]);
  throw cannot(item2, type);
}

// dist/neovm/jump-table/types.js
var typesHandlers = {
  /** Pops 1, pushes whether it is null. */
  ISNULL: (engine) => engine.push(BooleanItem.of(engine.pop().isNull)),
  /** Pops 1, pushes whether it has the operand's type. */
  ISTYPE: (engine, instruction) => {
    const x = engine.pop();
    const type = instruction.tokenU8;
    if (type === StackItemType.Any || !isStackItemType(type)) {
      throw new VMFault(`Invalid type: ${stackItemTypeName(type)}`);
    }
    engine.push(BooleanItem.of(x.type === type));
  },
  /** Pops 1, pushes it converted to the operand's type. */
  CONVERT: (engine, instruction) => {
    const x = engine.pop();
    engine.push(convertTo(x, instruction.tokenU8));
  },
  /** Pops a message and faults with it (not catchable). */
  ABORTMSG: (engine) => {
    const msg = engine.pop().getString();
    throw new VMFault(`ABORTMSG is executed. Reason: ${msg ?? ""}`);
  },
  /** Pops a message and a condition; faults with the message when the condition is false. */
  ASSERTMSG: (engine) => {
    const msg = engine.pop().getString();
    const x = engine.pop().getBoolean();
    if (!x)
      throw new VMFault(`ASSERTMSG is executed with false result. Reason: ${msg ?? ""}`);
  }
};

// dist/neovm/jump-table/index.js
var HANDLER_GROUPS = {
  push: pushHandlers,
  control: controlHandlers,
  stack: stackHandlers,
  slot: slotHandlers,
  splice: spliceHandlers,
  bitwise: bitwiseHandlers,
  numeric: numericHandlers,
  compound: compoundHandlers,
  types: typesHandlers
};
var invalidOpcode = (_engine, instruction) => {
  throw new VMFault(`Opcode ${opcodeName(instruction.opcode)} is undefined.`);
};
function createJumpTable(overrides = {}) {
  const byName = /* @__PURE__ */ new Map();
  for (const group of Object.values(HANDLER_GROUPS)) {
    for (const [name, handler] of Object.entries(group)) {
      if (byName.has(name))
        throw new Error(`Opcode ${name} is already defined.`);
      byName.set(name, handler);
    }
  }
  for (const [name, handler] of Object.entries(overrides)) {
    if (!byName.has(name))
      throw new Error(`Unknown opcode ${name} in jump table overrides.`);
    byName.set(name, handler);
  }
  const table = new Array(256).fill(invalidOpcode);
  for (const info of OPCODES) {
    const handler = byName.get(info.name);
    if (handler === void 0)
      throw new Error(`Opcode ${info.name} has no handler.`);
    table[info.code] = handler;
  }
  return Object.freeze(table);
}

// dist/neovm/reference-counter.js
var ReferenceCounter = class {
  limits;
  count = 0;
  constructor(limits) {
    this.limits = limits;
  }
  inc(n = 1) {
    this.count += n;
  }
  dec(n = 1) {
    this.count -= n;
  }
  addStackReference(item2, n = 1) {
    this.count += n;
    if (item2 instanceof CompoundType) {
      item2.stackReferences += n;
      if (item2.stackReferences === n) {
        for (const sub of item2.subItems())
          this.addStackReference(sub);
      }
    }
  }
  removeStackReference(item2) {
    if (item2 instanceof CompoundType) {
      if (item2.stackReferences !== 0) {
        this.count--;
        item2.stackReferences--;
        if (item2.stackReferences === 0) {
          for (const sub of item2.subItems())
            this.removeStackReference(sub);
        }
      }
    } else {
      this.count--;
    }
  }
  /** Faults when more items are referenced than MaxStackSize allows. */
  postExecuteInstruction() {
    if (this.count > this.limits.maxStackSize) {
      throw new VMFault(`MaxStackSize exceed: ${this.count}/${this.limits.maxStackSize}`);
    }
  }
};

// dist/neovm/script.js
var I8_TARGETS = new Set(["JMP", "JMPIF", "JMPIFNOT", "JMPEQ", "JMPNE", "JMPGT", "JMPGE", "JMPLT", "JMPLE", "CALL", "ENDTRY"].map((n) => OpCode[n]));
var I32_TARGETS = new Set([
  "PUSHA",
  "JMP_L",
  "JMPIF_L",
  "JMPIFNOT_L",
  "JMPEQ_L",
  "JMPNE_L",
  "JMPGT_L",
  "JMPGE_L",
  "JMPLT_L",
  "JMPLE_L",
  "CALL_L",
  "ENDTRY_L"
].map((n) => OpCode[n]));
var Script = class {
  bytes;
  strictMode;
  length;
  instructions;
  constructor(bytes, strictMode = false) {
    this.bytes = bytes;
    this.strictMode = strictMode;
    assertScriptBytes(bytes, "Script: bytes");
    if (typeof strictMode !== "boolean")
      throw new InvalidArgumentError("Script: strictMode: expected a boolean");
    this.length = bytes.length;
    this.instructions = new Array(bytes.length);
    if (strictMode)
      this.validate();
  }
  /** The instruction at `ip` (decoded once, then cached). */
  getInstruction(ip) {
    let instruction = this.instructions[ip];
    if (instruction === void 0) {
      if (ip >= this.length || ip < 0)
        throw new VMFault(`Instruction position out of range: ${ip}/${this.length}`);
      if (this.strictMode)
        throw new VMFault(`Instruction not found at position ${ip} in strict mode.`);
      instruction = Instruction.decode(this.bytes, ip);
      this.instructions[ip] = instruction;
    }
    return instruction;
  }
  /** The opcode byte at `index`. */
  opcodeAt(index) {
    return this.bytes[index];
  }
  validate() {
    const at = /* @__PURE__ */ new Map();
    for (let ip = 0; ip < this.length; ) {
      const instruction = Instruction.decode(this.bytes, ip);
      this.instructions[ip] = instruction;
      at.set(ip, instruction);
      ip += instruction.size;
    }
    const bad = (ip, i) => new BadScriptFault(`ip: ${ip}, opcode: 0x${i.opcode.toString(16).padStart(2, "0")}`);
    for (const [ip, i] of at) {
      const op = i.opcode;
      if (I8_TARGETS.has(op) && !at.has(ip + i.tokenI8))
        throw bad(ip, i);
      if (I32_TARGETS.has(op) && !at.has(ip + i.tokenI32))
        throw bad(ip, i);
      if (op === OpCode.TRY && (!at.has(ip + i.tokenI8) || !at.has(ip + i.tokenI8_1)))
        throw bad(ip, i);
      if (op === OpCode.TRY_L && (!at.has(ip + i.tokenI32) || !at.has(ip + i.tokenI32_1)))
        throw bad(ip, i);
      if (op === OpCode.NEWARRAY_T || op === OpCode.ISTYPE || op === OpCode.CONVERT) {
        const type = i.tokenU8;
        if (!isStackItemType(type))
          throw bad(ip, i);
        if (op !== OpCode.NEWARRAY_T && type === StackItemType.Any)
          throw bad(ip, i);
      }
    }
  }
};

// dist/neovm/engine.js
var VMUnhandledException = class extends VMFault {
  exception;
  name = "VMUnhandledException";
  constructor(exception) {
    super(unhandledMessage(exception));
    this.exception = exception;
  }
};
function unhandledMessage(e) {
  let s = e instanceof ByteStringItem ? e : void 0;
  if (s === void 0 && e instanceof ArrayItem && e.count > 0 && e.items[0] instanceof ByteStringItem) {
    s = e.items[0];
  }
  const base = "An unhandled exception was thrown.";
  return s ? `${base} ${new TextDecoder().decode(s.bytes)}` : base;
}
var DEFAULT_TABLE = createJumpTable();
var ExecutionEngine = class {
  stateValue = VMState.BREAK;
  /** Set by handlers that moved the instruction pointer themselves. */
  isJumping = false;
  limits;
  jumpTable;
  hooks;
  referenceCounter;
  /** Bottom first; the current context is the last element. */
  invocationStack = [];
  currentContext = null;
  entryContext = null;
  resultStack;
  uncaughtException = null;
  /** The error that faulted the engine. */
  faultException = null;
  constructor(options = {}) {
    assertEngineOptions(options);
    this.limits = options.limits ?? DEFAULT_LIMITS;
    this.jumpTable = options.jumpTable ?? DEFAULT_TABLE;
    this.hooks = options.hooks ?? {};
    this.referenceCounter = new ReferenceCounter(this.limits);
    this.resultStack = new EvaluationStack(this.referenceCounter);
  }
  get state() {
    return this.stateValue;
  }
  set state(value) {
    if (this.stateValue !== value) {
      this.stateValue = value;
      this.hooks.onStateChanged?.(this, value);
    }
  }
  /** The fault's message, or null. */
  get faultMessage() {
    if (this.stateValue !== VMState.FAULT)
      return null;
    const e = this.faultException;
    return e instanceof Error ? e.message : String(e);
  }
  /** Runs until HALT or FAULT. */
  execute() {
    if (this.stateValue === VMState.BREAK)
      this.state = VMState.NONE;
    while (this.stateValue !== VMState.HALT && this.stateValue !== VMState.FAULT)
      this.executeNext();
    return this.stateValue;
  }
  /** Runs one instruction (HALT when no context is left). */
  executeNext() {
    if (this.invocationStack.length === 0) {
      this.state = VMState.HALT;
      return;
    }
    try {
      const context2 = this.currentContext;
      const current = context2.currentInstruction;
      const instruction = current ?? Instruction.RET;
      this.hooks.preExecuteInstruction?.(this, instruction);
      try {
        this.jumpTable[instruction.opcode](this, instruction);
      } finally {
        this.hooks.postExecuteInstruction?.(this, current);
        this.referenceCounter.postExecuteInstruction();
      }
      if (!this.isJumping && current !== null)
        context2.instructionPointer += instruction.size;
      this.isJumping = false;
    } catch (error) {
      this.faultException = error;
      this.state = VMState.FAULT;
      this.hooks.onFault?.(this, error);
    }
  }
  /** Pushes a context on the invocation stack; it becomes the current one. */
  loadContext(context2) {
    if (this.invocationStack.length >= this.limits.maxInvocationStackSize) {
      throw new VMFault(`MaxInvocationStackSize exceed: ${this.invocationStack.length}`);
    }
    this.invocationStack.push(context2);
    this.entryContext ??= context2;
    this.currentContext = context2;
  }
  /** Loads a script (bytes or a Script) as a new context; `rvCount` -1 returns every item. */
  loadScript(script2, rvCount = -1, initialPosition = 0) {
    const s = script2 instanceof Script ? script2 : new Script(script2);
    assertLoadScript(s.length, rvCount, initialPosition);
    const context2 = ExecutionContext.create(s, rvCount, this.referenceCounter, initialPosition);
    this.loadContext(context2);
    return context2;
  }
  /** Bookkeeping after a context left the invocation stack. */
  contextUnloaded(context2) {
    const stack = this.invocationStack;
    if (stack.length === 0) {
      this.currentContext = null;
      this.entryContext = null;
    } else {
      this.currentContext = stack[stack.length - 1];
    }
    if (context2.staticFields !== void 0 && context2.staticFields !== this.currentContext?.staticFields) {
      context2.staticFields.clearReferences();
    }
    context2.localVariables?.clearReferences();
    context2.arguments?.clearReferences();
    this.hooks.onContextUnloaded?.(this, context2);
  }
  peek(index = 0) {
    return this.currentContext.evaluationStack.peek(index);
  }
  pop() {
    return this.currentContext.evaluationStack.pop();
  }
  push(item2) {
    this.currentContext.evaluationStack.push(item2);
  }
  /** Moves the current context's pointer to `position`, which must lie inside the script. */
  executeJump(position) {
    const context2 = this.currentContext;
    if (position < 0 || position >= context2.script.length) {
      throw new VMFault(`Jump out of range for position: ${position}`);
    }
    context2.instructionPointer = position;
    this.isJumping = true;
  }
  /** Calls `position` in the current script: a clone of the current context. */
  executeCall(position) {
    this.loadContext(this.currentContext.clone(position));
  }
  /**
   * Throws `ex` as a script exception: unwinds to the nearest TRY with a catch or finally
   * block, or faults with VMUnhandledException when there is none.
   */
  executeThrow(ex) {
    this.uncaughtException = ex;
    const stack = this.invocationStack;
    let pop = 0;
    for (let i = stack.length - 1; i >= 0; i--) {
      const context2 = stack[i];
      const tryStack = context2.tryStack;
      if (tryStack !== void 0) {
        while (tryStack.length > 0) {
          const t = tryStack[tryStack.length - 1];
          if (t.state === TryState.Finally || t.state === TryState.Catch && t.finallyPointer < 0) {
            tryStack.pop();
            continue;
          }
          for (let k = 0; k < pop; k++)
            this.contextUnloaded(stack.pop());
          if (t.state === TryState.Try && t.catchPointer >= 0) {
            t.state = TryState.Catch;
            this.push(this.uncaughtException);
            context2.instructionPointer = t.catchPointer;
            this.uncaughtException = null;
          } else {
            t.state = TryState.Finally;
            context2.instructionPointer = t.finallyPointer;
          }
          this.isJumping = true;
          return;
        }
      }
      pop++;
    }
    throw new VMUnhandledException(this.uncaughtException);
  }
};

// dist/neovm/types/deep-copy.js
function deepCopy(item2, asImmutable = false) {
  return copy(item2, /* @__PURE__ */ new Map(), asImmutable);
}
function copy(item2, refMap, asImmutable) {
  const mapped = refMap.get(item2);
  if (mapped)
    return mapped;
  if (item2 instanceof ArrayItem) {
    const result = item2 instanceof StructItem ? new StructItem() : new ArrayItem();
    refMap.set(item2, result);
    for (const sub of item2.items)
      result.items.push(copy(sub, refMap, asImmutable));
    result.isReadOnly = item2.isReadOnly || asImmutable;
    return result;
  }
  if (item2 instanceof MapItem) {
    const result = new MapItem();
    refMap.set(item2, result);
    for (const [k, v] of item2.entries())
      result.set(k, copy(v, refMap, asImmutable));
    result.isReadOnly = item2.isReadOnly || asImmutable;
    return result;
  }
  if (item2 instanceof BufferItem) {
    const result = asImmutable ? new ByteStringItem(item2.bytes.slice()) : new BufferItem(item2.bytes);
    refMap.set(item2, result);
    return result;
  }
  return item2;
}

// dist/neovm/debugger.js
var Debugger = class {
  engine;
  breakPoints = /* @__PURE__ */ new Map();
  constructor(engine) {
    this.engine = engine;
    if (!(engine instanceof ExecutionEngine))
      throw new InvalidArgumentError("Debugger: expected an ExecutionEngine");
  }
  addBreakPoint(script2, position) {
    let set = this.breakPoints.get(script2);
    if (set === void 0)
      this.breakPoints.set(script2, set = /* @__PURE__ */ new Set());
    set.add(position);
  }
  removeBreakPoint(script2, position) {
    const set = this.breakPoints.get(script2);
    if (set === void 0 || !set.delete(position))
      return false;
    if (set.size === 0)
      this.breakPoints.delete(script2);
    return true;
  }
  /** Runs until HALT, FAULT or a breakpoint. */
  execute() {
    const engine = this.engine;
    if (engine.state === VMState.BREAK)
      engine.state = VMState.NONE;
    while (engine.state === VMState.NONE)
      this.executeAndCheckBreakPoints();
    return engine.state;
  }
  /** Runs one instruction. */
  stepInto() {
    const engine = this.engine;
    if (engine.state === VMState.HALT || engine.state === VMState.FAULT)
      return engine.state;
    engine.executeNext();
    if (engine.state === VMState.NONE)
      engine.state = VMState.BREAK;
    return engine.state;
  }
  /** Runs until the current context returns. */
  stepOut() {
    const engine = this.engine;
    if (engine.state === VMState.BREAK)
      engine.state = VMState.NONE;
    const depth = engine.invocationStack.length;
    while (engine.state === VMState.NONE && engine.invocationStack.length >= depth) {
      this.executeAndCheckBreakPoints();
    }
    if (engine.state === VMState.NONE)
      engine.state = VMState.BREAK;
    return engine.state;
  }
  /** Runs one instruction, and the whole call if it is one. */
  stepOver() {
    const engine = this.engine;
    if (engine.state === VMState.HALT || engine.state === VMState.FAULT)
      return engine.state;
    engine.state = VMState.NONE;
    const depth = engine.invocationStack.length;
    do {
      this.executeAndCheckBreakPoints();
    } while (engine.state === VMState.NONE && engine.invocationStack.length > depth);
    if (engine.state === VMState.NONE)
      engine.state = VMState.BREAK;
    return engine.state;
  }
  executeAndCheckBreakPoints() {
    const engine = this.engine;
    engine.executeNext();
    if (engine.state === VMState.NONE && engine.invocationStack.length > 0 && this.breakPoints.size > 0) {
      const context2 = engine.currentContext;
      if (this.breakPoints.get(context2.script)?.has(context2.instructionPointer))
        engine.state = VMState.BREAK;
    }
  }
};

// dist/neovm/vmjson/lossless-json.js
var JsonNumber = class {
  raw;
  constructor(raw) {
    this.raw = raw;
  }
  toString() {
    return this.raw;
  }
};
var JsonSyntaxError = class extends Error {
  name = "JsonSyntaxError";
};
function parseJson(text) {
  let pos = 0;
  if (text.charCodeAt(0) === 65279)
    pos = 1;
  const fail = (what) => {
    const before = text.slice(0, pos);
    const line = before.split("\n").length;
    const col = pos - before.lastIndexOf("\n");
    throw new JsonSyntaxError(`${what} at line ${line}, column ${col}`);
  };
  const ws = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 10 || c === 13 || c === 9)
        pos++;
      else
        break;
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (depth) => {
    if (depth > 512)
      fail("nesting too deep");
    ws();
    const c = text[pos];
    if (c === "{") {
      pos++;
      const obj = {};
      ws();
      if (text[pos] === "}") {
        pos++;
        return obj;
      }
      for (; ; ) {
        ws();
        if (text[pos] !== '"')
          fail("expected a property name");
        const key = string();
        ws();
        if (text[pos] !== ":")
          fail("expected ':'");
        pos++;
        Object.defineProperty(obj, key, {
          value: value(depth + 1),
          enumerable: true,
          writable: true,
          configurable: true
        });
        ws();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === "}") {
          pos++;
          return obj;
        }
        fail("expected ',' or '}'");
      }
    }
    if (c === "[") {
      pos++;
      const arr2 = [];
      ws();
      if (text[pos] === "]") {
        pos++;
        return arr2;
      }
      for (; ; ) {
        arr2.push(value(depth + 1));
        ws();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === "]") {
          pos++;
          return arr2;
        }
        fail("expected ',' or ']'");
      }
    }
    if (c === '"')
      return string();
    if (text.startsWith("true", pos)) {
      pos += 4;
      return true;
    }
    if (text.startsWith("false", pos)) {
      pos += 5;
      return false;
    }
    if (text.startsWith("null", pos)) {
      pos += 4;
      return null;
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (m) {
      pos += m[0].length;
      return new JsonNumber(m[0]);
    }
    return fail(pos >= text.length ? "unexpected end of input" : `unexpected character '${c}'`);
  };
  const string = () => {
    let end = pos + 1;
    while (end < text.length && text[end] !== '"')
      end += text[end] === "\\" ? 2 : 1;
    if (end >= text.length)
      fail("unterminated string");
    try {
      const s = JSON.parse(text.slice(pos, end + 1));
      pos = end + 1;
      return s;
    } catch {
      return fail("invalid string");
    }
  };
  const result = value(0);
  ws();
  if (pos < text.length)
    fail("unexpected text after the JSON value");
  return result;
}

// dist/neovm/vmjson/runner.js
var testEngineHooks = {
  syscall(engine, method) {
    if (method === 2004318071) {
      engine.currentContext.evaluationStack.push(new InteropInterfaceItem({}));
      return;
    }
    if (method === 2917051870) {
      engine.executeThrow(ByteStringItem.fromString("error"));
      return;
    }
    throw new VMFault(`Syscall not found: ${method}`);
  }
};
var Mismatch = class extends Error {
};
var TYPE_NAMES = {
  null: "Null",
  pointer: "Pointer",
  boolean: "Boolean",
  bytestring: "ByteString",
  string: "ByteString",
  buffer: "Buffer",
  interop: "Interop",
  integer: "Integer",
  array: "Array",
  struct: "Struct",
  map: "Map"
};
function hexOf(value) {
  if (value === void 0 || value === null)
    return "";
  if (typeof value !== "string")
    throw new Mismatch(`expected a hex string, got ${JSON.stringify(value)}`);
  if (value !== "" && !value.startsWith("0x"))
    throw new Mismatch(`'0x' prefix required for value: '${value}'`);
  const h = value.slice(2).toLowerCase();
  if (h.length % 2 !== 0 || !/^[0-9a-f]*$/.test(h))
    throw new Mismatch(`invalid hex '${value}'`);
  return h.length === 0 ? "" : `0x${h}`;
}
function plain(value) {
  if (value instanceof JsonNumber)
    return Number(value.raw);
  return value;
}
function expectedJson(item2) {
  const type = TYPE_NAMES[item2.type.toLowerCase()];
  if (type === void 0)
    throw new Mismatch(`unknown stack item type '${item2.type}'`);
  const v = item2.value;
  switch (item2.type.toLowerCase()) {
    case "null":
      return { type };
    case "pointer":
      return { type, value: v instanceof JsonNumber ? Number(v.raw) : Number(v) };
    case "string":
      return { type, value: testHex(new TextEncoder().encode(String(v ?? ""))) };
    case "bytestring":
    case "buffer":
      return { type, value: hexOf(v) };
    case "integer":
      return { type, value: v instanceof JsonNumber ? v.raw : String(v) };
    case "array":
    case "struct": {
      if (!Array.isArray(v))
        throw new Mismatch(`${type} value must be an array`);
      return { type, value: v.map((e) => expectedJson(toItem(e))) };
    }
    case "map": {
      if (typeof v !== "object" || v === null || Array.isArray(v) || v instanceof JsonNumber) {
        throw new Mismatch("Map value must be an object");
      }
      const out = {};
      for (const [k, e] of Object.entries(v)) {
        Object.defineProperty(out, k, { value: expectedJson(toItem(e)), enumerable: true });
      }
      return { type, value: out };
    }
    default:
      return { type, value: plain(v) };
  }
}
function toItem(v) {
  if (typeof v !== "object" || v === null || Array.isArray(v) || v instanceof JsonNumber) {
    throw new Mismatch("expected a stack item object");
  }
  const type = v.type ?? v.Type;
  if (typeof type !== "string")
    throw new Mismatch("a stack item needs a type");
  return { type, value: v.value ?? v.Value };
}
function same(expected, actual, message) {
  const e = JSON.stringify(expected);
  const a = JSON.stringify(actual);
  if (e !== a)
    throw new Mismatch(`${message}
Expected:
${e}
Actual:
${a}`);
}
function compareItems(expected, actual, message) {
  same(expected?.length ?? 0, actual.length, `${message} Stack length mismatch`);
  for (let x = 0; x < actual.length; x++) {
    same(expectedJson(expected[x]), stackItemToJson(actual[x]), `${message} Stack item #${x} mismatch`);
  }
}
function stackTopFirst(stack) {
  return [...stack.items].reverse();
}
function compareSlot(expected, slot, message) {
  same(expected?.length ?? 0, slot?.count ?? 0, `${message} Slot length mismatch`);
  if (slot)
    compareItems(expected, slot.items, message);
}
function compareContexts(expected, engine, message) {
  const contexts = [...engine.invocationStack].reverse();
  same(expected?.length ?? 0, contexts.length, `${message} [Invocation stack] Stack length mismatch`);
  contexts.forEach((context2, x) => {
    const e = expected[x];
    const m = `${message} [Invocation stack]`;
    const ip = context2.instructionPointer;
    const actualOp = ip >= context2.script.length ? OpCode.RET : context2.script.opcodeAt(ip);
    const expectedOp = OPCODE_BY_NAME.get(e.nextInstruction.toUpperCase())?.code;
    if (expectedOp === void 0)
      throw new Mismatch(`${m} unknown opcode '${e.nextInstruction}'`);
    same(expectedOp, actualOp, `${m} NextInstruction mismatch`);
    same(e.instructionPointer, ip, `${m} InstructionPointer mismatch`);
    if (e.evaluationStack !== null) {
      compareItems(e.evaluationStack, stackTopFirst(context2.evaluationStack), `${m} [EvaluationStack]`);
    }
    compareSlot(e.arguments, context2.arguments, `${m} [Arguments]`);
    compareSlot(e.localVariables, context2.localVariables, `${m} [LocalVariables]`);
    compareSlot(e.staticFields, context2.staticFields, `${m} [StaticFields]`);
  });
}
function compareState(expected, engine, message) {
  same(expected.state.toLowerCase(), engine.state.toLowerCase(), `${message} Engine state mismatch. Actual FaultException: ${engine.faultMessage ?? ""}`);
  if (engine.state === "FAULT") {
    if (expected.exceptionMessage !== null)
      same(expected.exceptionMessage, engine.faultMessage, `${message} [Exception]`);
    return;
  }
  compareContexts(expected.invocationStack, engine, message);
  if (expected.resultStack !== null) {
    compareItems(expected.resultStack, stackTopFirst(engine.resultStack), `${message} [Result stack]`);
  }
  if (expected.refs !== null) {
    same(expected.refs, engine.referenceCounter.count, `${message} Reference counter value mismatch`);
  }
}
function runVmTest(file, test) {
  const engine = new ExecutionEngine({ hooks: testEngineHooks });
  const debug = new Debugger(engine);
  try {
    if (test.script.length > 0)
      engine.loadScript(test.script);
    for (const step2 of test.steps) {
      for (const action of step2.actions) {
        if (action === "execute")
          debug.execute();
        else if (action === "stepinto")
          debug.stepInto();
        else if (action === "stepout")
          debug.stepOut();
        else
          debug.stepOver();
      }
      const suffix = step2.name ? `-${step2.name}` : "";
      compareState(step2.result, engine, `${file.category}-${file.name}-${test.name}${suffix}:`);
    }
    return { pass: true, error: null };
  } catch (error) {
    return { pass: false, error: error instanceof Error ? error.message : String(error) };
  }
}

// dist/neovm/assembler.js
var AssemblyError = class extends PolyvmError {
  name = "AssemblyError";
  constructor(message, line, source = "assembly") {
    super("NEOVM_ASSEMBLY", `${source}:${line}: ${message}`);
  }
};
var LABEL = /^([A-Za-z_.$][\w.$]*):/;
function tokenize(text, no, source) {
  const out = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const m of text.matchAll(re)) {
    if (m[1] !== void 0) {
      try {
        out.push(`"${JSON.parse(`"${m[1]}"`)}`);
      } catch {
        throw new AssemblyError(`bad string literal ${m[0]}`, no, source);
      }
    } else
      out.push(m[2]);
  }
  return out;
}
function stripComment(line) {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"' && line[i - 1] !== "\\")
      inString = !inString;
    if (!inString && (c === ";" || c === "/" && line[i + 1] === "/"))
      return line.slice(0, i);
  }
  return line;
}
function hexBytes(token, no, source) {
  const h = token.slice(2);
  if (h.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(h))
    throw new AssemblyError(`bad hex ${token}`, no, source);
  return Uint8Array.from(Buffer.from(h, "hex"));
}
function dataOf(token, no, source) {
  if (token.startsWith('"'))
    return new TextEncoder().encode(token.slice(1));
  if (token.startsWith("0x"))
    return hexBytes(token, no, source);
  throw new AssemblyError(`expected 0x... or "string", got ${token}`, no, source);
}
function intOf(token, no, source) {
  if (!/^-?(0x[0-9a-fA-F]+|\d+)$/.test(token))
    throw new AssemblyError(`expected an integer, got ${token}`, no, source);
  return token.startsWith("-") ? -BigInt(token.slice(1)) : BigInt(token);
}
function le2(value, size, signed, no, source) {
  const bits = BigInt(size * 8);
  const min = signed ? -(1n << bits - 1n) : 0n;
  const max = signed ? (1n << bits - 1n) - 1n : (1n << bits) - 1n;
  if (value < min || value > max)
    throw new AssemblyError(`${value} does not fit in ${size} byte(s)`, no, source);
  const x = value < 0n ? (1n << bits) + value : value;
  const out = [];
  for (let i = 0n; i < BigInt(size); i++)
    out.push(Number(x >> 8n * i & 0xffn));
  return out;
}
function operandSize(info, args2, no, source) {
  if (info.kind !== "data")
    return info.operand;
  return info.prefix + dataOf(args2[0] ?? "", no, source).length;
}
function assemble(text, source = "assembly") {
  const labels = /* @__PURE__ */ new Map();
  const lines = [];
  let offset = 0;
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const no = i + 1;
    let body = stripComment(rawLine).trim();
    for (let m = LABEL.exec(body); m; m = LABEL.exec(body)) {
      if (labels.has(m[1]))
        throw new AssemblyError(`label '${m[1]}' defined twice`, no, source);
      labels.set(m[1], offset);
      body = body.slice(m[0].length).trim();
    }
    if (body === "")
      return;
    const tokens = tokenize(body, no, source);
    const head = tokens[0];
    if (head.startsWith("0x")) {
      const raw = hexBytes(head, no, source);
      if (tokens.length > 1)
        throw new AssemblyError("raw bytes take one 0x... literal", no, source);
      lines.push({ no, info: null, args: [], raw, offset, size: raw.length });
      offset += raw.length;
      return;
    }
    const info = OPCODE_BY_NAME.get(head.toUpperCase());
    if (info === void 0)
      throw new AssemblyError(`unknown opcode '${head}'`, no, source);
    const args2 = tokens.slice(1);
    const want = info.kind === "none" ? 0 : info.kind.endsWith("x2") ? 2 : 1;
    if (args2.length !== want) {
      throw new AssemblyError(`${info.name} takes ${want} operand(s), got ${args2.length}`, no, source);
    }
    const size = 1 + operandSize(info, args2, no, source);
    lines.push({ no, info, args: args2, raw: null, offset, size });
    offset += size;
  });
  const out = [];
  for (const line of lines) {
    if (line.raw) {
      out.push(...line.raw);
      continue;
    }
    const { info, args: args2, no } = line;
    out.push(info.code);
    const rel = (token) => {
      const target = labels.get(token);
      return target !== void 0 ? BigInt(target - line.offset) : intOf(token, no, source);
    };
    switch (info.kind) {
      case "none":
        break;
      case "int":
        out.push(...le2(intOf(args2[0], no, source), info.operand, true, no, source));
        break;
      case "data": {
        const data = dataOf(args2[0], no, source);
        out.push(...le2(BigInt(data.length), info.prefix, false, no, source), ...data);
        break;
      }
      case "i8":
      case "i32":
        out.push(...le2(rel(args2[0]), info.operand, true, no, source));
        break;
      case "i8x2":
      case "i32x2": {
        const half = info.operand / 2;
        for (const a of args2)
          out.push(...le2(a === "0" ? 0n : rel(a), half, true, no, source));
        break;
      }
      case "u8":
      case "u16":
      case "u32":
        out.push(...le2(intOf(args2[0], no, source), info.operand, false, no, source));
        break;
      case "u8x2":
        for (const a of args2)
          out.push(...le2(intOf(a, no, source), 1, false, no, source));
        break;
      case "type": {
        const a = args2[0];
        const code = stackItemTypeByName(a);
        out.push(code !== void 0 ? code : Number(le2(intOf(a, no, source), 1, false, no, source)[0]));
        break;
      }
    }
  }
  return Uint8Array.from(out);
}

// dist/neovm/vmjson/test-file.js
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
var ShapeError = class extends Error {
};
function isObj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof JsonNumber);
}
function prop(o, name) {
  if (Object.hasOwn(o, name))
    return o[name];
  const lower = name.toLowerCase();
  for (const k of Object.keys(o))
    if (k.toLowerCase() === lower)
      return o[k];
  return void 0;
}
function str(v, where, optional = false) {
  if ((v === void 0 || v === null) && optional)
    return null;
  if (typeof v !== "string")
    throw new ShapeError(`${where}: expected a string`);
  return v;
}
function int(v, where, optional = false) {
  if ((v === void 0 || v === null) && optional)
    return null;
  if (!(v instanceof JsonNumber) || !/^-?\d+$/.test(v.raw))
    throw new ShapeError(`${where}: expected an integer`);
  return Number(v.raw);
}
function arr(v, where) {
  if (v === void 0 || v === null)
    return null;
  if (!Array.isArray(v))
    throw new ShapeError(`${where}: expected an array`);
  return v;
}
function hex(value, where) {
  if (value === "")
    return new Uint8Array(0);
  if (!value.startsWith("0x"))
    throw new ShapeError(`${where}: '0x' prefix required for value: '${value}'`);
  const h = value.slice(2);
  if (h.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(h))
    throw new ShapeError(`${where}: invalid hex '${value}'`);
  return Uint8Array.from(Buffer.from(h, "hex"));
}
function script(v, where) {
  if (typeof v === "string")
    return hex(v, where);
  const entries = arr(v, where);
  if (entries === null)
    return new Uint8Array(0);
  const parts = [];
  entries.forEach((e, i) => {
    const s = str(e, `${where}[${i}]`);
    const op = OPCODE_BY_NAME.get(s);
    if (op !== void 0)
      parts.push(op.code);
    else
      for (const b of hex(s, `${where}[${i}]`))
        parts.push(b);
  });
  return Uint8Array.from(parts);
}
function items(v, where) {
  const list = arr(v, where);
  if (list === null)
    return null;
  return list.map((e, i) => item(e, `${where}[${i}]`));
}
function item(v, where) {
  if (!isObj(v))
    throw new ShapeError(`${where}: expected a stack item object`);
  return { type: str(prop(v, "type"), `${where}.type`), value: prop(v, "value") };
}
var ACTIONS = /* @__PURE__ */ new Set(["execute", "stepinto", "stepout", "stepover"]);
function step(v, where) {
  if (!isObj(v))
    throw new ShapeError(`${where}: expected an object`);
  const actions = (arr(prop(v, "actions"), `${where}.actions`) ?? []).map((a, i) => {
    const s = str(a, `${where}.actions[${i}]`).toLowerCase();
    if (!ACTIONS.has(s))
      throw new ShapeError(`${where}.actions[${i}]: unknown action '${String(a)}'`);
    return s;
  });
  const r = prop(v, "result");
  if (!isObj(r))
    throw new ShapeError(`${where}.result: expected an object`);
  const contexts = arr(prop(r, "invocationStack"), `${where}.result.invocationStack`);
  return {
    name: str(prop(v, "name"), `${where}.name`, true),
    actions,
    result: {
      state: str(prop(r, "state"), `${where}.result.state`),
      resultStack: items(prop(r, "resultStack"), `${where}.result.resultStack`),
      invocationStack: contexts?.map((c, i) => context(c, `${where}.result.invocationStack[${i}]`)) ?? null,
      exceptionMessage: str(prop(r, "exceptionMessage"), `${where}.result.exceptionMessage`, true),
      refs: int(prop(r, "refs"), `${where}.result.refs`, true)
    }
  };
}
function context(v, where) {
  if (!isObj(v))
    throw new ShapeError(`${where}: expected an object`);
  return {
    instructionPointer: int(prop(v, "instructionPointer") ?? new JsonNumber("0"), `${where}.instructionPointer`),
    nextInstruction: str(prop(v, "nextInstruction") ?? "PUSHINT8", `${where}.nextInstruction`),
    evaluationStack: items(prop(v, "evaluationStack"), `${where}.evaluationStack`),
    staticFields: items(prop(v, "staticFields"), `${where}.staticFields`),
    arguments: items(prop(v, "arguments"), `${where}.arguments`),
    localVariables: items(prop(v, "localVariables"), `${where}.localVariables`)
  };
}
function parseVmTestFile(text, label) {
  let json;
  try {
    json = parseJson(text);
  } catch (error) {
    throw new InvalidInputFileError(`${label}: not valid JSON: ${error.message}`, {
      cause: error
    });
  }
  try {
    if (!isObj(json))
      throw new ShapeError("top level: expected an object");
    const name = str(prop(json, "name"), "name", true);
    if (!name)
      throw new ShapeError("name: Name is required");
    const tests = (arr(prop(json, "tests"), "tests") ?? []).map((t, i) => {
      const where = `tests[${i}]`;
      if (!isObj(t))
        throw new ShapeError(`${where}: expected an object`);
      const testName = str(prop(t, "name"), `${where}.name`, true);
      if (!testName)
        throw new ShapeError(`${where}.name: Name is required`);
      return {
        name: testName,
        script: script(prop(t, "script"), `${where}.script`),
        steps: (arr(prop(t, "steps"), `${where}.steps`) ?? []).map((s, j) => step(s, `${where}.steps[${j}]`))
      };
    });
    return { category: str(prop(json, "category"), "category", true) ?? "", name, tests };
  } catch (error) {
    if (error instanceof ShapeError)
      throw new InvalidInputFileError(`${label}: ${error.message}`);
    throw error;
  }
}
function loadVmTestFile(path) {
  let text;
  try {
    const raw = readFileSync(path);
    text = (path.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
  } catch (error) {
    throw new InvalidInputFileError(`${path}: cannot read: ${error.message}`, { cause: error });
  }
  return parseVmTestFile(text, path);
}

// dist/neovm/script-builder.js
var PUSHINT_SIZES = [
  [1, "PUSHINT8"],
  [2, "PUSHINT16"],
  [4, "PUSHINT32"],
  [8, "PUSHINT64"],
  [16, "PUSHINT128"],
  [32, "PUSHINT256"]
];
function opcodeOf(op) {
  if (typeof op === "string") {
    const info = OPCODE_BY_NAME.get(op);
    if (info === void 0)
      throw new InvalidArgumentError(`unknown opcode '${op}'`);
    return info.code;
  }
  if (!Number.isInteger(op) || OPCODE_BY_CODE[op] === void 0)
    throw new InvalidArgumentError(`unknown opcode ${typeof op === "number" ? `0x${op.toString(16)}` : typeof op}`);
  return op;
}
function le32(value) {
  return [value & 255, value >>> 8 & 255, value >>> 16 & 255, value >>> 24 & 255];
}
var ScriptBuilder = class {
  bytes = [];
  get length() {
    return this.bytes.length;
  }
  /** An opcode (by byte or name) followed by raw operand bytes. */
  emit(op, operand = []) {
    assertByteList(operand, "emit: operand");
    this.bytes.push(opcodeOf(op));
    for (let i = 0; i < operand.length; i++)
      this.bytes.push(operand[i] & 255);
    return this;
  }
  emitRaw(bytes) {
    assertByteList(bytes, "emitRaw: bytes");
    for (let i = 0; i < bytes.length; i++)
      this.bytes.push(bytes[i] & 255);
    return this;
  }
  /** CALL with an 8-bit offset when it fits, else CALL_L. */
  emitCall(offset) {
    assertSafeInteger(offset, "emitCall: offset", -(2 ** 31), 2 ** 31 - 1);
    if (offset < -128 || offset > 127)
      return this.emit(OpCode.CALL_L, le32(offset));
    return this.emit(OpCode.CALL, [offset & 255]);
  }
  /** A JMP* opcode; a short form becomes its _L form when the offset needs 32 bits. */
  emitJump(op, offset) {
    assertSafeInteger(offset, "emitJump: offset", -(2 ** 31), 2 ** 31 - 1);
    let code = opcodeOf(op);
    if (code < OpCode.JMP || code > OpCode.JMPLE_L) {
      throw new InvalidArgumentError(`not a jump opcode: ${OPCODE_BY_CODE[code].name}`);
    }
    if (code % 2 === 0 && (offset < -128 || offset > 127))
      code += 1;
    return code % 2 === 0 ? this.emit(code, [offset & 255]) : this.emit(code, le32(offset));
  }
  /** The shortest push of an integer, boolean, byte array or (UTF-8) string. */
  emitPush(value) {
    if (typeof value === "boolean")
      return this.emit(value ? OpCode.PUSHT : OpCode.PUSHF);
    if (typeof value === "string")
      return this.emitPush(new TextEncoder().encode(value));
    if (value instanceof Uint8Array)
      return this.pushData(value);
    if (typeof value !== "number" && typeof value !== "bigint")
      throw new InvalidArgumentError(`emitPush: expected a bigint, number, boolean, Uint8Array or string, got ${value === null ? "null" : typeof value}`);
    if (typeof value === "number" && !Number.isSafeInteger(value)) {
      throw new InvalidArgumentError(`emitPush: ${value} is not a safe integer; pass a bigint`);
    }
    const v = BigInt(value);
    if (v >= -1n && v <= 16n)
      return this.emit(OpCode.PUSH0 + Number(v));
    const data = bigIntToLE(v);
    const row = PUSHINT_SIZES.find(([size]) => data.length <= size);
    if (row === void 0)
      throw new InvalidArgumentError(`emitPush: ${v} does not fit in 32 bytes`);
    const operand = new Array(row[0]).fill(v < 0n ? 255 : 0);
    for (let i = 0; i < data.length; i++)
      operand[i] = data[i];
    return this.emit(row[1], operand);
  }
  emitSysCall(api) {
    assertSafeInteger(api, "emitSysCall: api", 0, 2 ** 32 - 1);
    return this.emit(OpCode.SYSCALL, le32(api >>> 0));
  }
  toArray() {
    return Uint8Array.from(this.bytes);
  }
  pushData(data) {
    const n = data.length;
    if (n < 256)
      this.emit(OpCode.PUSHDATA1, [n]);
    else if (n < 65536)
      this.emit(OpCode.PUSHDATA2, [n & 255, n >> 8]);
    else
      this.emit(OpCode.PUSHDATA4, le32(n));
    return this.emitRaw(data);
  }
};

// dist/neovm/index.js
function assemble2(text, source = "assembly") {
  assertString(text, "assemble: text");
  assertString(source, "assemble: source");
  return assemble(text, source);
}
function disassemble2(script2) {
  assertScriptBytes(script2, "disassemble: script");
  return disassemble(script2);
}
function loadVmTestFile2(path) {
  assertString(path, "loadVmTestFile: path");
  return loadVmTestFile(path);
}

export {
  OPCODES,
  OPCODE_BY_CODE,
  StackItemType,
  VMFault,
  InvalidCastFault,
  DEFAULT_LIMITS,
  assertShift,
  bigIntFromLE,
  bigIntToLE,
  toInt32,
  ArrayItem,
  PrimitiveType,
  BooleanItem,
  BufferItem,
  INTEGER_MAX_SIZE,
  IntegerItem,
  integer,
  integerOf,
  ByteStringItem,
  InteropInterfaceItem,
  MapItem,
  NullItem,
  NULL,
  PointerItem,
  StructItem,
  stackItemToJson,
  formatInstruction,
  JsonNumber,
  parseJson,
  ExecutionContext,
  HANDLER_GROUPS,
  createJumpTable,
  Script,
  VMUnhandledException,
  ExecutionEngine,
  ScriptBuilder,
  deepCopy,
  runVmTest,
  assemble2 as assemble,
  disassemble2 as disassemble,
  loadVmTestFile2 as loadVmTestFile
};
