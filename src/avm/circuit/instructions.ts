/**
 * Instructions in circuit mode (snarkVM synthesizer/program/src/logic/instruction, `execute`):
 * registers hold circuit values; loads clone (Rust's Clone), literals and program ids are
 * constants, self.signer and self.caller the request's circuits.
 */
import type { Access, Instruction, Operand } from '../ast.js';
import { generatorPoint } from '../crypto/curve.js';
import { COMMIT_OPCODES, HASH_OPCODES } from '../instructions/crypto-ops.js';
import { type AleoProgram, programAddress } from '../process.js';
import type { LiteralType } from '../values.js';
import { gScalarMultiply } from './account.js';
import { type CallContext, callFunction } from './call.js';
import { castLiteral } from './cast.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';
import { Grp } from './group.js';
import { commitValue, hashValue } from './hash.js';
import { hashToScalarPsd } from './poseidon.js';
import { type CEntry, injectVersion, recordOwnerEntry } from './record.js';
import { type CPlaintext, type CValue, cloneValue, injectLiteral, literalOf, valueFields } from './value.js';

export interface Registers {
  readonly values: Map<number, CValue>;
  readonly signer: Grp;
  readonly caller: Grp;
  readonly program: AleoProgram;
  readonly tvk: Fld;
  /** For calls of other programs' functions (nested requests). */
  readonly call?: CallContext;
}

const cloneGroup = (g: Grp): Grp => new Grp(g.x.clone(), g.y.clone());

export function loadOperand(regs: Registers, op: Operand): CValue {
  switch (op.kind) {
    case 'literal':
      return { kind: 'literal', literal: injectLiteral('constant', op.literal) };
    case 'program_id':
      return { kind: 'literal', literal: { type: 'address', g: Grp.constant(programAddress(op.id)) } };
    case 'signer':
      return { kind: 'literal', literal: { type: 'address', g: cloneGroup(regs.signer) } };
    case 'caller':
      return { kind: 'literal', literal: { type: 'address', g: cloneGroup(regs.caller) } };
    case 'register': {
      let v = regs.values.get(op.index);
      if (!v) throw new CircuitHalt(`register r${op.index} is not set`);
      let path = op.path;
      if (v.kind === 'record' && path.length > 0) {
        const [first, ...rest] = path as [Access, ...Access[]];
        if (first.kind !== 'member') throw new CircuitHalt('Attempted to index into a record');
        if (first.name === 'owner' && rest.length === 0) return recordOwnerEntry(v);
        const entry = v.data.get(first.name);
        if (!entry) throw new CircuitHalt(`Record entry \`${first.name}\` not found.`);
        v = entry.value;
        path = rest;
      }
      for (const a of path) {
        if (v.kind === 'struct' && a.kind === 'member') v = v.members.get(a.name) as CPlaintext;
        else if (v.kind === 'array' && a.kind === 'index') v = v.elements[a.index] as CPlaintext;
        else throw new CircuitHalt(`cannot access r${op.index}`);
        if (!v) throw new CircuitHalt(`cannot access r${op.index}`);
      }
      return cloneValue(v);
    }
    default:
      throw new CircuitHalt(`Illegal operation: cannot retrieve ${op.kind} in a function scope`);
  }
}

export function executeInstruction(regs: Registers, ins: Instruction): void {
  const synthesize = ins.spec.synthesize;
  if (synthesize) {
    const outs = synthesize(regs, ins);
    ins.destinations.forEach((d, i) => {
      regs.values.set(d, outs[i] as CValue);
    });
    return;
  }
  const handler = HANDLERS[ins.opcode];
  if (!handler) throw new CircuitHalt(`'${ins.opcode}' is not supported in circuits yet`);
  handler(regs, ins);
}

type Handler = (regs: Registers, ins: Instruction) => void;

const lit = (regs: Registers, o: Operand | undefined) => literalOf(loadOperand(regs, o as Operand));
const store = (regs: Registers, ins: Instruction, v: CValue) =>
  regs.values.set(ins.destinations[0] as number, v);

const HANDLERS: Record<string, Handler> = {
  cast: (regs, ins) => cast(regs, ins, false),
  'cast.lossy': (regs, ins) => cast(regs, ins, true),
  call: (regs, ins) => call(regs, ins),
  ...Object.fromEntries(
    HASH_OPCODES.map((v) => [
      v,
      (regs: Registers, ins: Instruction) => {
        const input = loadOperand(regs, ins.operands[0] as Operand);
        store(regs, ins, {
          kind: 'literal',
          literal: hashValue(ins.opcode, input, literalTarget(ins), generator()),
        });
      },
    ]),
  ),
  ...Object.fromEntries(
    COMMIT_OPCODES.map((v) => [
      v,
      (regs: Registers, ins: Instruction) => {
        const input = loadOperand(regs, ins.operands[0] as Operand);
        const r = lit(regs, ins.operands[1]);
        if (r.type !== 'scalar')
          throw new CircuitHalt('Invalid randomizer type for the commit execution, expected a scalar');
        store(regs, ins, {
          kind: 'literal',
          literal: commitValue(ins.opcode, input, r.s, literalTarget(ins), generator()),
        });
      },
    ]),
  ),
  // SignVerify::execute: signature.verify(address, message.to_fields()).
  'sign.verify': (regs, ins) => {
    const sig = lit(regs, ins.operands[0]);
    if (sig.type !== 'signature') throw new CircuitHalt('Expected the first operand to be a signature.');
    const address = lit(regs, ins.operands[1]);
    if (address.type !== 'address') throw new CircuitHalt('Expected the second operand to be an address.');
    const message = valueFields(loadOperand(regs, ins.operands[2] as Operand));
    store(regs, ins, {
      kind: 'literal',
      literal: { type: 'boolean', b: sig.sig.verify(address.g, message) },
    });
  },
  async: (regs, ins) => {
    const args = ins.operands.map((o) => {
      const v = loadOperand(regs, o);
      if (v.kind === 'record') throw new CircuitHalt('Cannot pass a record into an `async` instruction');
      return v;
    });
    regs.values.set(ins.destinations[0] as number, {
      kind: 'future',
      program: regs.program.id,
      function: ins.callee?.name ?? '',
      arguments: args,
    });
  },
};

