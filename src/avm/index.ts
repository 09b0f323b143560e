/**
 * polyvm/avm: the Aleo VM's execution half. Parse and check Aleo instructions programs,
 * evaluate functions (`run`), and execute them with their finalize over the mappings
 * of the shared state store (`execute`).
 */
import { JournaledCache } from '../state/journaled-cache.js';
import type { KVStore } from '../state/store.js';
import { GENERATOR } from './arith/curve.js';
import { AleoHalt } from './errors.js';
import { runFinalize } from './finalize.js';
import { AleoProgram, parseInputs, runFunction } from './process.js';
import { valueToText } from './text/value.js';
import type { AffinePoint } from './values.js';

export { AleoCheckError, AleoHalt, AleoParseError, AleoValueError } from './errors.js';
export { mappingKey, readMapping, runFinalize } from './finalize.js';
export { parseProgram } from './parser/program.js';
export { AleoProgram, parseInputs, runFunction } from './process.js';
export { addressFromText, addressToText, literalToText, parseLiteral } from './text/literal.js';
export { parsePlaintext, plaintextToText, valueToText } from './text/value.js';
export type * from './types.js';
export type * from './values.js';

export type RunResult = { status: 'success'; outputs: string[] } | { status: 'error'; error: string };

export interface RunOptions {
  /** self.signer / self.caller; defaults to the generator's address. */
  signer?: AffinePoint;
}

/** Parses and checks `source`; throws AleoParseError / AleoCheckError. */
export function checkProgram(
  source: string,
  imports: ReadonlyMap<string, AleoProgram> = new Map(),
): AleoProgram {
  return AleoProgram.parse(source, imports);
}

/** Evaluates `fn` on text inputs: a halt (overflow, failed assert) is an error result. */
export function run(
  program: AleoProgram,
  fn: string,
  inputs: readonly string[],
  opts: RunOptions = {},
): RunResult {
  const args = parseInputs(program, fn, inputs);
  const signer = opts.signer ?? GENERATOR;
  try {
    const r = runFunction(program, fn, args, { signer }, signer);
    return { status: 'success', outputs: r.outputs.map(valueToText) };
  } catch (e) {
    if (e instanceof AleoHalt) return { status: 'error', error: e.shortMessage };
    throw e;
  }
}

export interface ExecuteOptions extends RunOptions {
  blockHeight?: number;
  networkId?: number;
}

/**
 * Runs `fn` and then its finalize against `state`, atomically: on any failure no mapping
 * changes. The caller flushes the cache (or a whole block of executions) to the store.
 */
export function execute(
  program: AleoProgram,
  fn: string,
  inputs: readonly string[],
  state: JournaledCache,
  opts: ExecuteOptions = {},
): RunResult {
  const args = parseInputs(program, fn, inputs);
  const signer = opts.signer ?? GENERATOR;
  try {
    const r = runFunction(program, fn, args, { signer }, signer);
    if (r.future)
      runFinalize(program, r.future, {
        state,
        blockHeight: opts.blockHeight ?? 0,
        networkId: opts.networkId ?? 0,
      });
    return { status: 'success', outputs: r.outputs.map(valueToText) };
  } catch (e) {
    if (e instanceof AleoHalt) return { status: 'error', error: e.shortMessage };
    throw e;
  }
}

/** A journaled cache over `store` for a sequence of executions. */
export function aleoState(store: KVStore): JournaledCache {
  return new JournaledCache(store);
}
