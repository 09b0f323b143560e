/**
 * Execution (snarkVM's Process/Stack evaluate): runs a function or closure on inputs in
 * Aleo's text form, one instruction after another over a register file, with `call` of
 * closures and imported functions and `async` building the future that finalize runs.
 */

import type { Account } from './account/keys.js';
import type { ClosureDef, FunctionDef, Instruction, Operand, ProgramAst } from './ast.js';
import { Checker } from './checker.js';
import { poseidonHashToGroup } from './crypto/index.js';
import { AleoHalt, AleoValueError } from './errors.js';
import { literalOf } from './instructions/spec.js';
import { parseProgram } from './parser/program.js';
import {
  buildTransition,
  type RequestRandomness,
  signRequest,
  type Transition,
} from './transition/request.js';
import type { FutureValue, Value } from './types.js';
import type { AffinePoint } from './values.js';

/** A parsed and checked program, with the programs it imports. */
export class AleoProgram {
  constructor(
    readonly ast: ProgramAst,
    readonly imports: ReadonlyMap<string, AleoProgram> = new Map(),
  ) {
    new Checker(ast, new Map([...imports].map(([k, v]) => [k, v.ast]))).check();
  }

  static parse(source: string, imports: ReadonlyMap<string, AleoProgram> = new Map()): AleoProgram {
    return new AleoProgram(parseProgram(source), imports);
  }

  get id(): string {
    return this.ast.id;
  }

  /** The program a locator names (this one or an import). */
  resolve(program: string | undefined): AleoProgram {
    if (program === undefined || program === this.ast.id) return this;
    const p = this.imports.get(program);
    if (!p) throw new AleoHalt(`program '${program}' is not loaded`);
    return p;
  }
}

export interface ExecutionContext {
  /** The address that signed the transaction (self.signer). */
  readonly signer: AffinePoint;
  /**
   * When present, every function call signs a request and builds its transition (snarkVM's
   * authorize): records get real nonces and the transitions are collected here, callees first.
   */
  readonly transitions?: TransitionRecorder;
}

/** The signer's keys, where request randomness comes from, and the transitions built so far. */
export interface TransitionRecorder {
  readonly account: Account;
  /** Randomness of the next request (requests are signed root first, then each call in order). */
  readonly next: () => RequestRandomness;
  readonly list: Transition[];
  /** Each transition id → the ids of the transitions it called, in call order (snarkVM's call graph). */
  readonly callGraph: Map<bigint, bigint[]>;
  readonly networkId?: number;
}

export interface FunctionResult {
  readonly outputs: readonly Value[];
  /** The future of the function's finalize, when it has one. */
  readonly future?: FutureValue;
  /** The transition of this call, when the context records transitions. */
  readonly transition?: Transition;
}

const programAddresses = new Map<string, AffinePoint>();

/** The address of a program id: snarkVM's HashToGroupPSD4([name, network]) (ProgramID::to_address). */
export function programAddress(id: string): AffinePoint {
  let a = programAddresses.get(id);
  if (!a) {
    const [name, network] = id.split('.') as [string, string];
    a = poseidonHashToGroup(4, [identifierField(name), identifierField(network)]);
    programAddresses.set(id, a);
  }
  return a;
}

/** An identifier as a field: its UTF-8 bytes read as a little-endian integer. */
function identifierField(text: string): bigint {
  let v = 0n;
  const bytes = new TextEncoder().encode(text);
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  return v;
}

export { literalOf };

export class Frame {
  readonly regs: Value[] = [];
  /** True in a finalize block (instructions snarkVM only runs there check it). */
  readonly inFinalize: boolean = false;
  /** The transitions of the functions this frame called, in call order. */
  readonly calls: Transition[] = [];
  constructor(
    readonly program: AleoProgram,
    readonly ctx: ExecutionContext,
    readonly caller: AffinePoint,
    /** The transition view key of the running function (record nonces derive from it). */
    readonly tvk?: bigint,
    /** The tvk of the root request of the execution (scm of nested requests). */
    readonly rootTvk?: bigint,
  ) {}

