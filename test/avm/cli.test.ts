/** `polyvm aleo ...` in-process: JSON shapes, exit codes, state across invocations. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { equalBytes } from '../../src/core/bytes.js';
import { runCli } from '../cli-io.js';

const dir = mkdtempSync(join(tmpdir(), 'polyvm-aleo-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCli(dir, argv);

writeFileSync(
  join(dir, 'add.aleo'),
  'program add.aleo;\nfunction f:\n    input r0 as u8.public;\n    add r0 250u8 into r1;\n    output r1 as u8.public;\n',
);
writeFileSync(
  join(dir, 'bad.aleo'),
  'program bad.aleo;\nfunction f:\n    input r0 as u8.public;\n    add r0 r9 into r1;\n',
);
writeFileSync(
  join(dir, 'counter.aleo'),
  `program counter.aleo;
mapping count:
    key as u8.public;
    value as u32.public;
function bump:
    input r0 as u8.public;
    async bump r0 into r1;
    output r1 as counter.aleo/bump.future;
finalize bump:
    input r0 as u8.public;
    get.or_use count[r0] 0u32 into r1;
    add r1 1u32 into r2;
    set r2 into count[r0];
`,
);

describe('polyvm aleo', () => {
  it('check --json', async () => {
    expect(await cli('aleo', 'check', 'add.aleo', '--json')).toEqual({
      code: 0,
      out: '{"status":"success"}\n',
      err: '',
    });
    const bad = await cli('aleo', 'check', 'bad.aleo', '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out)).toEqual({
      status: 'error',
      code: 'AVM_CHECK',
      error: '4:5: register r9 is used before it is defined',
      file: 'bad.aleo',
    });
  });

  it('run --json: success and a failed execution', async () => {
    const ok = JSON.parse((await cli('aleo', 'run', 'add.aleo', 'f', '5u8', '--json')).out);
    expect(ok).toMatchObject({ status: 'success', outputs: ['255u8'] });
    // Signed by the dev key: one transition with snarkVM's JSON fields.
    expect(ok.transitions).toHaveLength(1);
    expect(ok.transitions[0]).toMatchObject({
      program: 'add.aleo',
      function: 'f',
      signer: 'aleo1rhgdu77hgyqd3xjj8ucu3jj9r2krwz6mnzyd80gncr5fxcwlh5rsvzp9px',
      inputs: [{ type: 'public', value: '5u8' }],
      outputs: [{ type: 'public', value: '255u8' }],
    });
    expect(ok.transitions[0].id).toMatch(/^au1[02-9ac-hj-np-z]{58}$/);
    const r = await cli('aleo', 'run', 'add.aleo', 'f', '6u8', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({
      status: 'error',
      code: 'AVM_HALT',
      error: 'Integer addition failed on: 6u8 and 250u8',
    });
  });

  it('--seed makes the transition reproducible; another seed or key changes it', async () => {
    const run = async (...extra: string[]) =>
      JSON.parse((await cli('aleo', 'run', 'add.aleo', 'f', '5u8', '--json', ...extra)).out).transitions[0];
    const a = await run('--seed', '7');
    expect(await run('--seed', '7')).toEqual(a);
    expect((await run('--seed', '8')).id).not.toBe(a.id);
    const other = await run(
      '--seed',
      '7',
      '--private-key',
      'APrivateKey1zkpD8EMCktUm2uPfNCHTTtXbkRtyzVNrd5Sdc9EeRqsn68V',
    );
    expect(other.signer).toBe('aleo19wvdus0xdvyuhmmhusq2awvh4dxe8yaazmfln0406t8rum4cqsqsytfxg9');
  });

  it('records: a real nonce and version, and a record1… output spent as the next input', async () => {
    writeFileSync(
      join(dir, 'rec.aleo'),
      `program rec.aleo;
record token:
    owner as address.private;
    amount as u64.private;
function mint:
    input r0 as u64.private;
    cast self.signer r0 into r1 as token.record;
    output r1 as token.record;
function spend:
    input r0 as token.record;
    input r1 as u64.private;
    sub r0.amount r1 into r2;
    output r2 as u64.private;
`,
    );
    const minted = JSON.parse(
      (await cli('aleo', 'run', 'rec.aleo', 'mint', '5u64', '--json', '--seed', '1')).out,
    );
    expect(minted.outputs[0]).toMatch(/_nonce: [1-9][0-9]*group\.public,\n {2}_version: 1u8\.public\n}$/);
    const ciphertext = minted.transitions[0].outputs[0].value;
    expect(ciphertext).toMatch(/^record1/);
    expect(await cli('aleo', 'run', 'rec.aleo', 'spend', ciphertext, '2u64')).toEqual({
      code: 0,
      out: '3u64\n',
      err: '',
    });
    // Another key cannot decrypt it: bad input.
    const r = await cli(
      'aleo',
      'run',
      'rec.aleo',
      'spend',
      ciphertext,
      '2u64',
      '--private-key',
      'APrivateKey1zkpD8EMCktUm2uPfNCHTTtXbkRtyzVNrd5Sdc9EeRqsn68V',
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('does not correspond to the record owner');
  });

  it('account and decrypt: keys of the dev key; a record decrypted with its view key', async () => {
    // snarkOS's development account 0 (its published key, view key and address).
    expect(JSON.parse((await cli('aleo', 'account', '--json')).out)).toEqual({
      privateKey: 'APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH',
      viewKey: 'AViewKey1mSnpFFC8Mj4fXbK5YiWgZ3mjiV8CxA79bYNa8ymUpTrw',
      address: 'aleo1rhgdu77hgyqd3xjj8ucu3jj9r2krwz6mnzyd80gncr5fxcwlh5rsvzp9px',
    });
    const minted = JSON.parse(
      (await cli('aleo', 'run', 'rec.aleo', 'mint', '9u64', '--json', '--seed', '3')).out,
    );
    const d = await cli('aleo', 'decrypt', minted.transitions[0].outputs[0].value);
    expect(d).toEqual({ code: 0, out: `${minted.outputs[0]}\n`, err: '' });
    const bad = await cli('aleo', 'decrypt', 'record1qqq');
    expect(bad.code).toBe(2);
  });

  it('a bad --private-key or --seed is bad input (exit 2)', async () => {
    const k = await cli('aleo', 'run', 'add.aleo', 'f', '5u8', '--private-key', 'APrivateKey1xyz');
    expect(k.code).toBe(2);
    expect(k.err).toMatch(/^polyvm: error: Invalid account private key/);
    const s = await cli('aleo', 'run', 'add.aleo', 'f', '5u8', '--seed', '-1');
    expect(s.code).toBe(2);
    expect(s.err).toBe("polyvm: error: --seed must be a non-negative integer, found '-1'\n");
  });

  it('bad input exits 2 with one line', async () => {
    const r = await cli('aleo', 'run', 'add.aleo', 'f', '5u16');
    expect(r.code).toBe(2);
    expect(r.err).toBe('polyvm: error: input "5u16" is not a u8: found u16\n');
  });

  it('execute runs only deployed programs', async () => {
    const r = await cli(
      'aleo',
      'execute',
      'counter.aleo',
      'bump',
      '7u8',
      '--state',
      'st-undeployed',
      '--json',
    );
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual({
      status: 'error',
      code: 'AVM_DEPLOY',
      error: "program 'counter.aleo' is not deployed (deploy it first: polyvm aleo deploy counter.aleo)",
    });
  });

  it('execute keeps mappings in the state directory; mapping reads them', async () => {
    expect((await cli('aleo', 'deploy', 'counter.aleo', '--state', 'st')).code).toBe(0);
    for (let i = 0; i < 2; i++)
      expect((await cli('aleo', 'execute', 'counter.aleo', 'bump', '7u8', '--state', 'st')).code).toBe(0);
    expect(await cli('aleo', 'mapping', 'counter.aleo', 'count', '7u8', '--state', 'st')).toEqual({
      code: 0,
      out: '2u32\n',
      err: '',
    });
    expect((await cli('aleo', 'mapping', 'counter.aleo', 'count', '8u8', '--state', 'st')).out).toBe(
      'null\n',
    );
  });

  it('execute --height sets block.height for finalize; a height outside u32 is bad input', async () => {
    writeFileSync(
      join(dir, 'height.aleo'),
      `program height.aleo;\nmapping at:\n    key as u8.public;\n    value as u32.public;\nfunction mark:\n    input r0 as u8.public;\n    async mark r0 into r1;\n    output r1 as height.aleo/mark.future;\nfinalize mark:\n    input r0 as u8.public;\n    set block.height into at[r0];\n`,
    );
    expect((await cli('aleo', 'deploy', 'height.aleo', '--state', 'st-h')).code).toBe(0);
    const mark = (...extra: string[]) =>
      cli('aleo', 'execute', 'height.aleo', 'mark', '1u8', '--state', 'st-h', ...extra);
    expect((await mark('--height', '4294967295')).code).toBe(0);
    expect((await cli('aleo', 'mapping', 'height.aleo', 'at', '1u8', '--state', 'st-h')).out).toBe(
      '4294967295u32\n',
    );
    expect((await mark()).code).toBe(0);
    expect((await cli('aleo', 'mapping', 'height.aleo', 'at', '1u8', '--state', 'st-h')).out).toBe('0u32\n');
    const bad = await mark('--height', '4294967296', '--json');
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.out).code).toBe('INVALID_ARGUMENT');
    expect((await cli('aleo', 'mapping', 'height.aleo', 'at', '1u8', '--state', 'st-h')).out).toBe('0u32\n');
  });

  it('execute refuses a program whose definition differs from its deployment', async () => {
    const program = (t: string) =>
      `program typed.aleo;\nmapping total:\n    key as u8.public;\n    value as ${t}.public;\nfunction bump:\n    input r0 as u8.public;\n    async bump r0 into r1;\n    output r1 as typed.aleo/bump.future;\nfinalize bump:\n    input r0 as u8.public;\n    get.or_use total[r0] 0${t} into r1;\n    add r1 1${t} into r2;\n    set r2 into total[r0];\n`;
    writeFileSync(join(dir, 'typed.aleo'), program('u64'));
    const exec = () => cli('aleo', 'execute', 'typed.aleo', 'bump', '1u8', '--state', 'st-typed', '--json');
    expect((await cli('aleo', 'deploy', 'typed.aleo', '--state', 'st-typed')).code).toBe(0);
    expect((await exec()).code).toBe(0);
    writeFileSync(join(dir, 'typed.aleo'), program('u128'));
    const r = await exec();
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({ status: 'error', code: 'AVM_DEPLOY' });
    expect(r.err).toBe("polyvm: error: program 'typed.aleo' differs from its deployed definition\n");
    expect((await cli('aleo', 'mapping', 'typed.aleo', 'total', '1u8', '--state', 'st-typed')).out).toBe(
      '1u64\n',
    );
  });

  it('check without --json names file, line and column', async () => {
    writeFileSync(
      join(dir, 'typo.aleo'),
      'program typo.aleo;\nfunction f:\n    input r0 as u8.public;\n    addd r0 r0 into r1;\n',
    );
    expect(await cli('aleo', 'check', 'typo.aleo')).toEqual({
      code: 1,
      out: '',
      err: "typo.aleo:4:5: unknown instruction 'addd'\n",
    });
  });

  it('a missing program file is bad input (exit 2)', async () => {
    const r = await cli('aleo', 'check', 'nope.aleo');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^polyvm: error: cannot read nope\.aleo/);
  });

  describe('error paths: one line; exit 1 when check rejects a program, 2 for bad input', () => {
    const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
    const fn = (id: string, imports = '') =>
      `${imports}program ${id};\nfunction f:\n    input r0 as u8.public;\n    output r0 as u8.public;\n`;

    it('run and execute of a program that does not parse or check are bad input (exit 2) naming file:line:column', async () => {
      expect(await cli('aleo', 'run', 'bad.aleo', 'f', '1u8')).toEqual({
        code: 2,
        out: '',
        err: 'polyvm: error: bad.aleo:4:5: register r9 is used before it is defined\n',
      });
      const e = await cli('aleo', 'execute', 'bad.aleo', 'f', '1u8', '--state', 'st-bad', '--json');
      expect(e.code).toBe(2);
      expect(JSON.parse(e.out)).toEqual({
        status: 'error',
        code: 'AVM_CHECK',
        error: 'bad.aleo:4:5: register r9 is used before it is defined',
      });
      expect(existsSync(join(dir, 'st-bad'))).toBe(false);
      expect(await cli('aleo', 'run', 'typo.aleo', 'f', '1u8', '--json')).toEqual({
        code: 2,
        out: `${JSON.stringify({ status: 'error', code: 'AVM_PARSE', error: "typo.aleo:4:5: unknown instruction 'addd'" })}\n`,
        err: "polyvm: error: typo.aleo:4:5: unknown instruction 'addd'\n",
      });
    });

    it('a rejected import is named; an import cycle and a mislabelled import are rejected', async () => {
      write(
        'sub.aleo',
        'program sub.aleo;\nfunction f:\n    input r0 as u8.public;\n    add r0 r9 into r1;\n',
      );
      write('usesub.aleo', fn('usesub.aleo', 'import sub.aleo;\n'));
      expect(await cli('aleo', 'run', 'usesub.aleo', 'f', '1u8')).toEqual({
        code: 2,
        out: '',
        err: 'polyvm: error: sub.aleo:4:5: register r9 is used before it is defined\n',
      });
      expect(await cli('aleo', 'check', 'usesub.aleo')).toEqual({
        code: 1,
        out: '',
        err: 'sub.aleo:4:5: register r9 is used before it is defined\n',
      });
      write('cya.aleo', fn('cya.aleo', 'import cyb.aleo;\n'));
      write('cyb.aleo', fn('cyb.aleo', 'import cya.aleo;\n'));
      expect(await cli('aleo', 'check', 'cya.aleo')).toEqual({
        code: 1,
        out: '',
        err: 'cya.aleo: import cycle: cya.aleo -> cyb.aleo -> cya.aleo\n',
      });
      write('lbl.aleo', fn('other.aleo'));
      write('useslbl.aleo', fn('useslbl.aleo', 'import lbl.aleo;\n'));
      expect(await cli('aleo', 'check', 'useslbl.aleo')).toEqual({
        code: 1,
        out: '',
        err: "lbl.aleo: declares program 'other.aleo', not 'lbl.aleo'\n",
      });
    });

    it('a missing function, a wrong input count or a malformed literal is bad input', async () => {
      const cases: [string[], string][] = [
        [['nofn', '1u8'], "program 'add.aleo' has no function 'nofn'"],
        [['f'], "function 'f' takes 1 inputs, found 0"],
        [['f', '1u8', '2u8'], "function 'f' takes 1 inputs, found 2"],
        [['f', '300u8'], 'invalid value "300u8": 1:1: 300u8: out of range for u8'],
        [['f', '{ a: 1u8'], `invalid value "{ a: 1u8": 1:9: expected '}', found end of input`],
      ];
      for (const [args, msg] of cases)
        expect(await cli('aleo', 'run', 'add.aleo', ...args)).toEqual({
          code: 2,
          out: '',
          err: `polyvm: error: ${msg}\n`,
        });
    });

    it('a bad key, view key or record ciphertext is bad input', async () => {
      const k = await cli(
        'aleo',
        'account',
        '--private-key',
        'APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWX',
      );
      expect(k.code).toBe(2);
      expect(k.err).toMatch(/^polyvm: error: Invalid account private key '[^\n]*\n$/);
      const v = await cli('aleo', 'decrypt', 'record1qqq', '--view-key', 'AViewKey1bad');
      expect(v).toEqual({
        code: 2,
        out: '',
        err: 'polyvm: error: Invalid account view key length: found 9, expected 39\n',
      });
    });

    it('mapping: an invalid program id or mapping name is bad input', async () => {
      expect(await cli('aleo', 'mapping', 'counter', 'count', '7u8', '--state', 'st')).toEqual({
        code: 2,
        out: '',
        err: "polyvm: error: invalid program id 'counter' (expected NAME.aleo, NAME lowercase)\n",
      });
      expect((await cli('aleo', 'mapping', 'counter.aleo', 'co unt', '7u8', '--state', 'st')).code).toBe(2);
    });

    it('a corrupt or foreign --state directory is bad input and stays as it was', async () => {
      mkdirSync(join(dir, 'foreign'));
      write('foreign/data.mdb', 'not lmdb');
      const f = await cli('aleo', 'execute', 'counter.aleo', 'bump', '1u8', '--state', 'foreign');
      expect(f.code).toBe(2);
      expect(f.err).toMatch(/^polyvm: error: .*foreign is not a polyvm state store[^\n]*\n$/);
      expect(readFileSync(join(dir, 'foreign/data.mdb'), 'utf8')).toBe('not lmdb');

      expect((await cli('aleo', 'deploy', 'counter.aleo', '--state', 'st-corrupt')).code).toBe(0);
      expect(
        (await cli('aleo', 'execute', 'counter.aleo', 'bump', '1u8', '--state', 'st-corrupt')).code,
      ).toBe(0);
      const garbage = new Uint8Array(65536).fill(0xab);
      writeFileSync(join(dir, 'st-corrupt/data.mdb'), garbage);
      for (const argv of [
        ['execute', 'counter.aleo', 'bump', '1u8', '--state', 'st-corrupt'],
        ['mapping', 'counter.aleo', 'count', '1u8', '--state', 'st-corrupt'],
      ]) {
        const r = await cli('aleo', ...argv);
        expect(r.code).toBe(2);
        expect(r.err).toMatch(
          /^polyvm: error: state store at [^\n]* is corrupt: data\.mdb: first meta page: bad magic number\n$/,
        );
      }
      expect(equalBytes(readFileSync(join(dir, 'st-corrupt/data.mdb')), garbage)).toBe(true);
    });
  });
});
