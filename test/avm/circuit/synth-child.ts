/**
 * Synthesizes one function in a child process for oracle-circuits.test.ts (record circuits take
 * long enough to starve the test worker's RPC if run in-process): prints the report and whether
 * the witness satisfies every row, as JSON. Arguments: program file, function, inputs as JSON.
 */
import { readFileSync } from 'node:fs';
import { checkProgram, firstUnsatisfied, parseInputs, synthesize } from '../../../src/avm/index.js';

const [file, fn, inputsJson] = process.argv.slice(2) as [string, string, string];
const p = checkProgram(readFileSync(file, 'utf8').replace(/^\/\/ oracle:.*\n/gm, ''));
const given = JSON.parse(inputsJson) as string[] | null;
const inputs = given ? parseInputs(p, fn, given) : undefined;
const s = synthesize(p, fn, { inputs });
const unsatisfied = inputs ? firstUnsatisfied(s.matrices, s.assignment) : -1;
process.stdout.write(JSON.stringify({ report: s.report, unsatisfied }));
