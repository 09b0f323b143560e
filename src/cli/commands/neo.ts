import type { Command } from 'commander';
import { pending } from '../action.js';
import type { CliContext } from '../io.js';

export function registerNeoCommands(program: Command, ctx: CliContext): void {
  const group = program
    .command('neo')
    .description('Neo N3 contracts (NEF + manifest) through the interop layer');
  pending(ctx, group, 'deploy', 'deploy a NEF + manifest contract', 5);
  pending(ctx, group, 'invoke', 'invoke a method of a deployed contract', 5);
}
