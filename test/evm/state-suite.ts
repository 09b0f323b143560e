/**
 * ethereum/tests GeneralStateTests (Cancun) through the statetest runner: one vitest test
 * per folder, failing with the names of the failing cases. The folders are split into
 * shards (one test file each) so that vitest runs them on separate cores. Files listed in
 * slow-files.ts run only with POLYVM_SLOW_TESTS=1 (see docs/evm.md).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStateTestFile } from '../../src/evm/statetest/parse.js';
import { runStateTests } from '../../src/evm/statetest/run.js';
import { conformanceSuite } from '../conformance-dir.js';
import { KNOWN_FAILURES } from './known-failures.js';
import { SLOW_FILES } from './slow-files.js';

const suite = conformanceSuite('ethereum-tests/GeneralStateTests');
const slow = process.env.POLYVM_SLOW_TESTS === '1';

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

/** Declares the tests of shard `index` of `count`. */
export function stateTestShard(index: number, count: number): void {
  describe.skipIf(!suite.found)(
    `GeneralStateTests Cancun, shard ${index + 1}/${count} ${suite.skipReason}`,
    () => {
      // Shown as skipped, with the reason in the describe name, when the data is absent.
      if (!suite.found) it('finds the suite', () => expect(suite.found).toBe(true));
      for (const [i, dir] of folders().entries()) {
        if (i % count !== index) continue;
        const name = relative(suite.path, dir);
        it(name, () => {
          const unexpected: string[] = [];
          const nowPassing: string[] = [];
          let total = 0;
          for (const file of jsonFiles(dir)) {
            const rel = relative(suite.path, file);
            if (SLOW_FILES[rel] && !slow) continue;
            const results = runStateTests(file, parseStateTestFile(file, readFileSync(file, 'utf8')), {
              fork: 'Cancun',
            });
            for (const r of results) {
              total++;
              const key = `${rel} ${r.name}`;
              const known = key in KNOWN_FAILURES;
              if (!r.pass && !known) unexpected.push(`${key}: ${r.error ?? 'mismatch'}`);
              if (r.pass && known) nowPassing.push(key);
            }
          }
          expect(unexpected, `${unexpected.length} failing of ${total}`).toEqual([]);
          expect(nowPassing, 'listed as known failures but now pass').toEqual([]);
        });
      }
    },
  );
}
