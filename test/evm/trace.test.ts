/**
 * EIP-3155 traces compared line for line, byte for byte, with traces geth wrote
 * (trace-vectors/README.md): `evm statetest --trace`, `evm run --trace` and
 * `evm t8n --trace [--trace.callframes]`.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/test-io.js';

const dir = join(import.meta.dirname, 'trace-vectors');
const read = (f: string) => readFileSync(join(dir, f), 'utf8');

describe('traces equal geth v1.16.8 output', () => {
  it('statetest --trace: 916 lines with CREATE, CREATE2, calls, refunds and an out-of-gas CALLCODE', async () => {
    const r = await runCli(['evm', 'statetest', '--trace', '--json', join(dir, 'statetest.json')]);
    expect(r.stderr).toBe(read('evmrun/8.out.2.txt'));
    // The report: the test fails on purpose (its expected root is zero), with geth's root.
    const [report] = JSON.parse(r.stdout) as { pass: boolean; stateRoot: string; fork: string }[];
    const [want] = JSON.parse(read('evmrun/8.out.1.txt')) as (typeof report)[];
    expect(report).toMatchObject({ pass: want!.pass, stateRoot: want!.stateRoot, fork: want!.fork });
    expect(r.code).toBe(1);
  });

  it('run --trace', async () => {
    const r = await runCli(['evm', 'run', '--trace', '--code', '6040']);
    expect(r.stderr).toBe(read('evmrun/1.out.2.txt'));
  });

  for (const [d, fork, extra] of [
    ['31', 'Cancun', []],
    ['32', 'Paris', ['--trace.callframes']],
  ] as const)
    it(`t8n --trace ${d} (${fork}${extra.length ? ' with call frames' : ''})`, async () => {
      const out = mkdtempSync(join(tmpdir(), 'polyvm-t8n-'));
      const base = join(dir, d);
      const r = await runCli([
        'evm',
        't8n',
        '--input.alloc',
        join(base, 'alloc.json'),
        '--input.txs',
        join(base, 'txs.json'),
        '--input.env',
        join(base, 'env.json'),
        '--state.fork',
        fork,
        '--output.basedir',
        out,
        '--trace',
        ...extra,
      ]);
      expect(r.code).toBe(0);
      const traces = readdirSync(base).filter((f) => f.endsWith('.jsonl'));
      expect(traces.length).toBeGreaterThan(0);
      for (const f of traces) expect(readFileSync(join(out, f), 'utf8'), f).toBe(read(join(d, f)));
    });
});
