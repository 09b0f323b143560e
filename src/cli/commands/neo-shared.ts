/**
 * What the `polyvm neo` commands share: the chain in a state directory (one writer at a time,
 * under the store's writer lock; every block is one atomic write), signer parsing, and printing results.
 */
import { StateStoreError, UsageError } from '../../core/errors.js';
import {
  ECPoint,
  type ECPoint as ECPointType,
  type ExecutionResult,
  invokeResultToJson,
  NeoChain,
  parseContractArg,
  parseUInt160,
  type RpcStackItem,
  type SignerSpec,
  stackItemToRpcJson,
  WitnessScope,
} from '../../neo/index.js';
import { JournaledCache, LmdbStore } from '../../state/index.js';
import { type CliContext, cliPath, EXIT_FAILED, EXIT_OK, printJson } from '../io.js';

/**
 * Runs `fn` on the chain in `state` (created by the first command that writes). With `write`, `fn` runs under the
 * store's writer lock (JournaledCache.exclusive): the chain is read and its blocks are written
 * with no other writer in between, and its flushes commit when `fn` returns. Print after this
 * returns, so nothing is reported that did not commit.
 */
export async function withChain<T>(
  ctx: CliContext,
  state: string,
  write: boolean,
  fn: (chain: NeoChain) => T,
): Promise<T> {
  const path = cliPath(ctx, state);
  // A command that only reads neither creates the directory nor starts a chain in it.
  const store = new LmdbStore(path, { create: write });
  try {
    const cache = new JournaledCache(store);
    if (!write && !NeoChain.exists(cache))
      throw new StateStoreError(
        `no Neo chain in the state store at ${path} (a command that writes starts one)`,
      );
    const body = () => fn(NeoChain.open(cache));
    return write ? cache.exclusive(body) : body();
  } finally {
    await store.close();
  }
}

const SCOPES: Record<string, number> = {
  None: WitnessScope.None,
  CalledByEntry: WitnessScope.CalledByEntry,
  Global: WitnessScope.Global,
};

/** `ACCOUNT[:SCOPE]`, SCOPE as None, CalledByEntry, Global, CustomContracts=h1,h2, CustomGroups=k1, joined with +. */
export function parseSigner(chain: NeoChain, text: string): SignerSpec {
  const at = text.indexOf(':');
  const account = chain.account(at < 0 ? text : text.slice(0, at));
  if (at < 0) return { account };
  let scopes = 0;
  const allowedContracts: Uint8Array[] = [];
  const allowedGroups: ECPointType[] = [];
  for (const part of text.slice(at + 1).split('+')) {
    const [name, list] = part.split('=') as [string, string | undefined];
    if (name === 'CustomContracts' && list) {
      scopes |= WitnessScope.CustomContracts;
      for (const h of list.split(',')) allowedContracts.push(chain.resolveContract(h).hash);
    } else if (name === 'CustomGroups' && list) {
      scopes |= WitnessScope.CustomGroups;
      for (const k of list.split(',')) allowedGroups.push(ECPoint.parse(k));
    } else if (name in SCOPES) scopes |= SCOPES[name]!;
    else throw new UsageError(`--signer ${text}: unknown scope ${JSON.stringify(part)}`);
  }
  if (scopes & WitnessScope.Global && scopes !== WitnessScope.Global) {
    throw new UsageError(`--signer ${text}: Global cannot be combined with other scopes`);
  }
  return { account, scopes, allowedContracts, allowedGroups };
}

export function argContext(ctx: CliContext, chain: NeoChain) {
  return {
    addressVersion: chain.settings.addressVersion,
    account: (name: string) => chain.account(name).scriptHash,
    path: (p: string) => cliPath(ctx, p),
  };
}

export function parseArgs(ctx: CliContext, chain: NeoChain, args: readonly string[]) {
  return args.map((a) => parseContractArg(a, argContext(ctx, chain)));
}

export function parseGas(text: string | undefined): bigint | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || BigInt(text) === 0n) {
    throw new UsageError(`--gas: expected a positive integer of datoshi, got ${JSON.stringify(text)}`);
  }
  return BigInt(text);
}

export function contractHashArg(chain: NeoChain, id: string): Uint8Array {
  if (/^0x[0-9a-fA-F]{40}$/.test(id)) return parseUInt160(id);
  return chain.resolveContract(id).hash;
}

/** A byte string that is printable UTF-8, shown beside its base64 in text output. */
function readable(item: RpcStackItem): string {
  if (item.type !== 'ByteString' || typeof item.value !== 'string' || item.value === '') return '';
  const text = Buffer.from(item.value, 'base64').toString('utf8');
  return /^[\x20-\x7e\u00a0-\uffff]*$/.test(text) && !text.includes('\ufffd')
    ? `  (${JSON.stringify(text)})`
    : '';
}

/**
 * Prints an invocation (text, or neo's RPC JSON with `extra` fields) and returns the exit
 * code; text output leaves out the result stack when `stack` is false (a deploy's state).
 */
export function report(
  ctx: CliContext,
  r: ExecutionResult,
  json: boolean,
  extra: Record<string, unknown> = {},
  stack = true,
): number {
  if (json) printJson(ctx, { ...invokeResultToJson(r), ...extra });
  else {
    for (const [k, v] of Object.entries(extra))
      ctx.io.out(`${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}\n`);
    ctx.io.out(`state: ${r.state}\ngas consumed: ${r.gasConsumed} datoshi\n`);
    if (r.exception !== null) ctx.io.out(`exception: ${r.exception}\n`);
    for (const l of r.logs) ctx.io.out(`log: ${l.message}\n`);
    for (const n of r.notifications) {
      ctx.io.out(`notification: ${n.eventName} ${JSON.stringify(stackItemToRpcJson(n.state))}\n`);
    }
    if (!stack) return r.state === 'HALT' ? EXIT_OK : EXIT_FAILED;
    const top = [...r.stack].reverse().map((i) => stackItemToRpcJson(i));
    ctx.io.out(`result stack (${top.length}, top first):\n`);
    for (const item of top) ctx.io.out(`  ${JSON.stringify(item)}${readable(item)}\n`);
  }
  return r.state === 'HALT' ? EXIT_OK : EXIT_FAILED;
}
