#!/usr/bin/env node
import {
  EXIT_OK,
  OutputClosedError,
  processIO,
  reportError
} from "./chunk-KJFF2XIJ.js";
import {
  DEFAULT_STATE_DIR
} from "./chunk-VN6NVGIK.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import {
  UsageError
} from "./chunk-XXQMZ22L.js";

// dist/cli/main.js
import { CommanderError } from "commander";

// dist/cli/command.js
import { Command } from "commander";
var NEGATIVE = /^-\d/;
var MARK = "\0";
var unmark = (arg) => arg.startsWith(MARK) ? arg.slice(1) : arg;
var PolyvmCommand = class _PolyvmCommand extends Command {
  /** On the root: the command whose parsing failed (set by error()). */
  failed;
  createCommand(name) {
    return new _PolyvmCommand(name);
  }
  parseOptions(argv) {
    if (this.commands.length > 0)
      return super.parseOptions(argv);
    const marked = argv.map((arg, i) => NEGATIVE.test(arg) && !this.takesValue(argv[i - 1]) ? MARK + arg : arg);
    const r = super.parseOptions(marked);
    return { operands: r.operands.map(unmark), unknown: r.unknown.map(unmark) };
  }
  /** True when `arg` is one of this command's options that takes a value (`--seed <n>`). */
  takesValue(arg) {
    if (arg === void 0)
      return false;
    return this.options.some((o) => (o.required || o.optional) && (o.long === arg || o.short === arg));
  }
  error(message, options) {
    let root = this;
    while (root.parent)
      root = root.parent;
    if (root instanceof _PolyvmCommand)
      root.failed = this;
    return super.error(message, options);
  }
  help(context) {
    if (typeof context === "object" && context.error) {
      const names = this.commands.filter((c) => c.name() !== "help").map((c) => c.name());
      this.error(`error: '${commandPath(this)}' needs a command: ${names.join(", ")} (see ${commandPath(this)} --help)`, {
        code: "polyvm.missingCommand",
        exitCode: 2
      });
    }
    return super.help(context);
  }
};
function commandPath(cmd) {
  const names = [];
  for (let c = cmd; c; c = c.parent)
    names.unshift(c.name());
  return names.join(" ");
}
function findCommand(root, names) {
  let cmd = root;
  for (const name of names)
    cmd = cmd?.commands.find((c) => c.name() === name || c.aliases().includes(name));
  return cmd;
}

// dist/cli/action.js
function action(ctx, load) {
  return async (...args) => {
    const cmdArgs = args.slice(0, -1);
    const opts = cmdArgs.at(-1);
    try {
      const impl = await load();
      ctx.exitCode = await impl(ctx, ...cmdArgs);
    } catch (error) {
      ctx.exitCode = reportError(ctx, error, opts?.json === true);
    }
  };
}

