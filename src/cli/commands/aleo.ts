import type { Command } from 'commander';
import { DEFAULT_STATE_DIR } from '../../state/index.js';
import { action } from '../action.js';
import type { CliContext } from '../io.js';

export function registerAleoCommands(program: Command, ctx: CliContext): void {
  const group = program.command('aleo').description('Aleo VM (Aleo instructions programs)');
  const impl = async () => await import('./aleo-impl.js');
  group
    .command('check')
    .description('parse and check an Aleo instructions program')
    .argument('<file>', 'the program (.aleo)')
    .option('--json', 'print one JSON document')
    .action(action(ctx, async () => (await impl()).check));
  group
    .command('run')
    .description('evaluate a function of a program (inputs in Aleo text form)')
    .argument('<file>', 'the program (.aleo)')
    .argument('<function>', 'the function to run')
    .argument('[inputs...]', 'inputs, e.g. 5u8 "{ a: 1u8 }", a record in text form or record1…')
    .option(
      '--private-key <key>',
      'signer private key (APrivateKey1…); default: the dev key APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH',
    )
    .option('--seed <n>', 'derive the request randomness from this integer (reproducible nonces and ids)')
    .option('--constraints', "also synthesize the function's circuit and print its counts and id")
    .option('--json', 'print one JSON document (outputs and the transitions)')
    .action(action(ctx, async () => (await impl()).run));
  group
    .command('execute')
    .description(
      'run a function and its finalize against the stored mappings and store it as the next block; record inputs must be records the ledger holds',
    )
    .argument('<file>', 'the program (.aleo)')
    .argument('<function>', 'the function to execute')
    .argument('[inputs...]', 'inputs in Aleo text form')
    .option(
      '--private-key <key>',
      'signer private key (APrivateKey1…); default: the dev key APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH',
    )
    .option('--seed <n>', 'derive the request randomness from this integer (reproducible nonces and ids)')
    .option('--state <dir>', 'state directory', DEFAULT_STATE_DIR)
    .option(
      '--height <n>',
      'the block height finalize sees (block.height; default 0); with --prove it picks the Varuna version as `aleo verify --height` does (default V2)',
    )
    .option('--prove', "prove the execution; with --json print snarkVM's execution JSON")
    .option('--json', 'print one JSON document (outputs and the transitions)')
    .action(action(ctx, async () => (await impl()).execute));
  const circuit = async () => await import('./aleo-circuit.js');
  group
    .command('synthesize')
    .description("synthesize a function's R1CS as snarkVM does (constraints, variables, circuit id)")
    .argument('<file>', 'the program (.aleo)')
    .argument('<function>', 'the function')
    .argument('[inputs...]', 'inputs for the witness (default: sampled by type, as key synthesis does)')
    .option('--private-key <key>', 'signer private key (default: the dev key)')
    .option('--json', 'print one JSON document')
    .action(action(ctx, async () => (await circuit()).synthesize));
  group
    .command('deploy')
    .description('deploy a program (its imports first) with the circuit id of each function')
    .argument('<file>', 'the program (.aleo)')
    .option('--state <dir>', 'state directory', DEFAULT_STATE_DIR)
    .option('--json', 'print one JSON document')
    .action(action(ctx, async () => (await circuit()).deploy));
  group
    .command('verify')
    .description(
      "verify an execution (snarkVM's execution JSON): its values against their ids, then its Varuna proof against its verifying keys",
    )
    .argument(
      '<execution>',
      'the execution JSON ({"transitions":[…],"global_state_root":…,"proof":"proof1…"})',
    )
    .requiredOption('--program <file>', 'the executed program (.aleo); imports are read beside it')
    .option(
      '--verifying-key <file>',
      "the executed function's verifying key (verifier1…); synthesized from the program when absent",
    )
    .option(
      '--import-key <locator=file>',
      "a called function's key, e.g. lib.aleo/f=f.key (repeatable); synthesized from the imported program when absent",
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option(
      '--inclusion-key <file>',
      "the inclusion circuit's verifying key (verifier1…), needed when the execution spends records",
    )
    .option(
      '--height <n>',
      'the block height it is verified at: Varuna V1 below 6,135,000, else V2 (default: V2)',
    )
    .option('--json', 'print {"valid":true|false}, with "error" when a check before the proof fails')
    .action(action(ctx, async () => (await import('./aleo-verify.js')).verify));
  group
    .command('account')
    .description('the view key and address of a private key (default: the dev key)')
    .option('--private-key <key>', 'an account private key (APrivateKey1…)')
    .option('--json', 'print one JSON document')
    .action(action(ctx, async () => (await impl()).account));
  group
    .command('decrypt')
    .description('decrypt a record ciphertext (record1…) with a view key')
    .argument('<record>', 'the record ciphertext')
    .option('--view-key <key>', 'the owner view key (AViewKey1…); default: the dev key')
    .option('--json', 'print one JSON document')
    .action(action(ctx, async () => (await impl()).decrypt));
  group
    .command('ledger')
    .description('the stored ledger: its block count, global state root and latest block hash')
    .option('--state <dir>', 'state directory', DEFAULT_STATE_DIR)
    .option('--json', 'print one JSON document')
    .action(action(ctx, async () => (await impl()).ledger));
  group
    .command('state-path')
    .description("a record commitment's state path (path1…) under the ledger's global state root")
    .argument('<commitment>', 'the record commitment (an output id, …field)')
    .option('--state <dir>', 'state directory', DEFAULT_STATE_DIR)
    .option('--json', 'print one JSON document')
    .action(action(ctx, async () => (await impl()).statePath));
  group
    .command('mapping')
    .description('read a stored mapping value')
    .argument('<program>', 'the program id, e.g. token.aleo')
    .argument('<mapping>', 'the mapping name')
    .argument('<key>', 'the key in Aleo text form')
    .option('--state <dir>', 'state directory', DEFAULT_STATE_DIR)
    .option('--json', 'print one JSON document')
    .action(action(ctx, async () => (await impl()).mapping));
}
