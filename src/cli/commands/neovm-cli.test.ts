/** `polyvm neovm ...` run in-process through main(). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-io.js';

const work = mkdtempSync(join(tmpdir(), 'polyvm-neovm-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A test in neo-vm's JSON format: PUSH1 PUSH2 ADD halts with 3 on the result stack.
const okTest = {
  category: 'Numeric',
  name: 'ADD',
  tests: [
    {
      name: 'one plus two',
      script: ['PUSH1', 'PUSH2', 'ADD'],
      steps: [
        { actions: ['execute'], result: { state: 'HALT', resultStack: [{ type: 'Integer', value: 3 }] } },
      ],
    },
  ],
};

describe('polyvm neovm', () => {
  it('run: hex script, text and --json', async () => {
    const text = await runCli(['neovm', 'run', '0x11129e']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('state: HALT');
    expect(text.stdout).toContain('{"type":"Integer","value":"3"}');
    const json = await runCli(['neovm', 'run', '11129e', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({
      state: 'HALT',
      exception: null,
      gasconsumed: '300',
      resultStack: [{ type: 'Integer', value: '3' }],
    });
  });

  it('run: a loop stops at the gas limit (neo opcode prices, MaxGasInvoke by default, --gas)', async () => {
    // PUSHDATA4 4096 + DROP 2 + JMP 2 fee units, × 30 datoshi: 123,000 per iteration. 10 GAS buys
    // 8,130 iterations (999,990,000); the next PUSHDATA4 (122,880) crosses the limit.
    writeFileSync(join(work, 'costly.neoasm'), 'start: PUSHDATA4 0xaa\nDROP\nJMP start\n');
    const loop = await runCli(['neovm', 'run', 'costly.neoasm', '--json'], work);
    expect(loop.code).toBe(1);
    expect(JSON.parse(loop.stdout)).toMatchObject({
      state: 'FAULT',
      exception: 'Insufficient GAS.',
      gasconsumed: '1000112880',
    });
    writeFileSync(join(work, 'loop.neoasm'), 'start: NOP\nJMP start\n');
    const small = await runCli(['neovm', 'run', 'loop.neoasm', '--gas', '100', '--json'], work);
    expect(JSON.parse(small.stdout)).toMatchObject({ state: 'FAULT', gasconsumed: '120' });
    const bad = await runCli(['neovm', 'run', '0x11', '--gas', '-5'], work);
    expect(bad.code).toBe(2);
  });

  it('run --trace prints one line per instruction', async () => {
    const run = await runCli(['neovm', 'run', '0x11129e', '--trace']);
    const lines = run.stdout.split('\n').filter((l) => /^\d{4} /.test(l));
    expect(lines.map((l) => l.split(/\s+/)[1])).toEqual(['PUSH1', 'PUSH2', 'ADD', 'RET']);
    expect(lines[2]).toContain('[Integer("2"), Integer("1")]');
  });

  it('run: an assembly file and @file; a faulting script exits 1', async () => {
    writeFileSync(join(work, 'add.neoasm'), 'PUSH1\nPUSH2\nADD ; 3\n');
    expect((await runCli(['neovm', 'run', 'add.neoasm'], work)).stdout).toContain('"value":"3"');
    writeFileSync(join(work, 'add.bin'), Uint8Array.of(0x11, 0x12, 0x9e));
    expect((await runCli(['neovm', 'run', '@add.bin'], work)).code).toBe(0);
    const fault = await runCli(['neovm', 'run', '0x38']);
    expect(fault.code).toBe(1);
    expect(fault.stdout).toContain('state: FAULT');
    expect(fault.stdout).toContain('exception: ABORT is executed.');
  });

  it('run: a script that is not hex, a file or assembly is bad input', async () => {
    const run = await runCli(['neovm', 'run', 'not-a-script'], work);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('polyvm: error: script: expected hex, @file or an assembly file');
  });

  it('asm and disasm', async () => {
    writeFileSync(join(work, 'loop.neoasm'), 'start: NOP\nJMP start\n');
    const asm = await runCli(['neovm', 'asm', 'loop.neoasm'], work);
    expect(asm.stdout).toBe('0x2122ff\n');
    const dis = await runCli(['neovm', 'disasm', '0x2122ff']);
    expect(dis.stdout).toMatch(/^NOP\s+; 0000\nJMP -1\s+; 0001 -> 0\n$/);
    const bad = await runCli(['neovm', 'asm', 'missing.neoasm'], work);
    expect(bad.code).toBe(2);
  });

  it('test: passes, fails with exit 1, --json, and names a malformed file', async () => {
    writeFileSync(join(work, 'ok.json'), `\ufeff${JSON.stringify(okTest)}`);
    const ok = await runCli(['neovm', 'test', 'ok.json'], work);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('1 passed, 0 failed');
    const wrong = structuredClone(okTest);
    wrong.tests[0]!.steps[0]!.result.resultStack[0]!.value = 4;
    writeFileSync(join(work, 'wrong.json'), JSON.stringify(wrong));
    const fail = await runCli(['neovm', 'test', '--json', 'ok.json', 'wrong.json'], work);
    expect(fail.code).toBe(1);
    const report = JSON.parse(fail.stdout) as { name: string; pass: boolean; error: string | null }[];
    expect(report.map((r) => [r.name.endsWith('one plus two'), r.pass])).toEqual([
      [true, true],
      [true, false],
    ]);
    expect(report[1]!.error).toContain('Stack item #0 mismatch');
    writeFileSync(join(work, 'bad.json'), '{"name": "x", "tests": [');
    const bad = await runCli(['neovm', 'test', 'bad.json'], work);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json: not valid JSON: unexpected end of input at line 1/);
  });
});
