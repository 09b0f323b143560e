/**
 * `polyvm aleo check | run | execute | mapping | account | decrypt`: the Aleo VM from the
 * command line. Exit codes: 0 ok; 1 the thing run failed (`check` finds errors in the program,
 * an execution halts); 2 bad input (a program given to `run` / `execute` that does not parse or
 * check, files, values, keys, options, the state dir).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  AleoCheckError,
  AleoHalt,
  AleoLedgerError,
  AleoParseError,
  AleoProgram,
  AleoValueError,
  addressToText,
  aleoLedger,
  aleoState,
  blockHashToString,
  checkProgram,
  DEV_PRIVATE_KEY,
  decryptRecord,
  execute as executeFn,
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
  type RunResult,
  readMapping,
  requireDeployed,
  run as runFn,
  statePathToString,
  stateRootToString,
  valueToText,
  viewKeyToString,
} from '../../avm/index.js';
import { InvalidArgumentError, InvalidInputFileError, PolyvmError } from '../../core/errors.js';
import { LmdbStore } from '../../state/index.js';
import { type CliContext, cliPath, EXIT_FAILED, EXIT_OK, errorDocument, printJson } from '../io.js';

/** The code of the AleoHalt that a failed RunResult reports. */
const HALT_CODE = new AleoHalt('').code;

interface JsonOpt {
  json?: boolean;
}

interface SignerOpt {
  privateKey?: string;
  seed?: string;
}

/** The transition options of `run` / `execute`: the signer key (dev key by default) and the seed. */
function signer(opts: SignerOpt): { privateKey: string; seed?: bigint } {
  let seed: bigint | undefined;
  if (opts.seed !== undefined) {
    if (!/^[0-9]+$/.test(opts.seed))
      throw new InvalidArgumentError(`--seed must be a non-negative integer, found '${opts.seed}'`);
    seed = BigInt(opts.seed);
  }
  return { privateKey: opts.privateKey ?? DEV_PRIVATE_KEY, seed };
}

export function readSource(ctx: CliContext, file: string): { source: string; path: string } {
  const path = cliPath(ctx, file);
  try {
    return { source: readFileSync(path, 'utf8'), path };
  } catch (e) {
    throw new InvalidInputFileError(`cannot read ${file}: ${(e as Error).message}`);
  }
}

/**
 * A program file that does not parse or check (the file as the user would name it), with
 * the code of the parser's or checker's error.
 */
class ProgramRejected extends PolyvmError {
  constructor(
    readonly file: string,
    readonly reason: string,
    code = 'AVM_CHECK',
  ) {
    super(code, /^[0-9]/.test(reason) ? `${file}:${reason}` : `${file}: ${reason}`);
  }
}

function inFile<T>(file: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof AleoParseError || e instanceof AleoCheckError)
      throw new ProgramRejected(file, e.shortMessage, e.code);
    throw e;
  }
}

/** Loads a program and, recursively, its imports from `NAME.aleo` files beside it. */
export function load(ctx: CliContext, file: string): AleoProgram {
  const { source, path } = readSource(ctx, file);
  const seen = new Map<string, AleoProgram>();
  const loading: string[] = [];
  const loadImports = (src: string, shown: string, dir: string): Map<string, AleoProgram> => {
    const ast = inFile(shown, () => parseProgram(src));
    loading.push(ast.id);
    const imports = new Map<string, AleoProgram>();
    for (const id of ast.imports) {
      let p = seen.get(id);
      if (!p) {
        const subShown = join(dirname(file), id);
        if (loading.includes(id))
          throw new ProgramRejected(subShown, `import cycle: ${[...loading, id].join(' -> ')}`);
        const sub = readSource(ctx, join(dir, id));
        const subImports = loadImports(sub.source, subShown, dir);
        p = inFile(subShown, () => AleoProgram.parse(sub.source, subImports));
        if (p.id !== id) throw new ProgramRejected(subShown, `declares program '${p.id}', not '${id}'`);
        seen.set(id, p);
      }
      imports.set(id, p);
      for (const [k, v] of p.imports) imports.set(k, v);
    }
    loading.pop();
    return imports;
  };
  const imports = loadImports(source, file, dirname(path));
  return inFile(file, () => checkProgram(source, imports));
}

