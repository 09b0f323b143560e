/**
 * execution-spec-tests v5.4.0 (../shared/conformance/eest) through the statetest and
 * blocktest runners: every state-test case under its own fork and every blockchain test
 * under its network, one vitest test per folder (`<fork>/<eip>`), failing with the names
 * of the failing cases. Folders are split into shards (one test file each) so that
 * vitest runs them on both cores; the files in EEST_WORKER_FILES run in a worker thread,
 * and the runner yields to the event loop between files.
 *
 * Cases must not disappear silently: each file's cases are counted from the raw JSON
 * (post entries of every fork for a state test, top-level tests for a blockchain test) and
 * must equal what the runner returns, and shard 1 checks the totals per fork and network
 * against the counts the data's README gives.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBlockTests } from '../../src/evm/blocktest/run.js';
import { readFixtureText } from '../../src/evm/json-fields.js';
import { parseStateTestFile } from '../../src/evm/statetest/parse.js';
import { runStateTests } from '../../src/evm/statetest/run.js';
import { conformanceSuite } from '../conformance-dir.js';
import { runBlockFileInWorker, runStateFileInWorker } from './fixture-worker.js';

export type Kind = 'state' | 'blockchain';

const FOLDER_TIMEOUT_MS = 900_000;

/** ../shared/conformance/eest/README.md: cases per fork (state) and network (blockchain). */
const EXPECTED: Record<Kind, { files: number; perFork: Record<string, number> }> = {
  state: {
    files: 207,
    perFork: { Berlin: 151, London: 151, Paris: 166, Shanghai: 264, Cancun: 1011, Prague: 2105, Osaka: 3189 },
  },
  blockchain: {
    files: 273,
    perFork: {
      Berlin: 19,
      London: 19,
      Paris: 41,
      Shanghai: 107,
      ShanghaiToCancunAtTime15k: 19,
      Cancun: 540,
      CancunToPragueAtTime15k: 29,
      Prague: 1198,
      PragueToOsakaAtTime15k: 16,
      Osaka: 1660,
      OsakaToBPO1AtTime15k: 6,
      BPO1ToBPO2AtTime15k: 5,
      BPO2ToBPO3AtTime15k: 7,
      BPO3ToBPO4AtTime15k: 5,
    },
  },
};

/** Files whose transactions run for tens of seconds on a busy machine (see fixture-worker.ts). */
export const EEST_WORKER_FILES: ReadonlySet<string> = new Set([
  'cancun/eip1153_tstore/test_run_until_out_of_gas.json.gz', // 120M gas of TSTORE per case
  'cancun/eip4844_blobs/test_external_vectors.json.gz', // KZG proofs
  'prague/eip2537_bls_12_381_precompiles/test_valid_gas_g1msm.json.gz', // MSMs of 1..128 points
  'prague/eip2537_bls_12_381_precompiles/test_valid_gas_g2msm.json.gz',
  'prague/eip7702_set_code_tx/test_gas_cost.json.gz', // 630 authorizations a case
]);

/**
 * Folders that take most of the time go to fixed shards (measured: about a minute each on a
 * loaded core); the others go round-robin.
 */
const HEAVY: Record<Kind, readonly string[]> = {
  state: ['prague/eip2537_bls_12_381_precompiles', 'prague/eip7702_set_code_tx'],
  blockchain: [
    'cancun/eip1153_tstore',
    'prague/eip2537_bls_12_381_precompiles',
    'prague/eip7702_set_code_tx',
  ],
};

const DIRS: Record<Kind, string> = { state: 'eest/state_tests', blockchain: 'eest/blockchain_tests' };

function fixtureFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...fixtureFiles(p));
    else if (e.endsWith('.json.gz') || e.endsWith('.json')) out.push(p);
  }
  return out;
}

/** `<fork>/<eip>` folders. */
function folders(root: string): string[] {
  const out: string[] = [];
  for (const fork of readdirSync(root).sort()) {
    const p = join(root, fork);
    if (!statSync(p).isDirectory()) continue;
    for (const eip of readdirSync(p).sort()) if (statSync(join(p, eip)).isDirectory()) out.push(join(p, eip));
  }
  return out;
}

/** Cases per fork (state: post entries) or network (blockchain: tests), from the raw JSON. */
function countCases(kind: Kind, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (k: string, n: number) => counts.set(k, (counts.get(k) ?? 0) + n);
  for (const t of Object.values(JSON.parse(text) as Record<string, Record<string, unknown>>)) {
    if (kind === 'blockchain') add(String(t.network), 1);
    else
      for (const [fork, entries] of Object.entries(t.post as Record<string, unknown[]>))
        add(fork, entries.length);
  }
  return counts;
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/** Declares the tests of shard `index` of `count` for `kind`. */
export function eestShard(kind: Kind, index: number, count: number): void {
  const suite = conformanceSuite(DIRS[kind]);
  const name = kind === 'state' ? 'state tests' : 'blockchain tests';
  describe.skipIf(!suite.found)(
    `EEST v5.4.0 ${name}, shard ${index + 1}/${count} ${suite.skipReason}`,
    () => {
      if (!suite.found) it('finds the suite', () => expect(suite.found).toBe(true));
      const dirs = suite.found ? folders(suite.path) : [];
      if (index === 0)
        it('covers every file and counts the README gives', () => {
          const all = fixtureFiles(suite.path);
          expect(dirs.flatMap(fixtureFiles).length, 'files outside the folders the shards run').toBe(
            all.length,
          );
          expect(all.length).toBe(EXPECTED[kind].files);
          const perFork: Record<string, number> = {};
          for (const f of all)
            for (const [fork, n] of countCases(kind, readFixtureText(f)))
              perFork[fork] = (perFork[fork] ?? 0) + n;
          expect(perFork).toEqual(EXPECTED[kind].perFork);
        });
      const heavy = HEAVY[kind];
      let light = 0;
      for (const dir of dirs) {
        const rel = relative(suite.path, dir);
        const h = heavy.indexOf(rel);
        const shard = h >= 0 ? h % count : (heavy.length + light++) % count;
        if (shard !== index) continue;
        it(
          rel,
          async () => {
            const failing: string[] = [];
            const lost: string[] = [];
            let total = 0;
            for (const file of fixtureFiles(dir)) {
              const fileRel = relative(suite.path, file);
              const text = readFixtureText(file);
              const expected = sum(countCases(kind, text));
              const inWorker = EEST_WORKER_FILES.has(fileRel);
              const results: { name: string; pass: boolean; error?: string }[] =
                kind === 'state'
                  ? inWorker
                    ? await runStateFileInWorker(file)
                    : runStateTests(file, parseStateTestFile(file, text))
                  : inWorker
                    ? await runBlockFileInWorker(file)
                    : runBlockTests(file, text);
              // Let the worker answer vitest between files (its RPC calls time out after 60 s).
              await new Promise((resolve) => setImmediate(resolve));
              if (results.length !== expected) lost.push(`${fileRel}: ran ${results.length} of ${expected}`);
              for (const r of results) {
                total++;
                if (!r.pass) failing.push(`${fileRel} ${r.name}: ${r.error ?? 'mismatch'}`);
              }
            }
            expect(lost, 'cases the runner did not run').toEqual([]);
            expect(total, 'no case ran').toBeGreaterThan(0);
            expect(failing, `${failing.length} failing of ${total}`).toEqual([]);
          },
          FOLDER_TIMEOUT_MS,
        );
      }
    },
  );
}
