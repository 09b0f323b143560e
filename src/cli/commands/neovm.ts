import type { Command } from 'commander';
import { action } from '../action.js';
import type { CliContext } from '../io.js';

export function registerNeoVmCommands(program: Command, ctx: CliContext): void {
  const group = program.command('neovm').description('Neo N3 virtual machine (scripts)');
  group
    .command('run')
    .description('run a NeoVM script: hex, @file (bytes or hex) or an assembly file')
    .argument('<script>', 'hex, @file or an assembly file')
    .option('--trace', 'print one line per instruction: ip, opcode, evaluation stack')
    .option('--json', 'print one JSON document')
    .option(
      '--gas <datoshi>',
      'GAS limit in datoshi, at neo opcode prices (default: 1000000000, RPC MaxGasInvoke)',
    )
    .action(action(ctx, async () => (await import('./neovm-run.js')).run));
  group
    .command('test')
    .description('run neo-vm JSON unit-test files or folders')
    .argument('<paths...>', 'JSON test files or folders')
    .option('--json', 'print a JSON array of {name, pass, error}')
    .action(action(ctx, async () => (await import('./neovm-test.js')).test));
  group
    .command('asm')
    .description('assemble a NeoVM assembly file; prints the script as hex')
    .argument('<file>', 'assembly file')
    .action(action(ctx, async () => (await import('./neovm-asm.js')).asm));
  group
    .command('disasm')
    .description('disassemble a NeoVM script given as hex or @file')
    .argument('<script>', 'hex or @file')
    .action(action(ctx, async () => (await import('./neovm-asm.js')).disasm));
}
