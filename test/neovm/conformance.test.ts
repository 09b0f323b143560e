/**
 * neo-vm's JSON unit tests (neo-vm `tests/Neo.VM.Tests/Tests`), one vitest test per JSON
 * test, named by file path and test name, interpreted as upstream's VMJsonTestBase does.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVmTestFile, runVmTest, type VmTestFile } from '../../src/neovm/index.js';
import { conformanceSuite } from '../conformance-dir.js';

const { path: root, found, skipReason } = conformanceSuite('neo-vm');

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsonFiles(p));
    else if (name.endsWith('.json')) out.push(p);
  }
  return out;
}

describe.skipIf(!found)(`neo-vm JSON tests${found ? '' : ` (${skipReason})`}`, () => {
  const files = found ? jsonFiles(root) : [];

  it('finds the suite', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const path of files) {
    const rel = relative(root, path);
    let file: VmTestFile | undefined;
    let loadError: unknown;
    try {
      file = loadVmTestFile(path);
    } catch (error) {
      loadError = error;
    }
    if (file === undefined) {
      it(`${rel} loads`, () => {
        throw loadError;
      });
      continue;
    }
    const seen = new Map<string, number>();
    for (const test of file.tests) {
      const n = (seen.get(test.name) ?? 0) + 1;
      seen.set(test.name, n);
      const label = n === 1 ? test.name : `${test.name} (#${n})`;
      const f = file;
      it(`${rel} > ${label}`, () => {
        const result = runVmTest(f, test);
        expect(result.error).toBeNull();
        expect(result.pass).toBe(true);
      });
    }
  }
});
