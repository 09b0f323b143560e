/** The opcode table, dispatch, per-fork gas and asm/disasm agree for every byte 0..255. */
import { describe, expect, it } from 'vitest';
import { assemble, disassemble } from '../../src/evm/asm.js';
import { forkRules } from '../../src/evm/fork-rules.js';
import { handlerFor, instructionTable } from '../../src/evm/instructions/table.js';
import { INLINE_OPCODES, OPCODE_BY_CODE, OPCODE_BY_NAME, OPCODES } from '../../src/evm/opcodes.js';

describe('opcode table', () => {
  it('every byte is defined once or undefined, and the tables agree', () => {
    const osaka = instructionTable('Osaka');
    for (let b = 0; b < 256; b++) {
      const row = OPCODE_BY_CODE[b];
      if (!row) {
        expect(osaka.staticGas[b], `0x${b.toString(16)}`).toBe(-1);
        continue;
      }
      expect(row.code).toBe(b);
      expect(OPCODE_BY_NAME.get(row.name)).toBe(row);
      // Each defined opcode runs either inline in the interpreter loop or through a handler.
      if (INLINE_OPCODES.has(b)) expect(handlerFor(row.name), row.name).toBeUndefined();
      else expect(handlerFor(row.name), row.name).toBeTypeOf('function');
      expect(osaka.staticGas[b], row.name).toBeGreaterThanOrEqual(0);
      const code = Uint8Array.of(b, ...new Array(row.immediate).fill(0xab));
      const lines = disassemble(code);
      expect(lines).toHaveLength(1);
      expect(lines[0]!.name).toBe(row.name);
      const src = row.immediate ? `${row.name} 0x${'ab'.repeat(row.immediate)}` : row.name;
      expect(assemble(src)).toEqual(code);
    }
    // Osaka defines 150 opcodes (Yellow Paper appendix H plus EIPs 1153, 3855, 4844, 5656,
    // 7516 and 7939).
    expect(OPCODES.length).toBe(150);
  });

  it('forks add opcodes in the order of the ladder', () => {
    expect(forkRules('Frontier').staticGas[0x5f]).toBe(-1); // PUSH0 is EIP-3855 (Shanghai)
    expect(forkRules('Shanghai').staticGas[0x5f]).toBe(2);
    expect(forkRules('Shanghai').staticGas[0x5c]).toBe(-1); // TLOAD is EIP-1153 (Cancun)
    expect(forkRules('Cancun').staticGas[0x5c]).toBe(100);
    expect(forkRules('Byzantium').staticGas[0x1b]).toBe(-1); // SHL is EIP-145 (Constantinople)
    expect(forkRules('Prague').staticGas[0x1e]).toBe(-1); // CLZ is EIP-7939 (Osaka)
    expect(forkRules('Osaka').staticGas[0x1e]).toBe(5);
  });

  it('reprices opcodes on the forks their EIPs name', () => {
    const gas = (fork: Parameters<typeof forkRules>[0], op: number) => forkRules(fork).staticGas[op];
    expect([
      gas('Frontier', 0x31),
      gas('TangerineWhistle', 0x31),
      gas('Istanbul', 0x31),
      gas('Berlin', 0x31),
    ]).toEqual([
      20,
      400,
      700,
      100, // BALANCE: EIP-150, EIP-1884, EIP-2929 (warm; cold adds 2500)
    ]);
    expect([gas('Homestead', 0xf4), gas('TangerineWhistle', 0xf4), gas('London', 0xf4)]).toEqual([
      40, 700, 100,
    ]);
    expect(gas('Cancun', 0x54)).toBe(0); // SLOAD: all dynamic from EIP-2929, as geth charges it
  });

  it('disassembles a truncated PUSH with the bytes present', () => {
    expect(disassemble(Uint8Array.of(0x61, 0x01))).toEqual([{ pc: 0, name: 'PUSH2', immediate: '0x01' }]);
  });

  it('rejects unknown mnemonics with file and line', () => {
    expect(() => assemble('PUSH1 0x01\nFOO', 'x.asm')).toThrow('x.asm:2: unknown mnemonic "FOO"');
    expect(() => assemble('PUSH1 0x100', 'x.asm')).toThrow('does not fit in 1 bytes');
  });
});
