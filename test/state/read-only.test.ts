/**
 * A store this process may not write (chmod -R a-w, as a user other than root) opens for
 * reads; every write says "read-only" and changes nothing (docs/state.md). Run as that user:
 * when the tests run as root, the commands run as `nobody` (uid 65534), for whom the mode
 * bits hold.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateStoreReadOnlyError } from '../../src/core/index.js';
import { LmdbStore } from '../../src/state/index.js';
import { polyvm, ROOT } from './processes.js';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
/** Whether `nobody` can read the repository (it must, to run the CLI from it). */
const nobodyCanRun =
  asRoot &&
  spawnSync(
    process.execPath,
    ['-e', `require('fs').accessSync(${JSON.stringify(join(ROOT, 'package.json'))})`],
    {
      uid: NOBODY,
      gid: NOBODY,
    },
  ).status === 0;
const uid = asRoot ? NOBODY : undefined;

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f)).toString('base64')]),
  );
}

function chmodAll(dir: string, mode: number, fileMode: number): void {
  for (const f of readdirSync(dir)) chmodSync(join(dir, f), fileMode);
  chmodSync(dir, mode);
}

describe('a read-only store', () => {
  it('opened with readOnly: reads work, writes throw StateStoreReadOnlyError', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'polyvm-ro-')), 'st');
    const w = new LmdbStore(dir);
    w.put(new Uint8Array([1]), new Uint8Array([2]));
    await w.close();
    const r = new LmdbStore(dir, { readOnly: true });
    expect(r.readOnly).toBe(true);
    expect(r.get(new Uint8Array([1]))).toEqual(new Uint8Array([2]));
    expect(() => r.put(new Uint8Array([1]), new Uint8Array([3]))).toThrow(StateStoreReadOnlyError);
    expect(() => r.put(new Uint8Array([1]), new Uint8Array([3]))).toThrow(
      /is read-only; nothing was written/,
    );
    await r.close();
  });

  it.runIf(!asRoot || nobodyCanRun)(
    'chmod -R a-w: inspect, balances and mappings read; transfers and executions say read-only',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'polyvm-ro-'));
      chmodSync(dir, 0o777);
      writeFileSync(
        join(dir, 'c.aleo'),
        'program c_ro.aleo;\n\nmapping m:\n    key as u8.public;\n    value as u8.public;\n\nfunction f:\n    input r0 as u8.public;\n    async f r0 into r1;\n    output r1 as c_ro.aleo/f.future;\n\nfinalize f:\n    input r0 as u8.public;\n    set r0 into m[r0];\n',
      );
      expect(
        (
          await polyvm(
            dir,
            ['js', 'init', '--account', 'alice=100', '--account', 'bob', '--state', 'st'],
            uid,
          )
        ).code,
      ).toBe(0);
      expect((await polyvm(dir, ['aleo', 'deploy', 'c.aleo', '--state', 'st'], uid)).code).toBe(0);
      expect((await polyvm(dir, ['aleo', 'execute', 'c.aleo', 'f', '3u8', '--state', 'st'], uid)).code).toBe(
        0,
      );
      const st = join(dir, 'st');
      chmodAll(st, 0o555, 0o444);
      const before = snapshot(st);
      const inspect = await polyvm(dir, ['state', 'inspect', '--state', 'st', '--json'], uid);
      expect([inspect.code, inspect.stderr]).toEqual([0, '']);
      expect(JSON.parse(inspect.stdout).count).toBeGreaterThan(3);
      const mapping = await polyvm(dir, ['aleo', 'mapping', 'c_ro.aleo', 'm', '3u8', '--state', 'st'], uid);
      expect([mapping.code, mapping.stdout]).toEqual([0, '3u8\n']);
      const balance = await polyvm(
        dir,
        [
          'js',
          'call',
          'token.iost',
          'balanceOf',
          '["iost","alice"]',
          '--signer',
          'alice',
          '--state',
          'st',
          '--json',
        ],
        uid,
      );
      expect(balance.code, balance.stderr).toBe(0);
      expect(JSON.parse(balance.stdout).returns).toEqual(['100']);
      for (const args of [
        [
          'js',
          'call',
          'token.iost',
          'transfer',
          '["iost","alice","bob","1",""]',
          '--signer',
          'alice',
          '--state',
          'st',
        ],
        ['js', 'init', '--account', 'carol=1', '--state', 'st'],
        ['aleo', 'execute', 'c.aleo', 'f', '4u8', '--state', 'st'],
      ]) {
        const r = await polyvm(dir, args, uid);
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr).toMatch(
          /^polyvm: error: state store at .*st is read-only; .*nothing was written\n$/,
        );
        expect(snapshot(st)).toEqual(before);
      }
      chmodAll(st, 0o755, 0o644);
    },
    120_000,
  );
});
