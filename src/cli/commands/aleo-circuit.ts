/**
 * `polyvm aleo synthesize FILE FUNCTION [inputs…]`: a function's R1CS as snarkVM synthesizes it
 * (constraints, public inputs, private variables, non-zero entries, circuit id). Exit 0 ok;
 * 1 a program that does not check or a circuit snarkVM would refuse; 2 bad input.
 */
import {
  AleoDeployError,
  type AleoProgram,
  AleoValueError,
  aleoState,
  CircuitHalt,
  type CircuitReport,
  DEV_PRIVATE_KEY,
  type DeployResult,
  deployProgram,
  firstUnsatisfied,
  parseInputs,
  parsePrivateKey,
  synthesize as synthesizeFn,
} from '../../avm/index.js';
import { LmdbStore } from '../../state/index.js';
import { type CliContext, cliPath, EXIT_FAILED, EXIT_OK, errorDocument, printJson } from '../io.js';
import { load } from './aleo-impl.js';

interface Opts {
  json?: boolean;
  privateKey?: string;
}

/** The fields `--json` prints, in this order (the issue's contract). */
export function reportJson(r: CircuitReport) {
  return {
    program: r.program,
    function: r.function,
    constraints: r.constraints,
    publicInputs: r.publicInputs,
    privateVariables: r.privateVariables,
    constants: r.constants,
    variables: r.variables,
    nonZero: r.nonZero,
    circuitId: r.circuitId,
  };
}

export function reportTable(r: CircuitReport): string {
  const rows = [
    ['request', r.parts.request],
    ['function', r.parts.function],
    ['response', r.parts.response],
    ['total', r.constraints],
  ] as const;
  const lines = [`${r.program}/${r.function}`, 'part      constraints'];
  for (const [k, v] of rows) lines.push(`${k.padEnd(9)} ${String(v).padStart(11)}`);
  lines.push(
    `public inputs ${r.publicInputs}, private variables ${r.privateVariables}, constants ${r.constants}`,
  );
  lines.push(`variables ${r.variables} (snarkVM's num_variables: constants, public, private)`);
  lines.push(`non-zero A ${r.nonZero.a}, B ${r.nonZero.b}, C ${r.nonZero.c}`);
  lines.push(`circuit id ${r.circuitId}`);
  return `${lines.join('\n')}\n`;
}

export async function synthesize(
  ctx: CliContext,
  file: string,
  fn: string,
  inputs: string[],
  opts: Opts,
): Promise<number> {
  const program = load(ctx, file);
  const privateKey = opts.privateKey ?? DEV_PRIVATE_KEY;
  const account = parsePrivateKey(privateKey);
  if (!program.ast.functions.has(fn))
    throw new AleoValueError(`program '${program.id}' has no function '${fn}'`);
  const given = inputs.length > 0 ? parseInputs(program, fn, inputs, account.viewKey) : undefined;
  try {
    const s = synthesizeFn(program, fn, { inputs: given, privateKey });
    if (given && firstUnsatisfied(s.matrices, s.assignment) >= 0)
      return circuitError(ctx, opts, `'${program.id}/${fn}' is not satisfied on the given inputs`);
    if (opts.json) printJson(ctx, reportJson(s.report));
    else ctx.io.out(reportTable(s.report));
    return EXIT_OK;
  } catch (e) {
    if (e instanceof CircuitHalt) return circuitError(ctx, opts, e.shortMessage);
    throw e;
  }
}

/** `polyvm aleo deploy FILE [--state DIR]`: stores the program (imports deployed first) with its circuits. */
export async function deploy(ctx: CliContext, file: string, opts: Opts & { state: string }): Promise<number> {
  const program = load(ctx, file);
  const store = new LmdbStore(cliPath(ctx, opts.state), { create: true });
  try {
    const state = aleoState(store);
    let r: DeployResult;
    try {
      // Under the store's writer lock: two deploys of one id cannot both succeed (docs/state.md).
      r = state.exclusive(() => {
        const r = deployProgram(state, program);
        state.flush();
        return r;
      });
    } catch (e) {
      if (!(e instanceof AleoDeployError)) throw e;
      if (opts.json) printJson(ctx, errorDocument(e.code, e.shortMessage));
      else ctx.io.err(`polyvm: deploy failed: ${e.shortMessage}\n`);
      return EXIT_FAILED;
    }
    const d = r.deployment;
    if (opts.json)
      printJson(ctx, { status: r.status, program: d.program, edition: d.edition, functions: d.functions });
    else {
      ctx.io.out(`${d.program}: ${r.status} (edition ${d.edition})\n`);
      for (const [name, c] of Object.entries(d.functions))
        ctx.io.out(
          `  ${name.padEnd(28)} ${c.circuitId ? `${c.constraints} constraints, circuit ${c.circuitId}` : `no circuit: ${c.unsupported}`}\n`,
        );
    }
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

/** The circuit of a run (`aleo run --constraints`): the report's fields, or why there is none. */
export function circuitFor(program: AleoProgram, fn: string, texts: string[], privateKey: string) {
  try {
    const inputs = parseInputs(program, fn, texts, parsePrivateKey(privateKey).viewKey);
    return reportJson(synthesizeFn(program, fn, { inputs, privateKey }).report);
  } catch (e) {
    if (e instanceof CircuitHalt) return { error: e.shortMessage };
    throw e;
  }
}

function circuitError(ctx: CliContext, opts: Opts, error: string): number {
  if (opts.json) printJson(ctx, errorDocument('AVM_CIRCUIT', error));
  else ctx.io.err(`polyvm: synthesis failed: ${error}\n`);
  return EXIT_FAILED;
}