// dist/cli/commands/aleo.js
function registerAleoCommands(program, ctx) {
  const group = program.command("aleo").description("Aleo VM (Aleo instructions programs)");
  const impl = async () => await import("./aleo-impl-5AUL56YG.js");
  group.command("check").description("parse and check an Aleo instructions program").argument("<file>", "the program (.aleo)").option("--json", "print one JSON document").action(action(ctx, async () => (await impl()).check));
  group.command("run").description("evaluate a function of a program (inputs in Aleo text form)").argument("<file>", "the program (.aleo)").argument("<function>", "the function to run").argument("[inputs...]", 'inputs, e.g. 5u8 "{ a: 1u8 }", a record in text form or record1\u2026').option("--private-key <key>", "signer private key (APrivateKey1\u2026); default: the dev key APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH").option("--seed <n>", "derive the request randomness from this integer (reproducible nonces and ids)").option("--constraints", "also synthesize the function's circuit and print its counts and id").option("--json", "print one JSON document (outputs and the transitions)").action(action(ctx, async () => (await impl()).run));
  group.command("execute").description("run a function and its finalize against the stored mappings").argument("<file>", "the program (.aleo)").argument("<function>", "the function to execute").argument("[inputs...]", "inputs in Aleo text form").option("--private-key <key>", "signer private key (APrivateKey1\u2026); default: the dev key APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH").option("--seed <n>", "derive the request randomness from this integer (reproducible nonces and ids)").option("--state <dir>", "state directory", DEFAULT_STATE_DIR).option("--height <n>", "the block height finalize sees (block.height; default 0); with --prove it picks the Varuna version as `aleo verify --height` does (default V2)").option("--prove", "prove the execution; with --json print snarkVM's execution JSON").option("--json", "print one JSON document (outputs and the transitions)").action(action(ctx, async () => (await impl()).execute));
  const circuit = async () => await import("./aleo-circuit-HO6NHYL3.js");
  group.command("synthesize").description("synthesize a function's R1CS as snarkVM does (constraints, variables, circuit id)").argument("<file>", "the program (.aleo)").argument("<function>", "the function").argument("[inputs...]", "inputs for the witness (default: sampled by type, as key synthesis does)").option("--private-key <key>", "signer private key (default: the dev key)").option("--json", "print one JSON document").action(action(ctx, async () => (await circuit()).synthesize));
  group.command("deploy").description("deploy a program (its imports first) with the circuit id of each function").argument("<file>", "the program (.aleo)").option("--state <dir>", "state directory", DEFAULT_STATE_DIR).option("--json", "print one JSON document").action(action(ctx, async () => (await circuit()).deploy));
  group.command("verify").description("verify an execution's Varuna proof (snarkVM's execution JSON) against its verifying keys").argument("<execution>", 'the execution JSON ({"transitions":[\u2026],"global_state_root":\u2026,"proof":"proof1\u2026"})').requiredOption("--program <file>", "the executed program (.aleo); imports are read beside it").option("--verifying-key <file>", "the executed function's verifying key (verifier1\u2026); synthesized from the program when absent").option("--import-key <locator=file>", "a called function's key, e.g. lib.aleo/f=f.key (repeatable)", (v, acc) => [...acc, v], []).option("--height <n>", "the block height it is verified at: Varuna V1 below 6,135,000, else V2 (default: V2)").option("--json", 'print {"valid":true|false}').action(action(ctx, async () => (await import("./aleo-verify-4EY7YSB4.js")).verify));
  group.command("account").description("the view key and address of a private key (default: the dev key)").option("--private-key <key>", "an account private key (APrivateKey1\u2026)").option("--json", "print one JSON document").action(action(ctx, async () => (await impl()).account));
  group.command("decrypt").description("decrypt a record ciphertext (record1\u2026) with a view key").argument("<record>", "the record ciphertext").option("--view-key <key>", "the owner view key (AViewKey1\u2026); default: the dev key").option("--json", "print one JSON document").action(action(ctx, async () => (await impl()).decrypt));
  group.command("mapping").description("read a stored mapping value").argument("<program>", "the program id, e.g. token.aleo").argument("<mapping>", "the mapping name").argument("<key>", "the key in Aleo text form").option("--state <dir>", "state directory", DEFAULT_STATE_DIR).option("--json", "print one JSON document").action(action(ctx, async () => (await impl()).mapping));
}

