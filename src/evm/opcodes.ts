/**
 * The EVM opcode table (Yellow Paper appendix H, execution-specs `vm/instructions`): one
 * row per opcode holding every fact about it: stack effect, immediate bytes, the fork that
 * introduced it, its static gas in each fork that repriced it, how it affects control flow
 * and whether the interpreter loop runs it inline. Dispatch, per-fork static gas, code
 * analysis, the tracer's names, the assembler and the disassembler all read these rows.
 */
import type { ForkName } from './fork-names.js';

/**
 * How an opcode ends a basic block (analysis.ts): it stops the frame or jumps
 * ('terminates'), may jump ('branches'), or reads the gas left and so must see exactly
 * what a per-instruction interpreter would leave it ('readsGas': GAS, SSTORE's EIP-2200
 * stipend check, the CALL and CREATE families).
 */
export type Flow = 'terminates' | 'branches' | 'readsGas';

/** Static gas from a fork on: `[[fork, gas], ...]`, oldest first. */
export type GasSteps = readonly (readonly [ForkName, number])[];

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
  /** Static gas, per fork: the handler charges only what depends on operands or state. */
  readonly gas: GasSteps;
  readonly flow?: Flow;
  /** Run by the interpreter loop itself (interpreter.ts) rather than by a handler. */
  readonly inline: boolean;
}

interface Traits {
  since?: ForkName;
  immediate?: number;
  flow?: Flow;
  inline?: boolean;
}

const rows: OpcodeRow[] = [];
function op(
  code: number,
  name: string,
  pops: number,
  pushes: number,
  gas: number | GasSteps,
  t: Traits = {},
) {
  const steps: GasSteps = typeof gas === 'number' ? [[t.since ?? 'Frontier', gas]] : gas;
  rows.push({
    code,
    name,
    pops,
    pushes,
    immediate: t.immediate ?? 0,
    since: t.since ?? steps[0]![0],
    gas: steps,
    flow: t.flow,
    inline: t.inline ?? false,
  });
}
const inline = { inline: true } as const;

