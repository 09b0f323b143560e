import type { Command } from 'commander';
import { DEFAULT_STATE_DIR } from '../../state/index.js';
import { action } from '../action.js';
import type { CliContext } from '../io.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerNeoCommands(program: Command, ctx: CliContext): void {
  const group = program
    .command('neo')
    .description('Neo N3 contracts (NEF + manifest) on a local chain, in neo-express conventions');
  const withState = (c: Command) => c.option('--state <dir>', 'state directory', DEFAULT_STATE_DIR);
  const withSigners = (c: Command) =>
    c.option(
      '--signer <account[:scope]>',
      'a signer (wallet account name, address or hash; scope None, CalledByEntry (default), Global, CustomContracts=h1,h2, CustomGroups=k1,k2, joined with +); the first pays',
      collect,
    );
  withState(
    group
      .command('deploy')
      .description('deploy a NEF and its manifest (one transaction in a new block)')
      .argument('<nef>', 'the .nef file')
      .option('--manifest <file>', 'the manifest (default: NAME.manifest.json beside the NEF)')
      .option('--signer <account>', 'the deploying account, which pays (default: genesis)')
      .option('--data <arg>', 'the data passed to _deploy (argument notation)')
      .option('--json', 'print one JSON document'),
  ).action(action(ctx, async () => (await import('./neo-deploy.js')).deploy));
  withSigners(
    withState(
      group
        .command('invoke')
        .description(
          'invoke a contract method: a transaction in a new block, or with --test an RPC invokefunction',
        )
        .argument('<contract>', 'contract hash (0x...) or name (natives by name: GAS, NEO, Policy...)')
        .argument('<method>', 'method name')
        .argument(
          '[args...]',
          'arguments: int:5 string:abc hash160:0x... or an address, bytes:0a0b, bool:true, @account, any',
        )
        .option('--test', 'test mode: run and report, persist nothing (RPC invokefunction)')
        .option('--gas <datoshi>', 'GAS limit of a test run, in datoshi (default: 1000000000, MaxGasInvoke)')
        .option('--json', 'print the RPC invokefunction result document'),
    ),
  ).action(action(ctx, async () => (await import('./neo-invoke.js')).invoke));
  withSigners(
    withState(
      group
        .command('invokescript')
        .description('run a script: a transaction in a new block, or with --test an RPC invokescript')
        .argument('<script>', 'hex, base64, @file or a NeoVM assembly file')
        .option('--test', 'test mode: run and report, persist nothing (RPC invokescript)')
        .option('--gas <datoshi>', 'GAS limit of a test run, in datoshi (default: 1000000000, MaxGasInvoke)')
        .option('--json', 'print the RPC invokescript result document'),
    ),
  ).action(action(ctx, async () => (await import('./neo-invoke.js')).invokeScript));
  withState(
    group
      .command('transfer')
      .description('transfer NEP-17 tokens (neo-express order: amount, asset, sender, receiver)')
      .argument('<amount>', 'amount in token units (e.g. 100 or 0.5), or "all"')
      .argument('<asset>', 'token contract: GAS, NEO, a name or a hash')
      .argument('<from>', 'sending account')
      .argument('<to>', 'receiving account, address or hash')
      .option('--json', 'print the RPC invoke result document'),
  ).action(action(ctx, async () => (await import('./neo-wallet.js')).transfer));
  const wallet = group.command('wallet').description('development accounts of the local chain');
  withState(
    wallet
      .command('create')
      .description('create an account (a new key, or --wif)')
      .argument('<name>', 'account name')
      .option('--wif <key>', 'import this private key (WIF)')
      .option('--json', 'print one JSON document'),
  ).action(action(ctx, async () => (await import('./neo-wallet.js')).create));
  withState(
    wallet
      .command('list')
      .description('list the accounts with their NEO and GAS')
      .option('--json', 'print one JSON document'),
  ).action(action(ctx, async () => (await import('./neo-wallet.js')).list));
  withState(
    group
      .command('accounts')
      .description('list the accounts (same as wallet list)')
      .option('--json', 'print one JSON document'),
  ).action(action(ctx, async () => (await import('./neo-wallet.js')).list));
  withState(
    group
      .command('storage')
      .description("list a deployed contract's storage")
      .argument('<contract>', 'contract hash or name')
      .option('--json', 'print one JSON document'),
  ).action(action(ctx, async () => (await import('./neo-wallet.js')).storage));
  group
    .command('test')
    .description('run Neo N3 conformance case files or folders')
    .argument('<paths...>', 'case files (*.json, *.json.gz) or folders')
    .option('--json', 'print a JSON array of {name, pass, error}')
    .action(action(ctx, async () => (await import('./neo-test.js')).test));
}
