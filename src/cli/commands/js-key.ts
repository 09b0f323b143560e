/**
 * `polyvm js key` and `polyvm js account import`: iwallet's `key` and `account import`
 * (go-iost iwallet/key.go, iwallet/account.go, sdk/keystore.go), so that the files and keys
 * iwallet uses sign polyvm's transactions (`--key`, `--key-file`, `--account-dir`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../core/errors.js';
import {
  accountFileText,
  importAccount,
  isAlgorithm,
  iwalletKey,
  iwalletKeyText,
} from '../../jsvm/iwallet-keys.js';
import type { Algorithm } from '../../jsvm/tx.js';
import { type CliContext, cliPath, EXIT_OK } from '../io.js';

function algorithm(name: string): Algorithm {
  if (!isAlgorithm(name))
    throw new UsageError(`--sign-algo: expected ed25519 or secp256k1, got ${JSON.stringify(name)}`);
  return name;
}

function failed(what: string, e: unknown): never {
  throw new UsageError(`${what}: ${(e as Error).message}`, { cause: e });
}

export function jsKey(
  ctx: CliContext,
  opts: { signAlgo: string; privkey?: string; encoding: string },
): number {
  if (opts.encoding !== 'base58' && opts.encoding !== 'hex')
    throw new UsageError(`--encoding: expected base58 or hex, got ${JSON.stringify(opts.encoding)}`);
  let text: string;
  try {
    text = iwalletKeyText(iwalletKey(algorithm(opts.signAlgo), opts.privkey ?? ''), opts.encoding);
  } catch (e) {
    failed('failed to new key pair', e);
  }
  ctx.io.out(`${text}\n`);
  return EXIT_OK;
}

export function jsAccountImport(
  ctx: CliContext,
  name: string,
  keys: string,
  opts: { signAlgo: string; outputKeyFile?: string; accountDir?: string },
): number {
  if ((opts.outputKeyFile === undefined) === (opts.accountDir === undefined))
    throw new UsageError('give --output-key-file FILE or --account-dir DIR');
  let text: string;
  try {
    text = accountFileText(importAccount(name, keys, algorithm(opts.signAlgo)));
  } catch (e) {
    failed('failed to import account', e);
  }
  let file: string;
  if (opts.outputKeyFile !== undefined) file = cliPath(ctx, opts.outputKeyFile);
  else {
    const dir = cliPath(ctx, opts.accountDir!);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    file = join(dir, `${name}.json`);
  }
  // sdk AccountInfo.SaveTo: read-only for its owner; an existing file is not overwritten
  try {
    writeFileSync(file, text, { mode: 0o400, flag: 'wx' });
  } catch (e) {
    failed(`cannot write ${file}`, e);
  }
  ctx.io.out(`saving keyfile of account ${name} to ${file}\nimport account ${name} done\n`);
  return EXIT_OK;
}
