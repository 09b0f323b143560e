/**
 * ethereum/execution-apis `tests/` run as hive's rpc-compat simulator runs them: a node
 * from `genesis.json` with `chain.rlp` imported (no seal check; no mining, so a sent
 * transaction stays pending), then each `.io` file's requests sent in order and each
 * response compared to the expected one as JSON, `error.message` left out. A file marked
 * `speconly:` is only checked for the kind of answer (a result, or an error).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseGenesis, splitRlp } from '../evm/index.js';
import { extraForkBlocks } from './eth-config.js';
import { DevNode } from './node.js';
import { handleBody } from './rpc.js';

export interface RpcCaseResult {
  file: string;
  pass: boolean;
  detail?: string;
}

export interface RpcTestReport {
  imported: number;
  importError?: string;
  results: RpcCaseResult[];
}

function ioFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...ioFiles(p));
    else if (e.endsWith('.io')) out.push(p);
  }
  return out;
}

const withoutMessage = (v: unknown): unknown => {
  if (v && typeof v === 'object' && !Array.isArray(v) && 'error' in v) {
    const { error, ...rest } = v as { error: Record<string, unknown> };
    const { message: _m, ...e } = error ?? {};
    return { ...rest, error: e };
  }
  return v;
};

const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );

export interface RpcTestOptions {
  /** Compare `speconly` files' answers exactly too (execution-apis records geth's answers). */
  exact?: boolean;
}

export async function runRpcTests(
  dir: string,
  only?: (file: string) => boolean,
  options: RpcTestOptions = {},
): Promise<RpcTestReport> {
  const json = JSON.parse(readFileSync(join(dir, 'genesis.json'), 'utf8'));
  const genesis = parseGenesis(json, 'genesis.json');
  // No time bound: a conformance verdict must not depend on the machine's speed or load.
  const node = new DevNode({
    genesis,
    automine: false,
    extraForkBlocks: extraForkBlocks(json),
    evmTimeoutMs: 0,
  });
  let imported = 0;
  let importError: string | undefined;
  for (const raw of splitRlp(readFileSync(join(dir, 'chain.rlp')))) {
    try {
      node.importBlock(raw);
      imported++;
    } catch (e) {
      importError = `block ${imported + 1}: ${(e as Error).message}`;
      break;
    }
  }
  const results: RpcCaseResult[] = [];
  for (const path of ioFiles(dir)) {
    const file = relative(dir, path);
    if (only && !only(file)) continue;
    const lines = readFileSync(path, 'utf8').split('\n');
    const specOnly = !options.exact && lines.some((l) => l.startsWith('//') && l.includes('speconly'));
    let pass = true;
    let detail: string | undefined;
    let request: string | undefined;
    for (const line of lines) {
      if (line.startsWith('>> ')) request = line.slice(3);
      else if (line.startsWith('<< ') && request !== undefined) {
        const got = JSON.parse((await handleBody(node, request)) ?? 'null');
        const want = JSON.parse(line.slice(3));
        const ok = specOnly
          ? 'error' in want === 'error' in (got ?? {})
          : canonical(withoutMessage(got)) === canonical(withoutMessage(want));
        if (!ok && pass) {
          pass = false;
          detail = `got ${JSON.stringify(got).slice(0, 300)}`;
        }
        request = undefined;
      }
    }
    results.push({ file, pass, detail });
  }
  await node.close();
  return { imported, importError, results };
}
