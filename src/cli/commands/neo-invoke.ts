/**
 * `polyvm neo invoke CONTRACT METHOD [ARGS...]` and `polyvm neo invokescript SCRIPT`: a
 * transaction in a new block (the result of its execution there), or with `--test` a test run
 * as neo's RPC `invokefunction` / `invokescript` (MaxGasInvoke 10 GAS unless --gas).
 */
import { UsageError } from '../../core/errors.js';
import {
  hashToString,
  NeoChain,
  type SignerSpec,
  serializeTransaction,
  transactionHash,
} from '../../neo/index.js';
import type { CliContext } from '../io.js';
import { contractHashArg, parseArgs, parseGas, parseSigner, report, withChain } from './neo-shared.js';
import { readScriptArg } from './neovm-script-arg.js';

interface InvokeOptions {
  signer?: string[];
  test?: boolean;
  gas?: string;
  state: string;
  json?: boolean;
}

async function run(
  ctx: CliContext,
  opts: InvokeOptions,
  build: (chain: NeoChain) => Uint8Array,
): Promise<number> {
  const gas = parseGas(opts.gas);
  if (gas !== undefined && !opts.test)
    throw new UsageError('--gas applies to --test runs (a transaction pays what it uses)');
  const signers = (chain: NeoChain): SignerSpec[] => (opts.signer ?? []).map((s) => parseSigner(chain, s));
  if (opts.test) {
    const result = await withChain(ctx, opts.state, false, (chain) =>
      chain.test(build(chain), signers(chain), gas),
    );
    return report(ctx, result, opts.json === true);
  }
  const r = await withChain(ctx, opts.state, true, (chain) => {
    const script = build(chain);
    const list = signers(chain);
    if (list.length === 0) list.push({ account: chain.genesisAccount });
    return chain.send(script, list);
  });
  const extra = opts.json
    ? { tx: Buffer.from(serializeTransaction(r.tx)).toString('base64') }
    : { txid: hashToString(transactionHash(r.tx)), blockindex: r.block.index };
  return report(ctx, r.result, opts.json === true, extra);
}

export function invoke(
  ctx: CliContext,
  contract: string,
  method: string,
  args: string[],
  opts: InvokeOptions,
) {
  return run(ctx, opts, (chain) =>
    NeoChain.callScript(contractHashArg(chain, contract), method, parseArgs(ctx, chain, args)),
  );
}

export function invokeScript(ctx: CliContext, script: string, opts: InvokeOptions) {
  return run(ctx, opts, () => {
    const hex = /^(0x)?([0-9a-fA-F]{2})+$/.test(script);
    if (!hex && !script.startsWith('@') && /^[A-Za-z0-9+/]+={0,2}$/.test(script) && script.length % 4 === 0) {
      return Uint8Array.from(Buffer.from(script, 'base64'));
    }
    return readScriptArg(ctx, script, true);
  });
}
