/**
 * Synthesizes one function in a child process for oracle-circuits.test.ts (record circuits take
 * long enough to starve the test worker's RPC if run in-process): prints the report and whether
 * the witness satisfies every row, as JSON. Arguments: program file (imports beside it), function,
 * inputs as JSON.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  type AleoProgram,
  checkProgram,
  firstUnsatisfied,
  parseInputs,
  synthesize,
} from '../../../src/avm/index.js';

/** The program in `file` with its imports read from `NAME.aleo` files beside it. */
function load(file: string): AleoProgram {
  const src = readFileSync(file, 'utf8').replace(/^\/\/ oracle:.*\n/gm, '');
  const imports = new Map<string, AleoProgram>();
  for (const m of src.matchAll(/^import (\S+\.aleo);/gm))
    imports.set(m[1] as string, load(join(dirname(file), m[1] as string)));
  return checkProgram(src, imports);
}

const [file, fn, inputsJson] = process.argv.slice(2) as [string, string, string];
const p = load(file);
const given = JSON.parse(inputsJson) as string[] | null;
const inputs = given ? parseInputs(p, fn, given) : undefined;
const s = synthesize(p, fn, { inputs });
const unsatisfied = inputs ? firstUnsatisfied(s.matrices, s.assignment) : -1;
process.stdout.write(JSON.stringify({ report: s.report, unsatisfied }));
