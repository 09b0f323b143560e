import {
  load,
  parseHeight,
  readSource
} from "./chunk-3XMJ4WY3.js";
import {
  circuitSetup,
  initVaruna,
  loadProverSrs,
  parseProof,
  parseVerifyingKey,
  synthesize,
  varunaVersionAt,
  verifyExecution
} from "./chunk-MHVT4OXQ.js";
import "./chunk-CIILX6KK.js";
import {
  EXIT_FAILED,
  EXIT_OK,
  cliPath,
  printJson
} from "./chunk-KJFF2XIJ.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-36UFO7KE.js";
import "./chunk-3R424V4S.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import {
  InvalidArgumentError,
  InvalidInputFileError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/aleo-verify.js
import { readFileSync } from "node:fs";
function readKey(ctx, file) {
  return parseVerifyingKey(readSource(ctx, file).source);
}
function readExecution(ctx, file) {
  const path = cliPath(ctx, file);
  let json;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new InvalidInputFileError(`cannot read ${file}: ${e.message}`);
  }
  const x = json;
  if (!Array.isArray(x.transitions) || typeof x.proof !== "string")
    throw new InvalidInputFileError(`${file}: not an execution (expected "transitions" and "proof")`);
  return x;
}
async function verify(ctx, file, opts) {
  const execution = readExecution(ctx, file);
  const program = load(ctx, opts.program);
  const height = parseHeight(opts.height);
  const root = execution.transitions.at(-1);
  if (!root)
    throw new InvalidInputFileError(`${file}: the execution has no transitions`);
  if (root.program !== program.id)
    throw new InvalidArgumentError(`${file} executes ${root.program}, but --program is ${program.id}`);
  await initVaruna();
  const keys = /* @__PURE__ */ new Map();
  if (opts.verifyingKey)
    keys.set(`${root.program}/${root.function}`, readKey(ctx, opts.verifyingKey));
  for (const spec of opts.importKey) {
    const m = /^([a-z0-9_]+\.aleo\/[A-Za-z0-9_]+)=(.+)$/.exec(spec);
    if (!m)
      throw new InvalidArgumentError(`--import-key must be PROGRAM.aleo/FUNCTION=FILE, found '${spec}'`);
    keys.set(m[1], readKey(ctx, m[2]));
  }
  for (const t of execution.transitions) {
    const locator = `${t.program}/${t.function}`;
    if (keys.has(locator))
      continue;
    if (t.program !== program.id)
      throw new InvalidArgumentError(`no verifying key for ${locator}: give --import-key ${locator}=FILE`);
    const synthesized = synthesize(program, t.function);
    keys.set(locator, circuitSetup(synthesized.matrices, loadProverSrs(), BigInt(synthesized.report.variables)).vk);
  }
  const proof = parseProof(execution.proof);
  const version = height === void 0 ? 2 : varunaVersionAt(height);
  const valid = verifyExecution(program, execution, keys, proof, { version });
  if (opts.json)
    printJson(ctx, { valid });
  else
    ctx.io.out(`${valid ? "valid" : "invalid"} (Varuna V${version}, ${execution.transitions.length} transitions)
`);
  return valid ? EXIT_OK : EXIT_FAILED;
}
export {
  verify
};
