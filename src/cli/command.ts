/**
 * commander's Command with polyvm's conventions, for every group and command:
 * - an argument that starts with `-` and a digit (`-1i8`, `-5i32`, `-1`) is a positional value
 *   wherever it stands among a command's arguments, never an option: polyvm has no option
 *   named by a digit, so an Aleo input, mapping key or number needs no `--` before it. After an
 *   option that takes a value it stays that option's value (`--seed -1`).
 * - commander prints nothing: main() reports its error as one line and needs to know which
 *   command failed (for `--json`), which `error()` records on the root.
 * - a group run without a command is a one-line usage error, not a page of help on stderr.
 */
import { Command, type ErrorOptions, type HelpContext, type ParseOptionsResult } from 'commander';

const NEGATIVE = /^-\d/;
/** Marks a negative value so that commander's option parsing passes it through as an operand. */
const MARK = '\u0000';
const unmark = (arg: string) => (arg.startsWith(MARK) ? arg.slice(1) : arg);

export class PolyvmCommand extends Command {
  /** On the root: the command whose parsing failed (set by error()). */
  failed: Command | undefined;

  override createCommand(name?: string): PolyvmCommand {
    return new PolyvmCommand(name);
  }

  override parseOptions(argv: string[]): ParseOptionsResult {
    // A group passes what it does not know on to its command, which decides.
    if (this.commands.length > 0) return super.parseOptions(argv);
    const marked = argv.map((arg, i) =>
      NEGATIVE.test(arg) && !this.takesValue(argv[i - 1]) ? MARK + arg : arg,
    );
    const r = super.parseOptions(marked);
    return { operands: r.operands.map(unmark), unknown: r.unknown.map(unmark) };
  }

  /** True when `arg` is one of this command's options that takes a value (`--seed <n>`). */
  private takesValue(arg: string | undefined): boolean {
    if (arg === undefined) return false;
    return this.options.some((o) => (o.required || o.optional) && (o.long === arg || o.short === arg));
  }

  override error(message: string, options?: ErrorOptions): never {
    let root: Command = this;
    while (root.parent) root = root.parent;
    if (root instanceof PolyvmCommand) root.failed = this;
    return super.error(message, options);
  }

  override help(context?: HelpContext | ((text: string) => string)): never {
    if (typeof context === 'object' && context.error) {
      const names = this.commands.filter((c) => c.name() !== 'help').map((c) => c.name());
      this.error(
        `error: '${commandPath(this)}' needs a command: ${names.join(', ')} (see ${commandPath(this)} --help)`,
        {
          code: 'polyvm.missingCommand',
          exitCode: 2,
        },
      );
    }
    // biome-ignore lint/suspicious/noExplicitAny: commander's overloads.
    return super.help(context as any);
  }
}

/** `polyvm evm run`: the command as the user types it. */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** The command `names` (`['evm', 'run']`) designate under `root`, or undefined. */
export function findCommand(root: Command, names: readonly string[]): Command | undefined {
  let cmd: Command | undefined = root;
  for (const name of names) cmd = cmd?.commands.find((c) => c.name() === name || c.aliases().includes(name));
  return cmd;
}