// dist/cli/commands/evm.js
function registerEvmCommands(program, ctx) {
  const group = program.command("evm").description("Ethereum Virtual Machine (Osaka; every fork from Frontier)");
  group.command("run").description("run EVM bytecode as a contract over an empty state").requiredOption("--code <hex|@file>", "bytecode, as hex or @file").option("--input <hex|@file>", "calldata, as hex or @file").option("--gas <n>", "gas limit (geth evm run's default)", "10000000000").option("--fork <name>", "fork rules", "Osaka").option("--bench <n>", "after warm-up runs, time N runs and report the median (the bench:evm harness rule)").option("--trace", "write EIP-3155 JSON lines to stderr, as geth's --trace").option("--trace.memory", "add the memory to each trace line").option("--trace.nostack", "leave the stack out of trace lines").option("--trace.returndata", "add the return data to each trace line").option("--trace.callframes", "add a line where each call frame begins").option("--json", "print one JSON document").action(action(ctx, async () => (await import("./evm-run-ALRTN3R5.js")).evmRun));
  group.command("statetest").description("run state-test files or folders (ethereum/tests or execution-spec-tests, .json or .json.gz)").argument("<paths...>", "state-test files or folders").option("--fork <name>", "only this fork").option("--json", "print geth's JSON report: one entry per (test, fork, post index)").option("--trace", "write EIP-3155 JSON lines to stderr, as geth's --trace").option("--trace.memory", "add the memory to each trace line").option("--trace.nostack", "leave the stack out of trace lines").option("--trace.returndata", "add the return data to each trace line").option("--trace.callframes", "add a line where each call frame begins").action(action(ctx, async () => (await import("./evm-statetest-WFVUDDKH.js")).evmStatetest));
  group.command("blocktest").description("run blockchain-test files or folders (ethereum/tests or execution-spec-tests, .json or .json.gz)").argument("<paths...>", "blockchain-test files or folders").option("--fork <name>", "only tests of this network (a fork or a transition such as CancunToPragueAtTime15k)").option("--json", "print geth's JSON report: one entry per test").option("--trace", "write EIP-3155 JSON lines to stderr, as geth's --trace").option("--trace.memory", "add the memory to each trace line").option("--trace.nostack", "leave the stack out of trace lines").option("--trace.returndata", "add the return data to each trace line").option("--trace.callframes", "add a line where each call frame begins").action(action(ctx, async () => (await import("./evm-blocktest-ZS2BUFAC.js")).evmBlocktest));
  group.command("t8n").description("geth's evm t8n: apply transactions to a pre-state and write the result, alloc and body").option("--input.alloc <file>", "pre-state ('stdin': from the JSON object on stdin)", "alloc.json").option("--input.env <file>", "block environment ('stdin' as above)", "env.json").option("--input.txs <file>", "transactions: JSON, or an RLP list in a .rlp file ('stdin' as above)", "txs.json").option("--output.basedir <dir>", "folder for the output files").option("--output.result <file>", "result ('stdout', 'stderr', or a file)", "result.json").option("--output.alloc <file>", "post-state ('stdout', 'stderr', or a file)", "alloc.json").option("--output.body <file>", "RLP of the included transactions ('stdout', 'stderr', or a file)").option("--state.fork <name>", "fork or transition network (e.g. Osaka, CancunToPragueAtTime15k)").option("--state.chainid <n>", "chain id", "1").option("--state.reward <n>", "mining reward in wei; -1 disables it", "0").option("--trace", "write EIP-3155 traces to trace-<index>-<hash>.jsonl in the output folder").option("--trace.memory", "add the memory to each trace line").option("--trace.nostack", "leave the stack out of trace lines").option("--trace.returndata", "add the return data to each trace line").option("--trace.callframes", "add a line where each call frame begins").action(action(ctx, async () => (await import("./evm-t8n-NHTX5C4K.js")).evmT8n));
  group.command("node").description("a local Ethereum dev node: JSON-RPC over HTTP and WebSocket (anvil defaults)").option("--host <host>", "address to bind", "127.0.0.1").option("--port <n>", "port (0: any free port)", "8545").option("--state <dir>", "LMDB state directory (the chain persists there; default: in memory)").option("--chain-id <n>", "chain id", void 0).option("--accounts <n>", "dev accounts", "10").option("--balance <eth>", "balance of each dev account in ether", "10000").option("--mnemonic <words>", "BIP-39 mnemonic of the dev accounts").option("--hardfork <name>", "fork rules (default Osaka)").option("--block-time <seconds>", "mine a block every N seconds instead of per transaction").option("--no-mining", "no automine: blocks only from evm_mine").option("--gas-limit <n>", "block gas limit", void 0).option("--base-fee <n>", "genesis base fee in wei", void 0).option("--timestamp <seconds>", "genesis timestamp", void 0).option("--init <genesis.json>", "a geth genesis file (config and alloc) instead of the dev genesis").option("--import <chain.rlp>", "import these blocks (concatenated RLP) on start, no seal check").option("--evm-timeout <duration>", "bound of one eth_call/eth_estimateGas/eth_simulateV1 (geth's --rpc.evmtimeout: 5s, 500ms, 0: none)", "5s").action(action(ctx, async () => (await import("./evm-node-TI4SXP54.js")).evmNode));
  group.command("rpctest").description("ethereum/execution-apis JSON-RPC tests against the dev node (hive's rpc-compat)").argument("<path>", "the execution-apis tests/ folder (genesis.json, chain.rlp, <method>/*.io)").option("--json", "print one JSON document").action(action(ctx, async () => (await import("./evm-node-rpctest-I7GAYNIF.js")).evmRpctest));
  group.command("disasm").description("disassemble EVM bytecode").argument("<hex|@file>", "bytecode, as hex or @file").option("--json", "print one JSON document").action(action(ctx, async () => (await import("./evm-asm-Q6W2JD2C.js")).evmDisasm));
  group.command("asm").description("assemble EVM mnemonics to bytecode").argument("<file>", 'a file of mnemonics, e.g. "PUSH1 0x01 PUSH1 0x02 ADD"').action(action(ctx, async () => (await import("./evm-asm-Q6W2JD2C.js")).evmAsm));
}

