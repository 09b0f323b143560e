/** `polyvm evm disasm` and `polyvm evm asm`, both from the one opcode table. */
import { bytesToPrefixedHex } from '../../core/bytes.js';
import { assemble, disassemble, formatDisassembly } from '../../evm/index.js';
import { type CliContext, EXIT_OK, printJson } from '../io.js';
import { hexArg, readText } from './evm-input.js';

export function evmDisasm(ctx: CliContext, code: string, opts: { json?: boolean }): number {
  const lines = disassemble(hexArg(ctx, code, 'code'));
  if (opts.json) printJson(ctx, lines);
  else ctx.io.out(formatDisassembly(lines));
  return EXIT_OK;
}

export function evmAsm(ctx: CliContext, file: string): number {
  ctx.io.out(`${bytesToPrefixedHex(assemble(readText(ctx, file, 'asm'), file))}\n`);
  return EXIT_OK;
}
