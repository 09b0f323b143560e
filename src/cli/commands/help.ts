/** `polyvm help [COMMAND...]`: the help of any command, nested ones included (`help evm run`). */
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { action } from '../action.js';
import { findCommand } from '../command.js';
import { type CliContext, EXIT_OK } from '../io.js';

export function registerHelpCommand(program: Command, ctx: CliContext): void {
  program
    .command('help')
    .description('show the help of a command, e.g. polyvm help evm run')
    .argument('[command...]', 'the command')
    .action(
      action(ctx, async () => (_ctx: CliContext, names: string[]) => {
        const cmd = findCommand(program, names);
        if (!cmd) throw new UsageError(`unknown command '${names.join(' ')}' (see polyvm --help)`);
        cmd.outputHelp();
        return EXIT_OK;
      }),
    );
}
