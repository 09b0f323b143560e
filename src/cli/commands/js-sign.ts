/**
 * Signing a `polyvm js` transaction as iwallet does (go-iost iwallet/root.go flags,
 * keystore.go loadAccount, sdk.go SignTx): the publisher's keys come from `--key` (base58
 * secret keys, or `0x` hex for secp256k1), an iwallet account file (`--key-file`, iwallet's
 * `--key_file`) or `--account-dir DIR` (DIR/NAME.json, iwallet's `--account_dir`), of which
 * `--sign-permission` (default `active`) signs. The transaction then goes through
 * `JsVm.send`: signatures verified, the publisher's `active` met by its keys.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { base58Encode } from '../../core/base58.js';
import { UsageError } from '../../core/errors.js';
import { type IostTx, type KeyPair, keyPair, signTx, unsignedTx } from '../../jsvm/index.js';
import {
  type AccountInfo,
  accountKeyPair,
  isAlgorithm,
  parseAccountFile,
  parsePrivKey,
} from '../../jsvm/iwallet-keys.js';
import { type CliContext, cliPath } from '../io.js';

/** The signing flags every transaction command takes. */
export interface SignOptions {
  signer: string[];
  key?: string[];
  keyFile?: string;
  accountDir?: string;
  signPermission?: string;
}

export function parseKey(text: string): KeyPair {
  const [seckey, given, ...rest] = text.split(':');
  const algo = given ?? (seckey!.startsWith('0x') ? 'secp256k1' : 'ed25519');
  if (rest.length > 0 || !isAlgorithm(algo))
    throw new UsageError(
      `--key: expected SECKEY or SECKEY:ed25519 or SECKEY:secp256k1, got ${JSON.stringify(text)}`,
    );
  try {
    const raw = seckey!.startsWith('0x') ? base58Encode(parsePrivKey(seckey!)) : seckey!;
    return keyPair(raw, algo);
  } catch (e) {
    throw new UsageError(`--key: ${(e as Error).message}`);
  }
}

function readAccount(path: string): AccountInfo {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read account file ${path}: ${(e as Error).message}`);
  }
  try {
    return parseAccountFile(text);
  } catch (e) {
    throw new UsageError(`${path}: ${(e as Error).message}`);
  }
}

/**
 * The publisher and its keys when the command signs, else `undefined` (the unsigned
 * `--signer NAME` form). Signers other than the publisher are not signed for.
 */
export function signingKeys(
  ctx: CliContext,
  opts: SignOptions,
): { publisher: string; keys: KeyPair[] } | undefined {
  const perm = opts.signPermission ?? 'active';
  const keys = (opts.key ?? []).map(parseKey);
  let account: AccountInfo | undefined;
  if (opts.keyFile !== undefined) {
    if (opts.accountDir !== undefined) throw new UsageError('give --key-file or --account-dir, not both');
    account = readAccount(cliPath(ctx, opts.keyFile));
    const named = opts.signer[0];
    if (named !== undefined && named !== account.name)
      throw new UsageError(`inconsistent account: ${named} from cmd args VS ${account.name} from key file`);
  } else if (opts.accountDir !== undefined) {
    const name = opts.signer[0];
    if (name === undefined) throw new UsageError('--account-dir needs --signer NAME');
    account = readAccount(join(cliPath(ctx, opts.accountDir), `${name}.json`));
  }
  if (account) {
    try {
      keys.push(accountKeyPair(account, perm));
    } catch (e) {
      throw new UsageError(`${account.name}: ${(e as Error).message}`);
    }
  }
  if (keys.length === 0) return undefined;
  const publisher = opts.signer[0] ?? account?.name;
  if (publisher === undefined) throw new UsageError('--key signs for the publisher: give --signer NAME');
  if (opts.signer.length > 1)
    throw new UsageError('a signed transaction has one publisher: give exactly one --signer');
  return { publisher, keys };
}

/** One transaction of `actions`, published and signed as iwallet does (90 s expiration, gas ratio 1). */
export function signedTx(
  actions: IostTx['actions'],
  signing: { publisher: string; keys: KeyPair[] },
  gasLimit: number | undefined,
): IostTx {
  const tx = unsignedTx(actions, BigInt(Date.now()) * 1_000_000n, BigInt(gasLimit ?? 4_000_000) * 100n);
  return signTx(tx, signing.publisher, signing.keys);
}
