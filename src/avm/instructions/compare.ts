/**
 * Comparison literal instructions (snarkVM synthesizer/program/src/logic/instruction/operation:
 * gt, gte, lt, lte on fields, integers and scalars, a boolean result). Console: comparison of
 * the values (integers signed); circuits from circuit/types (field comparison over the bits,
 * integer comparison, the scalar's field comparison; addresses compare their x-coordinates).
 */
import { isIntType, toInt } from '../circuit/ops.js';
import { scalarCompare } from '../circuit/scalar.js';
import type { CLiteral } from '../circuit/value.js';
import { cBool, INTS, type LiteralOp, row, toBool, unsupported } from './literal.js';

type Gadget = 'isLessThan' | 'isLessThanOrEqual' | 'isGreaterThan' | 'isGreaterThanOrEqual';

function compare(name: string, gadget: Gadget, f: (u: bigint, v: bigint) => boolean): LiteralOp {
  return row(
    name,
    2,
    toBool(['field', ...INTS, 'scalar']),
    ([x, y]) => ({ type: 'boolean', value: f(x!.value as bigint, y!.value as bigint) }),
    (args) => {
      const [a, b] = args as [CLiteral, CLiteral];
      if (a.type === 'field') return cBool(a.f[gadget]((b as typeof a).f));
      if (a.type === 'address') return cBool(a.g.x[gadget]((b as typeof a).g.x));
      if (a.type === 'scalar') return cBool(scalarCompare(gadget, a.s, (b as typeof a).s));
      if (isIntType(a.type)) return cBool(toInt(a)[gadget](toInt(b)));
      return unsupported(gadget, a.type);
    },
  );
}

export const COMPARE: LiteralOp[] = [
  compare('gt', 'isGreaterThan', (u, v) => u > v),
  compare('gte', 'isGreaterThanOrEqual', (u, v) => u >= v),
  compare('lt', 'isLessThan', (u, v) => u < v),
  compare('lte', 'isLessThanOrEqual', (u, v) => u <= v),
];
