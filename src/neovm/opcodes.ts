/**
 * The NeoVM instruction set, declared once as data (neo-project/neo-vm `src/Neo.VM/OpCode.cs`
 * with its `OperandSize` attributes). Dispatch (jump-table/index.ts), the decoder
 * (instruction.ts), the assembler and the disassembler all derive from this table.
 *
 * Each row: code, name, operand (fixed operand size in bytes), prefix (size of the
 * little-endian length prefix of a variable operand: 0, 1, 2 or 4), pops and pushes
 * (items taken from and left on the evaluation stack; -1 when it depends on the data),
 * and `kind`, how the operand reads in the text form.
 */

/** How an operand is shown and parsed in the readable text form. */
export type OperandKind =
  | 'none'
  | 'int' // PUSHINT8..PUSHINT256: a signed little-endian integer
  | 'data' // PUSHDATA1/2/4: bytes behind a length prefix
  | 'i8' // signed 8-bit jump/call/endtry offset
  | 'i32' // signed 32-bit offset
  | 'i8x2' // TRY: catch and finally offsets
  | 'i32x2' // TRY_L
  | 'u8' // slot index or count
  | 'u8x2' // INITSLOT: locals, arguments
  | 'u16' // CALLT token
  | 'u32' // SYSCALL method id
  | 'type'; // NEWARRAY_T, ISTYPE, CONVERT: a stack item type

export interface OpCodeInfo {
  readonly code: number;
  readonly name: string;
  readonly operand: number;
  readonly prefix: 0 | 1 | 2 | 4;
  readonly pops: number;
  readonly pushes: number;
  readonly kind: OperandKind;
}

type Row = [code: number, name: string, kind: OperandKind, operand: number, pops: number, pushes: number];

const V = -1; // depends on the data

