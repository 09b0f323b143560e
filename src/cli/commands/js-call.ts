/** `polyvm js call`: one transaction calling a contract method (or token.iost). */
import { UsageError } from '../../core/errors.js';
import { type IostTx, type KeyPair, keyPair, signTx } from '../../jsvm/index.js';
import { type CliContext, EXIT_FAILED, EXIT_OK, errorDocument, printJson } from '../io.js';
import { openVm, parseGasLimit, printLogs, printRam, requireSigners } from './js-shared.js';

/** The code of a transaction that failed (reverted: out of gas, a thrown error, a refused transfer). */
export const JS_TX_FAILED = 'JS_TX_FAILED';

interface CallOptions {
  signer: string[];
  key?: string[];
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
  const signers = requireSigners(opts.signer);
  const gasLimit = parseGasLimit(opts.gasLimit);
  const keys = (opts.key ?? []).map(parseKey);
  if (keys.length > 0 && signers.length !== 1)
    throw new UsageError('--key signs for the publisher: give exactly one --signer');
  const vm = openVm(ctx, opts.state, { payRam: opts.payRam });
  try {
    // Bad input (arguments that do not fit the ABI, an unknown signer, a key that does not
    // meet the publisher's active permission) throws: exit 2.
    const r =
      keys.length > 0
        ? await vm.send(signedCall(id, method, args ?? '[]', signers[0]!, keys, gasLimit))
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

function parseKey(text: string): KeyPair {
  const [seckey, algo = 'ed25519', ...rest] = text.split(':');
  if (rest.length > 0 || (algo !== 'ed25519' && algo !== 'secp256k1'))
    throw new UsageError(
      `--key: expected SECKEY or SECKEY:ed25519 or SECKEY:secp256k1, got ${JSON.stringify(text)}`,
    );
  try {
    return keyPair(seckey!, algo);
  } catch (e) {
    throw new UsageError(`--key: ${(e as Error).message}`);
  }
}

/** One action, published and signed by `publisher` with `keys` (iwallet's transaction; 90 s expiration). */
function signedCall(
  contract: string,
  actionName: string,
  data: string,
  publisher: string,
  keys: KeyPair[],
  gasLimit: number | undefined,
): IostTx {
  const time = BigInt(Date.now()) * 1_000_000n;
  const tx: IostTx = {
    time,
    expiration: time + 90_000_000_000n,
    gasRatio: 100n,
    gasLimit: BigInt(gasLimit ?? 4_000_000) * 100n,
    delay: 0n,
    chainId: 1024,
    signers: [],
    actions: [{ contract, actionName, data }],
    amountLimit: [],
    signs: [],
    publisher: '',
    publishSigns: [],
  };
  return signTx(tx, publisher, keys);
}
