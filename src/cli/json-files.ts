/** Expands file and folder arguments into the JSON files they name, for the test runners. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidInputFileError } from '../core/errors.js';
import { type CliContext, cliPath } from './io.js';

/**
 * Files as given, folders walked recursively for `*.json` and `*.json.gz` (or what `accept` takes), each folder
 * in name order. A path that is missing or holds no test file is bad input: a run of nothing
 * must not pass.
 */
export function collectJsonFiles(
  ctx: CliContext,
  paths: readonly string[],
  accept: (path: string) => boolean = (path) => path.endsWith('.json') || path.endsWith('.json.gz'),
): string[] {
  const out: string[] = [];
  const isDir = (path: string) => {
    try {
      return statSync(path).isDirectory();
    } catch (e) {
      throw new InvalidInputFileError(`no test files found in ${path}: ${reason(e)}`);
    }
  };
  const walk = (path: string) => {
    if (isDir(path)) for (const name of readdirSync(path).sort()) walk(join(path, name));
    else if (accept(path)) out.push(path);
  };
  for (const p of paths) {
    const path = cliPath(ctx, p);
    const before = out.length;
    if (isDir(path)) walk(path);
    else out.push(path);
    if (out.length === before) throw new InvalidInputFileError(`no test files found in ${path}`);
  }
  return out;
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file or folder' : (code ?? String(e));
}
