import type { Command } from 'commander';
import { pending } from '../action.js';
import type { CliContext } from '../io.js';

export function registerAleoCommands(program: Command, ctx: CliContext): void {
  const group = program.command('aleo').description('Aleo VM (Aleo instructions programs)');
  pending(ctx, group, 'check', 'parse and check an Aleo instructions program', 7);
  pending(ctx, group, 'run', 'evaluate a function of a program', 7);
  pending(ctx, group, 'execute', 'run a function and its finalize against stored mappings', 7);
  pending(ctx, group, 'mapping', 'read a stored mapping value', 7);
}
