/**
 * `polyvm js init`: creates accounts holding native-token balances. An account that exists is
 * refused (exit 2) before any is created: IOST creates an account once, and only transfers
 * change a balance afterwards, so init never resets one silently. `--genesis DIR` then deploys
 * a directory of IOST system contracts (go-iost `config/genesis/contract`) at block 0, with
 * `--admin` (default: the first account) as their admin.
 */
import { UsageError } from '../../core/errors.js';
import { type CliContext, EXIT_OK, printJson } from '../io.js';
import { openVm } from './js-shared.js';

interface InitOptions {
  state: string;
  account: string[];
  genesis?: string;
  jsSystem?: boolean;
  admin?: string;
  json?: boolean;
}

export async function jsInit(ctx: CliContext, opts: InitOptions): Promise<number> {
  const accounts = opts.account.map((spec) => {
    const eq = spec.indexOf('=');
    const name = eq < 0 ? spec : spec.slice(0, eq);
    const balance = eq < 0 ? '0' : spec.slice(eq + 1);
    if (name === '') throw new UsageError(`--account ${JSON.stringify(spec)}: expected NAME or NAME=BALANCE`);
    return { name, balance };
  });
  const names = accounts.map((a) => a.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new UsageError(`--account ${twice} given twice`);
  const vm = openVm(ctx, opts.state);
  try {
    for (const a of accounts)
      if (await vm.hasAccount(a.name))
        throw new UsageError(
          `account ${a.name} exists (balance ${await vm.balanceOf(a.name)} iost): js init creates accounts and never changes a balance; move iost with 'polyvm js call token.iost transfer'`,
        );
    for (const a of accounts) await vm.createAccount(a.name, a.balance);
    let deployed: string[] | undefined;
    if (opts.genesis !== undefined) {
      const admin = opts.admin ?? accounts[0]?.name;
      if (admin === undefined) throw new UsageError('--genesis needs --admin NAME or an --account');
      deployed = (await vm.genesis(opts.genesis, { admin, jsSystem: opts.jsSystem === true })).deployed;
    }
    const balances = [];
    for (const a of accounts) balances.push({ name: a.name, balance: await vm.balanceOf(a.name) });
    if (opts.json)
      printJson(ctx, { status: 'success', accounts: balances, ...(deployed ? { genesis: deployed } : {}) });
    else {
      for (const a of balances) ctx.io.out(`${a.name}: ${a.balance} iost\n`);
      if (deployed) ctx.io.out(`genesis: ${deployed.join(', ')}\n`);
    }
    return EXIT_OK;
  } finally {
    await vm.close();
  }
}
