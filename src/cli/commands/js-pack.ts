/** `polyvm js pack`: bundles a contract project into one file that passes deploy validation. */
import { writeFileSync } from 'node:fs';
import { validateContract } from '../../jsvm/index.js';
import { type CliContext, cliPath, EXIT_OK } from '../io.js';

export async function jsPack(ctx: CliContext, dir: string, opts: { output: string }): Promise<number> {
  const { packProject } = await import('../../jsvm/pack.js');
  const source = await packProject(cliPath(ctx, dir));
  validateContract(source, { lang: 'javascript', version: '1.0.0', abi: [] });
  const out = cliPath(ctx, opts.output);
  writeFileSync(out, source);
  ctx.io.out(`packed ${dir} into ${out} (${source.length} characters)\n`);
  return EXIT_OK;
}
