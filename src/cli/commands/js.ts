import type { Command } from 'commander';
import { pending } from '../action.js';
import type { CliContext } from '../io.js';

export function registerJsCommands(program: Command, ctx: CliContext): void {
  const group = program.command('js').description('JavaScript contracts (IOST V8VM model)');
  pending(ctx, group, 'init', 'create accounts with native-token balances', 6);
  pending(ctx, group, 'deploy', 'deploy a JavaScript contract with its ABI', 6);
  pending(ctx, group, 'call', 'call a method of a deployed contract', 6);
  pending(ctx, group, 'pack', 'bundle a multi-file contract project into one file', 6);
}
