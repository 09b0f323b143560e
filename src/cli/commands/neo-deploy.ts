/** `polyvm neo deploy NEF [--manifest FILE] [--signer ACCOUNT] [--data ARG]`: deploys in a new block. */
import { readFileSync } from 'node:fs';
import { InvalidInputFileError } from '../../core/errors.js';
import { hashToString, parseContractArg, parseManifest, parseNef, transactionHash } from '../../neo/index.js';
import { NULL } from '../../neovm/index.js';
import { type CliContext, cliPath } from '../io.js';
import { argContext, report, withChain } from './neo-shared.js';

interface DeployOptions {
  manifest?: string;
  signer?: string;
  data?: string;
  state: string;
  json?: boolean;
}

function read(ctx: CliContext, path: string): Uint8Array {
  try {
    return Uint8Array.from(readFileSync(cliPath(ctx, path)));
  } catch (error) {
    throw new InvalidInputFileError(`${path}: cannot read: ${(error as Error).message}`, { cause: error });
  }
}

export async function deploy(ctx: CliContext, nefPath: string, opts: DeployOptions): Promise<number> {
  const manifestPath = opts.manifest ?? nefPath.replace(/\.nef$/, '.manifest.json');
  const nef = read(ctx, nefPath);
  const manifest = read(ctx, manifestPath);
  parseNef(nef);
  const name = parseManifest(manifest).name;
  const r = await withChain(ctx, opts.state, true, (chain) => {
    const signer = { account: chain.account(opts.signer ?? 'genesis') };
    const data = opts.data === undefined ? NULL : parseContractArg(opts.data, argContext(ctx, chain));
    return chain.deploy(nef, manifest, signer, data);
  });
  return report(
    ctx,
    r.result,
    opts.json === true,
    {
      contract: { name, hash: hashToString(r.hash) },
      txid: hashToString(transactionHash(r.tx)),
      blockindex: r.block.index,
    },
    false,
  );
}
