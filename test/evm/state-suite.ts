/**
 * ethereum/tests GeneralStateTests (Cancun) through the statetest runner: one vitest test
 * per folder, failing with the names of the failing cases. The folders are split into
 * shards (one test file each) so that vitest runs them on separate cores. The files in
 * worker-files.ts run in a worker thread.
 *
 * Cases must not disappear silently: each file's Cancun post entries are counted from the
 * raw JSON (not through the parser or the runner) and must equal the number of results
 * the runner returns, and shard 1 checks that the folders cover every file of the suite
 * and that the suite holds the expected number of files and cases.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStateTestFile } from '../../src/evm/statetest/parse.js';
import { runStateTests } from '../../src/evm/statetest/run.js';
import { conformanceSuite } from '../conformance-dir.js';
import { runStateFileInWorker } from './fixture-worker.js';
import { KNOWN_FAILURES } from './known-failures.js';
import { WORKER_FILES } from './worker-files.js';

const suite = conformanceSuite('ethereum-tests/GeneralStateTests');

/**
 * Per folder. The longest, stTimeConsuming and vmPerformance, take 35-45 s on one core
 * (CALLBlake2f_MaxRounds: 2^32 - 1 BLAKE2 rounds; loopMul), more on a busy machine.
 */
const FOLDER_TIMEOUT_MS = 600_000;

/** The ethereum/tests snapshot in shared/conformance: files, and Cancun cases in them. */
const EXPECTED_FILES = 2174;
const EXPECTED_CASES = 20438;

/** Number of Cancun post entries in a state-test file, read straight from its JSON. */
function cancunCases(text: string): number {
  let n = 0;
  for (const test of Object.values(JSON.parse(text) as Record<string, { post?: { Cancun?: unknown[] } }>))
    n += test.post?.Cancun?.length ?? 0;
  return n;
}

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...jsonFiles(p));
    else if (e.endsWith('.json')) out.push(p);
  }
  return out;
}

/** Folders that hold test files directly or one level down (Cancun/stEIP1153-..., st*). */
function folders(): string[] {
  if (!suite.found) return [];
  const out: string[] = [];
  for (const top of readdirSync(suite.path).sort()) {
    const p = join(suite.path, top);
    if (!statSync(p).isDirectory()) continue;
    const subdirs = readdirSync(p).filter((e) => statSync(join(p, e)).isDirectory());
    if (subdirs.length > 0 && readdirSync(p).every((e) => !e.endsWith('.json')))
      for (const s of subdirs.sort()) out.push(join(p, s));
    else out.push(p);
  }
  return out;
}

/**
 * The two folders that take most of the suite's time (about 50 s each on one core:
 * vmPerformance's loops, stTimeConsuming's BLAKE2 rounds) go to shards of their own, so
 * that vitest can run them side by side; the other folders go round-robin.
 */
const HEAVY_FOLDERS = ['stTimeConsuming', 'VMTests/vmPerformance'];

function shardOf(folder: string, i: number, count: number): number {
  const heavy = HEAVY_FOLDERS.indexOf(folder);
  return heavy >= 0 ? heavy % count : i % count;
}

/** Declares the tests of shard `index` of `count`. */
export function stateTestShard(index: number, count: number): void {
  describe.skipIf(!suite.found)(
    `GeneralStateTests Cancun, shard ${index + 1}/${count} ${suite.skipReason}`,
    () => {
      // Shown as skipped, with the reason in the describe name, when the data is absent.
      if (!suite.found) it('finds the suite', () => expect(suite.found).toBe(true));
      if (index === 0)
        it('covers every file and case of the suite', () => {
          const all = jsonFiles(suite.path);
          const inFolders = folders().flatMap(jsonFiles);
          expect(inFolders.length, 'files outside the folders the shards run').toBe(all.length);
          expect(all.length).toBe(EXPECTED_FILES);
          let cases = 0;
          for (const file of all) cases += cancunCases(readFileSync(file, 'utf8'));
          expect(cases).toBe(EXPECTED_CASES);
        });
      for (const [i, dir] of folders().entries()) {
        const name = relative(suite.path, dir);
        if (shardOf(name, i, count) !== index) continue;
        it(
          name,
          async () => {
            const unexpected: string[] = [];
            const nowPassing: string[] = [];
            const lostCases: string[] = [];
            let total = 0;
            for (const file of jsonFiles(dir)) {
              const rel = relative(suite.path, file);
              const text = readFileSync(file, 'utf8');
              const expected = cancunCases(text);
              const results = WORKER_FILES.has(rel)
                ? await runStateFileInWorker(file, 'Cancun')
                : runStateTests(file, parseStateTestFile(file, text), { fork: 'Cancun' });
              // Let the worker answer vitest between files: its RPC calls time out after
              // 60 s, and a whole folder can take longer on a busy 2-core machine.
              await new Promise((resolve) => setImmediate(resolve));
              if (results.length !== expected) lostCases.push(`${rel}: ran ${results.length} of ${expected}`);
              for (const r of results) {
                total++;
                const key = `${rel} ${r.name}`;
                const known = key in KNOWN_FAILURES;
                if (!r.pass && !known) unexpected.push(`${key}: ${r.error ?? 'mismatch'}`);
                if (r.pass && known) nowPassing.push(key);
              }
            }
            expect(lostCases, 'cases the runner did not run').toEqual([]);
            expect(total, 'no case ran').toBeGreaterThan(0);
            expect(unexpected, `${unexpected.length} failing of ${total}`).toEqual([]);
            expect(nowPassing, 'listed as known failures but now pass').toEqual([]);
          },
          FOLDER_TIMEOUT_MS,
        );
      }
    },
  );
}
