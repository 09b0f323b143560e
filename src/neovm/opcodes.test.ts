/** The opcode table, decoder, jump table, assembler and disassembler agree for every byte. */
import { describe, expect, it } from 'vitest';
import { assemble } from './assembler.js';
import { decodeScript, disassemble } from './disassembler.js';
import { Instruction } from './instruction.js';
import { createJumpTable, HANDLER_GROUPS } from './jump-table/index.js';
import { OPCODE_BY_CODE, OPCODE_BY_NAME, OPCODES } from './opcodes.js';

const table = createJumpTable();
const invalid = table[0xff];

describe('opcode table', () => {
  it('declares the 196 opcodes of neo-vm OpCode.cs', () => {
    expect(OPCODES.length).toBe(196);
    expect(OPCODE_BY_NAME.get('PUSHINT8')!.code).toBe(0x00);
    expect(OPCODE_BY_NAME.get('SYSCALL')!.code).toBe(0x41);
    expect(OPCODE_BY_NAME.get('ASSERTMSG')!.code).toBe(0xe1);
  });

  it('has exactly one handler per opcode and none for other names', () => {
    const names = Object.values(HANDLER_GROUPS).flatMap((g) => Object.keys(g));
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(OPCODES.map((o) => o.name).sort());
  });

  it('agrees with dispatch, decoder, disassembler and assembler for bytes 0..255', () => {
    for (let code = 0; code < 256; code++) {
      const info = OPCODE_BY_CODE[code];
      if (info === undefined) {
        expect(table[code], `byte ${code}`).toBe(invalid);
        expect(() => Instruction.decode(Uint8Array.of(code), 0)).toThrow(/Invalid opcode/);
        continue;
      }
      expect(table[code], info.name).not.toBe(invalid);
      expect(OPCODE_BY_NAME.get(info.name)).toBe(info);
      // A script of the opcode with a zeroed operand (a 3-byte payload after a size prefix).
      const payload =
        info.prefix > 0
          ? [3, ...new Array(info.prefix - 1).fill(0), 1, 2, 3]
          : new Array(info.operand).fill(0);
      const bytes = Uint8Array.from([code, ...payload]);
      const decoded = Instruction.decode(bytes, 0);
      expect(decoded.size, info.name).toBe(bytes.length);
      expect(decoded.operand.length).toBe(info.prefix > 0 ? 3 : info.operand);
      const { instructions, rest } = decodeScript(bytes);
      expect(rest).toBeNull();
      expect(instructions[0]!.info).toBe(info);
      expect(assemble(disassemble(bytes)), info.name).toEqual(bytes);
      // A truncated operand is a bad script.
      if (bytes.length > 1)
        expect(() => Instruction.decode(bytes.subarray(0, bytes.length - 1), 0)).toThrow();
    }
  });
});
