/**
 * `cast` and `cast.lossy` (snarkVM synthesizer/program/src/logic/instruction/operation/cast.rs):
 * operands into one destination `as` a literal type (one operand; cast-literal.ts holds the
 * console table, circuit/cast.ts the circuit), a group coordinate (`group.x` / `group.y`), a
 * struct or array (its members in order) or a record of this program (owner first; not in
 * finalize). A record's nonce is G·HashToScalarPSD2([tvk, destination register]), version 1.
 */
import { IDENTITY } from '../arith/curve.js';
import type { Instruction } from '../ast.js';
import type { Checker } from '../checker.js';
import { gScalarMultiply } from '../circuit/account.js';
import { castLiteral as castCircuitLiteral } from '../circuit/cast.js';
import { CircuitHalt } from '../circuit/errors.js';
import { Fld } from '../circuit/field.js';
import { circuitGenerator, loadOperand } from '../circuit/instructions.js';
import { hashToScalarPsd } from '../circuit/poseidon.js';
import { type CEntry, injectVersion } from '../circuit/record.js';
import {
  type CPlaintext,
  type CValue,
  literalOf as circuitLiteral,
  identifierConstants,
} from '../circuit/value.js';
import { AleoHalt } from '../errors.js';
import type { Frame } from '../process.js';
import { recordNonce, recordRandomizer } from '../transition/record.js';
import {
  type PlaintextType,
  plaintextTypeEquals,
  type RecordEntry,
  type RecordValue,
  type RegisterType,
  registerTypeEquals,
  registerTypeToString,
  type Value,
} from '../types.js';
import type { AffinePoint } from '../values.js';
import { castGroupCoordinate, castLiteral } from './cast-literal.js';
import { type InstructionSpec, literalOf, literalRegisterType, plaintextOf } from './spec.js';

/** Cast::output_types. */
function check(c: Checker, ins: Instruction, types: RegisterType[]): RegisterType[] {
  const ct = ins.castType!;
  const lossy = ins.opcode === 'cast.lossy';
  if (ct.kind === 'external_record') return c.fail('cannot cast to an external record', ins.pos);
  if (ct.kind === 'record') {
    if (lossy) c.fail(`'cast.lossy' cannot build records`, ins.pos);
    const rec = c.program.records.get(ct.name);
    if (!rec) return c.fail(`unknown record '${ct.name}'`, ins.pos);
    if (types.length !== rec.entries.size + 1)
      c.fail(`record '${ct.name}' needs ${rec.entries.size + 1} operands (owner first)`, ins.pos);
    if (!registerTypeEquals(types[0]!, literalRegisterType('address')))
      c.fail('the record owner must be an address', ins.pos);
    [...rec.entries.values()].forEach((e, i) => {
      if (!registerTypeEquals(types[i + 1]!, { kind: 'plaintext', type: e.type }))
        c.fail(`operand ${i + 1} does not match record entry type`, ins.pos);
    });
    return [{ kind: 'record', name: ct.name }];
  }
  if (ct.kind === 'group_x' || ct.kind === 'group_y') {
    if (lossy) c.fail('`cast.lossy` is only supported for casting to a literal type', ins.pos);
    if (types.length !== 1) c.fail('Casting to a group coordinate requires exactly 1 operand', ins.pos);
    if (!registerTypeEquals(types[0]!, literalRegisterType('group')))
      c.fail(`Type mismatch: expected 'group', found '${registerTypeToString(types[0]!)}'`, ins.pos);
    return [literalRegisterType('field')];
  }
  if (ct.kind !== 'plaintext') return c.fail('cannot cast to an external record', ins.pos);
  const t = ct.type;
  c.checkPlaintextType(t, ins.pos);
  // snarkVM Cast::output_types checks only the operand count for a literal target; the
  // operand's type (and casts to or from string/signature) fail when the cast runs.
  if (t.kind === 'literal') {
    if (types.length !== 1) c.fail(`Casting to a literal requires exactly 1 operand`, ins.pos);
    return [{ kind: 'plaintext', type: t }];
  }
  if (lossy) c.fail(`'cast.lossy' only casts to literal types`, ins.pos);
  const expected: PlaintextType[] =
    t.kind === 'array' ? Array(t.length).fill(t.element) : [...c.structMembers(t.name)!.values()];
  if (types.length !== expected.length)
    c.fail(
      `'cast' to ${registerTypeToString({ kind: 'plaintext', type: t })} needs ${expected.length} operands, found ${types.length}`,
      ins.pos,
    );
  types.forEach((ty, i) => {
    if (ty.kind !== 'plaintext' || !plaintextTypeEquals(ty.type, expected[i]!))
      c.fail(
        `operand ${i} of 'cast' is ${registerTypeToString(ty)}, expected ${registerTypeToString({ kind: 'plaintext', type: expected[i]! })}`,
        ins.pos,
      );
  });
  return [{ kind: 'plaintext', type: t }];
}

