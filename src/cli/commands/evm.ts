import type { Command } from 'commander';
import { action } from '../action.js';
import type { CliContext } from '../io.js';

export function registerEvmCommands(program: Command, ctx: CliContext): void {
  const group = program
    .command('evm')
    .description('Ethereum Virtual Machine (Osaka; every fork from Frontier)');
  group
    .command('run')
    .description('run EVM bytecode as a contract over an empty state')
    .requiredOption('--code <hex|@file>', 'bytecode, as hex or @file')
    .option('--input <hex|@file>', 'calldata, as hex or @file')
    .option('--gas <n>', 'gas limit', '10000000')
    .option('--fork <name>', 'fork rules', 'Osaka')
    .option(
      '--bench <n>',
      'after warm-up runs, time N runs and report the median (the bench:evm harness rule)',
    )
    .option('--trace', 'write EIP-3155 JSON lines to stderr')
    .option('--json', 'print one JSON document')
    .action(action(ctx, async () => (await import('./evm-run.js')).evmRun));
  group
    .command('statetest')
    .description('run ethereum/tests state-test files or folders (recursively)')
    .argument('<paths...>', 'state-test JSON files or folders')
    .option('--fork <name>', 'only this fork')
    .option('--json', "print geth's JSON report: one entry per (test, fork, post index)")
    .option('--trace', 'write EIP-3155 JSON lines to stderr')
    .action(action(ctx, async () => (await import('./evm-statetest.js')).evmStatetest));
  group
    .command('disasm')
    .description('disassemble EVM bytecode')
    .argument('<hex|@file>', 'bytecode, as hex or @file')
    .option('--json', 'print one JSON document')
    .action(action(ctx, async () => (await import('./evm-asm.js')).evmDisasm));
  group
    .command('asm')
    .description('assemble EVM mnemonics to bytecode')
    .argument('<file>', 'a file of mnemonics, e.g. "PUSH1 0x01 PUSH1 0x02 ADD"')
    .action(action(ctx, async () => (await import('./evm-asm.js')).evmAsm));
}
