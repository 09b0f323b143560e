/** Structural equality of AVM values, as `is.eq` / `assert.eq` compare them. */
import type { Value } from './types.js';
import type { Literal } from './values.js';

function literalsEqual(a: Literal, b: Literal): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'address' || a.type === 'group') {
    const bv = b.value as typeof a.value;
    return a.value.x === bv.x && a.value.y === bv.y;
  }
  if (a.type === 'signature')
    return (
      JSON.stringify(a.value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)) ===
      JSON.stringify(b.value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))
    );
  return a.value === b.value;
}

export function valuesEqual(a: Value, b: Value): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'literal':
      return literalsEqual(a.literal, (b as typeof a).literal);
    case 'array': {
      const bb = b as typeof a;
      return (
        a.elements.length === bb.elements.length &&
        a.elements.every((e, i) => valuesEqual(e, bb.elements[i]!))
      );
    }
    case 'struct': {
      const bb = b as typeof a;
      if (a.members.size !== bb.members.size) return false;
      for (const [k, v] of a.members) {
        const w = bb.members.get(k);
        if (!w || !valuesEqual(v, w)) return false;
      }
      return true;
    }
    case 'record': {
      const bb = b as typeof a;
      if (a.owner.value.x !== bb.owner.value.x || a.owner.visibility !== bb.owner.visibility) return false;
      if (a.nonce.x !== bb.nonce.x || a.data.size !== bb.data.size) return false;
      if ((a.version ?? 0) !== (bb.version ?? 0)) return false;
      for (const [k, e] of a.data) {
        const f = bb.data.get(k);
        if (!f || f.visibility !== e.visibility || !valuesEqual(e.value, f.value)) return false;
      }
      return true;
    }
    case 'future': {
      const bb = b as typeof a;
      return (
        a.program === bb.program &&
        a.function === bb.function &&
        a.arguments.length === bb.arguments.length &&
        a.arguments.every((x, i) => valuesEqual(x, bb.arguments[i]!))
      );
    }
  }
}
