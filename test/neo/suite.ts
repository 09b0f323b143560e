/**
 * The Neo N3 application-engine cases (shared/conformance/neo, see its README): every case
 * file under the folder, one vitest test per fixture, run by the library code of
 * `polyvm neo test`. `part`/`parts` split the files between test files so both of CI's cores
 * run them.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCaseFile, loadCaseFile, runFixture } from '../../src/neo/index.js';
import { conformanceSuite } from '../conformance-dir.js';

function caseFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...caseFiles(p));
    else if (isCaseFile(p)) out.push(p);
  }
  return out;
}

export function neoSuite(part: number, parts: number): void {
  const { path: root, found, skipReason } = conformanceSuite('neo');
  describe.skipIf(!found)(`Neo N3 cases, part ${part + 1}/${parts}${found ? '' : ` (${skipReason})`}`, () => {
    const all = found ? caseFiles(root) : [];
    it('finds the cases', () => {
      expect(all.length).toBeGreaterThan(parts);
    });
    for (const path of all.filter((_, i) => i % parts === part)) {
      const rel = relative(root, path);
      const file = loadCaseFile(path);
      for (const fixture of file.fixtures) {
        it(`${rel} > ${String(fixture.Name)}`, () => {
          const result = runFixture(file, fixture);
          expect(result.error).toBeNull();
          expect(result.pass).toBe(true);
        });
      }
    }
  });
}
