import {
  load
} from "./chunk-3XMJ4WY3.js";
import {
  AleoDeployError,
  AleoValueError,
  CircuitHalt,
  DEV_PRIVATE_KEY,
  aleoState,
  deployProgram,
  firstUnsatisfied,
  parseInputs,
  parsePrivateKey,
  synthesize
} from "./chunk-MHVT4OXQ.js";
import "./chunk-CIILX6KK.js";
import {
  EXIT_FAILED,
  EXIT_OK,
  cliPath,
  errorDocument,
  printJson
} from "./chunk-KJFF2XIJ.js";
import {
  LmdbStore
} from "./chunk-VN6NVGIK.js";
import "./chunk-36UFO7KE.js";
import "./chunk-3R424V4S.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import "./chunk-XXQMZ22L.js";

// dist/cli/commands/aleo-circuit.js
function reportJson(r) {
  return {
    program: r.program,
    function: r.function,
    constraints: r.constraints,
    publicInputs: r.publicInputs,
    privateVariables: r.privateVariables,
    constants: r.constants,
    variables: r.variables,
    nonZero: r.nonZero,
    circuitId: r.circuitId
  };
}
function reportTable(r) {
  const rows = [
    ["request", r.parts.request],
    ["function", r.parts.function],
    ["response", r.parts.response],
    ["total", r.constraints]
  ];
  const lines = [`${r.program}/${r.function}`, "part      constraints"];
  for (const [k, v] of rows)
    lines.push(`${k.padEnd(9)} ${String(v).padStart(11)}`);
  lines.push(`public inputs ${r.publicInputs}, private variables ${r.privateVariables}, constants ${r.constants}`);
  lines.push(`variables ${r.variables} (snarkVM's num_variables: constants, public, private)`);
  lines.push(`non-zero A ${r.nonZero.a}, B ${r.nonZero.b}, C ${r.nonZero.c}`);
  lines.push(`circuit id ${r.circuitId}`);
  return `${lines.join("\n")}
`;
}
async function synthesize2(ctx, file, fn, inputs, opts) {
  const program = load(ctx, file);
  const privateKey = opts.privateKey ?? DEV_PRIVATE_KEY;
  const account = parsePrivateKey(privateKey);
  if (!program.ast.functions.has(fn))
    throw new AleoValueError(`program '${program.id}' has no function '${fn}'`);
  const given = inputs.length > 0 ? parseInputs(program, fn, inputs, account.viewKey) : void 0;
  try {
    const s = synthesize(program, fn, { inputs: given, privateKey });
    if (given && firstUnsatisfied(s.matrices, s.assignment) >= 0)
      return circuitError(ctx, opts, `'${program.id}/${fn}' is not satisfied on the given inputs`);
    if (opts.json)
      printJson(ctx, reportJson(s.report));
    else
      ctx.io.out(reportTable(s.report));
    return EXIT_OK;
  } catch (e) {
    if (e instanceof CircuitHalt)
      return circuitError(ctx, opts, e.shortMessage);
    throw e;
  }
}
async function deploy(ctx, file, opts) {
  const program = load(ctx, file);
  const store = new LmdbStore(cliPath(ctx, opts.state), { create: true });
  try {
    const state = aleoState(store);
    let r;
    try {
      r = state.exclusive(() => {
        const r2 = deployProgram(state, program);
        state.flush();
        return r2;
      });
    } catch (e) {
      if (!(e instanceof AleoDeployError))
        throw e;
      if (opts.json)
        printJson(ctx, errorDocument(e.code, e.shortMessage));
      else
        ctx.io.err(`polyvm: deploy failed: ${e.shortMessage}
`);
      return EXIT_FAILED;
    }
    const d = r.deployment;
    if (opts.json)
      printJson(ctx, { status: r.status, program: d.program, edition: d.edition, functions: d.functions });
    else {
      ctx.io.out(`${d.program}: ${r.status} (edition ${d.edition})
`);
      for (const [name, c] of Object.entries(d.functions))
        ctx.io.out(`  ${name.padEnd(28)} ${c.circuitId ? `${c.constraints} constraints, circuit ${c.circuitId}` : `no circuit: ${c.unsupported}`}
`);
    }
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
function circuitFor(program, fn, texts, privateKey) {
  try {
    const inputs = parseInputs(program, fn, texts, parsePrivateKey(privateKey).viewKey);
    return reportJson(synthesize(program, fn, { inputs, privateKey }).report);
  } catch (e) {
    if (e instanceof CircuitHalt)
      return { error: e.shortMessage };
    throw e;
  }
}
function circuitError(ctx, opts, error) {
  if (opts.json)
    printJson(ctx, errorDocument("AVM_CIRCUIT", error));
  else
    ctx.io.err(`polyvm: synthesis failed: ${error}
`);
  return EXIT_FAILED;
}
export {
  circuitFor,
  deploy,
  reportJson,
  reportTable,
  synthesize2 as synthesize
};
