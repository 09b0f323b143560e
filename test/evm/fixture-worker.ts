/**
 * Runs one fixture file (a state-test or a blockchain-test file, `.json` or `.json.gz`) in a
 * worker thread, for files whose transactions take tens of seconds: the vitest worker stays
 * free to answer vitest's RPC calls, which time out after 60 s. The thread loads the
 * TypeScript sources through tsx (a dev dependency).
 */
import { Worker } from 'node:worker_threads';
import type { BlockTestResult } from '../../src/evm/blocktest/run.js';
import type { CaseResult } from '../../src/evm/statetest/run.js';

const SOURCE = `
const { parentPort, workerData: d } = require('node:worker_threads');
import('tsx/esm/api').then(async ({ tsImport }) => {
  const { readFixtureText } = await tsImport(d.fields, d.base);
  const text = readFixtureText(d.file);
  if (d.kind === 'state') {
    const { parseStateTestFile } = await tsImport(d.parse, d.base);
    const { runStateTests } = await tsImport(d.run, d.base);
    parentPort.postMessage(runStateTests(d.file, parseStateTestFile(d.file, text), { fork: d.fork }));
  } else {
    const { runBlockTests } = await tsImport(d.blocks, d.base);
    parentPort.postMessage(runBlockTests(d.file, text));
  }
});`;

const src = (path: string) => new URL(`../../src/evm/${path}`, import.meta.url).href;

function run<T>(kind: 'state' | 'blockchain', file: string, fork?: string): Promise<T> {
  const workerData = {
    kind,
    file,
    fork,
    base: import.meta.url,
    fields: src('json-fields.ts'),
    parse: src('statetest/parse.ts'),
    run: src('statetest/run.ts'),
    blocks: src('blocktest/run.ts'),
  };
  return new Promise((resolve, reject) => {
    const w = new Worker(SOURCE, { eval: true, workerData });
    w.once('message', (results: T) => {
      resolve(results);
      void w.terminate();
    });
    w.once('error', reject);
    w.once('exit', (code) => reject(new Error(`fixture worker for ${file} exited with code ${code}`)));
  });
}

/** The state-test cases of `file` (only `fork`'s when given). */
export function runStateFileInWorker(file: string, fork?: string): Promise<CaseResult[]> {
  return run('state', file, fork);
}

/** The blockchain tests of `file`. */
export function runBlockFileInWorker(file: string): Promise<BlockTestResult[]> {
  return run('blockchain', file);
}
