/**
 * `polyvm js update`: replaces a deployed contract's code and ABI (go-iost system.iost
 * updateCode): the old contract's `can_update(data)` decides, `init` does not run again, and
 * the owner stays the deployer's.
 */
import { type CliContext, EXIT_FAILED, EXIT_OK, errorDocument, printJson } from '../io.js';
import { JS_TX_FAILED } from './js-call.js';
import { contractRecord, readContract } from './js-deploy.js';
import { openVm, printLogs, printRam } from './js-shared.js';
import { type SignOptions, signedTx } from './js-sign.js';

interface UpdateOptions extends SignOptions {
  abi?: string;
  data?: string;
  gasLimit?: string;
  payRam?: boolean;
  state: string;
  json?: boolean;
}

export async function jsUpdate(
  ctx: CliContext,
  id: string,
  file: string,
  opts: UpdateOptions,
): Promise<number> {
  const { code, abi, signers, signing, gasLimit } = readContract(ctx, file, opts);
  const data = opts.data ?? '';
  const vm = openVm(ctx, opts.state, { payRam: opts.payRam });
  try {
    // signed: system.iost updateCode(record, data), as iwallet publish --update sends it
    const r = signing
      ? await vm.send(
          signedTx(
            [
              {
                contract: 'system.iost',
                actionName: 'updateCode',
                data: JSON.stringify([contractRecord(id, code, abi), data]),
              },
            ],
            signing,
            gasLimit,
          ),
        )
      : await vm.update({ id, code, abi, data, signers, gasLimit });
    printLogs(ctx, r.logs);
    if (r.status === 'success') {
      const ram = r.ramUsage ? { ramUsage: r.ramUsage } : {};
      if (opts.json) printJson(ctx, { status: 'success', id, gasUsed: r.gasUsed, ...ram });
      else {
        ctx.io.out(`updated ${id} (gas used ${r.gasUsed})\n`);
        printRam(ctx, r.ramUsage);
      }
      return EXIT_OK;
    }
    if (opts.json) printJson(ctx, { ...errorDocument(JS_TX_FAILED, r.error ?? ''), gasUsed: r.gasUsed });
    else ctx.io.err(`polyvm: update failed: ${r.error} (gas used ${r.gasUsed})\n`);
    return EXIT_FAILED;
  } finally {
    await vm.close();
  }
}
