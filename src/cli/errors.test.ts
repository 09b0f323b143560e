/**
 * The CLI's error conventions, in-process: every error is one line `polyvm: error: ...` on
 * stderr; with --json also `{status:'error', code, error}` on stdout; exit 2 for bad usage or
 * input. Negative values are positional arguments; `help` reaches nested commands.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandPath } from './command.js';
import { buildProgram } from './main.js';
import { captureIO, runCli } from './test-io.js';

const work = mkdtempSync(join(tmpdir(), 'polyvm-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
mkdirSync(join(work, 'empty'));
writeFileSync(
  join(work, 'neg.aleo'),
  `program neg.aleo;
mapping m:
    key as i32.public;
    value as i8.public;
function f:
    input r0 as i8.public;
    input r1 as i8.public;
    add r0 r1 into r2;
    output r2 as i8.public;
function put:
    input r0 as i32.public;
    input r1 as i8.public;
    async put r0 r1 into r2;
    output r2 as neg.aleo/put.future;
finalize put:
    input r0 as i32.public;
    input r1 as i8.public;
    set r1 into m[r0];
`,
);

const cli = (...argv: string[]) => runCli(argv, work);
const usage = (message: string) => ({ code: 2, stdout: '', stderr: `polyvm: error: ${message}\n` });

describe('negative values are arguments, not options', () => {
  it('aleo run and execute take -1i8 without --, with options before, between and after', async () => {
    expect(await cli('aleo', 'run', 'neg.aleo', 'f', '-1i8', '-5i8')).toEqual({
      code: 0,
      stdout: '-6i8\n',
      stderr: '',
    });
    const j = await cli('aleo', 'run', '--seed', '3', 'neg.aleo', 'f', '-1i8', '--json', '-2i8');
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout).outputs).toEqual(['-3i8']);
    const st = ['--state', 'st'];
    expect((await cli('aleo', 'deploy', 'neg.aleo', ...st)).code).toBe(0);
    expect((await cli('aleo', 'execute', 'neg.aleo', 'put', '-5i32', '-7i8', ...st)).code).toBe(0);
    expect(await cli('aleo', 'mapping', 'neg.aleo', 'm', '-5i32', ...st)).toEqual({
      code: 0,
      stdout: '-7i8\n',
      stderr: '',
    });
    expect(await cli('aleo', 'mapping', ...st, 'neg.aleo', 'm', '-6i32', '--json')).toEqual({
      code: 0,
      stdout: '{"program":"neg.aleo","mapping":"m","key":"-6i32","value":null}\n',
      stderr: '',
    });
    // `--` still works, and ends the options.
    expect((await cli('aleo', 'run', 'neg.aleo', 'f', '--', '-1i8', '-1i8')).stdout).toBe('-2i8\n');
  });

  it('a value after an option that takes one stays its value; unknown options are still refused', async () => {
    expect(await cli('aleo', 'run', 'neg.aleo', 'f', '-1i8', '-1i8', '--seed', '-1')).toEqual(
      usage("--seed must be a non-negative integer, found '-1'"),
    );
    expect(await cli('evm', 'run', '--code', '00', '--gas', '-5')).toEqual(
      usage('--gas: expected an integer >= 0, got "-5"'),
    );
    expect(await cli('aleo', 'run', 'neg.aleo', 'f', '-1i8', '--bogus', '-1i8')).toEqual(
      usage("unknown option '--bogus'"),
    );
    expect(await cli('aleo', 'run', 'neg.aleo', 'f', '-x')).toEqual(usage("unknown option '-x'"));
  });
});

describe('usage errors are one line, exit 2', () => {
  it.each([
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['evm', 'runn'], "unknown command 'runn' (Did you mean run?)"],
    [['state', 'inspect', '--jsn'], "unknown option '--jsn' (Did you mean --json?)"],
    [['aleo', 'run'], "missing required argument 'file'"],
    [['evm', 'run'], "required option '--code <hex|@file>' not specified"],
    [['evm', 'run', '--code'], "option '--code <hex|@file>' argument missing"],
    [['neovm', 'run', '11', '12'], "too many arguments for 'run'. Expected 1 argument but got 2."],
    [['state'], "'polyvm state' needs a command: inspect (see polyvm state --help)"],
    [[], "'polyvm' needs a command: evm, neovm, neo, js, aleo, state (see polyvm --help)"],
    [['help', 'evm', 'nope'], "unknown command 'evm nope' (see polyvm --help)"],
  ])('polyvm %j', async (argv, message) => {
    expect(await cli(...argv)).toEqual(usage(message));
  });

  it('--verbose adds the stack after the one line', async () => {
    const r = await cli('--verbose', 'neovm', 'run', 'missing.neoasm');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('polyvm: error: missing.neoasm: cannot read: no such file');
    expect(r.stderr).toMatch(/\n {4}at /);
  });
});

describe('polyvm help', () => {
  it('shows the help of nested commands', async () => {
    const r = await cli('help', 'evm', 'run');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: polyvm evm run \[options\]\n/);
    expect(r.stdout).toContain('--code <hex|@file>');
    expect((await cli('help', 'aleo')).stdout).toMatch(/^Usage: polyvm aleo \[options\] \[command\]\n/);
    expect((await cli('help')).stdout).toMatch(/^Usage: polyvm \[options\] \[command\]\n/);
    expect((await cli('evm', 'help', 'statetest')).stdout).toMatch(/^Usage: polyvm evm statetest/);
  });
});

describe('files and test folders', () => {
  it('a missing assembly file is named, not reported as bad hex', async () => {
    expect(await cli('neovm', 'run', 'loop.neoasm')).toEqual(usage('loop.neoasm: cannot read: no such file'));
    expect(await cli('neovm', 'run', 'zz')).toEqual(
      usage('script: expected hex, @file or an assembly file, got "zz"'),
    );
  });

  it.each([
    ['evm', 'statetest'],
    ['evm', 'blocktest'],
    ['neovm', 'test'],
    ['neo', 'test'],
  ])('%s %s: an empty folder or a missing path is bad input, not a pass', async (group, command) => {
    expect(await cli(group, command, 'empty')).toEqual(
      usage(`no test files found in ${join(work, 'empty')}`),
    );
    expect(await cli(group, command, 'nope')).toEqual(
      usage(`no test files found in ${join(work, 'nope')}: no such file or folder`),
    );
  });
});

/** For each command that takes --json: argv that is bad input, and the code it must report. */
const badInput: Record<string, [string[], string]> = {
  'polyvm evm run': [['--code', 'zz'], 'INVALID_HEX'],
  'polyvm evm statetest': [['empty'], 'INVALID_INPUT_FILE'],
  'polyvm evm disasm': [['0x1'], 'INVALID_HEX'],
  'polyvm evm blocktest': [['empty'], 'INVALID_INPUT_FILE'],
  'polyvm evm rpctest': [['empty'], 'INVALID_INPUT_FILE'],
  'polyvm neovm run': [['missing.neoasm'], 'INVALID_INPUT_FILE'],
  'polyvm neovm test': [['empty'], 'INVALID_INPUT_FILE'],
  'polyvm neo deploy': [['missing.nef', '--state', 'neo'], 'INVALID_INPUT_FILE'],
  'polyvm neo invoke': [['NoSuch', 'transfer', '--state', 'neo'], 'NEO_ARGUMENT'],
  'polyvm neo invokescript': [['zz', '--state', 'neo'], 'USAGE'],
  'polyvm neo transfer': [['1', 'GAS', 'genesis', 'nobody', '--state', 'neo'], 'NEO_ARGUMENT'],
  'polyvm neo wallet create': [['genesis', '--state', 'neo'], 'NEO_ARGUMENT'],
  'polyvm neo wallet list': [['--state', 'neo/data.mdb'], 'STATE_STORE'],
  'polyvm neo accounts': [['--state', 'neg.aleo'], 'STATE_STORE'],
  'polyvm neo storage': [['NoSuch', '--state', 'neo'], 'STATE_STORE'], // no chain was ever committed there
  'polyvm neo test': [['empty'], 'INVALID_INPUT_FILE'],
  'polyvm js init': [['--account', '=5'], 'USAGE'],
  'polyvm js deploy': [['missing.js', '--signer', 'alice'], 'INVALID_INPUT_FILE'],
  'polyvm js call': [['token.iost', 'balanceOf', '[]'], 'USAGE'],
  'polyvm js update': [['Contract1', 'missing.js', '--signer', 'alice'], 'INVALID_INPUT_FILE'],
  'polyvm aleo check': [['missing.aleo'], 'INVALID_INPUT_FILE'],
  'polyvm aleo run': [['neg.aleo', 'f', '1u8', '300i8'], 'AVM_VALUE'],
  'polyvm aleo execute': [['neg.aleo', 'nofn', '--state', 'st'], 'AVM_VALUE'],
  'polyvm aleo synthesize': [['neg.aleo', 'nofn'], 'AVM_VALUE'],
  'polyvm aleo deploy': [['missing.aleo'], 'INVALID_INPUT_FILE'],
  'polyvm aleo verify': [['missing.json', '--program', 'neg.aleo'], 'INVALID_INPUT_FILE'],
  'polyvm aleo account': [['--private-key', 'APrivateKey1xyz'], 'AVM_DECODE'],
  'polyvm aleo decrypt': [['record1qqq'], 'AVM_DECODE'],
  'polyvm aleo mapping': [['neg', 'm', '1i32'], 'INVALID_ARGUMENT'],
  'polyvm aleo ledger': [['--state', 'nope'], 'STATE_STORE'],
  'polyvm aleo state-path': [['abc', '--state', 'st'], 'INVALID_ARGUMENT'],
  'polyvm state inspect': [['--state', 'nope'], 'STATE_STORE'],
};