export async function check(ctx: CliContext, file: string, opts: JsonOpt): Promise<number> {
  let p: AleoProgram;
  try {
    p = load(ctx, file);
  } catch (e) {
    // The program's errors are what `check` reports: exit 1, `file:line:column: reason`.
    if (!(e instanceof ProgramRejected)) throw e;
    if (opts.json) printJson(ctx, errorDocument(e.code, e.reason, { file: e.file }));
    else ctx.io.err(`${e.message}\n`);
    return EXIT_FAILED;
  }
  if (opts.json) printJson(ctx, { status: 'success' });
  else
    ctx.io.out(
      `${p.id}: ok (${p.ast.functions.size} functions, ${p.ast.closures.size} closures, ${p.ast.mappings.size} mappings)\n`,
    );
  return EXIT_OK;
}

/** An execution's result; a halt (the only error a RunResult carries) exits 1. */
function report(ctx: CliContext, r: RunResult, opts: JsonOpt): number {
  if (opts.json) printJson(ctx, r.status === 'success' ? r : errorDocument(HALT_CODE, r.error));
  else if (r.status === 'success') for (const o of r.outputs) ctx.io.out(`${o}\n`);
  else ctx.io.err(`execution failed: ${r.error}\n`);
  return r.status === 'success' ? EXIT_OK : EXIT_FAILED;
}

export async function run(
  ctx: CliContext,
  file: string,
  fn: string,
  inputs: string[],
  opts: JsonOpt & SignerOpt & { constraints?: boolean },
): Promise<number> {
  const program = load(ctx, file);
  const r = runFn(program, fn, inputs, signer(opts));
  if (opts.constraints && r.status === 'success') {
    const { circuitFor } = await import('./aleo-circuit.js');
    const c = circuitFor(program, fn, inputs, signer(opts).privateKey);
    if (opts.json) return report(ctx, { ...r, circuit: c } as RunResult, opts);
    const code = report(ctx, r, opts);
    ctx.io.out(
      'error' in c
        ? `constraints: ${c.error}\n`
        : `constraints ${c.constraints}, public inputs ${c.publicInputs}, private variables ${c.privateVariables}, circuit ${c.circuitId}\n`,
    );
    return code;
  }
  return report(ctx, r, opts);
}

/** `--height N`: a block height (a u32), or undefined when the option is absent. */
export function parseHeight(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[0-9]+$/.test(text) || Number(text) > 0xffff_ffff)
    throw new InvalidArgumentError(`--height must be an integer from 0 to 4294967295, found '${text}'`);
  return Number(text);
}

export async function execute(
  ctx: CliContext,
  file: string,
  fn: string,
  inputs: string[],
  opts: JsonOpt & SignerOpt & { state: string; prove?: boolean; height?: string },
): Promise<number> {
  const height = parseHeight(opts.height);
  const program = load(ctx, file);
  if (!program.ast.functions.has(fn))
    throw new AleoValueError(`program '${program.id}' has no function '${fn}'`);
  const keys = signer(opts);
  // --prove: refuse what cannot be proven and load the SRS before anything is stored; the
  // request nonce is chosen here so that the circuit's witness is the stored transition's.
  const prover = opts.prove
    ? await (await import('./aleo-prove.js')).prepare(program, fn, keys, height)
    : undefined;
  if (needsVaruna(program)) await initVaruna();
  const store = new LmdbStore(cliPath(ctx, opts.state), { create: true });
  try {
    const state = aleoState(store);
    // Execute and flush under the store's writer lock: a finalize's read-modify-write cannot
    // interleave with another process's (docs/state.md). Only deployed programs run.
    // The ledger: the execution becomes the next block, written in the same flush as its
    // mapping changes; its proof is made against the global state root before that block.
    let ledgerBefore: { root: bigint; blocks: number } | undefined;
    const r = state.exclusive(() => {
      requireDeployed(state, program);
      // Record inputs must be records the ledger holds (or that the execution itself makes).
      const ledger = aleoLedger(state);
      const r = executeFn(program, fn, inputs, state, {
        ...(prover?.options ?? keys),
        blockHeight: height,
        ledger,
      });
      if (r.status === 'success') {
        ledgerBefore = { root: ledger.stateRoot(), blocks: ledger.height() };
        if (r.transitions) ledger.appendExecution(r.transitions);
        state.flush();
      }
      return r;
    });
    if (prover && r.status === 'success' && ledgerBefore)
      return prover.prove(ctx, inputs, r, opts, store, ledgerBefore.root);
    return report(ctx, r, opts);
  } finally {
    await store.close();
  }
}

