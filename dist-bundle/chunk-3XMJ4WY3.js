import {
  AleoCheckError,
  AleoHalt,
  AleoParseError,
  AleoProgram,
  AleoValueError,
  DEV_PRIVATE_KEY,
  addressToText,
  aleoState,
  checkProgram,
  decryptRecord,
  execute,
  initVaruna,
  isIdentifier,
  isProgramId,
  needsVaruna,
  parsePlaintext,
  parsePrivateKey,
  parseProgram,
  parseRecordCiphertext,
  parseViewKey,
  plaintextToText,
  readMapping,
  requireDeployed,
  run,
  valueToText,
  viewKeyToString
} from "./chunk-MHVT4OXQ.js";
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
import {
  InvalidArgumentError,
  InvalidInputFileError,
  PolyvmError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/aleo-impl.js
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
var HALT_CODE = new AleoHalt("").code;
function signer(opts) {
  let seed;
  if (opts.seed !== void 0) {
    if (!/^[0-9]+$/.test(opts.seed))
      throw new InvalidArgumentError(`--seed must be a non-negative integer, found '${opts.seed}'`);
    seed = BigInt(opts.seed);
  }
  return { privateKey: opts.privateKey ?? DEV_PRIVATE_KEY, seed };
}
function readSource(ctx, file) {
  const path = cliPath(ctx, file);
  try {
    return { source: readFileSync(path, "utf8"), path };
  } catch (e) {
    throw new InvalidInputFileError(`cannot read ${file}: ${e.message}`);
  }
}
var ProgramRejected = class extends PolyvmError {
  file;
  reason;
  constructor(file, reason, code = "AVM_CHECK") {
    super(code, /^[0-9]/.test(reason) ? `${file}:${reason}` : `${file}: ${reason}`);
    this.file = file;
    this.reason = reason;
  }
};
function inFile(file, f) {
  try {
    return f();
  } catch (e) {
    if (e instanceof AleoParseError || e instanceof AleoCheckError)
      throw new ProgramRejected(file, e.shortMessage, e.code);
    throw e;
  }
}
function load(ctx, file) {
  const { source, path } = readSource(ctx, file);
  const seen = /* @__PURE__ */ new Map();
  const loading = [];
  const loadImports = (src, shown, dir) => {
    const ast = inFile(shown, () => parseProgram(src));
    loading.push(ast.id);
    const imports2 = /* @__PURE__ */ new Map();
    for (const id of ast.imports) {
      let p = seen.get(id);
      if (!p) {
        const subShown = join(dirname(file), id);
        if (loading.includes(id))
          throw new ProgramRejected(subShown, `import cycle: ${[...loading, id].join(" -> ")}`);
        const sub = readSource(ctx, join(dir, id));
        const subImports = loadImports(sub.source, subShown, dir);
        p = inFile(subShown, () => AleoProgram.parse(sub.source, subImports));
        if (p.id !== id)
          throw new ProgramRejected(subShown, `declares program '${p.id}', not '${id}'`);
        seen.set(id, p);
      }
      imports2.set(id, p);
      for (const [k, v] of p.imports)
        imports2.set(k, v);
    }
    loading.pop();
    return imports2;
  };
  const imports = loadImports(source, file, dirname(path));
  return inFile(file, () => checkProgram(source, imports));
}
async function check(ctx, file, opts) {
  let p;
  try {
    p = load(ctx, file);
  } catch (e) {
    if (!(e instanceof ProgramRejected))
      throw e;
    if (opts.json)
      printJson(ctx, errorDocument(e.code, e.reason, { file: e.file }));
    else
      ctx.io.err(`${e.message}
`);
    return EXIT_FAILED;
  }
  if (opts.json)
    printJson(ctx, { status: "success" });
  else
    ctx.io.out(`${p.id}: ok (${p.ast.functions.size} functions, ${p.ast.closures.size} closures, ${p.ast.mappings.size} mappings)
`);
  return EXIT_OK;
}
function report(ctx, r, opts) {
  if (opts.json)
    printJson(ctx, r.status === "success" ? r : errorDocument(HALT_CODE, r.error));
  else if (r.status === "success")
    for (const o of r.outputs)
      ctx.io.out(`${o}
`);
  else
    ctx.io.err(`execution failed: ${r.error}
`);
  return r.status === "success" ? EXIT_OK : EXIT_FAILED;
}
async function run2(ctx, file, fn, inputs, opts) {
  const program = load(ctx, file);
  const r = run(program, fn, inputs, signer(opts));
  if (opts.constraints && r.status === "success") {
    const { circuitFor } = await import("./aleo-circuit-HO6NHYL3.js");
    const c = circuitFor(program, fn, inputs, signer(opts).privateKey);
    if (opts.json)
      return report(ctx, { ...r, circuit: c }, opts);
    const code = report(ctx, r, opts);
    ctx.io.out("error" in c ? `constraints: ${c.error}
` : `constraints ${c.constraints}, public inputs ${c.publicInputs}, private variables ${c.privateVariables}, circuit ${c.circuitId}
`);
    return code;
  }
  return report(ctx, r, opts);
}
function parseHeight(text) {
  if (text === void 0)
    return void 0;
  if (!/^[0-9]+$/.test(text) || Number(text) > 4294967295)
    throw new InvalidArgumentError(`--height must be an integer from 0 to 4294967295, found '${text}'`);
  return Number(text);
}
async function execute2(ctx, file, fn, inputs, opts) {
  const height = parseHeight(opts.height);
  const program = load(ctx, file);
  if (!program.ast.functions.has(fn))
    throw new AleoValueError(`program '${program.id}' has no function '${fn}'`);
  const keys = signer(opts);
  const prover = opts.prove ? await (await import("./aleo-prove-FJ4GVDYS.js")).prepare(program, fn, keys, height) : void 0;
  if (needsVaruna(program))
    await initVaruna();
  const store = new LmdbStore(cliPath(ctx, opts.state), { create: true });
  try {
    const state = aleoState(store);
    const r = state.exclusive(() => {
      requireDeployed(state, program);
      const r2 = execute(program, fn, inputs, state, { ...prover?.options ?? keys, blockHeight: height });
      if (r2.status === "success")
        state.flush();
      return r2;
    });
    if (prover && r.status === "success")
      return prover.prove(ctx, inputs, r, opts, store);
    return report(ctx, r, opts);
  } finally {
    await store.close();
  }
}
async function mapping(ctx, program, name, key, opts) {
  if (!isProgramId(program))
    throw new InvalidArgumentError(`invalid program id '${program}' (expected NAME.aleo, NAME lowercase)`);
  if (!isIdentifier(name))
    throw new InvalidArgumentError(`invalid mapping name '${name}'`);
  const k = parsePlaintext(key);
  const store = new LmdbStore(cliPath(ctx, opts.state), { readOnly: true });
  try {
    const v = readMapping(store, program, name, k);
    const text = v === void 0 ? null : plaintextToText(v);
    if (opts.json)
      printJson(ctx, { program, mapping: name, key: plaintextToText(k), value: text });
    else
      ctx.io.out(`${text ?? "null"}
`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
async function account(ctx, opts) {
  const privateKey = opts.privateKey ?? DEV_PRIVATE_KEY;
  const a = parsePrivateKey(privateKey);
  const out = { privateKey, viewKey: viewKeyToString(a.viewKey), address: addressToText(a.address) };
  if (opts.json)
    printJson(ctx, out);
  else
    ctx.io.out(`private key  ${out.privateKey}
view key     ${out.viewKey}
address      ${out.address}
`);
  return EXIT_OK;
}
async function decrypt(ctx, record, opts) {
  const viewKey = opts.viewKey === void 0 ? parsePrivateKey(DEV_PRIVATE_KEY).viewKey : parseViewKey(opts.viewKey);
  const text = valueToText(decryptRecord(parseRecordCiphertext(record), viewKey));
  if (opts.json)
    printJson(ctx, { record: text });
  else
    ctx.io.out(`${text}
`);
  return EXIT_OK;
}

export {
  readSource,
  load,
  check,
  run2 as run,
  parseHeight,
  execute2 as execute,
  mapping,
  account,
  decrypt
};
