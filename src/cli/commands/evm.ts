import type { Command } from 'commander';
import { pending } from '../action.js';
import type { CliContext } from '../io.js';

export function registerEvmCommands(program: Command, ctx: CliContext): void {
  const group = program.command('evm').description('Ethereum Virtual Machine (Cancun)');
  pending(ctx, group, 'run', 'run EVM bytecode as a contract over an empty state', 3);
  pending(ctx, group, 'statetest', 'run ethereum/tests state-test files or folders', 3);
  pending(ctx, group, 'disasm', 'disassemble EVM bytecode', 3);
  pending(ctx, group, 'asm', 'assemble EVM mnemonics to bytecode', 3);
}