export async function mapping(
  ctx: CliContext,
  program: string,
  name: string,
  key: string,
  opts: JsonOpt & { state: string },
): Promise<number> {
  if (!isProgramId(program))
    throw new InvalidArgumentError(`invalid program id '${program}' (expected NAME.aleo, NAME lowercase)`);
  if (!isIdentifier(name)) throw new InvalidArgumentError(`invalid mapping name '${name}'`);
  const k = parsePlaintext(key);
  const store = new LmdbStore(cliPath(ctx, opts.state), { readOnly: true });
  try {
    const v = readMapping(store, program, name, k);
    const text = v === undefined ? null : plaintextToText(v);
    if (opts.json) printJson(ctx, { program, mapping: name, key: plaintextToText(k), value: text });
    else ctx.io.out(`${text ?? 'null'}\n`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

export async function account(ctx: CliContext, opts: JsonOpt & { privateKey?: string }): Promise<number> {
  const privateKey = opts.privateKey ?? DEV_PRIVATE_KEY;
  const a = parsePrivateKey(privateKey);
  const out = { privateKey, viewKey: viewKeyToString(a.viewKey), address: addressToText(a.address) };
  if (opts.json) printJson(ctx, out);
  else
    ctx.io.out(`private key  ${out.privateKey}\nview key     ${out.viewKey}\naddress      ${out.address}\n`);
  return EXIT_OK;
}

export async function decrypt(
  ctx: CliContext,
  record: string,
  opts: JsonOpt & { viewKey?: string },
): Promise<number> {
  const viewKey =
    opts.viewKey === undefined ? parsePrivateKey(DEV_PRIVATE_KEY).viewKey : parseViewKey(opts.viewKey);
  const text = valueToText(decryptRecord(parseRecordCiphertext(record), viewKey));
  if (opts.json) printJson(ctx, { record: text });
  else ctx.io.out(`${text}\n`);
  return EXIT_OK;
}

/** `aleo ledger`: the stored blocks' count, the global state root and the latest block hash. */
export async function ledger(ctx: CliContext, opts: JsonOpt & { state: string }): Promise<number> {
  const store = new LmdbStore(cliPath(ctx, opts.state), { readOnly: true });
  try {
    const l = aleoLedger(store);
    const height = l.height();
    const last = height > 0 ? l.block(height - 1) : undefined;
    const out = {
      blocks: height,
      global_state_root: stateRootToString(l.stateRoot()),
      latest_block_hash: last ? blockHashToString(last.hash) : null,
    };
    if (opts.json) printJson(ctx, out);
    else
      ctx.io.out(
        `blocks             ${out.blocks}\nglobal state root  ${out.global_state_root}\nlatest block hash  ${out.latest_block_hash ?? '-'}\n`,
      );
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

/** `aleo state-path COMMITMENT`: the record commitment's StatePath (`path1…`) under the current root. */
export async function statePath(
  ctx: CliContext,
  commitment: string,
  opts: JsonOpt & { state: string },
): Promise<number> {
  const m = /^(\d+)field$/.exec(commitment);
  if (!m)
    throw new InvalidArgumentError(`the commitment must be a field literal (…field), found '${commitment}'`);
  const store = new LmdbStore(cliPath(ctx, opts.state), { readOnly: true });
  try {
    const p = aleoLedger(store).statePath(BigInt(m[1] as string));
    if (!p) throw new AleoLedgerError(`Commitment '${commitment}' does not exist`);
    const out = {
      commitment,
      global_state_root: stateRootToString(p.globalStateRoot),
      state_path: statePathToString(p),
    };
    if (opts.json) printJson(ctx, out);
    else ctx.io.out(`${out.state_path}\n`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
