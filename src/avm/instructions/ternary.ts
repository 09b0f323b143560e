/**
 * `ternary c a b` (snarkVM synthesizer/program/src/logic/instruction/operation: Ternary over
 * literals of one type with a boolean condition). Console: a when c, else b; circuit: the
 * type's ternary gadget (circuit/types, `Ternary::ternary`).
 */
import { CircuitHalt } from '../circuit/errors.js';
import { ternaryLiteral } from '../circuit/ops.js';
import type { LiteralType } from '../values.js';
import { INTS, type LiteralOp, row, type Sig } from './literal.js';

export const TERNARY: LiteralOp = row(
  'ternary',
  3,
  (['address', 'boolean', 'field', 'group', ...INTS, 'scalar', 'signature'] as LiteralType[]).map(
    (t): Sig => [['boolean', t, t], t],
  ),
  ([c, x, y]) => (c!.value ? x! : y!),
  ([c, a, b]) => {
    if (c!.type !== 'boolean') throw new CircuitHalt('ternary condition must be a boolean');
    return ternaryLiteral(c!.b, a!, b!);
  },
);
