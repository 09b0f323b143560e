/** `polyvm js call`: one transaction calling a contract method (or token.iost). */
import { type CliContext, EXIT_FAILED, EXIT_OK, errorDocument, printJson } from '../io.js';
import { openVm, parseGasLimit, printLogs, requireSigners } from './js-shared.js';

/** The code of a transaction that failed (reverted: out of gas, a thrown error, a refused transfer). */
export const JS_TX_FAILED = 'JS_TX_FAILED';

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
    // Bad input (arguments that do not fit the ABI, an unknown signer) throws: exit 2.
    const r = await vm.call({ contract: id, method, args: args ?? '[]', signers, gasLimit });
    printLogs(ctx, r.logs);
    if (opts.json) {
      const doc: Record<string, unknown> =
        r.status === 'success' ? { status: r.status } : errorDocument(JS_TX_FAILED, r.error ?? '');
      doc.returns = r.returns;
      doc.gasUsed = r.gasUsed;
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
