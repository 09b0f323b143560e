/**
 * `polyvm aleo verify EXECUTION.json --program FILE.aleo [--verifying-key FILE]
 * [--import-key LOCATOR=FILE]... [--inclusion-key FILE] [--height N] [--json]`: checks an
 * execution as snarkVM's Process::verify_execution does: first without the proof (each value
 * against its id, the transition ids, the functions' input and output kinds, one signer), then
 * the Varuna proof: each transition's public inputs against the verifying key of its function,
 * and one inclusion instance per record input against the inclusion key, all in one batch. Keys
 * not given are synthesized, for the executed program and for the programs it imports (read
 * beside it). Exit 0 valid, 1 invalid (with `--json`, `{"valid":false,"error":…}` names the
 * transition and input or output when a check fails), 2 bad input.
 */
import { readFileSync } from 'node:fs';
import {
  type ExecutionJson,
  executionFault,
  initVaruna,
  parseProof,
  parseVerifyingKey,
  synthesize,
  type VerifyingKey,
  varunaVersionAt,
  verifyExecutionProof,
} from '../../avm/index.js';
import { loadProverSrs } from '../../avm/varuna/index.js';
import { circuitSetup } from '../../avm/varuna/prover.js';
import { InvalidArgumentError, InvalidInputFileError } from '../../core/errors.js';
import { type CliContext, cliPath, EXIT_FAILED, EXIT_OK, printJson } from '../io.js';
import { load, parseHeight, readSource } from './aleo-impl.js';

interface VerifyOpts {
  program: string;
  verifyingKey?: string;
  importKey: string[];
  inclusionKey?: string;
  height?: string;
  json?: boolean;
}

function readKey(ctx: CliContext, file: string): VerifyingKey {
  return parseVerifyingKey(readSource(ctx, file).source);
}

function readExecution(ctx: CliContext, file: string): ExecutionJson {
  const path = cliPath(ctx, file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InvalidInputFileError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const x = json as Partial<ExecutionJson>;
  if (!Array.isArray(x.transitions) || typeof x.proof !== 'string')
    throw new InvalidInputFileError(`${file}: not an execution (expected "transitions" and "proof")`);
  return x as ExecutionJson;
}

export async function verify(ctx: CliContext, file: string, opts: VerifyOpts): Promise<number> {
  const execution = readExecution(ctx, file);
  const program = load(ctx, opts.program);
  const height = parseHeight(opts.height);
  const root = execution.transitions.at(-1);
  if (!root) throw new InvalidInputFileError(`${file}: the execution has no transitions`);
  if (root.program !== program.id)
    throw new InvalidArgumentError(`${file} executes ${root.program}, but --program is ${program.id}`);
  const version = height === undefined ? 2 : varunaVersionAt(height);
  const report = (valid: boolean, error?: string): number => {
    if (opts.json) printJson(ctx, error === undefined ? { valid } : { valid, error });
    else if (error !== undefined) ctx.io.out(`invalid: ${error}\n`);
    else
      ctx.io.out(
        `${valid ? 'valid' : 'invalid'} (Varuna V${version}, ${execution.transitions.length} transitions)\n`,
      );
    return valid ? EXIT_OK : EXIT_FAILED;
  };
  // The checks without the proof come first: they are cheap, and a key need not be synthesized
  // for an execution they refuse.
  const fault = executionFault(program, execution);
  if (fault) return report(false, fault.shortMessage);
  await initVaruna(); // keys and proofs are decoded into curve points
  const keys = new Map<string, VerifyingKey>();
  if (opts.verifyingKey) keys.set(`${root.program}/${root.function}`, readKey(ctx, opts.verifyingKey));
  for (const spec of opts.importKey) {
    const m = /^([a-z0-9_]+\.aleo\/[A-Za-z0-9_]+)=(.+)$/.exec(spec);
    if (!m)
      throw new InvalidArgumentError(`--import-key must be PROGRAM.aleo/FUNCTION=FILE, found '${spec}'`);
    keys.set(m[1] as string, readKey(ctx, m[2] as string));
  }
  const proof = parseProof(execution.proof);
  const inclusionKey = opts.inclusionKey ? readKey(ctx, opts.inclusionKey) : undefined;
  // Keys not given are synthesized as snarkVM's synthesize_key does: the function's circuit
  // over sampled inputs, indexed over the universal SRS (the key depends on the circuit only).
  // An imported program's functions are synthesized from that program as `load` resolved it.
  for (const t of execution.transitions) {
    const locator = `${t.program}/${t.function}`;
    if (keys.has(locator)) continue;
    const owner = t.program === program.id ? program : program.resolve(t.program);
    const synthesized = synthesize(owner, t.function);
    keys.set(
      locator,
      circuitSetup(synthesized.matrices, loadProverSrs(), BigInt(synthesized.report.variables)).vk,
    );
  }
  return report(verifyExecutionProof(program, execution, keys, proof, { version, inclusionKey }));
}
