/**
 * `polyvm evm rpctest PATH`: ethereum/execution-apis tests (PATH: its `tests/` folder) run
 * against the dev node as hive's rpc-compat does; prints each failing file and the counts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidInputFileError } from '../../core/errors.js';
import { runRpcTests } from '../../evm-node/rpctest.js';
import { type CliContext, cliPath, printJson } from '../io.js';

export async function evmRpctest(ctx: CliContext, path: string, opts: { json?: boolean }): Promise<number> {
  const dir = cliPath(ctx, path);
  for (const f of ['genesis.json', 'chain.rlp'])
    if (!existsSync(join(dir, f)))
      throw new InvalidInputFileError(`${path}: no ${f} (give the execution-apis tests/ folder)`);
  const r = await runRpcTests(dir);
  const passed = r.results.filter((x) => x.pass).length;
  if (opts.json)
    printJson(ctx, {
      imported: r.imported,
      importError: r.importError ?? null,
      passed,
      total: r.results.length,
      results: r.results,
    });
  else {
    ctx.io.out(
      `chain: ${r.imported} blocks imported${r.importError ? `; import stopped at ${r.importError}` : ''}\n`,
    );
    for (const x of r.results) if (!x.pass) ctx.io.out(`FAIL ${x.file}: ${x.detail ?? ''}\n`);
    ctx.io.out(`${passed} passed, ${r.results.length - passed} failed\n`);
  }
  return passed === r.results.length && !r.importError ? 0 : 1;
}
