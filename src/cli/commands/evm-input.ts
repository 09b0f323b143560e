/** Reading `HEX|@FILE` arguments of the evm commands, with typed errors. */
import { readFileSync } from 'node:fs';
import { hexToBytes } from '../../core/bytes.js';
import { InvalidInputFileError, UsageError } from '../../core/errors.js';
import { type ForkName, parseForkName } from '../../evm/index.js';
import { type CliContext, cliPath } from '../io.js';

export function readText(ctx: CliContext, path: string, label: string): string {
  try {
    return readFileSync(cliPath(ctx, path), 'utf8');
  } catch (e) {
    throw new InvalidInputFileError(
      `${label}: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? e}`,
    );
  }
}

/** Hex given inline or as `@file` (whitespace in the file is ignored). */
export function hexArg(ctx: CliContext, value: string, label: string): Uint8Array {
  if (value.startsWith('@')) {
    const path = value.slice(1);
    return hexToBytes(readText(ctx, path, label).replace(/\s+/g, ''), `${label} (${path})`);
  }
  return hexToBytes(value, label);
}

export function forkArg(name: string): ForkName {
  const fork = parseForkName(name);
  if (!fork) throw new UsageError(`--fork: unknown fork ${JSON.stringify(name)}`);
  return fork;
}

export function positiveInt(text: string, label: string, min = 0): bigint {
  if (!/^\d+$/.test(text) || BigInt(text) < BigInt(min))
    throw new UsageError(`${label}: expected an integer >= ${min}, got ${JSON.stringify(text)}`);
  return BigInt(text);
}
