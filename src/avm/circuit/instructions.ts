/**
 * Instructions in circuit mode (snarkVM synthesizer/program/src/logic/instruction, `execute`):
 * registers hold circuit values; loads clone (Rust's Clone), literals and program ids are
 * constants, self.signer and self.caller the request's circuits.
 */
import type { Instruction, Operand } from '../ast.js';
import { type AleoProgram, programAddress } from '../process.js';
import { assertTrue } from './env.js';
import { CircuitHalt } from './errors.js';
import type { Fld } from './field.js';
import { Grp } from './group.js';
import { BINARY, ternaryLiteral, valueIsEqual, valueIsNotEqual } from './ops.js';
import {
  type CLiteral,
  type CPlaintext,
  type CValue,
  cloneValue,
  injectLiteral,
  literalOf,
} from './value.js';

export interface Registers {
  readonly values: Map<number, CValue>;
  readonly signer: Grp;
  readonly caller: Grp;
  readonly program: AleoProgram;
  readonly tvk: Fld;
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
      for (const a of op.path) {
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
  const handler = HANDLERS[ins.opcode];
  if (!handler) throw new CircuitHalt(`'${ins.opcode}' is not supported in circuits yet`);
  handler(regs, ins);
}

type Handler = (regs: Registers, ins: Instruction) => void;

const lit = (regs: Registers, o: Operand | undefined) => literalOf(loadOperand(regs, o as Operand));
const store = (regs: Registers, ins: Instruction, v: CValue) =>
  regs.values.set(ins.destinations[0] as number, v);

function binary(op: string): Handler {
  const f = BINARY[op] as (a: CLiteral, b: CLiteral) => CLiteral;
  return (regs, ins) => {
    const a = lit(regs, ins.operands[0]);
    const b = lit(regs, ins.operands[1]);
    store(regs, ins, { kind: 'literal', literal: f(a, b) });
  };
}

const HANDLERS: Record<string, Handler> = {
  ...Object.fromEntries(Object.keys(BINARY).map((op) => [op, binary(op)])),
  'assert.eq': (regs, ins) => {
    const a = loadOperand(regs, ins.operands[0] as Operand);
    const b = loadOperand(regs, ins.operands[1] as Operand);
    assertTrue(valueIsEqual(a, b).lc);
  },
  'assert.neq': (regs, ins) => {
    const a = loadOperand(regs, ins.operands[0] as Operand);
    const b = loadOperand(regs, ins.operands[1] as Operand);
    assertTrue(valueIsNotEqual(a, b).lc);
  },
  'is.eq': (regs, ins) => {
    const a = loadOperand(regs, ins.operands[0] as Operand);
    const b = loadOperand(regs, ins.operands[1] as Operand);
    store(regs, ins, { kind: 'literal', literal: { type: 'boolean', b: valueIsEqual(a, b) } });
  },
  'is.neq': (regs, ins) => {
    const a = loadOperand(regs, ins.operands[0] as Operand);
    const b = loadOperand(regs, ins.operands[1] as Operand);
    store(regs, ins, { kind: 'literal', literal: { type: 'boolean', b: valueIsNotEqual(a, b) } });
  },
  ternary: (regs, ins) => {
    const c = lit(regs, ins.operands[0]);
    if (c.type !== 'boolean') throw new CircuitHalt('ternary condition must be a boolean');
    const a = lit(regs, ins.operands[1]);
    const b = lit(regs, ins.operands[2]);
    store(regs, ins, { kind: 'literal', literal: ternaryLiteral(c.b, a, b) });
  },
  async: (regs, ins) => {
    const args = ins.operands.map((o) => {
      const v = loadOperand(regs, o);
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