  load(o: Operand): Value {
    switch (o.kind) {
      case 'literal':
        return { kind: 'literal', literal: o.literal };
      case 'program_id':
        return { kind: 'literal', literal: { type: 'address', value: programAddress(o.id) } };
      case 'signer':
        return { kind: 'literal', literal: { type: 'address', value: this.ctx.signer } };
      case 'caller':
        return { kind: 'literal', literal: { type: 'address', value: this.caller } };
      case 'block_height':
      case 'network_id':
        throw new AleoHalt(`${o.kind} is only available in finalize`);
      case 'register': {
        let v = this.regs[o.index];
        if (v === undefined) throw new AleoHalt(`register r${o.index} is not set`);
        for (const a of o.path) v = access(v, a);
        return v;
      }
    }
  }
}

function access(v: Value, a: { kind: 'member'; name: string } | { kind: 'index'; index: number }): Value {
  if (a.kind === 'member') {
    if (v.kind === 'struct') {
      const m = v.members.get(a.name);
      if (m) return m;
    } else if (v.kind === 'record') {
      if (a.name === 'owner') return { kind: 'literal', literal: { type: 'address', value: v.owner.value } };
      const e = v.data.get(a.name);
      if (e) return e.value;
    }
    throw new AleoHalt(`no member '${a.name}'`);
  }
  if (v.kind === 'array' && a.index < v.elements.length) return v.elements[a.index]!;
  // `r3[0u32]` on a future reads its argument 0 (snarkVM Registers::load of a future).
  if (v.kind === 'future' && a.index < v.arguments.length) return v.arguments[a.index]!;
  throw new AleoHalt(`index ${a.index} out of bounds`);
}

/** Executes one instruction in `frame`; `fnName` names the function for `async`. */
export function step(frame: Frame, ins: Instruction, fnName?: string): void {
  const args = ins.operands.map((o) => frame.load(o));
  const outs = ins.spec.evaluate(frame, ins, args, fnName);
  ins.destinations.forEach((d, i) => {
    frame.regs[d] = outs[i]!;
  });
}

/** A closure evaluated in place (Call::evaluate): the caller's signer, caller and tvk. */
export function runClosure(parent: Frame, program: AleoProgram, c: ClosureDef, args: Value[]): Value[] {
  const frame = new Frame(program, parent.ctx, parent.caller, parent.tvk, parent.rootTvk);
  c.inputs.forEach((inp, i) => {
    frame.regs[inp.register] = args[i]!;
  });
  for (const ins of c.instructions) step(frame, ins);
  return c.outputs.map((o) => frame.load(o.operand));
}

/** Runs function `name` of `program` on already-parsed inputs. */
export function runFunction(
  program: AleoProgram,
  name: string,
  args: Value[],
  ctx: ExecutionContext,
  caller: AffinePoint,
  rootTvk?: bigint,
): FunctionResult {
  const f: FunctionDef | undefined = program.ast.functions.get(name);
  if (!f) throw new AleoValueError(`program '${program.id}' has no function '${name}'`);
  if (args.length !== f.inputs.length)
    throw new AleoValueError(`function '${name}' takes ${f.inputs.length} inputs, found ${args.length}`);
  const rec = ctx.transitions;
  const request = rec
    ? signRequest(
        rec.account,
        program.id,
        name,
        args,
        f.inputs.map((i) => i.type),
        rec.next(),
        rootTvk,
        rootTvk === undefined,
        rec.networkId,
      )
    : undefined;
  const frame = new Frame(program, ctx, caller, request?.tvk, rootTvk ?? request?.tvk);
  f.inputs.forEach((inp, i) => {
    frame.regs[inp.register] = args[i]!;
  });
  for (const ins of f.instructions) step(frame, ins, name);
  const outputs = f.outputs.map((o) => frame.load(o.operand));
  const last = outputs.at(-1);
  const future = f.finalize && last?.kind === 'future' ? last : undefined;
  if (!rec || !request) return { outputs, future };
  const registers = f.outputs.map((o) =>
    o.operand.kind === 'register' && o.operand.path.length === 0 ? o.operand.index : undefined,
  );
  const transition = buildTransition(
    request,
    outputs,
    f.outputs.map((o) => o.type),
    registers,
    rec.networkId,
  );
  rec.list.push(transition);
  rec.callGraph.set(
    transition.idField,
    frame.calls.map((t) => t.idField),
  );
  return { outputs, future, transition };
}

export { conformsTo, parseInput, parseInputs } from './transition/inputs.js';