describe('--json error documents: {status, code, error} on stdout, the line on stderr, exit 2', () => {
  const program = buildProgram({ io: captureIO(), verbose: false, exitCode: 0 });
  const withJson: string[] = [];
  const walk = (cmd: (typeof program.commands)[number]) => {
    if (cmd.options.some((o) => o.long === '--json')) withJson.push(commandPath(cmd));
    for (const sub of cmd.commands) walk(sub);
  };
  walk(program);

  it('every command that takes --json is covered here', () => {
    expect(withJson.sort()).toEqual(Object.keys(badInput).sort());
  });

  it.each(withJson)('%s: bad usage and bad input', async (path) => {
    const names = path.split(' ').slice(1);
    // Required options are checked before unknown ones.
    const required =
      path === 'polyvm evm run'
        ? ['--code', '00']
        : path === 'polyvm aleo verify'
          ? ['--program', 'neg.aleo']
          : [];
    const parse = await cli(...names, ...required, '--json', '--bogus');
    expect(parse).toEqual({
      code: 2,
      stdout: '{"status":"error","code":"USAGE","error":"unknown option \'--bogus\'"}\n',
      stderr: "polyvm: error: unknown option '--bogus'\n",
    });
    const [args, code] = badInput[path]!;
    const bad = await cli(...names, ...args, '--json');
    expect(bad.code).toBe(2);
    const doc = JSON.parse(bad.stdout);
    expect(Object.keys(doc)).toEqual(['status', 'code', 'error']);
    expect(doc).toMatchObject({ status: 'error', code });
    expect(bad.stderr).toBe(`polyvm: error: ${doc.error}\n`);
  });
});
