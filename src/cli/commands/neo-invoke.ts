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
import { contractHashArg, openChain, parseArgs, parseGas, parseSigner, report } from './neo-shared.js';
import { readScriptArg } from './neovm-script-arg.js';

interface InvokeOptions {
  signer?: string[];
  test?: boolean;
  gas?: string;
  state: string;
  json?: boolean;
}

function run(
  ctx: CliContext,
  opts: InvokeOptions,
  build: (chain: NeoChain) => Uint8Array,
): Promise<number> | number {
  const gas = parseGas(opts.gas);
  if (gas !== undefined && !opts.test)
    throw new UsageError('--gas applies to --test runs (a transaction pays what it uses)');
  const { chain, close } = openChain(ctx, opts.state, !opts.test);
  const finish = async (code: number) => {
    await close();
    return code;
  };
  try {
    const script = build(chain);
    const signers: SignerSpec[] = (opts.signer ?? []).map((s) => parseSigner(chain, s));
    if (opts.test) return finish(report(ctx, chain.test(script, signers, gas), opts.json === true));
    if (signers.length === 0) signers.push({ account: chain.genesisAccount });
    const r = chain.send(script, signers);
    const extra = opts.json
      ? { tx: Buffer.from(serializeTransaction(r.tx)).toString('base64') }
      : { txid: hashToString(transactionHash(r.tx)), blockindex: r.block.index };
    return finish(report(ctx, r.result, opts.json === true, extra));
  } catch (error) {
    void close();
    throw error;
  }
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
