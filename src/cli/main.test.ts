import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { JournaledCache, LmdbStore, namespacedKey } from '../state/index.js';
import { runCli } from './test-io.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'polyvm-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('polyvm CLI conventions', () => {
  it('--help lists every command group and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const group of ['evm', 'neovm', 'neo', 'js', 'aleo', 'state']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${group} `, 'm'));
    }
  });

  it.each(['evm', 'neovm', 'neo', 'js', 'aleo', 'state'])('group %s has --help', async (group) => {
    const run = await runCli([group, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: polyvm ${group}`);
  });

  it('an unknown command or option is bad usage: exit 2, one error line', async () => {
    const unknown = await runCli(['frobnicate']);
    expect(unknown).toEqual({ code: 2, stdout: '', stderr: "polyvm: error: unknown command 'frobnicate'\n" });
    const badOption = await runCli(['state', 'inspect', '--bogus']);
    expect(badOption).toEqual({ code: 2, stdout: '', stderr: "polyvm: error: unknown option '--bogus'\n" });
  });

  it('a group without a command is bad usage: one line naming its commands', async () => {
    const run = await runCli(['state']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: "polyvm: error: 'polyvm state' needs a command: inspect (see polyvm state --help)\n",
    });
  });

  it('a file that cannot be read is bad input: exit 2, one line naming it', async () => {
    const run = await runCli(['neo', 'deploy', 'x.nef']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^polyvm: error: x\.nef: cannot read: ENOENT[^\n]*\n$/);
  });

  it('the bin script runs the built CLI', () => {
    if (!existsSync(join(root, 'dist', 'cli', 'index.js'))) {
      throw new Error('dist/ is missing: npm install runs the build (prepare); run `npm run build`');
    }
    const run = spawnSync(join(root, 'bin', 'polyvm'), ['--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: polyvm');
  });
});

describe('polyvm state inspect', () => {
  const dir = join(work, 'store');

  it('lists a store written through the journaled cache, filtered by prefix', async () => {
    const cache = new JournaledCache(new LmdbStore(dir));
    cache.put(namespacedKey('evm', new Uint8Array([0xab])), new Uint8Array([1, 2]));
    cache.put(namespacedKey('neo', 'key'), new Uint8Array([3]));
    cache.flush();
    await cache.store.close();

    const all = await runCli(['state', 'inspect', '--state', dir, '--json']);
    expect(all.code).toBe(0);
    const doc = JSON.parse(all.stdout);
    expect(doc.count).toBe(2);
    expect(doc.entries).toEqual([
      { key: Buffer.from('evm/\xab', 'latin1').toString('hex'), value: '0102' },
      { key: Buffer.from('neo/key').toString('hex'), value: '03' },
    ]);

    const evm = await runCli([
      'state',
      'inspect',
      '--state',
      dir,
      '--prefix',
      Buffer.from('evm/').toString('hex'),
    ]);
    expect(evm.code).toBe(0);
    expect(evm.stdout).toBe(`${dir}: 1 entry\nevm/\\xab  0102\n`);
  });

  it('relative --state paths resolve against the working directory', async () => {
    const run = await runCli(['state', 'inspect', '--state', 'store', '--json'], work);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).count).toBe(2);
  });

  it('bad input exits 2 with one line naming what is wrong', async () => {
    const badHex = await runCli(['state', 'inspect', '--state', dir, '--prefix', 'zz']);
    expect(badHex).toEqual({
      code: 2,
      stdout: '',
      stderr: 'polyvm: error: --prefix: invalid hex character "z" at offset 0\n',
    });
    const badLimit = await runCli(['state', 'inspect', '--state', dir, '--limit', '-3']);
    expect(badLimit.stderr).toBe('polyvm: error: --limit: expected a positive integer, got "-3"\n');
    const missing = await runCli(['state', 'inspect', '--state', join(work, 'nope')]);
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: `polyvm: error: no state store at ${join(work, 'nope')}\n`,
    });
    expect(existsSync(join(work, 'nope'))).toBe(false);
  });

  it('--verbose adds the stack to an error', async () => {
    const run = await runCli(['--verbose', 'state', 'inspect', '--state', join(work, 'nope')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('StateStoreError: no state store at');
    expect(run.stderr).toMatch(/\n {4}at /);
  });
});
