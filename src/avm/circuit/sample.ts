/**
 * Inputs for key synthesis when none are given (snarkVM samples random ones; the circuit's
 * shape depends only on the types and modes): integers 1, booleans true, field and scalar 1,
 * groups the generator, addresses and record owners the signer.
 */
import { gMul } from '../account/keys.js';
import type { AleoProgram } from '../process.js';
import type { PlaintextType, RecordEntry, Value, ValueType } from '../types.js';
import type { AffinePoint, Literal, LiteralType, Plaintext } from '../values.js';
import { CircuitHalt } from './errors.js';
import { INT_WIDTH } from './value.js';

function sampleLiteral(type: LiteralType, signer: AffinePoint): Literal {
  switch (type) {
    case 'address':
      return { type, value: signer };
    case 'boolean':
      return { type, value: true };
    case 'group':
      return { type, value: gMul(1n) };
    case 'field':
    case 'scalar':
      return { type, value: 1n };
    case 'signature':
    case 'string':
      throw new CircuitHalt(`cannot sample a ${type} input; give the inputs`);
    default:
      if (INT_WIDTH[type] === undefined) throw new CircuitHalt(`cannot sample a ${type} input`);
      return { type, value: 1n } as Literal;
  }
}

function samplePlaintext(program: AleoProgram, t: PlaintextType, signer: AffinePoint): Plaintext {
  if (t.kind === 'literal') return { kind: 'literal', literal: sampleLiteral(t.type, signer) };
  if (t.kind === 'array')
    return {
      kind: 'array',
      elements: Array.from({ length: t.length }, () => samplePlaintext(program, t.element, signer)),
    };
  const def = program.ast.structs.get(t.name);
  if (!def) throw new CircuitHalt(`unknown struct '${t.name}'`);
  const members = new Map<string, Plaintext>();
  for (const [k, mt] of def.members) members.set(k, samplePlaintext(program, mt, signer));
  return { kind: 'struct', members };
}

export function sampleInput(program: AleoProgram, t: ValueType, signer: AffinePoint): Value {
  if (t.kind === 'plaintext') return samplePlaintext(program, t.type, signer);
  if (t.kind === 'future') throw new CircuitHalt('a function cannot take a future input');
  const owner = t.kind === 'record' ? program : program.resolve(t.locator.program);
  const name = t.kind === 'record' ? t.name : t.locator.name;
  const def = owner.ast.records.get(name);
  if (!def) throw new CircuitHalt(`unknown record '${name}'`);
  const data = new Map<string, RecordEntry>();
  for (const [k, e] of def.entries)
    data.set(k, { visibility: e.visibility, value: samplePlaintext(owner, e.type, signer) });
  return {
    kind: 'record',
    owner: { visibility: def.ownerVisibility, value: signer },
    data,
    nonce: gMul(1n),
    version: 1,
  };
}
