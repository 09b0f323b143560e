import type { Command } from 'commander';
import { pending } from '../action.js';
import type { CliContext } from '../io.js';

export function registerNeoVmCommands(program: Command, ctx: CliContext): void {
  const group = program.command('neovm').description('Neo N3 virtual machine (scripts)');
  pending(ctx, group, 'run', 'run a NeoVM script', 5);
  pending(ctx, group, 'test', 'run neo-vm JSON unit-test files or folders', 5);
  pending(ctx, group, 'asm', 'assemble a NeoVM script', 5);
  pending(ctx, group, 'disasm', 'disassemble a NeoVM script', 5);
}