// dist/cli/commands/help.js
function registerHelpCommand(program, ctx) {
  program.command("help").description("show the help of a command, e.g. polyvm help evm run").argument("[command...]", "the command").action(action(ctx, async () => (_ctx, names) => {
    const cmd = findCommand(program, names);
    if (!cmd)
      throw new UsageError(`unknown command '${names.join(" ")}' (see polyvm --help)`);
    cmd.outputHelp();
    return EXIT_OK;
  }));
}

// dist/cli/commands/js.js
var collect = (value, previous) => [...previous, value];
function registerJsCommands(program, ctx) {
  const group = program.command("js").description("JavaScript contracts (IOST V8VM model)");
  group.command("init").description("create accounts with native-token (iost) balances").option("--state <dir>", "state directory", DEFAULT_STATE_DIR).option("--account <name[=balance]>", "an account and its balance in whole iost (repeatable)", collect, []).option("--json", "print one JSON document").action(action(ctx, async () => (await import("./js-init-IWSYME27.js")).jsInit));
  group.command("deploy <file>").description("deploy a JavaScript contract with its ABI (init runs once)").option("--abi <file>", "ABI file (default: FILE.abi, then FILE.js.abi beside FILE)").option("--id <id>", "contract id (default: generated, Contract + base58)").option("--signer <name>", "signing account; the first is the publisher and owner (repeatable)", collect, []).option("--gas-limit <n>", "gas limit of the transaction").option("--state <dir>", "state directory", DEFAULT_STATE_DIR).option("--json", "print one JSON document").action(action(ctx, async () => (await import("./js-deploy-OD4YFJB2.js")).jsDeploy));
  group.command("update <id> <file>").description("replace a contract's code and ABI (its can_update(data) must return true)").option("--abi <file>", "ABI file (default: FILE.abi, then FILE.js.abi beside FILE)").option("--data <text>", "the argument passed to can_update", "").option("--signer <name>", "signing account; the first is the publisher (repeatable)", collect, []).option("--gas-limit <n>", "gas limit of the transaction").option("--state <dir>", "state directory", DEFAULT_STATE_DIR).option("--json", "print one JSON document").action(action(ctx, async () => (await import("./js-update-4FAEVAAY.js")).jsUpdate));
  group.command("call <id> <method> [args]").description("call a method of a deployed contract (ARGS: a JSON array) or of token.iost").option("--signer <name>", "signing account; the first is the publisher (repeatable)", collect, []).option("--key <seckey[:algo]>", "sign as the publisher (the one --signer) with this base58 secret key, ed25519 (default) or secp256k1, as iwallet does; the account's keys decide (repeatable)", collect, []).option("--gas-limit <n>", "gas limit of the transaction").option("--state <dir>", "state directory", DEFAULT_STATE_DIR).option("--json", "print one JSON document").action(action(ctx, async () => (await import("./js-call-NICQ7R2O.js")).jsCall));
  group.command("pack <dir>").description("bundle a multi-file contract project (require/module.exports) into one file").requiredOption("-o, --output <file>", "where to write the bundled contract").action(action(ctx, async () => (await import("./js-pack-TOITFR6O.js")).jsPack));
}