// prettier-ignore
const ROWS: Row[] = [
  // Constants
  [0x00, 'PUSHINT8', 'int', 1, 0, 1],
  [0x01, 'PUSHINT16', 'int', 2, 0, 1],
  [0x02, 'PUSHINT32', 'int', 4, 0, 1],
  [0x03, 'PUSHINT64', 'int', 8, 0, 1],
  [0x04, 'PUSHINT128', 'int', 16, 0, 1],
  [0x05, 'PUSHINT256', 'int', 32, 0, 1],
  [0x08, 'PUSHT', 'none', 0, 0, 1],
  [0x09, 'PUSHF', 'none', 0, 0, 1],
  [0x0a, 'PUSHA', 'i32', 4, 0, 1],
  [0x0b, 'PUSHNULL', 'none', 0, 0, 1],
  [0x0c, 'PUSHDATA1', 'data', 1, 0, 1],
  [0x0d, 'PUSHDATA2', 'data', 2, 0, 1],
  [0x0e, 'PUSHDATA4', 'data', 4, 0, 1],
  [0x0f, 'PUSHM1', 'none', 0, 0, 1],
  [0x10, 'PUSH0', 'none', 0, 0, 1],
  [0x11, 'PUSH1', 'none', 0, 0, 1],
  [0x12, 'PUSH2', 'none', 0, 0, 1],
  [0x13, 'PUSH3', 'none', 0, 0, 1],
  [0x14, 'PUSH4', 'none', 0, 0, 1],
  [0x15, 'PUSH5', 'none', 0, 0, 1],
  [0x16, 'PUSH6', 'none', 0, 0, 1],
  [0x17, 'PUSH7', 'none', 0, 0, 1],
  [0x18, 'PUSH8', 'none', 0, 0, 1],
  [0x19, 'PUSH9', 'none', 0, 0, 1],
  [0x1a, 'PUSH10', 'none', 0, 0, 1],
  [0x1b, 'PUSH11', 'none', 0, 0, 1],
  [0x1c, 'PUSH12', 'none', 0, 0, 1],
  [0x1d, 'PUSH13', 'none', 0, 0, 1],
  [0x1e, 'PUSH14', 'none', 0, 0, 1],
  [0x1f, 'PUSH15', 'none', 0, 0, 1],
  [0x20, 'PUSH16', 'none', 0, 0, 1],
  // Flow control
  [0x21, 'NOP', 'none', 0, 0, 0],
  [0x22, 'JMP', 'i8', 1, 0, 0],
  [0x23, 'JMP_L', 'i32', 4, 0, 0],
  [0x24, 'JMPIF', 'i8', 1, 1, 0],
  [0x25, 'JMPIF_L', 'i32', 4, 1, 0],
  [0x26, 'JMPIFNOT', 'i8', 1, 1, 0],
  [0x27, 'JMPIFNOT_L', 'i32', 4, 1, 0],
  [0x28, 'JMPEQ', 'i8', 1, 2, 0],
  [0x29, 'JMPEQ_L', 'i32', 4, 2, 0],
  [0x2a, 'JMPNE', 'i8', 1, 2, 0],
  [0x2b, 'JMPNE_L', 'i32', 4, 2, 0],
  [0x2c, 'JMPGT', 'i8', 1, 2, 0],
  [0x2d, 'JMPGT_L', 'i32', 4, 2, 0],
  [0x2e, 'JMPGE', 'i8', 1, 2, 0],
  [0x2f, 'JMPGE_L', 'i32', 4, 2, 0],
  [0x30, 'JMPLT', 'i8', 1, 2, 0],
  [0x31, 'JMPLT_L', 'i32', 4, 2, 0],
  [0x32, 'JMPLE', 'i8', 1, 2, 0],
  [0x33, 'JMPLE_L', 'i32', 4, 2, 0],
  [0x34, 'CALL', 'i8', 1, 0, 0],
  [0x35, 'CALL_L', 'i32', 4, 0, 0],
  [0x36, 'CALLA', 'none', 0, 1, 0],
  [0x37, 'CALLT', 'u16', 2, 0, 0],
  [0x38, 'ABORT', 'none', 0, 0, 0],
  [0x39, 'ASSERT', 'none', 0, 1, 0],
  [0x3a, 'THROW', 'none', 0, 1, 0],
  [0x3b, 'TRY', 'i8x2', 2, 0, 0],
  [0x3c, 'TRY_L', 'i32x2', 8, 0, 0],
  [0x3d, 'ENDTRY', 'i8', 1, 0, 0],
  [0x3e, 'ENDTRY_L', 'i32', 4, 0, 0],
  [0x3f, 'ENDFINALLY', 'none', 0, 0, 0],
  [0x40, 'RET', 'none', 0, 0, 0],
  [0x41, 'SYSCALL', 'u32', 4, V, V],
  // Stack
  [0x43, 'DEPTH', 'none', 0, 0, 1],
  [0x45, 'DROP', 'none', 0, 1, 0],
  [0x46, 'NIP', 'none', 0, 2, 1],
  [0x48, 'XDROP', 'none', 0, V, V],
  [0x49, 'CLEAR', 'none', 0, V, 0],
  [0x4a, 'DUP', 'none', 0, 1, 2],
  [0x4b, 'OVER', 'none', 0, 2, 3],
  [0x4d, 'PICK', 'none', 0, V, V],
  [0x4e, 'TUCK', 'none', 0, 2, 3],
  [0x50, 'SWAP', 'none', 0, 2, 2],
  [0x51, 'ROT', 'none', 0, 3, 3],
  [0x52, 'ROLL', 'none', 0, V, V],
  [0x53, 'REVERSE3', 'none', 0, 3, 3],
  [0x54, 'REVERSE4', 'none', 0, 4, 4],
  [0x55, 'REVERSEN', 'none', 0, V, V],
  // Slot
  [0x56, 'INITSSLOT', 'u8', 1, 0, 0],
  [0x57, 'INITSLOT', 'u8x2', 2, V, 0],
  [0x58, 'LDSFLD0', 'none', 0, 0, 1],
  [0x59, 'LDSFLD1', 'none', 0, 0, 1],
  [0x5a, 'LDSFLD2', 'none', 0, 0, 1],
  [0x5b, 'LDSFLD3', 'none', 0, 0, 1],
  [0x5c, 'LDSFLD4', 'none', 0, 0, 1],
  [0x5d, 'LDSFLD5', 'none', 0, 0, 1],
  [0x5e, 'LDSFLD6', 'none', 0, 0, 1],
  [0x5f, 'LDSFLD', 'u8', 1, 0, 1],
  [0x60, 'STSFLD0', 'none', 0, 1, 0],
  [0x61, 'STSFLD1', 'none', 0, 1, 0],
  [0x62, 'STSFLD2', 'none', 0, 1, 0],
  [0x63, 'STSFLD3', 'none', 0, 1, 0],
  [0x64, 'STSFLD4', 'none', 0, 1, 0],
  [0x65, 'STSFLD5', 'none', 0, 1, 0],
  [0x66, 'STSFLD6', 'none', 0, 1, 0],
  [0x67, 'STSFLD', 'u8', 1, 1, 0],
  [0x68, 'LDLOC0', 'none', 0, 0, 1],
  [0x69, 'LDLOC1', 'none', 0, 0, 1],
  [0x6a, 'LDLOC2', 'none', 0, 0, 1],
  [0x6b, 'LDLOC3', 'none', 0, 0, 1],
  [0x6c, 'LDLOC4', 'none', 0, 0, 1],
  [0x6d, 'LDLOC5', 'none', 0, 0, 1],
  [0x6e, 'LDLOC6', 'none', 0, 0, 1],
  [0x6f, 'LDLOC', 'u8', 1, 0, 1],
  [0x70, 'STLOC0', 'none', 0, 1, 0],
  [0x71, 'STLOC1', 'none', 0, 1, 0],
  [0x72, 'STLOC2', 'none', 0, 1, 0],
  [0x73, 'STLOC3', 'none', 0, 1, 0],
  [0x74, 'STLOC4', 'none', 0, 1, 0],
  [0x75, 'STLOC5', 'none', 0, 1, 0],
  [0x76, 'STLOC6', 'none', 0, 1, 0],
  [0x77, 'STLOC', 'u8', 1, 1, 0],
  [0x78, 'LDARG0', 'none', 0, 0, 1],
  [0x79, 'LDARG1', 'none', 0, 0, 1],
  [0x7a, 'LDARG2', 'none', 0, 0, 1],
  [0x7b, 'LDARG3', 'none', 0, 0, 1],
  [0x7c, 'LDARG4', 'none', 0, 0, 1],
  [0x7d, 'LDARG5', 'none', 0, 0, 1],
  [0x7e, 'LDARG6', 'none', 0, 0, 1],
  [0x7f, 'LDARG', 'u8', 1, 0, 1],
  [0x80, 'STARG0', 'none', 0, 1, 0],
  [0x81, 'STARG1', 'none', 0, 1, 0],
  [0x82, 'STARG2', 'none', 0, 1, 0],
  [0x83, 'STARG3', 'none', 0, 1, 0],
  [0x84, 'STARG4', 'none', 0, 1, 0],
  [0x85, 'STARG5', 'none', 0, 1, 0],
  [0x86, 'STARG6', 'none', 0, 1, 0],
  [0x87, 'STARG', 'u8', 1, 1, 0],
  // Splice
  [0x88, 'NEWBUFFER', 'none', 0, 1, 1],
  [0x89, 'MEMCPY', 'none', 0, 5, 0],
  [0x8b, 'CAT', 'none', 0, 2, 1],
  [0x8c, 'SUBSTR', 'none', 0, 3, 1],
  [0x8d, 'LEFT', 'none', 0, 2, 1],
  [0x8e, 'RIGHT', 'none', 0, 2, 1],
  // Bitwise logic
  [0x90, 'INVERT', 'none', 0, 1, 1],
  [0x91, 'AND', 'none', 0, 2, 1],
  [0x92, 'OR', 'none', 0, 2, 1],
  [0x93, 'XOR', 'none', 0, 2, 1],
  [0x97, 'EQUAL', 'none', 0, 2, 1],
  [0x98, 'NOTEQUAL', 'none', 0, 2, 1],
  // Arithmetic
  [0x99, 'SIGN', 'none', 0, 1, 1],
  [0x9a, 'ABS', 'none', 0, 1, 1],
  [0x9b, 'NEGATE', 'none', 0, 1, 1],
  [0x9c, 'INC', 'none', 0, 1, 1],
  [0x9d, 'DEC', 'none', 0, 1, 1],
  [0x9e, 'ADD', 'none', 0, 2, 1],
  [0x9f, 'SUB', 'none', 0, 2, 1],
  [0xa0, 'MUL', 'none', 0, 2, 1],
  [0xa1, 'DIV', 'none', 0, 2, 1],
  [0xa2, 'MOD', 'none', 0, 2, 1],
  [0xa3, 'POW', 'none', 0, 2, 1],
  [0xa4, 'SQRT', 'none', 0, 1, 1],
  [0xa5, 'MODMUL', 'none', 0, 3, 1],
  [0xa6, 'MODPOW', 'none', 0, 3, 1],
  [0xa8, 'SHL', 'none', 0, 2, 1],
  [0xa9, 'SHR', 'none', 0, 2, 1],
  [0xaa, 'NOT', 'none', 0, 1, 1],
  [0xab, 'BOOLAND', 'none', 0, 2, 1],
  [0xac, 'BOOLOR', 'none', 0, 2, 1],
  [0xb1, 'NZ', 'none', 0, 1, 1],
  [0xb3, 'NUMEQUAL', 'none', 0, 2, 1],
  [0xb4, 'NUMNOTEQUAL', 'none', 0, 2, 1],
  [0xb5, 'LT', 'none', 0, 2, 1],
  [0xb6, 'LE', 'none', 0, 2, 1],
  [0xb7, 'GT', 'none', 0, 2, 1],
  [0xb8, 'GE', 'none', 0, 2, 1],
  [0xb9, 'MIN', 'none', 0, 2, 1],
  [0xba, 'MAX', 'none', 0, 2, 1],
  [0xbb, 'WITHIN', 'none', 0, 3, 1],
  // Compound types
  [0xbe, 'PACKMAP', 'none', 0, V, 1],
  [0xbf, 'PACKSTRUCT', 'none', 0, V, 1],
  [0xc0, 'PACK', 'none', 0, V, 1],
  [0xc1, 'UNPACK', 'none', 0, 1, V],
  [0xc2, 'NEWARRAY0', 'none', 0, 0, 1],
  [0xc3, 'NEWARRAY', 'none', 0, 1, 1],
  [0xc4, 'NEWARRAY_T', 'type', 1, 1, 1],
  [0xc5, 'NEWSTRUCT0', 'none', 0, 0, 1],
  [0xc6, 'NEWSTRUCT', 'none', 0, 1, 1],
  [0xc8, 'NEWMAP', 'none', 0, 0, 1],
  [0xca, 'SIZE', 'none', 0, 1, 1],
  [0xcb, 'HASKEY', 'none', 0, 2, 1],
  [0xcc, 'KEYS', 'none', 0, 1, 1],
  [0xcd, 'VALUES', 'none', 0, 1, 1],
  [0xce, 'PICKITEM', 'none', 0, 2, 1],
  [0xcf, 'APPEND', 'none', 0, 2, 0],
  [0xd0, 'SETITEM', 'none', 0, 3, 0],
  [0xd1, 'REVERSEITEMS', 'none', 0, 1, 0],
  [0xd2, 'REMOVE', 'none', 0, 2, 0],
  [0xd3, 'CLEARITEMS', 'none', 0, 1, 0],
  [0xd4, 'POPITEM', 'none', 0, 1, 1],
  // Types
  [0xd8, 'ISNULL', 'none', 0, 1, 1],
  [0xd9, 'ISTYPE', 'type', 1, 1, 1],
  [0xdb, 'CONVERT', 'type', 1, 1, 1],
  // Extensions
  [0xe0, 'ABORTMSG', 'none', 0, 1, 0],
  [0xe1, 'ASSERTMSG', 'none', 0, 2, 0],
];

