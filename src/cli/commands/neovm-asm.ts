/** `polyvm neovm asm FILE` and `polyvm neovm disasm HEX|@FILE`. */
import { readFileSync } from 'node:fs';
import { InvalidInputFileError } from '../../core/errors.js';
import { assemble, disassemble } from '../../neovm/index.js';
import { type CliContext, cliPath, EXIT_OK } from '../io.js';
import { readScriptArg } from './neovm-script-arg.js';

export function asm(ctx: CliContext, file: string): number {
  let text: string;
  try {
    text = readFileSync(cliPath(ctx, file), 'utf8');
  } catch (error) {
    throw new InvalidInputFileError(`${file}: cannot read: ${(error as Error).message}`, { cause: error });
  }
  ctx.io.out(`0x${Buffer.from(assemble(text, file)).toString('hex')}\n`);
  return EXIT_OK;
}

export function disasm(ctx: CliContext, script: string): number {
  ctx.io.out(disassemble(readScriptArg(ctx, script, false)));
  return EXIT_OK;
}
