import type { Command } from 'commander';
import { DEFAULT_STATE_DIR } from '../../state/index.js';
import { action } from '../action.js';
import type { CliContext } from '../io.js';

/**
 * Help texts of the signing flags (the options js-sign.ts reads), registered once for deploy, update and
 * call. Declared here, not in js-sign.ts, which loads the JavaScript VM: registering the
 * commands must not load any VM.
 */
const SIGN_FLAGS = [
  [
    '--key <seckey[:algo]>',
    "sign as the publisher with this secret key (base58, or 0x hex for secp256k1), ed25519 (default) or secp256k1, as iwallet does; the account's keys decide (repeatable)",
  ],
  ['--key-file <file>', 'sign with an iwallet account file (iwallet --key_file); its name is the publisher'],
  ['--account-dir <dir>', 'sign with DIR/NAME.json, NAME the --signer (iwallet --account_dir)'],
  ['--sign-permission <perm>', 'which key of the account file signs (iwallet --sign_permission)', 'active'],
] as const;

const collect = (value: string, previous: string[]) => [...previous, value];

/** The signing flags of deploy, update and call (js-sign.ts); `--key` repeats. */
function signFlags(command: Command): Command {
  for (const [flag, help, dflt] of SIGN_FLAGS)
    if (flag.startsWith('--key ')) command.option(flag, help, collect, []);
    else command.option(flag, help, dflt);
  return command;
}

export function registerJsCommands(program: Command, ctx: CliContext): void {
  const group = program.command('js').description('JavaScript contracts (IOST V8VM model)');
  group
    .command('init')
    .description('create accounts with native-token (iost) balances')
    .option('--state <dir>', 'state directory', DEFAULT_STATE_DIR)
    .option(
      '--account <name[=balance]>',
      'an account and its balance in whole iost (repeatable)',
      collect,
      [],
    )
    .option(
      '--genesis <dir>',
      'deploy IOST system contracts (NAME.js + NAME.js.abi, go-iost config/genesis/contract) at block 0',
    )
    .option('--admin <name>', 'admin of the genesis contracts (default: the first --account)')
    .option(
      '--js-system',
      "with --genesis: run the directory's account.js and ram.js as auth.iost and ram.iost, as JavaScript (as IOST does)",
    )
    .option('--json', 'print one JSON document')
    .action(action(ctx, async () => (await import('./js-init.js')).jsInit));
  signFlags(
    group
      .command('deploy <file>')
      .description('deploy a JavaScript contract with its ABI (init runs once)')
      .option('--abi <file>', 'ABI file (default: FILE.abi, then FILE.js.abi beside FILE)')
      .option('--id <id>', 'contract id (default: generated, Contract + base58)')
      .option(
        '--signer <name>',
        'signing account; the first is the publisher and owner (repeatable)',
        collect,
        [],
      ),
  )
    .option('--pay-ram', 'pay storage in RAM as IOST does (the payer needs ram.iost RAM)')
    .option('--gas-limit <n>', 'gas limit of the transaction')
    .option('--state <dir>', 'state directory', DEFAULT_STATE_DIR)
    .option('--json', 'print one JSON document')
    .action(action(ctx, async () => (await import('./js-deploy.js')).jsDeploy));
  signFlags(
    group
      .command('update <id> <file>')
      .description("replace a contract's code and ABI (its can_update(data) must return true)")
      .option('--abi <file>', 'ABI file (default: FILE.abi, then FILE.js.abi beside FILE)')
      .option('--data <text>', 'the argument passed to can_update', '')
      .option('--signer <name>', 'signing account; the first is the publisher (repeatable)', collect, []),
  )
    .option('--pay-ram', 'pay storage in RAM as IOST does (the payer needs ram.iost RAM)')
    .option('--gas-limit <n>', 'gas limit of the transaction')
    .option('--state <dir>', 'state directory', DEFAULT_STATE_DIR)
    .option('--json', 'print one JSON document')
    .action(action(ctx, async () => (await import('./js-update.js')).jsUpdate));
  signFlags(
    group
      .command('call <id> <method> [args]')
      .description('call a method of a deployed contract (ARGS: a JSON array) or of token.iost')
      .option('--signer <name>', 'signing account; the first is the publisher (repeatable)', collect, []),
  )
    .option('--pay-ram', 'pay storage in RAM as IOST does (the payer needs ram.iost RAM)')
    .option('--gas-limit <n>', 'gas limit of the transaction')
    .option('--state <dir>', 'state directory', DEFAULT_STATE_DIR)
    .option('--json', 'print one JSON document')
    .action(action(ctx, async () => (await import('./js-call.js')).jsCall));
  group
    .command('key')
    .description('create a key pair, or derive one from --privkey (as iwallet key)')
    .option('--sign-algo <algo>', 'ed25519 or secp256k1', 'ed25519')
    .option('--privkey <key>', 'secret key to derive from (base58 or 0x hex; ed25519: a 32-byte seed too)')
    .option('--encoding <enc>', 'how keys are shown: base58 or hex', 'base58')
    .action(action(ctx, async () => (await import('./js-key.js')).jsKey));
  group
    .command('account')
    .description('iwallet account files')
    .command('import <name> <keys>')
    .description(
      'write an iwallet account file for NAME (as iwallet account import): KEYS one secret key, or perm:key,perm:key',
    )
    .option('--sign-algo <algo>', 'ed25519 or secp256k1', 'ed25519')
    .option('--output-key-file <file>', 'the file to write (iwallet --output_key_file)')
    .option('--account-dir <dir>', 'write DIR/NAME.json (iwallet --account_dir)')
    .action(action(ctx, async () => (await import('./js-key.js')).jsAccountImport));
  group
    .command('pack <dir>')
    .description('bundle a multi-file contract project (require/module.exports) into one file')
    .requiredOption('-o, --output <file>', 'where to write the bundled contract')
    .action(action(ctx, async () => (await import('./js-pack.js')).jsPack));
}