function toInfo([code, name, kind, size, pops, pushes]: Row): OpCodeInfo {
  const prefixed = kind === 'data';
  return Object.freeze({
    code,
    name,
    operand: prefixed ? 0 : size,
    prefix: (prefixed ? size : 0) as 0 | 1 | 2 | 4,
    pops,
    pushes,
    kind,
  });
}

/** Every opcode, in code order. */
export const OPCODES: readonly OpCodeInfo[] = Object.freeze(ROWS.map(toInfo));

/** Opcode info by byte value; `undefined` for the bytes that are not opcodes. */
export const OPCODE_BY_CODE: readonly (OpCodeInfo | undefined)[] = (() => {
  const table: (OpCodeInfo | undefined)[] = new Array(256).fill(undefined);
  for (const info of OPCODES) table[info.code] = info;
  return Object.freeze(table);
})();

/** Opcode info by its (upper-case, exact) name. */
export const OPCODE_BY_NAME: ReadonlyMap<string, OpCodeInfo> = new Map(OPCODES.map((o) => [o.name, o]));

/** Opcode byte values by name, e.g. `OpCode.PUSH1 === 0x11`. */
export const OpCode: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(OPCODES.map((o) => [o.name, o.code])),
);

/** The name of an opcode byte, or a hex label for a byte that is not one. */
export function opcodeName(code: number): string {
  return OPCODE_BY_CODE[code]?.name ?? `0x${code.toString(16).padStart(2, '0')}`;
}
