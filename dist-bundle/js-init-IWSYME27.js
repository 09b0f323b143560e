import {
  openVm
} from "./chunk-7T2JWIC2.js";
import "./chunk-V2JWBCNO.js";
import "./chunk-B7JO3TSC.js";
import "./chunk-CIILX6KK.js";
import {
  EXIT_OK,
  printJson
} from "./chunk-KJFF2XIJ.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import {
  UsageError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/js-init.js
async function jsInit(ctx, opts) {
  const accounts = opts.account.map((spec) => {
    const eq = spec.indexOf("=");
    const name = eq < 0 ? spec : spec.slice(0, eq);
    const balance = eq < 0 ? "0" : spec.slice(eq + 1);
    if (name === "")
      throw new UsageError(`--account ${JSON.stringify(spec)}: expected NAME or NAME=BALANCE`);
    return { name, balance };
  });
  const names = accounts.map((a) => a.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== void 0)
    throw new UsageError(`--account ${twice} given twice`);
  const vm = openVm(ctx, opts.state);
  try {
    for (const a of accounts)
      if (await vm.hasAccount(a.name))
        throw new UsageError(`account ${a.name} exists (balance ${await vm.balanceOf(a.name)} iost): js init creates accounts and never changes a balance; move iost with 'polyvm js call token.iost transfer'`);
    for (const a of accounts)
      await vm.createAccount(a.name, a.balance);
    const balances = [];
    for (const a of accounts)
      balances.push({ name: a.name, balance: await vm.balanceOf(a.name) });
    if (opts.json)
      printJson(ctx, { status: "success", accounts: balances });
    else
      for (const a of balances)
        ctx.io.out(`${a.name}: ${a.balance} iost
`);
    return EXIT_OK;
  } finally {
    await vm.close();
  }
}
export {
  jsInit
};
