/**
 * The real `./bin/polyvm` process: exit codes, and a reader that goes away (`| head -1`)
 * on stdout or stderr, at the first write or in the middle of a long run: polyvm stops
 * quietly with exit 0, never a Node EPIPE stack trace.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'polyvm');
const work = mkdtempSync(join(tmpdir(), 'polyvm-process-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Exit {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs polyvm; `close` names the stream whose reader goes away: at once (before polyvm
 * writes) or after its first chunk, as `head -1` does.
 */
function polyvm(argv: string[], close?: { stream: 'stdout' | 'stderr'; when: 'start' | 'first' }) {
  return new Promise<Exit>((done, fail) => {
    const child = spawn(bin, argv, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    const got = { stdout: '', stderr: '' };
    for (const name of ['stdout', 'stderr'] as const) {
      const stream = child[name];
      if (close?.stream === name && close.when === 'start') {
        stream.destroy();
        continue;
      }
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        got[name] += chunk;
        if (close?.stream === name) stream.destroy();
      });
    }
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, ...got }));
  });
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli', 'index.js')))
    throw new Error('dist/ is missing: npm install runs the build (prepare); run `npm run build`');
  // 100,000 JUMPDESTs: a disassembly of 100,000 lines, a JSON document of 3 MB.
  writeFileSync(join(work, 'big.hex'), `0x${'5b'.repeat(100_000)}`);
  // JUMPDEST PUSH1 0 JUMP: a loop that runs until its gas is gone (an endless one in NeoVM).
  writeFileSync(join(work, 'loop.neoasm'), 'start: NOP\nJMP start\n');
  // A folder of state tests whose contract loops: a long --trace per file (the hash is
  // wrong on purpose, so each case fails and prints a FAIL line).
  mkdirSync(join(work, 'suite'));
  const account = (code: string) => ({ balance: '0x0de0b6b3a7640000', code, nonce: '0x00', storage: {} });
  const test = {
    loop: {
      env: {
        currentBaseFee: '0x0a',
        currentCoinbase: '0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba',
        currentDifficulty: '0x020000',
        currentExcessBlobGas: '0x00',
        currentGasLimit: '0xff112233445566',
        currentNumber: '0x01',
        currentRandom: `0x${'00'.repeat(29)}020000`,
        currentTimestamp: '0x03e8',
      },
      post: {
        Cancun: [
          {
            hash: `0x${'00'.repeat(32)}`,
            indexes: { data: 0, gas: 0, value: 0 },
            logs: `0x${'00'.repeat(32)}`,
          },
        ],
      },
      pre: {
        '0x095e7baea6a6c7c4c2dfeb977efac326af552d87': account('0x5b600056'),
        '0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b': account('0x'),
      },
      transaction: {
        data: ['0x'],
        gasLimit: ['0x061a80'],
        gasPrice: '0x0a',
        nonce: '0x00',
        secretKey: '0x45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8',
        sender: '0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b',
        to: '0x095e7baea6a6c7c4c2dfeb977efac326af552d87',
        value: ['0x00'],
      },
    },
  };
  // Enough files that the run outlasts the reader's going away on a loaded machine (with 40,
  // a busy CI runner let polyvm finish before the reader closed, and the exit was the run's 1).
  for (let i = 0; i < 400; i++)
    writeFileSync(join(work, 'suite', `t${String(i).padStart(3, '0')}.json`), JSON.stringify(test));
  writeFileSync(
    join(work, 'bad.aleo'),
    'program bad.aleo;\nfunction f:\n    input r0 as u8.public;\n    add r0 r9 into r1;\n',
  );
});

describe('exit codes of the process', () => {
  it('0 ok, 1 the thing run failed, 2 bad usage or input; one error line', async () => {
    const runs = await Promise.all([
      polyvm(['evm', 'run', '--code', '0x600160020160005260206000f3']),
      polyvm(['evm', 'run', '--code', '0x01']), // ADD on an empty stack: a halt
      polyvm(['evm', 'statetest', 'suite/t000.json']), // a failing test
      polyvm(['aleo', 'check', 'bad.aleo']), // check finds the program's errors
      polyvm(['aleo', 'run', 'bad.aleo', 'f', '1u8']), // a program that does not check is bad input
      polyvm(['evm', 'run', '--code', '0x01', '--bogus']),
      polyvm(['neovm', 'test', 'nothing-here']),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 1, 1, 1, 2, 2, 2]);
    expect(runs[4]!.stderr).toBe('polyvm: error: bad.aleo:4:5: register r9 is used before it is defined\n');
    expect(runs[5]!.stderr).toBe("polyvm: error: unknown option '--bogus'\n");
    expect(runs[6]!.stderr).toBe(
      `polyvm: error: no test files found in ${join(work, 'nothing-here')}: no such file or folder\n`,
    );
  });
});

describe('a reader that goes away stops polyvm quietly (exit 0)', () => {
  it.each([
    ['help on a closed stdout', ['--help'], 'start'],
    ['many small writes', ['evm', 'disasm', '@big.hex'], 'first'],
    ['one large write', ['evm', 'disasm', '@big.hex', '--json'], 'first'],
    ['an endless NeoVM trace', ['neovm', 'run', 'loop.neoasm', '--trace'], 'first'],
    ['FAIL lines of a long statetest run', ['evm', 'statetest', 'suite'], 'first'],
  ] as const)('stdout: %s', async (_what, argv, when) => {
    const r = await polyvm([...argv], { stream: 'stdout', when });
    expect(r).toMatchObject({ code: 0, signal: null, stderr: '' });
  });

  it.each([
    ['an EVM trace', ['evm', 'run', '--code', '0x5b600056', '--trace']],
    ['the trace of a long statetest run', ['evm', 'statetest', 'suite', '--trace']],
  ])('stderr: %s; the run stops before its summary', async (_what, argv) => {
    const r = await polyvm(argv, { stream: 'stderr', when: 'first' });
    expect(r).toMatchObject({ code: 0, signal: null, stdout: '' });
  });

  it('an error message to a closed stderr keeps its exit code', async () => {
    const r = await polyvm(['evm', 'run', '--bogus'], { stream: 'stderr', when: 'start' });
    expect(r).toMatchObject({ code: 2, signal: null, stdout: '' });
  });
});
