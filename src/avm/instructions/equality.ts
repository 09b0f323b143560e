/**
 * `assert.eq`, `assert.neq`, `is.eq`, `is.neq` (snarkVM synthesizer/program/src/logic/
 * instruction/operation/assert.rs and is.rs): two operands of one register type. Console:
 * structural equality of the values (asserts halt); circuit: the values' `is_equal` /
 * `is_not_equal` gadgets (circuit/program/src/data/plaintext/equal.rs), asserted true for
 * the asserts.
 */
import { assertTrue } from '../circuit/env.js';
import { loadOperand } from '../circuit/instructions.js';
import { valueIsEqual, valueIsNotEqual } from '../circuit/ops.js';
import { valuesEqual } from '../equality.js';
import { AleoHalt } from '../errors.js';
import { registerTypeEquals, registerTypeToString } from '../types.js';
import { fixedShape, type InstructionSpec, literalRegisterType } from './spec.js';

function equality(name: string, assert: boolean, equal: boolean): InstructionSpec {
  return {
    name,
    family: 'equality',
    shape: fixedShape(2, assert ? 0 : 1, false),
    check: (c, ins, types) => {
      if (!registerTypeEquals(types[0]!, types[1]!))
        c.fail(
          `'${ins.opcode}' operands must have the same type, found ${types.map(registerTypeToString).join(' and ')}`,
          ins.pos,
        );
      return assert ? [] : [literalRegisterType('boolean')];
    },
    evaluate: (_frame, ins, args) => {
      const eq = valuesEqual(args[0]!, args[1]!);
      if (!assert) return [{ kind: 'literal', literal: { type: 'boolean', value: equal ? eq : !eq } }];
      if (eq !== equal)
        throw new AleoHalt(
          `'${ins.opcode}' failed: operands are ${eq ? 'equal' : 'not equal'} (${ins.pos.line}:${ins.pos.column})`,
        );
      return [];
    },
    synthesize: (regs, ins) => {
      const a = loadOperand(regs, ins.operands[0]!);
      const b = loadOperand(regs, ins.operands[1]!);
      const result = equal ? valueIsEqual(a, b) : valueIsNotEqual(a, b);
      if (assert) {
        assertTrue(result.lc);
        return [];
      }
      return [{ kind: 'literal', literal: { type: 'boolean', b: result } }];
    },
  };
}

export const EQUALITY: InstructionSpec[] = [
  equality('assert.eq', true, true),
  equality('assert.neq', true, false),
  equality('is.eq', false, true),
  equality('is.neq', false, false),
];
