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
    [['--evm-timeout', 'soon'], 'polyvm: error: --evm-timeout: not a duration: soon'],
    [['--evm-timeout', '-1s'], 'polyvm: error: --evm-timeout: not a duration: -1s'],
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

describe('dev accounts', () => {
  it("are anvil's (Foundry documents account 0 and 9 of the default mnemonic)", async () => {
    const { deriveAccounts, DEFAULT_MNEMONIC } = await import('../../src/evm-node/index.js');
    const a = deriveAccounts(DEFAULT_MNEMONIC, 10);
    expect(`0x${a[0]!.address.toString(16)}`).toBe('0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266');
    expect(Buffer.from(a[0]!.key).toString('hex')).toBe(
      'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
    );
    expect(`0x${a[9]!.address.toString(16)}`).toBe('0xa0ee7a142d267c1f36714e4a8f75612f20a79720');
    expect(() => deriveAccounts('test test test', 1)).toThrow('--mnemonic: not a valid BIP-39 mnemonic');
  });
});
