/**
 * In-sandbox metered `JSON`. `stringify` is V8's own, given a replacer that charges each value
 * before V8 writes it and holds stack units per call and per nesting level; with a property list (an array
 * replacer) it is ECMAScript's SerializeJSONProperty written out (toJSON, gap, boxed
 * primitives, cycles), strings and numbers quoted by the original, so the text is V8's to the
 * byte either way.
 * `parse` charges per character of text before parsing (the result can hold ~28 bytes of heap
 * per character) and walks a reviver here (InternalizeJSONProperty), holding stack units per level,
 * instead of in V8's recursive C++.
 */
export const JSON_JS = `
const strValueOf = origStrValueOf;
const numValueOf = Number.prototype.valueOf;
const boolValueOf = Boolean.prototype.valueOf;
const [StrProto, NumProto, BoolProto] = [String.prototype, Number.prototype, Boolean.prototype];
/** Whether v is a boxed primitive of that kind (its prototype first: Object.setPrototypeOf is gone). */
function branded(v, proto, valueOf) {
  if (getProto(v) !== proto) return false;
  try { apply(valueOf, v, []); return true; } catch (_) { return false; }
}
function jsonUnbox(v) {
  if (branded(v, NumProto, numValueOf)) return numArg(v);
  if (branded(v, StrProto, strValueOf)) return toStr(v);
  if (branded(v, BoolProto, boolValueOf)) return apply(boolValueOf, v, []);
  return v;
}
/**
 * JSON.stringify without a property list: V8's own, with a replacer (composed with the
 * contract's, if any) that V8 calls before it writes each value. It charges the characters
 * about to be written (indentation included) and keeps the path of objects being written, so
 * the nesting holds stack units and stops at the limit before V8's recursion gets deep.
 */
function nativeStringify(value, replacerFn, space) {
  let gapLength = 0;
  if (isObj(space)) space = jsonUnbox(space);
  if (typeof space === 'number') { const n = toInt(space); gapLength = n < 1 ? 0 : n < 10 ? n : 10; }
  else if (typeof space === 'string') gapLength = space.length < 10 ? space.length : 10;
  enterUnits(S.jsonCallUnits);
  const d0 = _IOSTd;
  const path = [];
  function meter(key, v) {
    if (replacerFn !== undefined) v = apply(replacerFn, this, [key, v]);
    let i = path.length;
    while (i > 0 && path[i - 1] !== this) i--;
    path.length = i;
    if (isObj(v) && typeof v !== 'function') {
      push(path, v);
      _IOSTd = d0 + path.length * S.jsonLevelUnits;
      if (_IOSTd > S.units) tooDeep();
    }
    const written = key.length + (typeof v === 'string' ? v.length : 24) + path.length * gapLength;
    charge(2 + G.enumeratedKey + floor(written / G.buildChars));
    return v;
  }
  try {
    return apply(jsonStringify, undefined, [value, meter, space]);
  } finally {
    _IOSTd = d0 - S.jsonCallUnits;
  }
}
/** JSON.stringify with a property list (an array replacer, which V8 reads in its order): written out. */
function listStringify(value, replacer, space) {
  charge(elements(replacer.length));
  const keys = [];
  const seen = new PSet();
  for (let i = 0; i < replacer.length; i++) {
    const v = replacer[i];
    let item;
    if (typeof v === 'string') item = v;
    else if (typeof v === 'number') item = PString(v);
    else if (isObj(v) && (branded(v, StrProto, strValueOf) || branded(v, NumProto, numValueOf))) item = toStr(v);
    if (item !== undefined && !seen.has(item)) { seen.add(item); push(keys, item); }
  }
  if (isObj(space)) space = jsonUnbox(space);
  let gap = '';
  if (typeof space === 'number') { const n = toInt(space); gap = n >= 1 ? strRepeat(' ', n < 10 ? n : 10) : ''; }
  else if (typeof space === 'string') gap = strSlice(space, 0, 10);
  const out = [];
  const stack = new PSet();
  let indent = '';
  // Characters written since the last charge: charged per object or array, and at the end.
  let pending = 0;
  const emit = (text) => { pending += text.length; push(out, text); };
  const settle = (extra) => { charge(extra + floor(pending / G.buildChars)); pending = 0; };
  /** Writes the property's text, or nothing (returning false) when it serializes to undefined. */
  function property(holder, key) {
    let v = holder[key];
    if (isObj(v)) {
      const toJSON = v.toJSON;
      if (typeof toJSON === 'function') v = apply(toJSON, v, [key]);
    }
    if (isObj(v) && typeof v !== 'function') v = jsonUnbox(v);
    if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') {
      emit(jsonStringify(v));
      return true;
    }
    if (!isObj(v) || typeof v === 'function') return false;
    if (stack.has(v)) throw new PTypeError('Converting circular structure to JSON');
    enterUnits(S.levelUnits);
    stack.add(v);
    const outer = indent;
    indent += gap;
    try {
      if (isArray(v)) array(v);
      else object(v);
    } finally {
      stack.delete(v);
      indent = outer;
      _IOSTd -= S.levelUnits;
    }
    return true;
  }
  const separator = () => (gap === '' ? ',' : ',\\n' + indent);
  function array(v) {
    const n = v.length;
    settle(16 + 2 * n);
    if (n === 0) return emit('[]');
    emit(gap === '' ? '[' : '[\\n' + indent);
    for (let i = 0; i < n; i++) {
      if (i > 0) emit(separator());
      if (!property(v, PString(i))) emit('null');
    }
    emit(gap === '' ? ']' : '\\n' + strSlice(indent, 0, indent.length - gap.length) + ']');
  }
  function object(v) {
    const ks = keys;
    settle(16 + (2 + G.enumeratedKey) * ks.length);
    const start = out.length;
    emit('{');
    let any = false;
    for (let i = 0; i < ks.length; i++) {
      const mark = out.length;
      emit((any ? separator() : gap === '' ? '' : '\\n' + indent) + jsonStringify(ks[i]) + (gap === '' ? ':' : ': '));
      if (property(v, ks[i])) any = true;
      else out.length = mark;
    }
    if (!any) { out.length = start; return emit('{}'); }
    emit(gap === '' ? '}' : '\\n' + strSlice(indent, 0, indent.length - gap.length) + '}');
  }
  if (!property({ '': value }, '')) return undefined;
  settle(1);
  return arrayJoin(out, '');
}
function metredStringify(value, replacer, space) {
  if (isArray(replacer)) return listStringify(value, replacer, space);
  return nativeStringify(value, typeof replacer === 'function' ? replacer : undefined, space);
}
function internalize(holder, name, reviver) {
  const val = holder[name];
  if (isObj(val)) {
    enterUnits(S.levelUnits);
    try {
      const ks = isArray(val) ? null : objectKeys(val);
      const n = ks === null ? val.length : ks.length;
      charge(16 + 16 * n);
      for (let i = 0; i < n; i++) {
        const k = ks === null ? PString(i) : ks[i];
        const v = internalize(val, k, reviver);
        if (v === undefined) reflectDelete(val, k);
        else reflectDefine(val, k, { value: v, writable: true, enumerable: true, configurable: true });
      }
    } finally {
      _IOSTd -= S.levelUnits;
    }
  }
  return apply(reviver, holder, [name, val]);
}
function metredParse(text, reviver) {
  // go-iost environment.js: 10 + the length of String(text) (10 for null or undefined).
  const s = toStr(text);
  charge(text === undefined || text === null ? 10 : 10 + s.length);
  const v = jsonParse(s);
  return typeof reviver === 'function' ? internalize({ '': v }, '', reviver) : v;
}
JSON.stringify = named('stringify', { stringify(value, replacer, space) { return metredStringify(value, replacer, space); } }.stringify, JSON.stringify);
JSON.parse = named('parse', { parse(text, reviver) { return metredParse(text, reviver); } }.parse, JSON.parse);
`;