op(0x00, 'STOP', 0, 0, 0, { inline: true, flow: 'terminates' });
op(0x01, 'ADD', 2, 1, 3, inline);
op(0x02, 'MUL', 2, 1, 5, inline);
op(0x03, 'SUB', 2, 1, 3, inline);
op(0x04, 'DIV', 2, 1, 5, inline);
op(0x05, 'SDIV', 2, 1, 5, inline);
op(0x06, 'MOD', 2, 1, 5, inline);
op(0x07, 'SMOD', 2, 1, 5, inline);
op(0x08, 'ADDMOD', 3, 1, 8, inline);
op(0x09, 'MULMOD', 3, 1, 8, inline);
op(0x0a, 'EXP', 2, 1, 10, inline); // + 10 per exponent byte, 50 from EIP-160
op(0x0b, 'SIGNEXTEND', 2, 1, 5, inline);
op(0x10, 'LT', 2, 1, 3, inline);
op(0x11, 'GT', 2, 1, 3, inline);
op(0x12, 'SLT', 2, 1, 3, inline);
op(0x13, 'SGT', 2, 1, 3, inline);
op(0x14, 'EQ', 2, 1, 3, inline);
op(0x15, 'ISZERO', 1, 1, 3, inline);
op(0x16, 'AND', 2, 1, 3, inline);
op(0x17, 'OR', 2, 1, 3, inline);
op(0x18, 'XOR', 2, 1, 3, inline);
op(0x19, 'NOT', 1, 1, 3, inline);
op(0x1a, 'BYTE', 2, 1, 3, inline);
op(0x1b, 'SHL', 2, 1, 3, { since: 'Constantinople', inline: true }); // EIP-145
op(0x1c, 'SHR', 2, 1, 3, { since: 'Constantinople', inline: true }); // EIP-145
op(0x1d, 'SAR', 2, 1, 3, { since: 'Constantinople', inline: true }); // EIP-145
op(0x1e, 'CLZ', 1, 1, 5, { since: 'Osaka', inline: true }); // EIP-7939
op(0x20, 'KECCAK256', 2, 1, 30); // + 6 per word
op(0x30, 'ADDRESS', 0, 1, 2);
// EIP-150 repriced the state readers, EIP-1884 again, EIP-2929 made them warm (100) + cold surcharge.
op(0x31, 'BALANCE', 1, 1, [
  ['Frontier', 20],
  ['TangerineWhistle', 400],
  ['Istanbul', 700],
  ['Berlin', 100],
]);
op(0x32, 'ORIGIN', 0, 1, 2);
op(0x33, 'CALLER', 0, 1, 2);
op(0x34, 'CALLVALUE', 0, 1, 2);
op(0x35, 'CALLDATALOAD', 1, 1, 3);
op(0x36, 'CALLDATASIZE', 0, 1, 2);
op(0x37, 'CALLDATACOPY', 3, 0, 3);
op(0x38, 'CODESIZE', 0, 1, 2);
op(0x39, 'CODECOPY', 3, 0, 3);
op(0x3a, 'GASPRICE', 0, 1, 2);
op(0x3b, 'EXTCODESIZE', 1, 1, [
  ['Frontier', 20],
  ['TangerineWhistle', 700],
  ['Berlin', 100],
]);
op(0x3c, 'EXTCODECOPY', 4, 0, [
  ['Frontier', 20],
  ['TangerineWhistle', 700],
  ['Berlin', 100],
]);
op(0x3d, 'RETURNDATASIZE', 0, 1, 2, { since: 'Byzantium' }); // EIP-211
op(0x3e, 'RETURNDATACOPY', 3, 0, 3, { since: 'Byzantium' }); // EIP-211
op(0x3f, 'EXTCODEHASH', 1, 1, [
  ['Constantinople', 400], // EIP-1052
  ['Istanbul', 700],
  ['Berlin', 100],
]);
op(0x40, 'BLOCKHASH', 1, 1, 20);
op(0x41, 'COINBASE', 0, 1, 2);
op(0x42, 'TIMESTAMP', 0, 1, 2);
op(0x43, 'NUMBER', 0, 1, 2);
op(0x44, 'PREVRANDAO', 0, 1, 2); // DIFFICULTY before EIP-4399
op(0x45, 'GASLIMIT', 0, 1, 2);
op(0x46, 'CHAINID', 0, 1, 2, { since: 'Istanbul' }); // EIP-1344
op(0x47, 'SELFBALANCE', 0, 1, 5, { since: 'Istanbul' }); // EIP-1884
op(0x48, 'BASEFEE', 0, 1, 2, { since: 'London' }); // EIP-3198
op(0x49, 'BLOBHASH', 1, 1, 3, { since: 'Cancun' }); // EIP-4844
op(0x4a, 'BLOBBASEFEE', 0, 1, 2, { since: 'Cancun' }); // EIP-7516
op(0x50, 'POP', 1, 0, 2, inline);
op(0x51, 'MLOAD', 1, 1, 3, inline);
op(0x52, 'MSTORE', 2, 0, 3, inline);
op(0x53, 'MSTORE8', 2, 0, 3, inline);
op(0x54, 'SLOAD', 1, 1, [
  ['Frontier', 50],
  ['TangerineWhistle', 200], // EIP-150
  ['Istanbul', 800], // EIP-1884
  ['Berlin', 0], // EIP-2929: all dynamic, warm 100 or cold 2100
]);
op(0x55, 'SSTORE', 2, 0, 0, { flow: 'readsGas' }); // all dynamic (EIP-2200 stipend check)
op(0x56, 'JUMP', 1, 0, 8, { inline: true, flow: 'terminates' });
op(0x57, 'JUMPI', 2, 0, 10, { inline: true, flow: 'branches' });
op(0x58, 'PC', 0, 1, 2, inline);
op(0x59, 'MSIZE', 0, 1, 2);
op(0x5a, 'GAS', 0, 1, 2, { inline: true, flow: 'readsGas' });
op(0x5b, 'JUMPDEST', 0, 0, 1, inline);
op(0x5c, 'TLOAD', 1, 1, 100, { since: 'Cancun' }); // EIP-1153
op(0x5d, 'TSTORE', 2, 0, 100, { since: 'Cancun' }); // EIP-1153
op(0x5e, 'MCOPY', 3, 0, 3, { since: 'Cancun' }); // EIP-5656
op(0x5f, 'PUSH0', 0, 1, 2, { since: 'Shanghai', inline: true }); // EIP-3855
for (let n = 1; n <= 32; n++) op(0x5f + n, `PUSH${n}`, 0, 1, 3, { immediate: n, inline: true });
for (let n = 1; n <= 16; n++) op(0x7f + n, `DUP${n}`, n, n + 1, 3, inline);
for (let n = 1; n <= 16; n++) op(0x8f + n, `SWAP${n}`, n + 1, n + 1, 3, inline);
for (let n = 0; n <= 4; n++) op(0xa0 + n, `LOG${n}`, n + 2, 0, 0); // all dynamic (log.ts), as geth
op(0xf0, 'CREATE', 3, 1, 32000, { flow: 'readsGas' });
const callGas: GasSteps = [
  ['Frontier', 40],
  ['TangerineWhistle', 700], // EIP-150
  ['Berlin', 100], // EIP-2929: warm; the cold surcharge is dynamic
];
op(0xf1, 'CALL', 7, 1, callGas, { flow: 'readsGas' });
op(0xf2, 'CALLCODE', 7, 1, callGas, { flow: 'readsGas' });
op(0xf3, 'RETURN', 2, 0, 0, { flow: 'terminates' });
op(0xf4, 'DELEGATECALL', 6, 1, [['Homestead', 40], ...callGas.slice(1)], { flow: 'readsGas' }); // EIP-7
op(0xf5, 'CREATE2', 4, 1, 32000, { since: 'Constantinople', flow: 'readsGas' }); // EIP-1014
op(0xfa, 'STATICCALL', 6, 1, [['Byzantium', 700], ...callGas.slice(2)], { flow: 'readsGas' }); // EIP-214
op(0xfd, 'REVERT', 2, 0, 0, { since: 'Byzantium', flow: 'terminates' }); // EIP-140
op(0xfe, 'INVALID', 0, 0, 0, { flow: 'terminates' }); // EIP-141
// EIP-150's 5000 is dynamic until Berlin (fork-rules `selfdestructGas`), static from it, as in geth.
op(
  0xff,
  'SELFDESTRUCT',
  1,
  0,
  [
    ['Frontier', 0],
    ['Berlin', 5000],
  ],
  { flow: 'terminates' },
);

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

/** The byte values of the opcodes the interpreter loop runs itself. */
export const INLINE_OPCODES: ReadonlySet<number> = new Set(rows.filter((r) => r.inline).map((r) => r.code));

/** geth's name of a byte (`vm.OpCode.String`): the mnemonic, or `opcode 0xc not defined`. */
export function opcodeName(code: number): string {
  return OPCODE_BY_CODE[code]?.name ?? `opcode 0x${code.toString(16)} not defined`;
}
