/**
 * Whole-function circuits against snarkVM itself: the SDK's verifying keys
 * (test/avm/fixtures/oracle-circuits.json, `node scripts/avm/gen-oracle-circuits.mjs`): credits.aleo's
 * bundled keys and keys the SDK synthesized offline for the programs in
 * test/avm/programs/circuits. Varuna's counts include its zero-knowledge row (one constraint,
 * three variables, one entry per matrix), and its public input count is padded to a power of two.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CircuitReport } from '../../../src/avm/circuit/index.js';

interface Case {
  source: string;
  inputs?: string[];
  publicInputs: number;
  variables: number;
  constraints: number;
  nonZero: { a: number; b: number; c: number };
  circuitId: string;
  /** The console key's trailing num_variables (constants, public, private); bundled keys carry an older count. */
  keyVariables?: number;
  error?: string;
}

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/oracle-circuits.json', import.meta.url), 'utf8'),
) as {
  cases: Record<string, Case>;
};
const dir = new URL('../programs/circuits/', import.meta.url);

const cases = Object.entries(fixture.cases).filter(([, c]) => !c.error);

/**
 * Each function is synthesized in a child process: a record circuit keeps a worker busy for tens
 * of seconds on a loaded machine, long enough to starve the test runner's RPC.
 */
const child = fileURLToPath(new URL('./synth-child.ts', import.meta.url));

async function report(
  file: string,
  fn: string,
  c: Case,
): Promise<{ report: CircuitReport; unsatisfied: number }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', child, fileURLToPath(new URL(file, dir)), fn, JSON.stringify(c.inputs ?? null)],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout);
}

describe('function circuits equal the SDK verifying keys', () => {
  it('covers every credits.aleo function (records included)', () => {
    expect(cases.filter(([n]) => n.startsWith('credits.aleo/')).length).toBe(14);
  });
  for (const [name, c] of cases) {
    it(name, { timeout: 180_000 }, async () => {
      const [file, fn] = name.replace(/^synth:/, '').split('/') as [string, string];
      const { report: r, unsatisfied } = await report(file, fn, c);
      expect(r.circuitId).toBe(c.circuitId);
      expect(r.constraints + 1).toBe(c.constraints);
      let padded = 1;
      while (padded < r.publicInputs) padded *= 2;
      expect(padded).toBe(c.publicInputs);
      expect(padded + r.privateVariables + 3).toBe(c.variables);
      expect({ a: r.nonZero.a + 1, b: r.nonZero.b + 1, c: r.nonZero.c + 1 }).toEqual(c.nonZero);
      expect(unsatisfied).toBe(-1);
      if (c.keyVariables !== undefined && c.source !== 'bundled') {
        // snarkVM's R1CS::num_variables: constants, public (with the one) and private.
        expect(r.variables).toBe(c.keyVariables);
        expect(r.constants + r.publicInputs + r.privateVariables).toBe(r.variables);
      }
    });
  }
});
