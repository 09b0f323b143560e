/**
 * IOST's genesis, as go-iost `consensus/genesis/genesis.go` lays it out, over a directory of
 * system contracts (go-iost `config/genesis/contract`: `NAME.js` and `NAME.js.abi`): each
 * JavaScript contract is deployed under its system id at block 0 and its `initAdmin` run,
 * the witnesses are made producers, and ram.iost is issued (128 GiB, 30% reserved for the
 * foundation) with 100,000 bytes bought for the admin and each witness. The contracts polyvm
 * runs natively (account.js as auth.iost, ram.js as ram.iost; token.iost, gas.iost, token721.iost)
 * are not deployed from the directory; issue.js is deployed but its `initGenesis` is not run,
 * since `iost` exists natively from the first block: its state is written as initGenesis
 * leaves it (`adminID`, `FoundationAccount`, `IOSTDecimal` 8, `IOSTLastIssueTime` the genesis
 * block's time), so `issueIOST` issues from there. `initAdmin` runs where the ABI has it.
 * With `jsSystem`, account.js and ram.js are deployed first as auth.iost and ram.iost and run
 * as JavaScript, as on IOST, in place of the native ones (same storage layout).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { utf8ToBytes } from '../core/bytes.js';
import { parseAbi } from './abi.js';
import type { JsVm } from './engine.js';
import { JsVmRequestError } from './errors.js';
import { keys } from './keys.js';

/** genesis.go's JavaScript contracts: file, system id, and whether the admin is set with `initAdmin`. */
export const GENESIS_CONTRACTS: readonly { file: string; id: string; initAdmin: boolean }[] = [
  { file: 'issue.js', id: 'issue.iost', initAdmin: false },
  { file: 'bonus.js', id: 'bonus.iost', initAdmin: true },
  { file: 'vote_common.js', id: 'vote.iost', initAdmin: true },
  { file: 'vote_producer.js', id: 'vote_producer.iost', initAdmin: true },
  { file: 'base.js', id: 'base.iost', initAdmin: true },
  { file: 'exchange.js', id: 'exchange.iost', initAdmin: false },
];

/** genesis.go's ram.iost issue: 128 GiB, a 10-minute interval, 64 GiB a year, 30% reserved. */
export const GENESIS_RAM = {
  initialTotal: 128 * 1024 * 1024 * 1024,
  increaseInterval: 10 * 60,
  increaseAmount: Math.trunc((10 * (64 * 1024 * 1024 * 1024)) / (365 * 24 * 60)),
  reserve: Math.trunc((128 * 1024 * 1024 * 1024 * 3) / 10),
  initialRam: 100_000,
};

export interface GenesisConfig {
  /** The admin account (created beforehand, holding the iost it pays for RAM: about 1,041 iost for its 100,000 bytes). */
  admin: string;
  /** Witnesses made producers (`initProducer(id, pubkey)`), each bought RAM by the admin. */
  witnesses?: { id: string; pubkey: string }[];
  /** genesis.go's foundation: issue.iost's FoundationAccount and ram.iost's reserve (none: the admin, and the reserve stays with ram.iost). */
  foundation?: string;
  /**
   * Deploy the directory's account.js as auth.iost and ram.js as ram.iost, run as JavaScript
   * as on IOST (genesis.go compiles both; vm/native has neither), instead of polyvm's native
   * versions: their calls are then charged what their metered run costs, not a flat price.
   */
  jsSystem?: boolean;
}

/** genesis.go's JavaScript contracts polyvm otherwise runs natively, deployed first under jsSystem. */
export const JS_SYSTEM_CONTRACTS: readonly { file: string; id: string }[] = [
  { file: 'account.js', id: 'auth.iost' },
  { file: 'ram.js', id: 'ram.iost' },
];

export interface GenesisReport {
  deployed: string[];
}

/** Deploys a genesis directory on an engine at block 0; a failing step throws with its message. */
export function runGenesis(vm: JsVm, dir: string, config: GenesisConfig): GenesisReport {
  const { admin } = config;
  if (!vm.hasAccount(admin)) throw new JsVmRequestError(`genesis: admin account ${admin} does not exist`);
  const step = (what: string, r: { status: string; error?: string }) => {
    if (r.status !== 'success') throw new JsVmRequestError(`genesis: ${what}: ${r.error}`);
  };
  const call = (contract: string, method: string, args: unknown[]) =>
    step(
      `${contract} ${method}`,
      vm.call({ contract, method, args: JSON.stringify(args), signers: [admin], gasLimit: 1_000_000_000 }),
    );
  const deployed: string[] = [];
  vm.atGenesis(() => {
    // genesis.go signs up deadaddr, where ram.iost sends its fees.
    if (!vm.hasAccount('deadaddr')) vm.createAccount('deadaddr', '0');
    if (config.jsSystem)
      for (const c of JS_SYSTEM_CONTRACTS) {
        const path = join(dir, c.file);
        if (!existsSync(path) || !existsSync(`${path}.abi`))
          throw new JsVmRequestError(`genesis: jsSystem needs ${c.file} and ${c.file}.abi in ${dir}`);
        const code = readFileSync(path, 'utf8');
        const abi = JSON.parse(readFileSync(`${path}.abi`, 'utf8')) as unknown;
        step(
          `deploy ${c.file} as ${c.id}`,
          vm.deploy({ code, abi, id: c.id, signers: [admin], gasLimit: 1_000_000_000 }),
        );
        deployed.push(c.id);
        if (c.id === 'auth.iost' && parseAbi(abi).abi.some((m) => m.name === 'initAdmin'))
          call(c.id, 'initAdmin', [admin]);
      }
    // RAM first: genesis.go pays the RAM of its one transaction at the end, after these buys;
    // here each step is a transaction and pays at once (a producer's record is its RAM).
    const r = GENESIS_RAM;
    call('ram.iost', 'initAdmin', [admin]);
    call('ram.iost', 'issue', [r.initialTotal, r.increaseInterval, r.increaseAmount, r.reserve]);
    call('ram.iost', 'buy', [admin, admin, r.initialRam]);
    if (config.foundation)
      call('token.iost', 'transfer', ['ram', 'ram.iost', config.foundation, String(r.reserve), '']);
    for (const w of config.witnesses ?? []) call('ram.iost', 'buy', [admin, w.id, r.initialRam]);
    for (const c of GENESIS_CONTRACTS) {
      const path = join(dir, c.file);
      if (!existsSync(path)) continue;
      const code = readFileSync(path, 'utf8');
      const abi = JSON.parse(readFileSync(`${path}.abi`, 'utf8')) as unknown;
      step(
        `deploy ${c.file} as ${c.id}`,
        vm.deploy({ code, abi, id: c.id, signers: [admin], gasLimit: 1_000_000_000 }),
      );
      deployed.push(c.id);
      if (c.initAdmin && parseAbi(abi).abi.some((m) => m.name === 'initAdmin'))
        call(c.id, 'initAdmin', [admin]);
      if (c.id === 'issue.iost') {
        // issue.js initGenesis, less creating iost (native here): storage.put of its four keys.
        const put = (k: string, v: string) => vm.cache.put(keys.value(c.id, k), utf8ToBytes(v));
        put('adminID', admin);
        put('FoundationAccount', config.foundation ?? admin);
        put('IOSTDecimal', '8');
        put('IOSTLastIssueTime', String(vm.blockTime(0)));
      }
    }
    if (deployed.includes('vote_producer.iost'))
      for (const w of config.witnesses ?? []) call('vote_producer.iost', 'initProducer', [w.id, w.pubkey]);
  });
  return { deployed };
}
