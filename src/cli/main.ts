/**
 * The `polyvm` command. Each VM has one command group, registered from its own file;
 * implementations load lazily, so start-up costs only commander and these registrations.
 */
import { type Command, CommanderError } from 'commander';
import { UsageError } from '../core/errors.js';
import { PolyvmCommand } from './command.js';
import { registerAleoCommands } from './commands/aleo.js';
import { registerEvmCommands } from './commands/evm.js';
import { registerHelpCommand } from './commands/help.js';
import { registerJsCommands } from './commands/js.js';
import { registerNeoCommands } from './commands/neo.js';
import { registerNeoVmCommands } from './commands/neovm.js';
import { registerStateCommands } from './commands/state.js';
import { type CliContext, type CliIO, EXIT_OK, OutputClosedError, processIO, reportError } from './io.js';

export const VERSION = '0.1.0';

/** The command groups, each registered from its own file. */
const GROUPS: Record<string, (program: Command, ctx: CliContext) => void> = {
  evm: registerEvmCommands,
  neovm: registerNeoVmCommands,
  neo: registerNeoCommands,
  js: registerJsCommands,
  aleo: registerAleoCommands,
  state: registerStateCommands,
};

/**
 * The groups a run on `argv` needs: the one it names (its first argument that is not an
 * option), none for a bare --version, otherwise all (--help, `help`, a mistyped command, whose
 * messages list them). Registering the others would change no output and cost every start
 * some milliseconds of commander's option parsing.
 */
export function groupsFor(argv: readonly string[]): string[] {
  const first = argv.find((a) => !a.startsWith('-'));
  if (first !== undefined && Object.hasOwn(GROUPS, first)) return [first];
  if (first === undefined && argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) return [];
  return Object.keys(GROUPS);
}

export function buildProgram(
  ctx: CliContext,
  groups: readonly string[] = Object.keys(GROUPS),
): PolyvmCommand {
  const program = new PolyvmCommand('polyvm')
    .description(
      'Run smart contracts for EVM, NeoVM, JavaScript (IOST V8VM) and Aleo VM over one state store',
    )
    .version(VERSION, '-V, --version')
    .option('--verbose', 'print stack traces and details with errors');
  program.hook('preAction', (cmd) => {
    ctx.verbose = cmd.optsWithGlobals().verbose === true;
  });
  for (const name of groups) GROUPS[name]!(program, ctx);
  registerHelpCommand(program, ctx);
  // Every group and command writes through ctx.io and exits through exitOverride; errors
  // are printed by main(), as one line.
  const configure = (cmd: Command) => {
    cmd.exitOverride().configureOutput({
      writeOut: (s) => ctx.io.out(s),
      writeErr: (s) => ctx.io.err(s),
      outputError: () => {},
    });
    for (const sub of cmd.commands) configure(sub);
  };
  configure(program);
  return program;
}

/** Runs the CLI on `argv` (without the node and script entries); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const ctx: CliContext = { io, verbose: argv.includes('--verbose'), exitCode: EXIT_OK };
  const program = buildProgram(ctx, groupsFor(argv));
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
  } catch (error) {
    if (error instanceof OutputClosedError) return EXIT_OK;
    if (!(error instanceof CommanderError)) return reportError(ctx, error);
    // --help, `help` and --version exit 0; anything else commander rejects (an unknown
    // command or option, a missing or extra argument, a group run without a command) is
    // bad usage: one line, and an error document when the command takes --json.
    if (error.exitCode === 0) return EXIT_OK;
    const failed = program.failed;
    const options = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length);
    const json = options.includes('--json') && failed?.options.some((o) => o.long === '--json') === true;
    return reportError(ctx, new UsageError(error.message.replace(/^error: /, '')), json);
  }
  return ctx.exitCode;
}
