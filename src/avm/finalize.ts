/**
 * Finalize (snarkVM's FinalizeTypes / finalize evaluation): the on-chain part of a function,
 * run over the mappings in the shared state store under `aleo/`. The whole finalize,
 * with every future it awaits, runs inside one checkpoint of the journaled cache: when
 * any command halts, every mapping is left as it was.
 */
import { utf8ToBytes } from '../core/bytes.js';
import type { JournaledCache } from '../state/journaled-cache.js';
import { namespacedKey } from '../state/namespaces.js';
import type { Command, FinalizeDef } from './ast.js';
import { ChaCha20Rng } from './chacha/chacha20.js';
import { sampleLiteral } from './chacha/sample.js';
import { finalizeRandomSeed, randChaChaSeed } from './chacha/seed.js';
import { valuesEqual } from './equality.js';
import { AleoHalt } from './errors.js';
import { type AleoProgram, Frame, step } from './process.js';
import { parsePlaintext, plaintextToText } from './text/value.js';
import { conformsTo } from './transition/inputs.js';
import { type FutureValue, plaintextTypeToString, type Value } from './types.js';
import type { Literal, Plaintext } from './values.js';

export interface FinalizeEnv {
  readonly state: JournaledCache;
  readonly blockHeight: number;
  readonly networkId: number;
  /** FinalizeGlobalState's block round (snarkVM); 0 when absent. */
  readonly blockRound?: bigint;
  /**
   * FinalizeGlobalState's 32-byte random seed (see `finalizeRandomSeed`). When absent it is
   * derived from round and height with zero cumulative weight, proof target and previous hash.
   */
  readonly randomSeed?: Uint8Array;
  /** The id of the transition whose future runs (a field element); 0 when absent. */
  readonly transitionId?: bigint;
  /**
   * The transitions each transition called, in call order (snarkVM's call graph): the k-th
   * `await` of a finalize runs with the id of the k-th child. Absent ids count as 0.
   */
  readonly callGraph?: ReadonlyMap<bigint, readonly bigint[]>;
}

/** The store key of `mapping[key]` of `program`: `aleo/<program>/<mapping>/<key text>`. */
export function mappingKey(program: string, mapping: string, key: Plaintext): Uint8Array {
  return namespacedKey('avm', `${program}/${mapping}/${plaintextToText(key)}`);
}

export function readMapping(
  state: Pick<JournaledCache, 'get'>,
  program: string,
  mapping: string,
  key: Plaintext,
): Plaintext | undefined {
  const bytes = state.get(mappingKey(program, mapping, key));
  return bytes === undefined ? undefined : parsePlaintext(new TextDecoder().decode(bytes));
}

/** Runs the finalize of `future` (and every future it awaits) atomically. */
export function runFinalize(program: AleoProgram, future: FutureValue, env: FinalizeEnv): void {
  env.state.atomically(() => finalizeOne(program, future, env, env.transitionId ?? 0n));
}

function finalizeOne(root: AleoProgram, future: FutureValue, env: FinalizeEnv, transitionId: bigint): void {
  const program = root.resolve(future.program);
  const f = program.ast.functions.get(future.function)?.finalize;
  if (!f) throw new AleoHalt(`'${future.program}/${future.function}' has no finalize`);
  runCommands(program, f, future.arguments, env, transitionId);
}

class FinalizeFrame extends Frame {
  override readonly inFinalize = true;
  constructor(
    program: AleoProgram,
    private readonly env: FinalizeEnv,
  ) {
    super(program, { signer: { x: 0n, y: 1n } }, { x: 0n, y: 1n });
  }
  override load(o: Parameters<Frame['load']>[0]): Value {
    if (o.kind === 'block_height')
      return { kind: 'literal', literal: { type: 'u32', value: BigInt(this.env.blockHeight) } };
    if (o.kind === 'network_id')
      return { kind: 'literal', literal: { type: 'u16', value: BigInt(this.env.networkId) } };
    if (o.kind === 'signer' || o.kind === 'caller')
      throw new AleoHalt(`self.${o.kind} is not available in finalize`);
    return super.load(o);
  }
}

function asPlain(v: Value): Plaintext {
  if (v.kind === 'record' || v.kind === 'future') throw new AleoHalt('expected a plaintext');
  return v;
}

/** A mapping's key or value about to be written, of the mapping's declared type or a halt. */
function typed(program: AleoProgram, mapping: string, part: 'key' | 'value', v: Value): Plaintext {
  const def = program.ast.mappings.get(mapping);
  if (!def) throw new AleoHalt(`mapping '${program.id}/${mapping}' is not declared`);
  const p = asPlain(v);
  const why = conformsTo(program.ast, p, def[part]);
  if (why !== undefined)
    throw new AleoHalt(
      `the ${part} ${plaintextToText(p)} is not a ${plaintextTypeToString(def[part])} (mapping '${program.id}/${mapping}'): ${why}`,
    );
  return p;
}

