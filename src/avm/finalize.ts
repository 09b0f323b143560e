/**
 * Finalize (snarkVM's FinalizeTypes / finalize evaluation): the on-chain part of a function,
 * run over the mappings in the shared state store under `aleo/`. The whole finalize,
 * with every future it awaits, runs inside one checkpoint of the journaled cache: when
 * any command halts, every mapping is left as it was.
 */
import { sha3_256 } from '@noble/hashes/sha3.js';
import { utf8ToBytes } from '../core/bytes.js';
import type { JournaledCache } from '../state/journaled-cache.js';
import { namespacedKey } from '../state/namespaces.js';
import { GENERATOR, pointMul } from './arith/curve.js';
import type { Command, FinalizeDef } from './ast.js';
import { valuesEqual } from './equality.js';
import { AleoHalt } from './errors.js';
import { castLiteral } from './instructions/cast.js';
import { type AleoProgram, Frame, step } from './process.js';
import { literalToText } from './text/literal.js';
import { parsePlaintext, plaintextToText } from './text/value.js';
import type { FutureValue, Value } from './types.js';
import type { Literal, Plaintext } from './values.js';

export interface FinalizeEnv {
  readonly state: JournaledCache;
  readonly blockHeight: number;
  readonly networkId: number;
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
  env.state.atomically(() => finalizeOne(program, future, env));
}

function finalizeOne(root: AleoProgram, future: FutureValue, env: FinalizeEnv): void {
  const program = root.resolve(future.program);
  const f = program.ast.functions.get(future.function)?.finalize;
  if (!f) throw new AleoHalt(`'${future.program}/${future.function}' has no finalize`);
  runCommands(program, f, future.arguments, env);
}

class FinalizeFrame extends Frame {
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

function runCommands(program: AleoProgram, f: FinalizeDef, args: readonly Value[], env: FinalizeEnv): void {
  const frame = new FinalizeFrame(program, env);
  f.inputs.forEach((inp, i) => {
    frame.regs[inp.register] = args[i]!;
  });
  let pc = 0;
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
        const key = asPlain(frame.load(c.key));
        const value = asPlain(frame.load(c.value));
        env.state.put(mappingKey(program.id, c.mapping, key), utf8ToBytes(plaintextToText(value)));
        break;
      }
      case 'remove':
        env.state.delete(mappingKey(program.id, c.mapping, asPlain(frame.load(c.key))));
        break;
      case 'rand.chacha':
        frame.regs[c.destination] = {
          kind: 'literal',
          literal: randomLiteral(
            c.type,
            c.operands.map((o) => frame.load(o)),
            env,
          ),
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
        finalizeOne(program, fut, env);
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

let randCounter = 0n;

/**
 * `rand.chacha`: snarkVM seeds ChaCha20 from the transition's state (block, transition id);
 * here the seed is SHA3-256 of the seeds' text, the block height and a counter — a
 * deterministic stand-in, not bit-exact with snarkVM.
 */
function randomLiteral(type: Literal['type'], seeds: Value[], env: FinalizeEnv): Literal {
  randCounter++;
  const seedText = `${env.blockHeight}/${randCounter}/${seeds.map((s) => (s.kind === 'literal' ? literalToText(s.literal) : s.kind)).join(',')}`;
  const bytes = sha3_256(utf8ToBytes(seedText));
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  if (type === 'boolean') return { type, value: (v & 1n) === 1n };
  if (type === 'signature' || type === 'string') throw new AleoHalt(`rand.chacha cannot produce a ${type}`);
  if (type === 'field' || type === 'scalar') return { type, value: v >> 8n };
  if (type === 'group' || type === 'address') return { type, value: pointMul(GENERATOR, v >> 8n) };
  return castLiteral({ type: 'field', value: v >> 8n }, type, true);
}
