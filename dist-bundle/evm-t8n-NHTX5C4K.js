import {
  readText,
  traceOptions
} from "./chunk-TYHROJIW.js";
import {
  EXIT_FAILED,
  EXIT_OK,
  EXIT_USAGE,
  cliPath
} from "./chunk-KJFF2XIJ.js";
import {
  T8nError,
  allocJson,
  bodyHex,
  jsonLineTracer,
  parseEnv,
  parseJsonTxs,
  parseT8nAlloc,
  requireNetwork,
  resultJson,
  t8nParseRlpTxs,
  t8nTransition
} from "./chunk-SOI3VE3B.js";
import "./chunk-KZLTWOWN.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-36UFO7KE.js";
import "./chunk-3R424V4S.js";
import "./chunk-ACMAOO3W.js";
import {
  hexToBytes
} from "./chunk-IXTBPKQN.js";
import {
  InvalidInputFileError,
  UsageError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/evm-t8n.js
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var STDIN = "stdin";
function parseJson(text, what) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InvalidInputFileError(`t8n: ERROR(10): failed unmarshalling ${what}: ${e.message}`);
  }
}
function integer(text, flag) {
  if (!/^-?\d+$/.test(text))
    throw new UsageError(`${flag}: expected an integer, got ${JSON.stringify(text)}`);
  return BigInt(text);
}
function evmT8n(ctx, opts) {
  const fork = opts["state.fork"];
  if (!fork)
    throw new UsageError("--state.fork: required");
  const config = { ...requireNetwork(fork), chainId: integer(opts["state.chainid"], "--state.chainid") };
  const reward = integer(opts["state.reward"], "--state.reward");
  const paths = [opts["input.alloc"], opts["input.env"], opts["input.txs"]];
  let stdin = {};
  if (paths.includes(STDIN)) {
    if (!ctx.io.stdin)
      throw new UsageError("t8n: standard input is not available");
    const json = parseJson(ctx.io.stdin(), "stdin");
    if (typeof json !== "object" || json === null)
      throw new InvalidInputFileError("t8n: stdin: expected a JSON object");
    stdin = json;
  }
  const read = (path, what) => path === STDIN ? stdin[what] : parseJson(readText(ctx, path, `--input.${what}`), `${what} file`);
  const alloc = parseT8nAlloc(read(opts["input.alloc"], "alloc"));
  const env = parseEnv(read(opts["input.env"], "env"));
  const txsPath = opts["input.txs"];
  let txs;
  if (txsPath !== STDIN && txsPath.endsWith(".rlp")) {
    const hex = parseJson(readText(ctx, txsPath, "--input.txs"), "txs file");
    if (typeof hex !== "string")
      throw new InvalidInputFileError(`${txsPath}: expected a JSON string of hex`);
    txs = t8nParseRlpTxs(hexToBytes(hex, txsPath));
  } else if (txsPath === STDIN && typeof stdin.txsRlp === "string" && stdin.txsRlp.length > 0)
    txs = t8nParseRlpTxs(hexToBytes(stdin.txsRlp, "stdin txsRlp"));
  else
    txs = parseJsonTxs(read(txsPath, "txs"), config.chainId);
  const baseDir = cliPath(ctx, opts["output.basedir"] ?? ".");
  if (opts["output.basedir"])
    mkdirSync(baseDir, { recursive: true });
  let result;
  try {
    result = t8nTransition(alloc, env, txs, {
      config,
      reward,
      tracer: opts.trace ? (i, hash) => {
        const file = join(baseDir, `trace-${i}-0x${Buffer.from(hash).toString("hex")}.jsonl`);
        writeFileSync(file, "");
        return jsonLineTracer((l) => writeFileSync(file, l, { flag: "a" }), traceOptions(opts));
      } : void 0
    });
  } catch (e) {
    if (e instanceof T8nError) {
      ctx.io.err(`polyvm: error: t8n: ${e.shortMessage}
`);
      return e.exitCode === 2 ? EXIT_FAILED : EXIT_USAGE;
    }
    throw e;
  }
  const outputs = [
    ["alloc", opts["output.alloc"], () => allocJson(result.cache)],
    ["result", opts["output.result"], () => resultJson(result)],
    ["body", opts["output.body"], () => bodyHex(result)]
  ];
  const toStdout = {};
  const toStderr = {};
  for (const [name, target, value] of outputs) {
    if (!target)
      continue;
    if (target === "stdout")
      toStdout[name] = value();
    else if (target === "stderr")
      toStderr[name] = value();
    else
      writeFileSync(join(baseDir, target), JSON.stringify(value(), null, 1));
  }
  const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a < b ? -1 : 1));
  if (Object.keys(toStdout).length > 0)
    ctx.io.out(`${JSON.stringify(sorted(toStdout), null, 2)}
`);
  if (Object.keys(toStderr).length > 0)
    ctx.io.err(`${JSON.stringify(sorted(toStderr), null, 2)}
`);
  return EXIT_OK;
}
export {
  evmT8n
};
