/** `polyvm js call`: one transaction calling a contract method (or token.iost). */
import { PolyvmError } from '../../core/errors.js';
import { type CliContext, EXIT_FAILED, EXIT_OK, EXIT_USAGE, printJson } from '../io.js';
import { openVm, parseGasLimit, printLogs, requireSigners } from './js-shared.js';

interface CallOptions {
  signer: string[];
  gasLimit?: string;
  state: string;
  json?: boolean;
}

export async function jsCall(
  ctx: CliContext,
  id: string,
  method: string,
  args: string | undefined,
  opts: CallOptions,
): Promise<number> {
  const signers = requireSigners(opts.signer);
  const gasLimit = parseGasLimit(opts.gasLimit);
  const vm = openVm(ctx, opts.state);
  try {
    let r: Awaited<ReturnType<typeof vm.call>>;
    try {
      r = await vm.call({ contract: id, method, args: args ?? '[]', signers, gasLimit });
    } catch (e) {
      // Bad input (arguments that do not fit the ABI, an unknown signer): exit 2.
      if (!(e instanceof PolyvmError) || !opts.json) throw e;
      printJson(ctx, { status: 'error', code: e.code, error: e.shortMessage });
      return EXIT_USAGE;
    }
    printLogs(ctx, r.logs);
    if (opts.json) {
      const doc: Record<string, unknown> = { status: r.status, returns: r.returns, gasUsed: r.gasUsed };
      if (r.error !== undefined) doc.error = r.error;
      doc.receipts = r.receipts;
      doc.events = r.events;
      printJson(ctx, doc);
    } else if (r.status === 'success') {
      ctx.io.out(`${JSON.stringify(r.returns)} (gas used ${r.gasUsed})\n`);
      for (const x of r.receipts) ctx.io.out(`receipt ${x.func_name} ${x.content}\n`);
      for (const x of r.events) ctx.io.out(`event ${x.contract} ${x.data}\n`);
    } else ctx.io.err(`polyvm: call failed: ${r.error} (gas used ${r.gasUsed})\n`);
    return r.status === 'success' ? EXIT_OK : EXIT_FAILED;
  } finally {
    await vm.close();
  }
}
