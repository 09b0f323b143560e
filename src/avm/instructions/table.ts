/**
 * Every instruction of the Aleo instructions language, declared once: its name, its
 * category and the shape of its operands/destinations (checked at parse time). The checker
 * and the interpreter dispatch on the category; literal instructions carry their typing
 * and evaluation rows in literal-ops.ts.
 */
import type { Instruction } from '../ast.js';
import { COMMIT_OPCODES, HASH_OPCODES } from './crypto-ops.js';
import { LITERAL_OPS } from './literal-ops.js';

export type Category = 'literal' | 'assert' | 'is' | 'cast' | 'hash' | 'commit' | 'sign' | 'call' | 'async';

export interface OpcodeSpec {
  readonly name: string;
  readonly category: Category;
  /** Throws (through `fail`) when operands, destinations or the `as` type do not fit. */
  readonly shape: (ins: Instruction, fail: (msg: string) => Error) => void;
}

function fixed(operands: number, dests: number, withType: boolean) {
  return (ins: Instruction, fail: (msg: string) => Error) => {
    if (ins.operands.length !== operands)
      throw fail(
        `'${ins.opcode}' expects ${operands} operand${operands === 1 ? '' : 's'}, found ${ins.operands.length}`,
      );
    if (ins.destinations.length !== dests)
      throw fail(
        `'${ins.opcode}' expects ${dests} destination register${dests === 1 ? '' : 's'}, found ${ins.destinations.length}`,
      );
    if (withType && !ins.castType) throw fail(`'${ins.opcode}' needs 'as TYPE'`);
    if (!withType && ins.castType) throw fail(`'${ins.opcode}' takes no 'as TYPE'`);
  };
}

const specs: OpcodeSpec[] = [];
for (const op of LITERAL_OPS.values())
  specs.push({ name: op.name, category: 'literal', shape: fixed(op.arity, 1, false) });
for (const name of ['assert.eq', 'assert.neq'])
  specs.push({ name, category: 'assert', shape: fixed(2, 0, false) });
for (const name of ['is.eq', 'is.neq']) specs.push({ name, category: 'is', shape: fixed(2, 1, false) });
for (const name of HASH_OPCODES) specs.push({ name, category: 'hash', shape: fixed(1, 1, true) });
for (const name of ['hash_many.psd2', 'hash_many.psd4', 'hash_many.psd8'])
  specs.push({ name, category: 'hash', shape: fixed(2, 1, true) });
for (const name of COMMIT_OPCODES) specs.push({ name, category: 'commit', shape: fixed(2, 1, true) });
specs.push({ name: 'sign.verify', category: 'sign', shape: fixed(3, 1, false) });
for (const name of ['cast', 'cast.lossy'])
  specs.push({
    name,
    category: 'cast',
    shape: (ins, fail) => {
      if (ins.operands.length === 0) throw fail(`'${name}' needs at least one operand`);
      if (ins.destinations.length !== 1) throw fail(`'${name}' expects 1 destination register`);
      if (!ins.castType) throw fail(`'${name}' needs 'as TYPE'`);
    },
  });
specs.push({
  name: 'call',
  category: 'call',
  shape: (ins, fail) => {
    if (ins.castType) throw fail(`'call' takes no 'as TYPE'`);
  },
});
specs.push({
  name: 'async',
  category: 'async',
  shape: (ins, fail) => {
    if (ins.destinations.length !== 1) throw fail(`'async' expects 1 destination register (the future)`);
    if (ins.castType) throw fail(`'async' takes no 'as TYPE'`);
  },
});

export const OPCODES: ReadonlyMap<string, OpcodeSpec> = new Map(specs.map((s) => [s.name, s]));
