/**
 * The `polyvm` command. Each VM has one command group, registered from its own file;
 * implementations load lazily, so start-up costs only commander and these registrations.
 */
import { Command, CommanderError } from 'commander';
import { registerAleoCommands } from './commands/aleo.js';
import { registerEvmCommands } from './commands/evm.js';
import { registerJsCommands } from './commands/js.js';
import { registerNeoCommands } from './commands/neo.js';
import { registerNeoVmCommands } from './commands/neovm.js';
import { registerStateCommands } from './commands/state.js';
import { type CliContext, type CliIO, EXIT_OK, EXIT_USAGE, processIO } from './io.js';

export const VERSION = '0.1.0';

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('polyvm')
    .description(
      'Run smart contracts for EVM, NeoVM, JavaScript (IOST V8VM) and Aleo VM over one state store',
    )
    .version(VERSION, '-V, --version')
    .option('--verbose', 'print stack traces and details with errors')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s) })
    .exitOverride();
  program.hook('preAction', (cmd) => {
    ctx.verbose = cmd.optsWithGlobals().verbose === true;
  });
  registerEvmCommands(program, ctx);
  registerNeoVmCommands(program, ctx);
  registerNeoCommands(program, ctx);
  registerJsCommands(program, ctx);
  registerAleoCommands(program, ctx);
  registerStateCommands(program, ctx);
  // Every group and command exits through exitOverride and writes through ctx.io.
  const inherit = (cmd: Command) => {
    for (const sub of cmd.commands) {
      sub.exitOverride().configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s) });
      sub.showHelpAfterError('(run with --help for usage)');
      inherit(sub);
    }
  };
  inherit(program);
  return program;
}

/** Runs the CLI on `argv` (without the node and script entries); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const ctx: CliContext = { io, verbose: argv.includes('--verbose'), exitCode: EXIT_OK };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; anything else commander rejects (an unknown command or
      // option, a missing argument, a group run without a command) is bad usage.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_OK;
      return EXIT_USAGE;
    }
    throw error;
  }
  return ctx.exitCode;
}
