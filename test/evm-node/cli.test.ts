/**
 * `polyvm evm node` flags: a bad value is one line on stderr and exit code 2 (README's
 * rule: what it was given cannot be used), nothing listening.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(__dirname, '..', '..', 'bin', 'polyvm');
const run = (...args: string[]) =>
  spawnSync(BIN, ['evm', 'node', ...args], { encoding: 'utf8', timeout: 30_000 });

describe('polyvm evm node flags', () => {
  it.each([
    [['--port', 'abc'], 'polyvm: error: --port: not a number: abc'],
    [['--port', '70000'], 'polyvm: error: --port: 70000 is too large'],
    [['--hardfork', 'Atlantis'], 'polyvm: error: --hardfork: unknown fork Atlantis'],
    [
      ['--init', '/nonexistent/genesis.json'],
      "polyvm: error: --init /nonexistent/genesis.json: ENOENT: no such file or directory, open '/nonexistent/genesis.json'",
    ],
  ])('%j', (args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(message);
    expect(r.stdout).not.toContain('Listening');
  });
});
