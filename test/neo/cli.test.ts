/** `polyvm neo ...` run in-process: wallet, deploy, invoke (persisted and --test), invokescript, storage, test. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/test-io.js';
import { LmdbStore } from '../../src/state/index.js';
import { conformanceSuite } from '../conformance-dir.js';
import { TOKEN_SUPPLY, tinyToken } from './token.js';

const work = mkdtempSync(join(tmpdir(), 'polyvm-neo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const state = join(work, 'chain');
const token = tinyToken();
writeFileSync(join(work, 'tiny.nef'), token.nef);
writeFileSync(join(work, 'tiny.manifest.json'), token.manifest);
const neo = (...args: string[]) => runCli(['neo', ...args, '--state', state], work);

describe('polyvm neo', () => {
  let hash = '';

  it('a command that only reads, on a state directory that holds no chain, says so and creates nothing', async () => {
    const missing = join(work, 'no-chain');
    for (const args of [['wallet', 'list'], ['accounts'], ['storage', 'NeoToken']]) {
      const r = await runCli(['neo', ...args, '--state', missing], work);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`polyvm: error: no state store at ${missing}\n`);
    }
    expect(existsSync(missing)).toBe(false);
    const other = join(work, 'other-store');
    await new LmdbStore(other).close();
    const r = await runCli(['neo', 'wallet', 'list', '--state', other], work);
    expect([r.code, r.stderr]).toEqual([
      2,
      `polyvm: error: no Neo chain in the state store at ${other} (a command that writes starts one)\n`,
    ]);
  });

  it('wallet create and list: genesis holds the NEO and GAS', async () => {
    const created = await neo('wallet', 'create', 'alice', '--json');
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout).address).toMatch(/^N/);
    const list = await neo('wallet', 'list', '--json');
    const doc = JSON.parse(list.stdout);
    const genesis = doc.accounts.find((a: { name: string }) => a.name === 'genesis');
    expect(genesis.neo).toBe('100000000');
    expect(genesis.gas).toBe('5200000000000000');
    expect(doc.accounts.map((a: { name: string }) => a.name)).toContain('alice');
    const dup = await neo('wallet', 'create', 'alice');
    expect(dup.code).toBe(2);
    expect(dup.stderr).toContain('account alice already exists');
  });

  it('deploy: the contract hash of sender, checksum and name; _deploy mints to genesis', async () => {
    const r = await neo('deploy', 'tiny.nef', '--data', '@genesis', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.state).toBe('HALT');
    expect(doc.notifications.map((n: { eventname: string }) => n.eventname)).toEqual(['Transfer', 'Deploy']);
    hash = doc.contract.hash;
    expect(hash).toMatch(/^0x[0-9a-f]{40}$/);
    const again = await neo('deploy', 'tiny.nef', '--data', '@genesis');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already deployed');
  });

  it('invoke: a transfer in a new block, then balanceOf with --test as RPC invokefunction', async () => {
    const t = await neo(
      'invoke',
      hash,
      'transfer',
      '@genesis',
      '@alice',
      'int:25',
      'any',
      '--signer',
      'genesis',
      '--json',
    );
    expect(t.code).toBe(0);
    const doc = JSON.parse(t.stdout);
    expect(Object.keys(doc)).toEqual([
      'script',
      'state',
      'gasconsumed',
      'exception',
      'notifications',
      'stack',
      'tx',
    ]);
    expect(doc.stack).toEqual([{ type: 'Boolean', value: true }]);
    expect(doc.notifications[0]).toMatchObject({ eventname: 'Transfer', contract: hash });
    const b = await neo('invoke', 'TinyToken', 'balanceOf', '@alice', '--test', '--json');
    expect(JSON.parse(b.stdout).stack).toEqual([{ type: 'Integer', value: '25' }]);
    const g = await neo('invoke', hash, 'balanceOf', '@genesis', '--test', '--json');
    expect(JSON.parse(g.stdout).stack).toEqual([{ type: 'Integer', value: String(TOKEN_SUPPLY - 25n) }]);
  });

  it('invoke without the witness of from: transfer answers false (CalledByEntry vs None)', async () => {
    const r = await neo(
      'invoke',
      hash,
      'transfer',
      '@genesis',
      '@alice',
      'int:1',
      'any',
      '--signer',
      'genesis:None',
      '--test',
      '--json',
    );
    expect(JSON.parse(r.stdout).stack).toEqual([{ type: 'Boolean', value: false }]);
  });

  it("a FAULT exits 1 with neo's message; natives by name", async () => {
    const r = await neo(
      'invoke',
      hash,
      'transfer',
      '@genesis',
      '@alice',
      'int:-1',
      'any',
      '--test',
      '--json',
    );
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).exception).toBe(
      'An unhandled exception was thrown. The amount must be a positive number.',
    );
    const gas = await neo('invoke', 'GAS', 'symbol', '--test', '--json');
    expect(JSON.parse(gas.stdout).stack).toEqual([
      { type: 'ByteString', value: Buffer.from('GAS').toString('base64') },
    ]);
  });

  it('transfer GAS in neo-express order, and storage lists the token state', async () => {
    const r = await neo('transfer', '100', 'GAS', 'genesis', 'alice', '--json');
    expect(r.code).toBe(0);
    const list = JSON.parse((await neo('wallet', 'list', '--json')).stdout);
    expect(list.accounts.find((a: { name: string }) => a.name === 'alice').gas).toBe('10000000000');
    const s = JSON.parse((await neo('storage', 'TinyToken', '--json')).stdout);
    expect(s.storage.map((e: { key: string }) => e.key)).toContain('0x00');
  });

  it('invokescript: hex script in test mode', async () => {
    const r = await neo('invokescript', '0x11129e', '--test', '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({
      state: 'HALT',
      gasconsumed: '300',
      stack: [{ type: 'Integer', value: '3' }],
    });
  });

  it('bad input: a NEF with a wrong checksum is a typed error, exit 2, nothing written', async () => {
    const bad = Uint8Array.from(token.nef);
    bad[bad.length - 1]! ^= 0xff;
    writeFileSync(join(work, 'bad.nef'), bad);
    writeFileSync(join(work, 'bad.manifest.json'), token.manifest);
    const before = (await neo('wallet', 'list', '--json')).stdout;
    const r = await neo('deploy', 'bad.nef');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('polyvm: error: CRC verification fail\n');
    expect((await neo('wallet', 'list', '--json')).stdout).toBe(before);
    writeFileSync(join(work, 'bad2.nef'), token.nef);
    writeFileSync(join(work, 'bad2.manifest.json'), '{"name": ""}');
    const m = await neo('deploy', 'bad2.nef');
    expect(m.code).toBe(2);
    expect(m.stderr).toContain('manifest name: is empty');
  });

  const { path: cases, found } = conformanceSuite('neo/gas-fixtures/StdLib.json');
  it.skipIf(!found)('test: runs a case file, --json as neovm test prints', async () => {
    const r = await runCli(['neo', 'test', '--json', cases], work);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toHaveLength(2);
    expect(doc.every((x: { pass: boolean; error: null }) => x.pass && x.error === null)).toBe(true);
  });
});