function literalTarget(ins: Instruction): LiteralType {
  const t = ins.castType;
  if (t?.kind !== 'plaintext' || t.type.kind !== 'literal')
    throw new CircuitHalt(`'${ins.opcode}' needs a literal destination type`);
  return t.type.type;
}

let gen: Grp | undefined;
const generator = (): Grp => {
  gen ??= Grp.constant(generatorPoint());
  return gen;
};

/** `call` of a closure: its instructions over fresh registers (no request, no transition). */
function call(regs: Registers, ins: Instruction): void {
  const callee = ins.callee;
  if (!callee) throw new CircuitHalt('call without a callee');
  const program = regs.program.resolve(callee.program);
  const closure = program.ast.closures.get(callee.name);
  if (!closure) {
    if (program === regs.program)
      throw new CircuitHalt(
        `Cannot call '${callee.name}'. Use a closure ('closure ${callee.name}:') instead.`,
      );
    if (!regs.call)
      throw new CircuitHalt(`calling '${program.id}/${callee.name}' needs the signer's request`);
    const operands = ins.operands.map((o) => loadOperand(regs, o));
    const outputs = callFunction(regs.call, regs.program, program, callee.name, operands);
    outputs.forEach((v, i) => {
      regs.values.set(ins.destinations[i] as number, v);
    });
    return;
  }
  const inner: Registers = { ...regs, values: new Map(), program };
  closure.inputs.forEach((input, i) => {
    inner.values.set(input.register, loadOperand(regs, ins.operands[i] as Operand));
  });
  for (const i of closure.instructions) executeInstruction(inner, i);
  closure.outputs.forEach((o, i) => {
    regs.values.set(ins.destinations[i] as number, loadOperand(inner, o.operand));
  });
}

function cast(regs: Registers, ins: Instruction, lossy: boolean): void {
  const t = ins.castType;
  const inputs = ins.operands.map((o) => loadOperand(regs, o));
  if (t?.kind === 'group_x' || t?.kind === 'group_y') {
    const g = literalOf(inputs[0] as CValue);
    if (g.type !== 'group') throw new CircuitHalt('Casting to a group coordinate requires a group element');
    store(regs, ins, {
      kind: 'literal',
      literal: { type: 'field', f: (t.kind === 'group_x' ? g.g.x : g.g.y).clone() },
    });
    return;
  }
  if (t?.kind === 'plaintext' && t.type.kind === 'literal') {
    store(regs, ins, {
      kind: 'literal',
      literal: castLiteral(literalOf(inputs[0] as CValue), t.type.type, lossy, generator()),
    });
    return;
  }
  if (t?.kind === 'record') {
    const def = regs.program.ast.records.get(t.name);
    if (!def) throw new CircuitHalt(`unknown record '${t.name}'`);
    const owner = literalOf(inputs[0] as CValue);
    if (owner.type !== 'address') throw new CircuitHalt("Invalid record 'owner'");
    const data = new Map<string, CEntry>();
    [...def.entries].forEach(([name, e], i) => {
      const v = inputs[i + 1] as CValue;
      if (v.kind === 'future' || v.kind === 'record')
        throw new CircuitHalt('Casting a future into a record entry is illegal');
      data.set(name, { visibility: e.visibility, value: v });
    });
    const index = Fld.constant(BigInt(ins.destinations[0] as number));
    const randomizer = hashToScalarPsd(2, [regs.tvk.clone(), index]);
    const nonce = gScalarMultiply(randomizer);
    // snarkVM injects the version (1) as a private u8: consensus, not the circuit, pins it.
    const version = injectVersion(1);
    const ownerPlaintext: CPlaintext | undefined =
      def.ownerVisibility === 'private' ? { kind: 'literal', literal: owner } : undefined;
    store(regs, ins, {
      kind: 'record',
      ownerVisibility: def.ownerVisibility,
      owner: owner.g,
      ownerPlaintext,
      data,
      nonce,
      version,
    });
    return;
  }
  if (t?.kind === 'plaintext' && t.type.kind === 'struct') {
    const def = regs.program.ast.structs.get(t.type.name);
    if (!def) throw new CircuitHalt(`unknown struct '${t.type.name}'`);
    const members = new Map<string, CPlaintext>();
    [...def.members.keys()].forEach((name, i) => {
      members.set(name, inputs[i] as CPlaintext);
    });
    store(regs, ins, { kind: 'struct', members });
    return;
  }
  if (t?.kind === 'plaintext' && t.type.kind === 'array') {
    store(regs, ins, { kind: 'array', elements: inputs as CPlaintext[] });
    return;
  }
  throw new CircuitHalt(`cast to ${t?.kind} is not supported in circuits yet`);
}
