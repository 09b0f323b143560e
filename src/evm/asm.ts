/**
 * Assembler and disassembler, both read from the one opcode table. Assembly is one
 * instruction per whitespace-separated token: a mnemonic, followed by its immediate for
 * PUSHn (`PUSH1 0x60`); `;` starts a comment. A PUSH truncated by the end of the code is
 * shown as `PUSHn 0x..` with the bytes present (execution reads the rest as zeros).
 */
import { InvalidInputFileError } from '../core/errors.js';
import { OPCODE_BY_CODE, OPCODE_BY_NAME } from './opcodes.js';

export interface DisasmLine {
  pc: number;
  name: string;
  immediate?: string;
}

export function disassemble(code: Uint8Array): DisasmLine[] {
  const lines: DisasmLine[] = [];
  for (let pc = 0; pc < code.length; pc++) {
    const row = OPCODE_BY_CODE[code[pc]!];
    if (!row) {
      lines.push({ pc, name: `INVALID_0x${code[pc]!.toString(16).padStart(2, '0')}` });
      continue;
    }
    const line: DisasmLine = { pc, name: row.name };
    if (row.immediate > 0) {
      const imm = code.subarray(pc + 1, pc + 1 + row.immediate);
      line.immediate = `0x${Buffer.from(imm).toString('hex')}`;
      pc += row.immediate;
    }
    lines.push(line);
  }
  return lines;
}

export function formatDisassembly(lines: DisasmLine[]): string {
  return lines
    .map((l) => `${l.pc.toString().padStart(6, '0')}: ${l.name}${l.immediate ? ` ${l.immediate}` : ''}\n`)
    .join('');
}

/** Assembles mnemonics to bytecode; `file` names the source in errors. */
export function assemble(source: string, file = 'input'): Uint8Array {
  const out: number[] = [];
  const lines = source.split('\n');
  for (let ln = 0; ln < lines.length; ln++) {
    const tokens = lines[ln]!.replace(/;.*$/, '').trim().split(/\s+/).filter(Boolean);
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      const where = `${file}:${ln + 1}`;
      const row = OPCODE_BY_NAME.get(tok.toUpperCase());
      if (!row) throw new InvalidInputFileError(`${where}: unknown mnemonic ${JSON.stringify(tok)}`);
      out.push(row.code);
      if (row.immediate === 0) continue;
      const arg = tokens[++i];
      if (arg === undefined)
        throw new InvalidInputFileError(`${where}: ${row.name} needs an immediate value`);
      let value: bigint;
      try {
        value = BigInt(arg);
      } catch {
        throw new InvalidInputFileError(`${where}: ${row.name}: invalid immediate ${JSON.stringify(arg)}`);
      }
      if (value < 0n || value >= 1n << BigInt(8 * row.immediate))
        throw new InvalidInputFileError(
          `${where}: ${row.name}: immediate ${arg} does not fit in ${row.immediate} bytes`,
        );
      for (let b = row.immediate - 1; b >= 0; b--) out.push(Number((value >> BigInt(8 * b)) & 0xffn));
    }
  }
  return Uint8Array.from(out);
}
