/** `polyvm js init`: creates accounts holding native-token balances. */
import { UsageError } from '../../core/errors.js';
import { type CliContext, EXIT_OK, printJson } from '../io.js';
import { openVm } from './js-shared.js';

interface InitOptions {
  state: string;
  account: string[];
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
  const vm = openVm(ctx, opts.state);
  try {
    for (const a of accounts) await vm.createAccount(a.name, a.balance);
    const balances = [];
    for (const a of accounts) balances.push({ name: a.name, balance: await vm.balanceOf(a.name) });
    if (opts.json) printJson(ctx, { status: 'success', accounts: balances });
    else for (const a of balances) ctx.io.out(`${a.name}: ${a.balance} iost\n`);
    return EXIT_OK;
  } finally {
    await vm.close();
  }
}
