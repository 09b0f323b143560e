/**
 * Several polyvm processes on one state directory (docs/state.md): every transaction that
 * reports success is in the store exactly once. Real processes, real LMDB, no mocks.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { polyvm } from './processes.js';

const N = 20;

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'polyvm-concurrent-'));
  writeFileSync(
    join(dir, 'counter.aleo'),
    `program counter_cc.aleo;

mapping counts:
    key as u8.public;
    value as u64.public;

function bump:
    input r0 as u8.public;
    async bump r0 into r1;
    output r1 as counter_cc.aleo/bump.future;

finalize bump:
    input r0 as u8.public;
    get.or_use counts[r0] 0u64 into r1;
    add r1 1u64 into r2;
    set r2 into counts[r0];
`,
  );
  writeFileSync(
    join(dir, 'same.js'),
    'class Same {\n  init() { storage.put("who", "x"); }\n}\nmodule.exports = Same;\n',
  );
  writeFileSync(join(dir, 'same.abi'), JSON.stringify({ lang: 'javascript', version: '1.0.0', abi: [] }));
  return dir;
}

const json = (out: string) => JSON.parse(out) as Record<string, unknown>;

describe(`${N} processes on one state directory`, () => {
  // Each test starts 20-odd processes: minutes on a loaded 2-core machine.
  const TIMEOUT = 300_000;

  it(
    'JS token transfers: every successful transfer lands once',
    async () => {
      const dir = workdir();
      expect((await polyvm(dir, ['js', 'init', '--account', 'alice=1000', '--account', 'bob=0'])).code).toBe(
        0,
      );
      const runs = await Promise.all(
        Array.from({ length: N }, () =>
          polyvm(dir, [
            'js',
            'call',
            'token.iost',
            'transfer',
            '["iost","alice","bob","1",""]',
            '--signer',
            'alice',
            '--json',
          ]),
        ),
      );
      const ok = runs.filter((r) => r.code === 0 && json(r.stdout).status === 'success').length;
      expect(runs.map((r) => r.stderr).filter(Boolean)).toEqual([]);
      expect(ok).toBe(N);
      const balances = await polyvm(dir, [
        'js',
        'call',
        'token.iost',
        'balanceOf',
        '["iost","bob"]',
        '--signer',
        'alice',
        '--json',
      ]);
      expect(json(balances.stdout).returns).toEqual([String(N)]);
      const alice = await polyvm(dir, [
        'js',
        'call',
        'token.iost',
        'balanceOf',
        '["iost","alice"]',
        '--signer',
        'alice',
        '--json',
      ]);
      expect(json(alice.stdout).returns).toEqual([String(1000 - N)]);
    },
    TIMEOUT,
  );

  it(
    'Aleo finalize increments: the mapping counts every successful execution',
    async () => {
      const dir = workdir();
      expect((await polyvm(dir, ['aleo', 'deploy', 'counter.aleo'])).code).toBe(0);
      const runs = await Promise.all(
        Array.from({ length: N }, () =>
          polyvm(dir, ['aleo', 'execute', 'counter.aleo', 'bump', '7u8', '--json']),
        ),
      );
      expect(runs.map((r) => r.stderr).filter(Boolean)).toEqual([]);
      expect(runs.filter((r) => r.code === 0).length).toBe(N);
      const v = await polyvm(dir, ['aleo', 'mapping', 'counter_cc.aleo', 'counts', '7u8']);
      expect(v.stdout.trim()).toBe(`${N}u64`);
    },
    TIMEOUT,
  );

  it(
    'deploys of one id: exactly one succeeds, the others are refused, none replaces it',
    async () => {
      const dir = workdir();
      expect((await polyvm(dir, ['js', 'init', '--account', 'alice=10'])).code).toBe(0);
      const runs = await Promise.all(
        Array.from({ length: N }, () =>
          polyvm(dir, ['js', 'deploy', 'same.js', '--id', 'Same', '--signer', 'alice', '--json']),
        ),
      );
      const docs = runs.map((r) => json(r.stdout));
      expect(docs.filter((d) => d.status === 'success').length).toBe(1);
      expect(docs.filter((d) => d.status !== 'success').map((d) => d.error)).toEqual(
        Array(N - 1).fill('contract exists'),
      );
      expect(runs.filter((r) => r.code === 0).length).toBe(1);
    },
    TIMEOUT,
  );

  it(
    'Neo GAS transfers: one block per transfer, every one in the balance',
    async () => {
      const dir = workdir();
      expect((await polyvm(dir, ['neo', 'wallet', 'create', 'alice'])).code).toBe(0);
      const runs = await Promise.all(
        Array.from({ length: N }, () => polyvm(dir, ['neo', 'transfer', '1', 'GAS', 'genesis', 'alice'])),
      );
      expect(runs.map((r) => r.stderr).filter(Boolean)).toEqual([]);
      expect(runs.filter((r) => r.code === 0).length).toBe(N);
      // Each process reports the block it wrote: N distinct blocks, 1..N (block 0 is genesis).
      const blocks = runs.map((r) => Number(/blockindex: (\d+)/.exec(r.stdout)?.[1])).sort((a, b) => a - b);
      expect(blocks).toEqual(Array.from({ length: N }, (_, i) => i + 1));
      const doc = json((await polyvm(dir, ['neo', 'accounts', '--json'])).stdout) as {
        height: number;
        accounts: { name: string; gas: string }[];
      };
      expect(doc.height).toBe(N);
      expect(doc.accounts.find((a) => a.name === 'alice')?.gas).toBe(String(N * 100_000_000));
    },
    TIMEOUT,
  );
});
