import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidInputFileError } from '../core/errors.js';
import { collectJsonFiles } from './json-files.js';
import { captureIO } from './test-io.js';

const dir = mkdtempSync(join(tmpdir(), 'polyvm-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('collectJsonFiles', () => {
  it('walks folders for *.json in name order and keeps named files whatever their extension', () => {
    mkdirSync(join(dir, 'b'));
    for (const f of ['b/2.json', 'a.json', 'b/1.json', 'notes.txt', 'c.test'])
      writeFileSync(join(dir, f), '{}');
    const ctx = { io: captureIO(dir), verbose: false, exitCode: 0 };
    expect(collectJsonFiles(ctx, ['.', 'c.test'])).toEqual([
      join(dir, 'a.json'),
      join(dir, 'b', '1.json'),
      join(dir, 'b', '2.json'),
      join(dir, 'c.test'),
    ]);
  });

  it('names a missing path, and a folder without test files', () => {
    const ctx = { io: captureIO(dir), verbose: false, exitCode: 0 };
    expect(() => collectJsonFiles(ctx, ['nope'])).toThrow(InvalidInputFileError);
    expect(() => collectJsonFiles(ctx, ['nope'])).toThrow(
      `no test files found in ${join(dir, 'nope')}: no such file or folder`,
    );
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'a.txt'), '{}');
    expect(() => collectJsonFiles(ctx, ['b', 'notes'])).toThrow(
      `no test files found in ${join(dir, 'notes')}`,
    );
  });
});
