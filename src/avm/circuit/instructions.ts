/**
 * Instructions in circuit mode (snarkVM synthesizer/program/src/logic/instruction, `execute`):
 * registers hold circuit values; loads clone (Rust's Clone), literals and program ids are
 * constants, self.signer and self.caller the request's circuits. Each instruction's circuit is
 * its spec's `synthesize` (src/avm/instructions, one file per family).
 */
import type { Access, Instruction, Operand } from '../ast.js';
import { generatorPoint } from '../crypto/curve.js';
import { type AleoProgram, programAddress } from '../process.js';
import type { LiteralType } from '../values.js';
import type { CallContext } from './call.js';
import { allocConstants } from './env.js';
import { CircuitHalt } from './errors.js';
import type { Fld } from './field.js';
import { Grp } from './group.js';
import { recordOwnerEntry } from './record.js';
import { type CPlaintext, type CValue, cloneValue, identifierConstants, injectLiteral } from './value.js';

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
      // Registers::load_circuit injects the path (Access::constant: an identifier, or a U32 index).
      for (const a of path) {
        if (a.kind === 'member') identifierConstants(a.name);
        else allocConstants(32);
      }
      // Record::find compares a one-element path with Identifier::from_str("owner") (5 bytes).
      if (v.kind === 'record' && path.length === 1) allocConstants(40);
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
  if (!synthesize) throw new CircuitHalt(`'${ins.opcode}' is not supported in circuits yet`);
  const outs = synthesize(regs, ins);
  ins.destinations.forEach((d, i) => {
    regs.values.set(d, outs[i] as CValue);
  });
}

/** The literal type an instruction's `as` names (hash and commit destinations). */
export function literalTarget(ins: Instruction): LiteralType {
  const t = ins.castType;
  if (t?.kind !== 'plaintext' || t.type.kind !== 'literal')
    throw new CircuitHalt(`'${ins.opcode}' needs a literal destination type`);
  return t.type.type;
}

/** Group::generator(): a fresh Group::constant (10 constants) each time a lossy cast reaches for it. */
export const circuitGenerator = (): Grp => Grp.constant(generatorPoint());
