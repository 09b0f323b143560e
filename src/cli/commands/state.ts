import type { Command } from 'commander';
import { DEFAULT_STATE_DIR } from '../../state/index.js';
import { action } from '../action.js';
import type { CliContext } from '../io.js';

export function registerStateCommands(program: Command, ctx: CliContext): void {
  const group = program.command('state').description('the shared state store');
  group
    .command('inspect')
    .description('list the keys and values a state store holds (read-only)')
    .option('--state <dir>', 'state directory', DEFAULT_STATE_DIR)
    .option('--prefix <hex>', 'only keys starting with these bytes (hex)')
    .option('--limit <n>', 'at most this many entries')
    .option('--json', 'print one JSON document')
    .action(action(ctx, async () => (await import('./state-inspect.js')).inspect));
}
