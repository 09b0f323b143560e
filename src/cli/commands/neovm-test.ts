/** `polyvm neovm test [--json] PATH...`: runs neo-vm JSON unit-test files or folders. */
import { loadVmTestFile, runVmTest, type VmTestFile } from '../../neovm/index.js';
import { type CliContext, EXIT_FAILED, EXIT_OK, printJson, progress, stopIfClosed } from '../io.js';
import { collectJsonFiles } from '../json-files.js';

interface TestOptions {
  json?: boolean;
}

export function test(ctx: CliContext, paths: string[], opts: TestOptions): number {
  const files = collectJsonFiles(ctx, paths);
  const loaded: [string, VmTestFile][] = files.map((f) => [f, loadVmTestFile(f)]);
  const total = loaded.reduce((n, [, f]) => n + f.tests.length, 0);
  const results: { name: string; pass: boolean; error: string | null }[] = [];
  const bar = progress(ctx);
  let failed = 0;
  for (const [path, file] of loaded) {
    stopIfClosed(ctx);
    for (const t of file.tests) {
      const r = runVmTest(file, t);
      results.push({ name: `${path} > ${t.name}`, pass: r.pass, error: r.error });
      if (!r.pass) {
        failed++;
        if (!opts.json)
          ctx.io.out(`FAIL ${path} > ${t.name}\n  ${(r.error ?? '').split('\n').join('\n  ')}\n`);
      }
      bar.update(`neovm test: ${results.length}/${total}, ${failed} failed`);
    }
  }
  bar.done();
  if (opts.json) printJson(ctx, results);
  else
    ctx.io.out(
      `${results.length - failed} passed, ${failed} failed (${results.length} tests in ${files.length} files)\n`,
    );
  return failed > 0 ? EXIT_FAILED : EXIT_OK;
}