/** Cast::evaluate. */
function evaluate(frame: Frame, ins: Instruction, args: Value[]): Value {
  const program = frame.program;
  const ct = ins.castType!;
  if (ct.kind === 'group_x' || ct.kind === 'group_y')
    return { kind: 'literal', literal: castGroupCoordinate(literalOf(args[0]!, 'the operand'), ct.kind) };
  if (ct.kind === 'record') {
    const def = program.ast.records.get(ct.name)!;
    const owner = literalOf(args[0]!, 'the owner').value as AffinePoint;
    const data = new Map<string, RecordEntry>();
    for (const [i, [name, e]] of [...def.entries].entries())
      data.set(name, { visibility: e.visibility, value: plaintextOf(args[i + 1]!, name) });
    // Without a tvk (no request signed) the legacy nonce 0group and version 0.
    const nonce =
      frame.tvk === undefined ? IDENTITY : recordNonce(recordRandomizer(frame.tvk, ins.destinations[0]!));
    const record: RecordValue = {
      kind: 'record',
      owner: { visibility: def.ownerVisibility, value: owner },
      data,
      nonce,
      version: frame.tvk === undefined ? 0 : 1,
    };
    return record;
  }
  if (ct.kind !== 'plaintext') throw new AleoHalt('cannot cast to an external record');
  const t = ct.type;
  if (t.kind === 'literal')
    return {
      kind: 'literal',
      literal: castLiteral(literalOf(args[0]!, 'the operand'), t.type, ins.opcode === 'cast.lossy'),
    };
  if (t.kind === 'array') return { kind: 'array', elements: args.map((a) => plaintextOf(a, 'an element')) };
  const names = [...program.ast.structs.get(t.name)!.members.keys()];
  return { kind: 'struct', members: new Map(names.map((n, i) => [n, plaintextOf(args[i]!, n)])) };
}

/** Cast::execute in circuit mode. */
function synthesize(
  regs: Parameters<NonNullable<InstructionSpec['synthesize']>>[0],
  ins: Instruction,
): CValue {
  const t = ins.castType;
  const lossy = ins.opcode === 'cast.lossy';
  const inputs = ins.operands.map((o) => loadOperand(regs, o));
  if (t?.kind === 'group_x' || t?.kind === 'group_y') {
    const g = circuitLiteral(inputs[0] as CValue);
    if (g.type !== 'group') throw new CircuitHalt('Casting to a group coordinate requires a group element');
    return { kind: 'literal', literal: { type: 'field', f: (t.kind === 'group_x' ? g.g.x : g.g.y).clone() } };
  }
  if (t?.kind === 'plaintext' && t.type.kind === 'literal')
    return {
      kind: 'literal',
      literal: castCircuitLiteral(circuitLiteral(inputs[0] as CValue), t.type.type, lossy, circuitGenerator),
    };
  if (t?.kind === 'record') {
    const def = regs.program.ast.records.get(t.name);
    if (!def) throw new CircuitHalt(`unknown record '${t.name}'`);
    const owner = circuitLiteral(inputs[0] as CValue);
    if (owner.type !== 'address') throw new CircuitHalt("Invalid record 'owner'");
    const data = new Map<string, CEntry>();
    [...def.entries].forEach(([name, e], i) => {
      const v = inputs[i + 1] as CValue;
      if (v.kind === 'future' || v.kind === 'record')
        throw new CircuitHalt('Casting a future into a record entry is illegal');
      identifierConstants(name); // Identifier::constant(entry_name)
      data.set(name, { visibility: e.visibility, value: v });
    });
    const index = Fld.constant(BigInt(ins.destinations[0] as number));
    const randomizer = hashToScalarPsd(2, [regs.tvk.clone(), index]);
    const nonce = gScalarMultiply(randomizer);
    // snarkVM injects the version (1) as a private u8: consensus, not the circuit, pins it.
    const version = injectVersion(1);
    const ownerPlaintext: CPlaintext | undefined =
      def.ownerVisibility === 'private' ? { kind: 'literal', literal: owner } : undefined;
    return {
      kind: 'record',
      ownerVisibility: def.ownerVisibility,
      owner: owner.g,
      ownerPlaintext,
      data,
      nonce,
      version,
    };
  }
  if (t?.kind === 'plaintext' && t.type.kind === 'struct') {
    const def = regs.program.ast.structs.get(t.type.name);
    if (!def) throw new CircuitHalt(`unknown struct '${t.type.name}'`);
    const members = new Map<string, CPlaintext>();
    [...def.members.keys()].forEach((name, i) => {
      identifierConstants(name); // Identifier::constant(member_name)
      members.set(name, inputs[i] as CPlaintext);
    });
    return { kind: 'struct', members };
  }
  if (t?.kind === 'plaintext' && t.type.kind === 'array')
    return { kind: 'array', elements: inputs as CPlaintext[] };
  throw new CircuitHalt(`cast to ${t?.kind} is not supported in circuits yet`);
}

const castSpec = (name: string): InstructionSpec => ({
  name,
  family: 'cast',
  shape: (ins, fail) => {
    if (ins.operands.length === 0) throw fail(`'${name}' needs at least one operand`);
    if (ins.destinations.length !== 1) throw fail(`'${name}' expects 1 destination register`);
    if (!ins.castType) throw fail(`'${name}' needs 'as TYPE'`);
  },
  restrict: (ins, scope) =>
    scope === 'finalize' && ins.castType?.kind === 'record'
      ? 'Illegal operation: Cannot cast to a record in a finalize block.'
      : undefined,
  check,
  evaluate: (frame, ins, args) => [evaluate(frame, ins, args)],
  synthesize: (regs, ins) => [synthesize(regs, ins)],
});

export const CAST: InstructionSpec[] = [castSpec('cast'), castSpec('cast.lossy')];
