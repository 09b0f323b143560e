/** Reading `HEX|@FILE` arguments of the evm commands, with typed errors. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { hexToBytes } from '../../core/bytes.js';
import { InvalidInputFileError, UsageError } from '../../core/errors.js';
import { type ForkName, type JsonTraceOptions, parseForkName } from '../../evm/index.js';
import { type CliContext, cliPath } from '../io.js';

/** A file's text (gunzipped when it ends in `.gz`), or an error naming the flag. */
export function readText(ctx: CliContext, path: string, label: string): string {
  try {
    const data = readFileSync(cliPath(ctx, path));
    return (path.endsWith('.gz') ? gunzipSync(data) : data).toString('utf8');
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

/** The trace flags the evm commands share (geth's `--trace.*`). */
export interface TraceFlags {
  trace?: boolean;
  'trace.memory'?: boolean;
  'trace.nostack'?: boolean;
  'trace.returndata'?: boolean;
  'trace.callframes'?: boolean;
}

export function traceOptions(o: TraceFlags): JsonTraceOptions {
  return {
    memory: o['trace.memory'],
    noStack: o['trace.nostack'],
    returnData: o['trace.returndata'],
    callFrames: o['trace.callframes'],
  };
}