// dist/cli/commands/neo.js
var collect2 = (value, previous = []) => [...previous, value];
function registerNeoCommands(program, ctx) {
  const group = program.command("neo").description("Neo N3 contracts (NEF + manifest) on a local chain, in neo-express conventions");
  const withState = (c) => c.option("--state <dir>", "state directory", DEFAULT_STATE_DIR);
  const withSigners = (c) => c.option("--signer <account[:scope]>", "a signer (wallet account name, address or hash; scope None, CalledByEntry (default), Global, CustomContracts=h1,h2, CustomGroups=k1,k2, joined with +); the first pays", collect2);
  withState(group.command("deploy").description("deploy a NEF and its manifest (one transaction in a new block)").argument("<nef>", "the .nef file").option("--manifest <file>", "the manifest (default: NAME.manifest.json beside the NEF)").option("--signer <account>", "the deploying account, which pays (default: genesis)").option("--data <arg>", "the data passed to _deploy (argument notation)").option("--json", "print one JSON document")).action(action(ctx, async () => (await import("./neo-deploy-WDBR2L6H.js")).deploy));
  withSigners(withState(group.command("invoke").description("invoke a contract method: a transaction in a new block, or with --test an RPC invokefunction").argument("<contract>", "contract hash (0x...) or name (natives by name: GAS, NEO, Policy...)").argument("<method>", "method name").argument("[args...]", "arguments: int:5 string:abc hash160:0x... or an address, bytes:0a0b, bool:true, @account, any").option("--test", "test mode: run and report, persist nothing (RPC invokefunction)").option("--gas <datoshi>", "GAS limit of a test run, in datoshi (default: 1000000000, MaxGasInvoke)").option("--json", "print the RPC invokefunction result document"))).action(action(ctx, async () => (await import("./neo-invoke-JFDE77TN.js")).invoke));
  withSigners(withState(group.command("invokescript").description("run a script: a transaction in a new block, or with --test an RPC invokescript").argument("<script>", "hex, base64, @file or a NeoVM assembly file").option("--test", "test mode: run and report, persist nothing (RPC invokescript)").option("--gas <datoshi>", "GAS limit of a test run, in datoshi (default: 1000000000, MaxGasInvoke)").option("--json", "print the RPC invokescript result document"))).action(action(ctx, async () => (await import("./neo-invoke-JFDE77TN.js")).invokeScript));
  withState(group.command("transfer").description("transfer NEP-17 tokens (neo-express order: amount, asset, sender, receiver)").argument("<amount>", 'amount in token units (e.g. 100 or 0.5), or "all"').argument("<asset>", "token contract: GAS, NEO, a name or a hash").argument("<from>", "sending account").argument("<to>", "receiving account, address or hash").option("--json", "print the RPC invoke result document")).action(action(ctx, async () => (await import("./neo-wallet-VMBVB7LP.js")).transfer));
  const wallet = group.command("wallet").description("development accounts of the local chain");
  withState(wallet.command("create").description("create an account (a new key, or --wif)").argument("<name>", "account name").option("--wif <key>", "import this private key (WIF)").option("--json", "print one JSON document")).action(action(ctx, async () => (await import("./neo-wallet-VMBVB7LP.js")).create));
  withState(wallet.command("list").description("list the accounts with their NEO and GAS").option("--json", "print one JSON document")).action(action(ctx, async () => (await import("./neo-wallet-VMBVB7LP.js")).list));
  withState(group.command("accounts").description("list the accounts (same as wallet list)").option("--json", "print one JSON document")).action(action(ctx, async () => (await import("./neo-wallet-VMBVB7LP.js")).list));
  withState(group.command("storage").description("list a deployed contract's storage").argument("<contract>", "contract hash or name").option("--json", "print one JSON document")).action(action(ctx, async () => (await import("./neo-wallet-VMBVB7LP.js")).storage));
  group.command("test").description("run Neo N3 conformance case files or folders").argument("<paths...>", "case files (*.json, *.json.gz) or folders").option("--json", "print a JSON array of {name, pass, error}").action(action(ctx, async () => (await import("./neo-test-UYHVWXXI.js")).test));
}

