/**
 * `polyvm neo wallet create|list`, `polyvm neo transfer`, `polyvm neo storage`: the local
 * chain's development accounts (genesis, the validator nodes, and named ones), NEP-17
 * transfers in neo-express's argument order, and a contract's storage.
 */
import { UsageError } from '../../core/errors.js';
import {
  fromWif,
  gasToken,
  hashToString,
  NeoChain,
  neoToken,
  parseContractArg,
  storageKey,
  transactionHash,
} from '../../neo/index.js';
import { ByteStringItem, integer, NULL } from '../../neovm/index.js';
import { type CliContext, EXIT_OK, printJson } from '../io.js';
import { argContext, report, withChain } from './neo-shared.js';

interface Opts {
  state: string;
  json?: boolean;
}

export async function create(ctx: CliContext, name: string, opts: Opts & { wif?: string }): Promise<number> {
  const doc = await withChain(ctx, opts.state, true, (chain) => {
    const a = chain.createAccount(name, opts.wif === undefined ? undefined : fromWif(opts.wif));
    return {
      name: a.name,
      address: a.address,
      scripthash: hashToString(a.scriptHash),
      publickey: a.keys[0]!.publicKey.toString(),
    };
  });
  if (opts.json) printJson(ctx, doc);
  else ctx.io.out(`${doc.name}  ${doc.address}  ${doc.scripthash}\n`);
  return EXIT_OK;
}

export async function list(ctx: CliContext, opts: Opts): Promise<number> {
  const { network, height, rows } = await withChain(ctx, opts.state, false, (chain) => ({
    network: chain.settings.network,
    height: chain.height,
    rows: chain.accounts().map((a) => ({
      name: a.name,
      address: a.address,
      scripthash: hashToString(a.scriptHash),
      neo: neoToken.balanceOf(chain.store, a.scriptHash).toString(),
      gas: gasToken.balanceOf(chain.store, a.scriptHash).toString(),
    })),
  }));
  if (opts.json) printJson(ctx, { network, height, accounts: rows });
  else
    for (const r of rows)
      ctx.io.out(`${r.name.padEnd(12)} ${r.address}  NEO ${r.neo}  GAS ${formatGas(BigInt(r.gas))}\n`);
  return EXIT_OK;
}

function formatGas(v: bigint): string {
  const s = v.toString().padStart(9, '0');
  return `${s.slice(0, -8)}.${s.slice(-8)}`;
}

/** A decimal amount in token units scaled by the token's decimals. */
function scale(amount: string, decimals: number): bigint {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(amount);
  if (!m)
    throw new UsageError(`amount: expected a non-negative decimal number, got ${JSON.stringify(amount)}`);
  const frac = m[2] ?? '';
  if (frac.length > decimals)
    throw new UsageError(`amount: at most ${decimals} decimal places for this token`);
  return BigInt(m[1]!) * 10n ** BigInt(decimals) + BigInt(frac.padEnd(decimals, '0') || '0');
}

export async function transfer(
  ctx: CliContext,
  amount: string,
  asset: string,
  from: string,
  to: string,
  opts: Opts,
) {
  const r = await withChain(ctx, opts.state, true, (chain) => {
    const token = chain.resolveContract(asset).hash;
    const sender = chain.account(from);
    const receiver = parseContractArg(
      to.startsWith('@') || to.startsWith('N') || to.startsWith('0x') ? to : `@${to}`,
      argContext(ctx, chain),
    );
    const decimals = chain.test(NeoChain.callScript(token, 'decimals', [])).stack[0]?.getInteger();
    if (decimals === undefined) throw new UsageError(`${asset}: decimals() returned nothing`);
    const value =
      amount === 'all'
        ? chain
            .test(NeoChain.callScript(token, 'balanceOf', [new ByteStringItem(sender.scriptHash)]))
            .stack[0]!.getInteger()
        : scale(amount, Number(decimals));
    const script = NeoChain.callScript(token, 'transfer', [
      new ByteStringItem(sender.scriptHash),
      receiver,
      integer(value),
      NULL,
    ]);
    return chain.send(script, [{ account: sender }]);
  });
  const ok = r.result.state === 'HALT' && r.result.stack[0]?.getBoolean() === true;
  const code = report(ctx, r.result, opts.json === true, {
    txid: hashToString(transactionHash(r.tx)),
    blockindex: r.block.index,
  });
  return ok ? code : 1;
}

export async function storage(ctx: CliContext, contract: string, opts: Opts): Promise<number> {
  const { c, rows } = await withChain(ctx, opts.state, false, (chain) => {
    const c = chain.resolveContract(contract);
    const rows = [...chain.store.find(storageKey(c.id, new Uint8Array(0)))].map(([k, v]) => ({
      key: `0x${Buffer.from(k.subarray(4)).toString('hex')}`,
      value: `0x${Buffer.from(v).toString('hex')}`,
    }));
    return { c, rows };
  });
  if (opts.json)
    printJson(ctx, { contract: hashToString(c.hash), name: c.manifest.name, id: c.id, storage: rows });
  else {
    ctx.io.out(`${c.manifest.name} ${hashToString(c.hash)} (id ${c.id}): ${rows.length} entries\n`);
    for (const r of rows) ctx.io.out(`  ${r.key} = ${r.value}\n`);
  }
  return EXIT_OK;
}
