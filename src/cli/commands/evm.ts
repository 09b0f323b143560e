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
    .option('--gas <n>', "gas limit (geth evm run's default)", '10000000000')
    .option('--fork <name>', 'fork rules', 'Osaka')
    .option(
      '--bench <n>',
      'after warm-up runs, time N runs and report the median (the bench:evm harness rule)',
    )
    .option('--trace', "write EIP-3155 JSON lines to stderr, as geth's --trace")
    .option('--trace.memory', 'add the memory to each trace line')
    .option('--trace.nostack', 'leave the stack out of trace lines')
    .option('--trace.returndata', 'add the return data to each trace line')
    .option('--trace.callframes', 'add a line where each call frame begins')
    .option('--json', 'print one JSON document')
    .action(action(ctx, async () => (await import('./evm-run.js')).evmRun));
  group
    .command('statetest')
    .description(
      'run state-test files or folders (ethereum/tests or execution-spec-tests, .json or .json.gz)',
    )
    .argument('<paths...>', 'state-test files or folders')
    .option('--fork <name>', 'only this fork')
    .option('--json', "print geth's JSON report: one entry per (test, fork, post index)")
    .option('--trace', "write EIP-3155 JSON lines to stderr, as geth's --trace")
    .option('--trace.memory', 'add the memory to each trace line')
    .option('--trace.nostack', 'leave the stack out of trace lines')
    .option('--trace.returndata', 'add the return data to each trace line')
    .option('--trace.callframes', 'add a line where each call frame begins')
    .action(action(ctx, async () => (await import('./evm-statetest.js')).evmStatetest));
  group
    .command('blocktest')
    .description(
      'run blockchain-test files or folders (ethereum/tests or execution-spec-tests, .json or .json.gz)',
    )
    .argument('<paths...>', 'blockchain-test files or folders')
    .option(
      '--fork <name>',
      'only tests of this network (a fork or a transition such as CancunToPragueAtTime15k)',
    )
    .option('--json', "print geth's JSON report: one entry per test")
    .option('--trace', "write EIP-3155 JSON lines to stderr, as geth's --trace")
    .option('--trace.memory', 'add the memory to each trace line')
    .option('--trace.nostack', 'leave the stack out of trace lines')
    .option('--trace.returndata', 'add the return data to each trace line')
    .option('--trace.callframes', 'add a line where each call frame begins')
    .action(action(ctx, async () => (await import('./evm-blocktest.js')).evmBlocktest));
  group
    .command('t8n')
    .description("geth's evm t8n: apply transactions to a pre-state and write the result, alloc and body")
    .option('--input.alloc <file>', "pre-state ('stdin': from the JSON object on stdin)", 'alloc.json')
    .option('--input.env <file>', "block environment ('stdin' as above)", 'env.json')
    .option(
      '--input.txs <file>',
      "transactions: JSON, or an RLP list in a .rlp file ('stdin' as above)",
      'txs.json',
    )
    .option('--output.basedir <dir>', 'folder for the output files')
    .option('--output.result <file>', "result ('stdout', 'stderr', or a file)", 'result.json')
    .option('--output.alloc <file>', "post-state ('stdout', 'stderr', or a file)", 'alloc.json')
    .option('--output.body <file>', "RLP of the included transactions ('stdout', 'stderr', or a file)")
    .option('--state.fork <name>', 'fork or transition network (e.g. Osaka, CancunToPragueAtTime15k)')
    .option('--state.chainid <n>', 'chain id', '1')
    .option('--state.reward <n>', 'mining reward in wei; -1 disables it', '0')
    .option('--trace', 'write EIP-3155 traces to trace-<index>-<hash>.jsonl in the output folder')
    .option('--trace.memory', 'add the memory to each trace line')
    .option('--trace.nostack', 'leave the stack out of trace lines')
    .option('--trace.returndata', 'add the return data to each trace line')
    .option('--trace.callframes', 'add a line where each call frame begins')
    .action(action(ctx, async () => (await import('./evm-t8n.js')).evmT8n));
  group
    .command('node')
    .description('a local Ethereum dev node: JSON-RPC over HTTP and WebSocket (anvil defaults)')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--port <n>', 'port (0: any free port)', '8545')
    .option('--state <dir>', 'LMDB state directory (the chain persists there; default: in memory)')
    .option('--chain-id <n>', 'chain id', undefined)
    .option('--accounts <n>', 'dev accounts', '10')
    .option('--balance <eth>', 'balance of each dev account in ether', '10000')
    .option('--mnemonic <words>', 'BIP-39 mnemonic of the dev accounts')
    .option('--hardfork <name>', 'fork rules (default Osaka)')
    .option('--block-time <seconds>', 'mine a block every N seconds instead of per transaction')
    .option('--no-mining', 'no automine: blocks only from evm_mine')
    .option('--gas-limit <n>', 'block gas limit', undefined)
    .option('--base-fee <n>', 'genesis base fee in wei', undefined)
    .option('--timestamp <seconds>', 'genesis timestamp', undefined)
    .option('--init <genesis.json>', 'a geth genesis file (config and alloc) instead of the dev genesis')
    .option('--import <chain.rlp>', 'import these blocks (concatenated RLP) on start, no seal check')
    .option(
      '--evm-timeout <duration>',
      "bound of one eth_call/eth_estimateGas/eth_simulateV1 (geth's --rpc.evmtimeout: 5s, 500ms, 0: none)",
      '5s',
    )
    .action(action(ctx, async () => (await import('./evm-node.js')).evmNode));
  group
    .command('rpctest')
    .description("ethereum/execution-apis JSON-RPC tests against the dev node (hive's rpc-compat)")
    .argument('<path>', 'the execution-apis tests/ folder (genesis.json, chain.rlp, <method>/*.io)')
    .option('--json', 'print one JSON document')
    .action(action(ctx, async () => (await import('./evm-node-rpctest.js')).evmRpctest));
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
