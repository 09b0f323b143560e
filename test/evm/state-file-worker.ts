/**
 * Runs one state-test file in a worker thread, for files whose single transactions take
 * tens of seconds: the vitest worker stays free to answer vitest's RPC calls, which time out
 * after 60 s. The thread loads the TypeScript sources through tsx (a dev dependency).
 */
import { Worker } from 'node:worker_threads';
import type { CaseResult } from '../../src/evm/statetest/run.js';

const SOURCE = `
const { parentPort, workerData: d } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
import('tsx/esm/api').then(async ({ tsImport }) => {
  const { parseStateTestFile } = await tsImport(d.parse, d.base);
  const { runStateTests } = await tsImport(d.run, d.base);
  const tests = parseStateTestFile(d.file, readFileSync(d.file, 'utf8'));
  parentPort.postMessage(runStateTests(d.file, tests, { fork: d.fork }));
});`;

export function runStateFileInWorker(file: string, fork: string): Promise<CaseResult[]> {
  const workerData = {
    file,
    fork,
    base: import.meta.url,
    parse: new URL('../../src/evm/statetest/parse.ts', import.meta.url).href,
    run: new URL('../../src/evm/statetest/run.ts', import.meta.url).href,
  };
  return new Promise((resolve, reject) => {
    const w = new Worker(SOURCE, { eval: true, workerData });
    w.once('message', (results: CaseResult[]) => {
      resolve(results);
      void w.terminate();
    });
    w.once('error', reject);
    w.once('exit', (code) => reject(new Error(`state-test worker for ${file} exited with code ${code}`)));
  });
}