// dist/cli/commands/neovm.js
function registerNeoVmCommands(program, ctx) {
  const group = program.command("neovm").description("Neo N3 virtual machine (scripts)");
  group.command("run").description("run a NeoVM script: hex, @file (bytes or hex) or an assembly file").argument("<script>", "hex, @file or an assembly file").option("--trace", "print one line per instruction: ip, opcode, evaluation stack").option("--json", "print one JSON document").option("--gas <datoshi>", "GAS limit in datoshi, at neo opcode prices (default: 1000000000, RPC MaxGasInvoke)").action(action(ctx, async () => (await import("./neovm-run-RFXUHMN7.js")).run));
  group.command("test").description("run neo-vm JSON unit-test files or folders").argument("<paths...>", "JSON test files or folders").option("--json", "print a JSON array of {name, pass, error}").action(action(ctx, async () => (await import("./neovm-test-TG2LSWBD.js")).test));
  group.command("asm").description("assemble a NeoVM assembly file; prints the script as hex").argument("<file>", "assembly file").action(action(ctx, async () => (await import("./neovm-asm-MIOCYQYA.js")).asm));
  group.command("disasm").description("disassemble a NeoVM script given as hex or @file").argument("<script>", "hex or @file").action(action(ctx, async () => (await import("./neovm-asm-MIOCYQYA.js")).disasm));
}

// dist/cli/commands/state.js
function registerStateCommands(program, ctx) {
  const group = program.command("state").description("the shared state store");
  group.command("inspect").description("list the keys and values a state store holds (read-only)").option("--state <dir>", "state directory", DEFAULT_STATE_DIR).option("--prefix <hex>", "only keys starting with these bytes (hex)").option("--limit <n>", "at most this many entries").option("--json", "print one JSON document").action(action(ctx, async () => (await import("./state-inspect-QMGZKAQA.js")).inspect));
}

// dist/cli/main.js
var VERSION = "0.1.0";
function buildProgram(ctx) {
  const program = new PolyvmCommand("polyvm").description("Run smart contracts for EVM, NeoVM, JavaScript (IOST V8VM) and Aleo VM over one state store").version(VERSION, "-V, --version").option("--verbose", "print stack traces and details with errors");
  program.hook("preAction", (cmd) => {
    ctx.verbose = cmd.optsWithGlobals().verbose === true;
  });
  registerEvmCommands(program, ctx);
  registerNeoVmCommands(program, ctx);
  registerNeoCommands(program, ctx);
  registerJsCommands(program, ctx);
  registerAleoCommands(program, ctx);
  registerStateCommands(program, ctx);
  registerHelpCommand(program, ctx);
  const configure = (cmd) => {
    cmd.exitOverride().configureOutput({
      writeOut: (s) => ctx.io.out(s),
      writeErr: (s) => ctx.io.err(s),
      outputError: () => {
      }
    });
    for (const sub of cmd.commands)
      configure(sub);
  };
  configure(program);
  return program;
}
async function main(argv, io = processIO) {
  const ctx = { io, verbose: argv.includes("--verbose"), exitCode: EXIT_OK };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof OutputClosedError)
      return EXIT_OK;
    if (!(error instanceof CommanderError))
      return reportError(ctx, error);
    if (error.exitCode === 0)
      return EXIT_OK;
    const failed = program.failed;
    const options = argv.slice(0, argv.includes("--") ? argv.indexOf("--") : argv.length);
    const json = options.includes("--json") && failed?.options.some((o) => o.long === "--json") === true;
    return reportError(ctx, new UsageError(error.message.replace(/^error: /, "")), json);
  }
  return ctx.exitCode;
}

// dist/cli/index.js
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (error) => {
  process.exitCode = reportError({ io: processIO, verbose: true, exitCode: 1 }, error);
});
