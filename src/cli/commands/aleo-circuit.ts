/**
 * `polyvm aleo synthesize FILE FUNCTION [inputs…]`: a function's R1CS as snarkVM synthesizes it
 * (constraints, public inputs, private variables, non-zero entries, circuit id). Exit 0 ok;
 * 1 a program that does not check or a circuit snarkVM would refuse; 2 bad input.
 */
import {
  type AleoProgram,
  CircuitHalt,
  type CircuitReport,
  DEV_PRIVATE_KEY,
  firstUnsatisfied,
  parseInputs,
  parsePrivateKey,
  synthesize as synthesizeFn,
} from '../../avm/index.js';
import { type CliContext, EXIT_FAILED, EXIT_OK, printJson } from '../io.js';
import { load, rejected } from './aleo-impl.js';

interface Opts {
  json?: boolean;
  privateKey?: string;
}

/** The fields `--json` prints, in this order (the contract). */
export function reportJson(r: CircuitReport) {
  return {
    program: r.program,
    function: r.function,
    constraints: r.constraints,
    publicInputs: r.publicInputs,
    privateVariables: r.privateVariables,
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
  lines.push(`public inputs ${r.publicInputs}, private variables ${r.privateVariables}`);
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
  let program: AleoProgram;
  try {
    program = load(ctx, file);
  } catch (e) {
    return rejected(ctx, e, opts);
  }
  const privateKey = opts.privateKey ?? DEV_PRIVATE_KEY;
  const account = parsePrivateKey(privateKey);
  const given = inputs.length > 0 ? parseInputs(program, fn, inputs, account.viewKey) : undefined;
  if (!program.ast.functions.has(fn))
    return circuitError(ctx, opts, `program '${program.id}' has no function '${fn}'`);
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

function circuitError(ctx: CliContext, opts: Opts, error: string): number {
  if (opts.json) printJson(ctx, { status: 'error', code: 'ALEO_CIRCUIT_HALT', error });
  else ctx.io.err(`synthesis failed: ${error}\n`);
  return EXIT_FAILED;
}
