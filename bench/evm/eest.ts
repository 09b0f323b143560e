/**
 * Block throughput over the execution-spec-tests blockchain tests of one network: every
 * test of the network imported as `polyvm evm blocktest` does (decoding, header and body
 * checks, senders, execution, receipts and state roots), timed after one warm-up pass;
 * reports gas per second over the blocks that imported. Part of `npm run bench:evm`
 * (`--eest NETWORK`, default Cancun, Prague and Osaka).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readFixtureText, runBlockTests } from '../../src/evm/index.js';
import { conformanceSuite } from '../../test/conformance-dir.js';

export interface EestThroughput {
  network: string;
  tests: number;
  failed: number;
  gas: bigint;
  ms: number;
  mgasPerSec: number;
}

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (e.endsWith('.json.gz') || e.endsWith('.json')) out.push(p);
  }
  return out;
}

/** undefined when the data is absent. */
export function eestThroughput(network: string): EestThroughput | undefined {
  const suite = conformanceSuite('eest/blockchain_tests');
  if (!suite.found) return undefined;
  const texts = files(suite.path)
    .map((f) => [f, readFixtureText(f)] as const)
    .filter(([, t]) => t.includes(`"network": "${network}"`) || t.includes(`"network":"${network}"`));
  const pass = () => {
    let tests = 0;
    let failed = 0;
    let gas = 0n;
    const t0 = performance.now();
    for (const [f, t] of texts)
      for (const r of runBlockTests(f, t, { network })) {
        tests++;
        if (!r.pass) failed++;
        gas += r.gasUsed ?? 0n;
      }
    return { tests, failed, gas, ms: performance.now() - t0 };
  };
  pass(); // warm-up: compiles the hot paths and fills the analysis caches
  const r = pass();
  return { network, ...r, mgasPerSec: Number(r.gas) / 1000 / r.ms };
}
