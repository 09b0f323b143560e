/**
 * Wraps a command's implementation: loads it lazily (so `polyvm --help` stays fast), runs
 * it, and turns its result or error into the exit code (with `--json`, an error document).
 */
import type { Command } from 'commander';
import { NotImplementedError } from '../core/errors.js';
import { type CliContext, reportError } from './io.js';

// biome-ignore lint/suspicious/noExplicitAny: commander passes positional args and options untyped.
type Impl = (ctx: CliContext, ...args: any[]) => Promise<number> | number;

export function action(ctx: CliContext, load: () => Promise<Impl>) {
  return async (...args: unknown[]): Promise<void> => {
    // commander passes (...positionals, options, command); drop the command.
    const cmdArgs = args.slice(0, -1);
    const opts = cmdArgs.at(-1) as { json?: unknown } | undefined;
    try {
      const impl = await load();
      ctx.exitCode = await impl(ctx, ...cmdArgs);
    } catch (error) {
      ctx.exitCode = reportError(ctx, error, opts?.json === true);
    }
  };
}

/** Registers a command of a VM that has not landed yet: it says so and exits 2. */
export function pending(
  ctx: CliContext,
  group: Command,
  name: string,
  description: string,
  issue: number,
): void {
  group
    .command(name)
    .description(`${description} (not available yet)`)
    .allowUnknownOption()
    .allowExcessArguments()
    .action(
      action(ctx, async () => () => {
        throw new NotImplementedError(
          `'polyvm ${group.name()} ${name.split(' ')[0]}' is not available yet (issue #${issue})`,
        );
      }),
    );
}
