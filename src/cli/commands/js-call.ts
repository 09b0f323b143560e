/** `polyvm js call`: one transaction calling a contract method (or token.iost). */
import { type CliContext, EXIT_FAILED, EXIT_OK, errorDocument, printJson } from '../io.js';
import { openVm, parseGasLimit, printLogs, printRam, requireSigners } from './js-shared.js';
import { type SignOptions, signedTx, signingKeys } from './js-sign.js';

/** The code of a transaction that failed (reverted: out of gas, a thrown error, a refused transfer). */
export const JS_TX_FAILED = 'JS_TX_FAILED';

interface CallOptions extends SignOptions {
  gasLimit?: string;
  payRam?: boolean;
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
  const signing = signingKeys(ctx, opts);
  const signers = signing ? [signing.publisher] : requireSigners(opts.signer);
  const gasLimit = parseGasLimit(opts.gasLimit);
  const vm = openVm(ctx, opts.state, { payRam: opts.payRam });
  try {
    // Bad input (arguments that do not fit the ABI, an unknown signer) throws: exit 2, as does
    // a key that does not meet the publisher's active permission (JS_UNAUTHORIZED).
    const r = signing
      ? await vm.send(signedTx([{ contract: id, actionName: method, data: args ?? '[]' }], signing, gasLimit))
      : await vm.call({ contract: id, method, args: args ?? '[]', signers, gasLimit });
    printLogs(ctx, r.logs);
    if (opts.json) {
      const doc: Record<string, unknown> =
        r.status === 'success' ? { status: r.status } : errorDocument(JS_TX_FAILED, r.error ?? '');
      doc.returns = r.returns;
      doc.gasUsed = r.gasUsed;
      doc.receipts = r.receipts;
      doc.events = r.events;
      if (r.ramUsage) doc.ramUsage = r.ramUsage;
      printJson(ctx, doc);
    } else if (r.status === 'success') {
      ctx.io.out(`${JSON.stringify(r.returns)} (gas used ${r.gasUsed})\n`);
      for (const x of r.receipts) ctx.io.out(`receipt ${x.func_name} ${x.content}\n`);
      for (const x of r.events) ctx.io.out(`event ${x.contract} ${x.data}\n`);
      printRam(ctx, r.ramUsage);
    } else ctx.io.err(`polyvm: call failed: ${r.error} (gas used ${r.gasUsed})\n`);
    return r.status === 'success' ? EXIT_OK : EXIT_FAILED;
  } finally {
    await vm.close();
  }
}
