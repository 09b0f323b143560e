/** Expands file and folder arguments into the JSON files they name, for the test runners. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidInputFileError } from '../core/errors.js';
import { type CliContext, cliPath } from './io.js';

/** Files as given, folders walked recursively for `*.json` and `*.json.gz`, each folder in name order. */
export function collectJsonFiles(ctx: CliContext, paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (path: string, given: boolean) => {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new InvalidInputFileError(`${path}: no such file or folder`);
    }
    if (!isDir) {
      if (given || path.endsWith('.json') || path.endsWith('.json.gz')) out.push(path);
      return;
    }
    for (const name of readdirSync(path).sort()) walk(join(path, name), false);
  };
  for (const p of paths) walk(cliPath(ctx, p), true);
  return out;
}
