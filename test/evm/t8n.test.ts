/**
 * `polyvm evm t8n` against geth's own t8n vectors (t8n-vectors/README.md): the same inputs
 * and flags as geth's TestT8n, the output compared with geth's expected JSON, and the exit
 * code (geth's exit codes 3 and 4 are bad input here: exit 2, with geth's ERROR(n) text).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/test-io.js';

const dir = join(import.meta.dirname, 't8n-vectors');

interface Case {
  base: string;
  alloc?: string;
  txs: string;
  env: string;
  fork: string;
  reward?: string;
  outputs: ('alloc' | 'result' | 'body')[];
  exp?: string;
  exit?: number;
  error?: string;
}

// cmd/evm/t8n_test.go TestT8n, in order.
const CASES: Case[] = [
  {
    base: '1',
    txs: 'txs.json',
    env: 'env.json',
    fork: 'Frontier+1346',
    outputs: ['alloc', 'result'],
    exit: 2,
    error: 'unknown fork',
  },
  {
    base: '1',
    txs: 'txs.json',
    env: 'env.json',
    fork: 'Byzantium',
    outputs: ['alloc', 'result'],
    exp: 'exp.json',
  },
  {
    base: '3',
    txs: 'txs.json',
    env: 'env.json',
    fork: 'Berlin',
    outputs: ['alloc', 'result'],
    exp: 'exp.json',
  },
  {
    base: '4',
    txs: 'txs.json',
    env: 'env.json',
    fork: 'Berlin',
    outputs: ['alloc', 'result'],
    exit: 2,
    error: 'ERROR(4): getHash(3) invoked, blockhash for that block not provided',
  },
  {
    base: '5',
    txs: 'txs.json',
    env: 'env.json',
    fork: 'Byzantium',
    reward: '0x80',
    outputs: ['alloc', 'result'],
    exp: 'exp.json',
  },
  { base: '13', txs: 'txs.json', env: 'env.json', fork: 'London', outputs: ['body'], exp: 'exp.json' },
  {
    base: '13',
    txs: 'signed_txs.rlp',
    env: 'env.json',
    fork: 'London',
    outputs: ['result'],
    exp: 'exp2.json',
  },
  { base: '14', txs: 'txs.json', env: 'env.json', fork: 'London', outputs: ['result'], exp: 'exp.json' },
  {
    base: '14',
    txs: 'txs.json',
    env: 'env.uncles.json',
    fork: 'London',
    outputs: ['result'],
    exp: 'exp2.json',
  },
  {
    base: '14',
    txs: 'txs.json',
    env: 'env.uncles.json',
    fork: 'Berlin',
    outputs: ['result'],
    exp: 'exp_berlin.json',
  },
  {
    base: '19',
    txs: 'txs.json',
    env: 'env.json',
    fork: 'London',
    outputs: ['result'],
    exp: 'exp_london.json',
  },
  {
    base: '19',
    txs: 'txs.json',
    env: 'env.json',
    fork: 'ArrowGlacier',
    outputs: ['result'],
    exp: 'exp_arrowglacier.json',
  },
  {
    base: '19',
    txs: 'txs.json',
    env: 'env.json',
    fork: 'GrayGlacier',
    outputs: ['result'],
    exp: 'exp_grayglacier.json',
  },
  { base: '23', txs: 'txs.json', env: 'env.json', fork: 'Berlin', outputs: ['result'], exp: 'exp.json' },
  {
    base: '24',
    txs: 'txs.json',
    env: 'env.json',
    fork: 'Paris',
    outputs: ['alloc', 'result'],
    exp: 'exp.json',
  },
  {
    base: '24',
    txs: 'txs.json',
    env: 'env-missingrandom.json',
    fork: 'Paris',
    outputs: [],
    exit: 2,
    error: 'ERROR(3): post-merge requires currentRandom to be defined in env',
  },
  {
    base: '25',
    txs: 'txs.json',
    env: 'env.json',
    fork: 'Paris',
    outputs: ['alloc', 'result'],
    exp: 'exp.json',
  },
  {
    base: '26',
    txs: 'txs.json',
    env: 'env.json',
    fork: 'Shanghai',
    outputs: ['alloc', 'result'],
    exp: 'exp.json',
  },
  {
    base: '28',
    txs: 'txs.rlp',
    env: 'env.json',
    fork: 'Cancun',
    outputs: ['alloc', 'result'],
    exp: 'exp.json',
  },
  {
    base: '29',
    txs: 'txs.json',
    env: 'env.json',
    fork: 'Cancun',
    outputs: ['alloc', 'result'],
    exp: 'exp.json',
  },
  {
    base: '30',
    txs: 'txs_more.rlp',
    env: 'env.json',
    fork: 'Cancun',
    outputs: ['alloc', 'result'],
    exp: 'exp.json',
  },
  {
    base: '33',
    txs: 'txs.json',
    env: 'env.json',
    fork: 'Prague',
    outputs: ['alloc', 'result'],
    exp: 'exp.json',
  },
  {
    base: '34',
    txs: 'txs.json',
    env: 'env.json',
    fork: 'Osaka',
    outputs: ['alloc', 'result'],
    exp: 'exp.json',
  },
];

function args(c: Case): string[] {
  const base = join(dir, c.base);
  const out = ['evm', 't8n'];
  for (const o of ['alloc', 'result', 'body'] as const)
    out.push(`--output.${o}`, c.outputs.includes(o) ? 'stdout' : '');
  out.push('--input.alloc', join(base, c.alloc ?? 'alloc.json'), '--input.txs', join(base, c.txs));
  out.push('--input.env', join(base, c.env), '--state.fork', c.fork);
  if (c.reward) out.push('--state.reward', String(BigInt(c.reward)));
  return out;
}

describe('evm t8n: geth v1.16.8 TestT8n vectors', () => {
  for (const [i, c] of CASES.entries())
    it(`${i}: testdata/${c.base} ${c.fork} ${c.env} ${c.txs}`, async () => {
      const r = await runCli(args(c));
      if (c.exit !== undefined) {
        expect(r.code, r.stderr).toBe(c.exit);
        expect(r.stderr).toContain(c.error);
        return;
      }
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(dir, c.base, c.exp!), 'utf8')));
    });

  it('reads alloc, env and txs from one JSON object on stdin', async () => {
    const base = join(dir, '1');
    const read = (f: string) => JSON.parse(readFileSync(join(base, f), 'utf8'));
    const stdin = JSON.stringify({ alloc: read('alloc.json'), env: read('env.json'), txs: read('txs.json') });
    const r = await runCli(
      [
        'evm',
        't8n',
        '--input.alloc',
        'stdin',
        '--input.env',
        'stdin',
        '--input.txs',
        'stdin',
        '--output.result',
        'stdout',
        '--output.alloc',
        'stdout',
        '--state.fork',
        'Byzantium',
      ],
      undefined,
      stdin,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(read('exp.json'));
  });
});
