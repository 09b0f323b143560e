/** Reads the SCRIPT argument of the neovm commands: hex, @file (bytes or hex text), or an assembly file. */
import { existsSync, readFileSync } from 'node:fs';
import { InvalidInputFileError, UsageError } from '../../core/errors.js';
import { assemble } from '../../neovm/index.js';
import { type CliContext, cliPath } from '../io.js';

const HEX = /^(0x)?([0-9a-fA-F]{2})*$/;

function fromHex(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text.replace(/^0x/, ''), 'hex'));
}

function readFile(ctx: CliContext, path: string): Buffer {
  try {
    return readFileSync(cliPath(ctx, path));
  } catch (error) {
    const why =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new InvalidInputFileError(`${path}: cannot read: ${why}`, { cause: error });
  }
}

/** A name with a folder or an extension (`loop.neoasm`, `./x`) names a file, not hex. */
function looksLikePath(arg: string): boolean {
  return /[/\\]|\.[A-Za-z0-9]+$/.test(arg);
}

export function readScriptArg(ctx: CliContext, arg: string, allowAssembly: boolean): Uint8Array {
  if (arg.startsWith('@')) {
    const data = readFile(ctx, arg.slice(1));
    const text = data.toString('latin1').trim();
    return text.length > 0 && HEX.test(text) ? fromHex(text) : Uint8Array.from(data);
  }
  if (arg.length > 0 && HEX.test(arg)) return fromHex(arg);
  if (allowAssembly && (existsSync(cliPath(ctx, arg)) || looksLikePath(arg))) {
    return assemble(readFile(ctx, arg).toString('utf8'), arg);
  }
  throw new UsageError(
    `script: expected hex, @file${allowAssembly ? ' or an assembly file' : ''}, got ${JSON.stringify(arg)}`,
  );
}
