/**
 * A damaged, misplaced or read-only store never crashes the process (docs/state.md): it is
 * refused with one clear line, or opened for reads, and its files are left exactly as they
 * were. Real processes where the failure used to be a fault (SIGBUS, SIGSEGV).
 */
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { StateStoreCorruptError } from '../../src/core/index.js';
import { LmdbStore } from '../../src/state/index.js';
import { verifyLmdbFile } from '../../src/state/lmdb-verify.js';
import { exited, polyvm, spawnNode } from './processes.js';

const USE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'use-stores.ts');
const PAGE = 4096;
const enc = new TextEncoder();

function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'polyvm-damaged-'));
  chmodSync(d, 0o755);
  return d;
}

/** Every file of a directory, as bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f)).toString('base64')]),
  );
}

/** A store of a few hundred pages: a tree of three levels, overflow values and free pages. */
async function populated(dir: string): Promise<void> {
  const s = new LmdbStore(dir);
  for (let r = 0; r < 8; r++) {
    s.batch(
      Array.from({ length: 400 }, (_, i) => ({
        type: 'put' as const,
        key: enc.encode(`k${r}-${i}`),
        value: new Uint8Array(i % 40 === 0 ? 15_000 : 30 + (i % 200)).fill(r),
      })),
    );
    s.batch(
      Array.from({ length: 134 }, (_, i) => ({ type: 'delete' as const, key: enc.encode(`k${r}-${i * 3}`) })),
    );
  }
  await s.close();
}

/** A store the CLI made: JS accounts and an Aleo mapping. */
async function cliStore(dir: string): Promise<string> {
  writeFileSync(
    join(dir, 'c.aleo'),
    'program c_dmg.aleo;\n\nmapping m:\n    key as u8.public;\n    value as u8.public;\n\nfunction f:\n    input r0 as u8.public;\n    async f r0 into r1;\n    output r1 as c_dmg.aleo/f.future;\n\nfinalize f:\n    input r0 as u8.public;\n    set r0 into m[r0];\n',
  );
  expect(
    (await polyvm(dir, ['js', 'init', '--account', 'alice=100', '--account', 'bob=0', '--state', 'st'])).code,
  ).toBe(0);
  expect((await polyvm(dir, ['aleo', 'deploy', 'c.aleo', '--state', 'st'])).code).toBe(0);
  expect((await polyvm(dir, ['aleo', 'execute', 'c.aleo', 'f', '3u8', '--state', 'st'])).code).toBe(0);
  return join(dir, 'st');
}

const commands = [
  ['js', 'init', '--account', 'carol=1', '--state', 'st'],
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
  ['aleo', 'execute', 'c.aleo', 'f', '4u8', '--state', 'st'],
  ['state', 'inspect', '--state', 'st'],
];

describe('a damaged store', () => {
  it('one page short (both meta pages intact): every command refuses it in one line, nothing changes', async () => {
    const dir = temp();
    const st = await cliStore(dir);
    const data = join(st, 'data.mdb');
    const size = readFileSync(data).length;
    truncateSync(data, size - PAGE);
    expect(verifyLmdbFile(data)).toMatch(/beyond the end of the file/);
    const before = snapshot(st);
    for (const args of commands) {
      const r = await polyvm(dir, args);
      expect(r.signal, `${args.join(' ')}: ${r.stderr}`).toBeNull();
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /^polyvm: error: state store at .* is corrupt: data\.mdb: .*beyond the end of the file.*\n$/,
      );
      expect(snapshot(st)).toEqual(before);
    }
  }, 120_000);

  it('a data file that is a directory, and a lock file that is one, are refused as corrupt', async () => {
    const dir = temp();
    const st = await cliStore(dir);
    rmSync(join(st, 'data.mdb'));
    mkdirSync(join(st, 'data.mdb'));
    expect(() => new LmdbStore(st)).toThrow(StateStoreCorruptError);
    expect(() => new LmdbStore(st)).toThrow(/data\.mdb is not a regular file/);
    const r = await polyvm(dir, commands[0]!);
    expect([r.code, r.stderr]).toEqual([
      2,
      `polyvm: error: state store at ${st} is corrupt: data.mdb is not a regular file\n`,
    ]);
  }, 60_000);

  // Node's recursive mkdirSync spins forever on such a path (a parent that refuses children).
  it.runIf(existsSync('/proc/self'))(
    'a state directory that cannot be made is refused, not waited on',
    async () => {
      // A command that writes (one that only reads does not make the directory).
      const r = await polyvm(temp(), ['neo', 'wallet', 'create', 'alice', '--state', '/proc/polyvm-x/st']);
      expect([r.code, r.stderr]).toEqual([
        2,
        "polyvm: error: cannot open state store at /proc/polyvm-x/st: ENOENT: no such file or directory, mkdir '/proc/polyvm-x'\n",
      ]);
    },
    60_000,
  );

  it('a sweep of damage (truncation, garbage, zeroed pages, flipped bits, header fields): refused or used, never a fault', async () => {
    const root = temp();
    const base = join(root, 'base');
    await populated(base);
    const pages = readFileSync(join(base, 'data.mdb')).length / PAGE;
    let seed = 20261202;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    const damage: ((b: Buffer) => Buffer)[] = [
      (b) => b.subarray(0, (2 + Math.floor(rnd() * (pages - 2))) * PAGE),
      (b) => {
        const p = 2 + Math.floor(rnd() * (pages - 2));
        for (let i = 0; i < PAGE; i++) b[p * PAGE + i] = Math.floor(rnd() * 256);
        return b;
      },
      (b) => b.fill(0, (2 + Math.floor(rnd() * (pages - 2))) * PAGE).subarray(0, b.length),
      (b) => {
        const p = 2 + Math.floor(rnd() * (pages - 2));
        b.fill(0, p * PAGE, (p + 1) * PAGE);
        return b;
      },
      (b) => {
        for (let i = 0; i < 6; i++)
          b[Math.floor(2 * PAGE + rnd() * (b.length - 2 * PAGE))]! ^= 1 << Math.floor(rnd() * 8);
        return b;
      },
      (b) => {
        const p = 2 + Math.floor(rnd() * (pages - 2));
        b.writeUInt16LE(
          Math.floor(rnd() * 65536),
          p * PAGE + [16, 18, 20, 22, 24, 26][Math.floor(rnd() * 6)]!,
        );
        return b;
      },
    ];
    const dirs: string[] = [];
    const refused: string[] = [];
    for (let i = 0; i < 60; i++) {
      const d = join(root, `c${i}`);
      cpSync(base, d, { recursive: true });
      writeFileSync(join(d, 'data.mdb'), damage[i % damage.length]!(readFileSync(join(d, 'data.mdb'))));
      if (verifyLmdbFile(join(d, 'data.mdb')) === undefined) dirs.push(d);
      else refused.push(d);
    }
    // The truncations and most garbage are refused by the check; the rest must be usable.
    expect(refused.length).toBeGreaterThanOrEqual(10);
    expect(dirs.length).toBeGreaterThanOrEqual(10);
    const r = await exited(spawnNode(USE, [...dirs, refused[0]!], root));
    expect(r.signal, r.stderr).toBeNull();
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.slice(0, dirs.length)).toEqual(dirs.map((d) => `ok ${d}`));
    expect(lines.at(-1)).toBe(`refused ${refused[0]} STATE_CORRUPT`);
  }, 120_000);
});
