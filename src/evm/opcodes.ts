/**
 * The EVM opcode table (Yellow Paper appendix H, execution-specs `vm/instructions`): one
 * row per opcode. Dispatch, per-fork availability and static gas, the tracer's names, the
 * assembler and the disassembler are all derived from these rows.
 */
import type { ForkName } from './fork-names.js';

export interface OpcodeRow {
  readonly code: number;
  readonly name: string;
  /** Stack items read (popped or, for DUP/SWAP, inspected). */
  readonly pops: number;
  /** Stack items left on top: the net growth is `pushes - pops`. */
  readonly pushes: number;
  /** Bytes of immediate data after the opcode (PUSHn). */
  readonly immediate: number;
  readonly since: ForkName;
  /** Static gas as of Frontier; forks that reprice an opcode override it in fork-rules.ts. */
  readonly gas: number;
}

const rows: OpcodeRow[] = [];
function op(
  code: number,
  name: string,
  pops: number,
  pushes: number,
  gas: number,
  since: ForkName = 'Frontier',
  immediate = 0,
): void {
  rows.push({ code, name, pops, pushes, immediate, since, gas });
}

op(0x00, 'STOP', 0, 0, 0);
op(0x01, 'ADD', 2, 1, 3);
op(0x02, 'MUL', 2, 1, 5);
op(0x03, 'SUB', 2, 1, 3);
op(0x04, 'DIV', 2, 1, 5);
op(0x05, 'SDIV', 2, 1, 5);
op(0x06, 'MOD', 2, 1, 5);
op(0x07, 'SMOD', 2, 1, 5);
op(0x08, 'ADDMOD', 3, 1, 8);
op(0x09, 'MULMOD', 3, 1, 8);
op(0x0a, 'EXP', 2, 1, 10);
op(0x0b, 'SIGNEXTEND', 2, 1, 5);
op(0x10, 'LT', 2, 1, 3);
op(0x11, 'GT', 2, 1, 3);
op(0x12, 'SLT', 2, 1, 3);
op(0x13, 'SGT', 2, 1, 3);
op(0x14, 'EQ', 2, 1, 3);
op(0x15, 'ISZERO', 1, 1, 3);
op(0x16, 'AND', 2, 1, 3);
op(0x17, 'OR', 2, 1, 3);
op(0x18, 'XOR', 2, 1, 3);
op(0x19, 'NOT', 1, 1, 3);
op(0x1a, 'BYTE', 2, 1, 3);
op(0x1b, 'SHL', 2, 1, 3, 'Constantinople');
op(0x1c, 'SHR', 2, 1, 3, 'Constantinople');
op(0x1d, 'SAR', 2, 1, 3, 'Constantinople');
op(0x20, 'KECCAK256', 2, 1, 30);
op(0x30, 'ADDRESS', 0, 1, 2);
op(0x31, 'BALANCE', 1, 1, 20);
op(0x32, 'ORIGIN', 0, 1, 2);
op(0x33, 'CALLER', 0, 1, 2);
op(0x34, 'CALLVALUE', 0, 1, 2);
op(0x35, 'CALLDATALOAD', 1, 1, 3);
op(0x36, 'CALLDATASIZE', 0, 1, 2);
op(0x37, 'CALLDATACOPY', 3, 0, 3);
op(0x38, 'CODESIZE', 0, 1, 2);
op(0x39, 'CODECOPY', 3, 0, 3);
op(0x3a, 'GASPRICE', 0, 1, 2);
op(0x3b, 'EXTCODESIZE', 1, 1, 20);
op(0x3c, 'EXTCODECOPY', 4, 0, 20);
op(0x3d, 'RETURNDATASIZE', 0, 1, 2, 'Byzantium');
op(0x3e, 'RETURNDATACOPY', 3, 0, 3, 'Byzantium');
op(0x3f, 'EXTCODEHASH', 1, 1, 400, 'Constantinople');
op(0x40, 'BLOCKHASH', 1, 1, 20);
op(0x41, 'COINBASE', 0, 1, 2);
op(0x42, 'TIMESTAMP', 0, 1, 2);
op(0x43, 'NUMBER', 0, 1, 2);
op(0x44, 'PREVRANDAO', 0, 1, 2);
op(0x45, 'GASLIMIT', 0, 1, 2);
op(0x46, 'CHAINID', 0, 1, 2, 'Istanbul');
op(0x47, 'SELFBALANCE', 0, 1, 5, 'Istanbul');
op(0x48, 'BASEFEE', 0, 1, 2, 'London');
op(0x49, 'BLOBHASH', 1, 1, 3, 'Cancun');
op(0x4a, 'BLOBBASEFEE', 0, 1, 2, 'Cancun');
op(0x50, 'POP', 1, 0, 2);
op(0x51, 'MLOAD', 1, 1, 3);
op(0x52, 'MSTORE', 2, 0, 3);
op(0x53, 'MSTORE8', 2, 0, 3);
op(0x54, 'SLOAD', 1, 1, 50);
op(0x55, 'SSTORE', 2, 0, 0);
op(0x56, 'JUMP', 1, 0, 8);
op(0x57, 'JUMPI', 2, 0, 10);
op(0x58, 'PC', 0, 1, 2);
op(0x59, 'MSIZE', 0, 1, 2);
op(0x5a, 'GAS', 0, 1, 2);
op(0x5b, 'JUMPDEST', 0, 0, 1);
op(0x5c, 'TLOAD', 1, 1, 100, 'Cancun');
op(0x5d, 'TSTORE', 2, 0, 100, 'Cancun');
op(0x5e, 'MCOPY', 3, 0, 3, 'Cancun');
op(0x5f, 'PUSH0', 0, 1, 2, 'Shanghai');
for (let n = 1; n <= 32; n++) op(0x5f + n, `PUSH${n}`, 0, 1, 3, 'Frontier', n);
for (let n = 1; n <= 16; n++) op(0x7f + n, `DUP${n}`, n, n + 1, 3);
for (let n = 1; n <= 16; n++) op(0x8f + n, `SWAP${n}`, n + 1, n + 1, 3);
for (let n = 0; n <= 4; n++) op(0xa0 + n, `LOG${n}`, n + 2, 0, 375 * (n + 1));
op(0xf0, 'CREATE', 3, 1, 32000);
op(0xf1, 'CALL', 7, 1, 40);
op(0xf2, 'CALLCODE', 7, 1, 40);
op(0xf3, 'RETURN', 2, 0, 0);
op(0xf4, 'DELEGATECALL', 6, 1, 40, 'Homestead');
op(0xf5, 'CREATE2', 4, 1, 32000, 'Constantinople');
op(0xfa, 'STATICCALL', 6, 1, 40, 'Byzantium');
op(0xfd, 'REVERT', 2, 0, 0, 'Byzantium');
op(0xfe, 'INVALID', 0, 0, 0);
op(0xff, 'SELFDESTRUCT', 1, 0, 0);

/** Every defined opcode, ordered by code. */
export const OPCODES: readonly OpcodeRow[] = rows;

/** The row of each byte value, or undefined for an undefined opcode. */
export const OPCODE_BY_CODE: readonly (OpcodeRow | undefined)[] = (() => {
  const t: (OpcodeRow | undefined)[] = new Array(256).fill(undefined);
  for (const r of rows) t[r.code] = r;
  return t;
})();

/** Mnemonic (upper case) to row; `SHA3`, `DIFFICULTY` and `SUICIDE` are accepted aliases. */
export const OPCODE_BY_NAME: ReadonlyMap<string, OpcodeRow> = (() => {
  const m = new Map<string, OpcodeRow>(rows.map((r) => [r.name, r]));
  m.set('SHA3', m.get('KECCAK256')!);
  m.set('DIFFICULTY', m.get('PREVRANDAO')!);
  m.set('SUICIDE', m.get('SELFDESTRUCT')!);
  return m;
})();

/** The tracer's name of a byte: the mnemonic, or `opcode 0xNN not defined`. */
export function opcodeName(code: number): string {
  return OPCODE_BY_CODE[code]?.name ?? `opcode 0x${code.toString(16).padStart(2, '0')} not defined`;
}