function runCommands(
  program: AleoProgram,
  f: FinalizeDef,
  args: readonly Value[],
  env: FinalizeEnv,
  transitionId: bigint,
): void {
  const frame = new FinalizeFrame(program, env);
  f.inputs.forEach((inp, i) => {
    frame.regs[inp.register] = args[i]!;
  });
  let pc = 0;
  let calls = 0;
  const seen = new Set<number>();
  while (pc < f.commands.length) {
    const c: Command = f.commands[pc]!;
    pc++;
    switch (c.kind) {
      case 'instruction':
        step(frame, c.instruction);
        break;
      case 'get':
      case 'get.or_use':
      case 'contains': {
        const owner = c.mapping.program ?? program.id;
        const key = asPlain(frame.load(c.key));
        const value = readMapping(env.state, owner, c.mapping.name, key);
        if (c.kind === 'contains')
          frame.regs[c.destination] = {
            kind: 'literal',
            literal: { type: 'boolean', value: value !== undefined },
          };
        else if (value !== undefined) frame.regs[c.destination] = value;
        else if (c.kind === 'get.or_use') frame.regs[c.destination] = frame.load(c.fallback);
        else
          throw new AleoHalt(
            `key ${plaintextToText(key)} is not present in mapping '${owner}/${c.mapping.name}'`,
          );
        break;
      }
      case 'set': {
        const key = typed(program, c.mapping, 'key', frame.load(c.key));
        const value = typed(program, c.mapping, 'value', frame.load(c.value));
        env.state.put(mappingKey(program.id, c.mapping, key), utf8ToBytes(plaintextToText(value)));
        break;
      }
      case 'remove':
        env.state.delete(
          mappingKey(program.id, c.mapping, typed(program, c.mapping, 'key', frame.load(c.key))),
        );
        break;
      case 'rand.chacha':
        frame.regs[c.destination] = {
          kind: 'literal',
          literal: randChaCha(c, frame, env, { program: program.id, fn: f.name, transitionId }),
        };
        break;
      case 'branch.eq':
      case 'branch.neq': {
        const eq = valuesEqual(frame.load(c.first), frame.load(c.second));
        if (eq === (c.kind === 'branch.eq')) pc = f.positions.get(c.label)!;
        break;
      }
      case 'position':
        break;
      case 'await': {
        if (seen.has(c.register)) throw new AleoHalt(`future r${c.register} is awaited twice`);
        seen.add(c.register);
        const fut = frame.regs[c.register];
        if (fut?.kind !== 'future') throw new AleoHalt(`r${c.register} is not a future`);
        const child = env.callGraph?.get(transitionId)?.[calls] ?? 0n;
        calls++;
        finalizeOne(program, fut, env, child);
        break;
      }
    }
  }
  // snarkVM finalize_transition: a future input skipped by a branch rejects the execution.
  const unawaited = f.inputs.filter((i) => i.type.kind === 'future' && !seen.has(i.register));
  if (unawaited.length > 0)
    throw new AleoHalt(
      `The following future registers have not been awaited: ${unawaited.map((i) => `r${i.register}`).join(', ')}`,
    );
}

/**
 * `rand.chacha` (snarkVM RandChaCha::finalize): a ChaCha20Rng seeded with the BHP1024 hash
 * of the block's random seed, the transition id, program, function, destination register and
 * type and the extra operands, then one `Uniform::rand` of the destination type.
 */
function randChaCha(
  c: Extract<Command, { kind: 'rand.chacha' }>,
  frame: Frame,
  env: FinalizeEnv,
  at: { program: string; fn: string; transitionId: bigint },
): Literal {
  const seeds = c.operands.map((o) => {
    const v = frame.load(o);
    if (v.kind === 'future' || v.kind === 'record')
      throw new AleoHalt(`rand.chacha: a ${v.kind} seed is not supported`);
    return v;
  });
  if (c.type === 'signature' || c.type === 'string')
    throw new AleoHalt(`Cannot 'rand.chacha' into a '${c.type}'`);
  const seed = randChaChaSeed({
    randomSeed: env.randomSeed ?? defaultSeed(env),
    transitionId: at.transitionId,
    programId: at.program,
    functionName: at.fn,
    destination: c.destination,
    type: c.type,
    seeds,
  });
  return sampleLiteral(new ChaCha20Rng(seed), c.type);
}

function defaultSeed(env: FinalizeEnv): Uint8Array {
  return finalizeRandomSeed({
    round: env.blockRound ?? 0n,
    height: env.blockHeight,
    cumulativeWeight: 0n,
    cumulativeProofTarget: 0n,
    previousBlockHash: 0n,
  });
}
