/** `polyvm aleo synthesize`, `deploy` and `run --constraints` in-process: fields, exit codes, state. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli-io.js';

const dir = mkdtempSync(join(tmpdir(), 'polyvm-aleo-circuit-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const oracle = JSON.parse(readFileSync(new URL('../fixtures/oracle-circuits.json', import.meta.url), 'utf8'));
writeFileSync(
  join(dir, 'credits.aleo'),
  readFileSync(new URL('../programs/circuits/credits.aleo', import.meta.url), 'utf8').replace(
    /^\/\/ oracle:.*\n/gm,
    '',
  ),
);
copyFileSync(new URL('../programs/circuits/c_id.aleo', import.meta.url), join(dir, 'c_id_src.aleo'));
writeFileSync(
  join(dir, 'c_id.aleo'),
  readFileSync(join(dir, 'c_id_src.aleo'), 'utf8').replace(/^\/\/ oracle:.*\n/gm, ''),
);

const cli = (...argv: string[]) => runCli(dir, argv);

describe('polyvm aleo synthesize / deploy / run --constraints', () => {
  it('synthesize --json prints exactly the issue fields; transfer_public equals the SDK key', async () => {
    const r = await cli('aleo', 'synthesize', 'credits.aleo', 'transfer_public', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual([
      'program',
      'function',
      'constraints',
      'publicInputs',
      'privateVariables',
      'constants',
      'variables',
      'nonZero',
      'circuitId',
    ]);
    const sdk = oracle.cases['credits.aleo/transfer_public'];
    expect(j.constraints).toBe(12325);
    expect(j.constraints + 1).toBe(sdk.constraints);
    expect(j.circuitId).toBe(sdk.circuitId);
    // The SDK-synthesized key's trailing num_variables (17,012; the bundled key carries 12,337).
    expect(j.variables).toBe(oracle.cases['synth:credits.aleo/transfer_public'].keyVariables);
    expect(j.constants + j.publicInputs + j.privateVariables).toBe(j.variables);
  });

  it('synthesize prints a table per part; given inputs must satisfy the circuit', async () => {
    const t = await cli('aleo', 'synthesize', 'c_id.aleo', 'pub', '5u8');
    expect(t.code).toBe(0);
    expect(t.out).toMatch(
      /^c_id\.aleo\/pub\npart +constraints\nrequest +\d+\nfunction +0\nresponse +\d+\ntotal +10744\n/,
    );
    expect(t.out).toContain(`circuit id ${oracle.cases['c_id.aleo/pub'].circuitId}`);
    expect(t.out).toContain(
      `variables ${oracle.cases['c_id.aleo/pub'].keyVariables} (snarkVM's num_variables`,
    );
    expect((await cli('aleo', 'synthesize', 'c_id.aleo', 'nope')).code).toBe(2);
    expect((await cli('aleo', 'synthesize', 'c_id.aleo', 'pub', '5u16')).code).toBe(2);
  });

  it('deploy stores the program; a changed definition is refused and the state is unchanged', async () => {
    const d = await cli('aleo', 'deploy', 'c_id.aleo', '--state', 'st', '--json');
    expect(d.code).toBe(0);
    const j = JSON.parse(d.out);
    expect(j.status).toBe('deployed');
    expect(j.functions.pub.circuitId).toBe(oracle.cases['c_id.aleo/pub'].circuitId);
    writeFileSync(
      join(dir, 'c_id.aleo'),
      readFileSync(join(dir, 'c_id.aleo'), 'utf8').replace(
        'u8.private;\n    output r0 as u8.private',
        'u8.private;\n    output r0 as u8.public',
      ),
    );
    const again = await cli('aleo', 'deploy', 'c_id.aleo', '--state', 'st', '--json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.out)).toEqual({
      status: 'error',
      code: 'AVM_DEPLOY',
      error: "Program 'c_id.aleo' already exists with different contents.",
    });
    expect((await cli('aleo', 'execute', 'c_id.aleo', 'pub', '5u8', '--state', 'st')).code).toBe(2); // differs from its deployment: bad input
  });

  it('run --constraints adds the circuit to the run', async () => {
    const r = await cli(
      'aleo',
      'run',
      'credits.aleo',
      'transfer_public',
      'aleo1rhgdu77hgyqd3xjj8ucu3jj9r2krwz6mnzyd80gncr5fxcwlh5rsvzp9px',
      '5u64',
      '--constraints',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).circuit.circuitId).toBe(oracle.cases['credits.aleo/transfer_public'].circuitId);
  });
});
