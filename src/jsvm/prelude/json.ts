/**
 * In-sandbox metered `JSON`. `stringify` is ECMAScript's SerializeJSONProperty written out
 * (toJSON, replacer function or property list, gap, boxed primitives, cycles), charging each
 * property and every character it produces, and holding a stack unit per nesting level; strings
 * and numbers are quoted by the original `JSON.stringify`, so the text is V8's to the byte.
 * `parse` charges per character of text before parsing (the result can hold ~28 bytes of heap
 * per character) and walks a reviver here (InternalizeJSONProperty), a stack unit per level,
 * instead of in V8's recursive C++.
 */
export const JSON_JS = `
const strValueOf = String.prototype.valueOf;
const numValueOf = Number.prototype.valueOf;
const boolValueOf = Boolean.prototype.valueOf;
const branded = (v, valueOf) => { try { apply(valueOf, v, []); return true; } catch (_) { return false; } };
function jsonUnbox(v) {
  if (branded(v, numValueOf)) return numArg(v);
  if (branded(v, strValueOf)) return toStr(v);
  if (branded(v, boolValueOf)) return apply(boolValueOf, v, []);
  return v;
}
function metredStringify(value, replacer, space) {
  let replacerFn;
  let keys;
  if (typeof replacer === 'function') replacerFn = replacer;
  else if (isArray(replacer)) {
    charge(elements(replacer.length));
    keys = [];
    const seen = new PSet();
    for (let i = 0; i < replacer.length; i++) {
      const v = replacer[i];
      let item;
      if (typeof v === 'string') item = v;
      else if (typeof v === 'number') item = PString(v);
      else if (isObj(v) && (branded(v, strValueOf) || branded(v, numValueOf))) item = toStr(v);
      if (item !== undefined && !seen.has(item)) { seen.add(item); push(keys, item); }
    }
  }
  if (isObj(space)) space = jsonUnbox(space);
  let gap = '';
  if (typeof space === 'number') { const n = toInt(space); gap = n >= 1 ? strRepeat(' ', n < 10 ? n : 10) : ''; }
  else if (typeof space === 'string') gap = strSlice(space, 0, 10);
  const out = [];
  const stack = [];
  let indent = '';
  const emit = (text) => { charge(build(text.length)); push(out, text); };
  /** Writes the property's text, or nothing (returning false) when it serializes to undefined. */
  function property(holder, key) {
    let v = holder[key];
    if (isObj(v)) {
      const toJSON = v.toJSON;
      if (typeof toJSON === 'function') v = apply(toJSON, v, [key]);
    }
    if (replacerFn !== undefined) v = apply(replacerFn, holder, [key, v]);
    if (isObj(v) && typeof v !== 'function') v = jsonUnbox(v);
    if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') {
      emit(jsonStringify(v));
      return true;
    }
    if (!isObj(v) || typeof v === 'function') return false;
    for (let i = 0; i < stack.length; i++) if (stack[i] === v) throw new PTypeError('Converting circular structure to JSON');
    enterUnits(1);
    push(stack, v);
    const outer = indent;
    indent += gap;
    try {
      if (isArray(v)) array(v);
      else object(v);
    } finally {
      pop(stack);
      indent = outer;
      _IOSTd -= 1;
    }
    return true;
  }
  const separator = () => (gap === '' ? ',' : ',\\n' + indent);
  function array(v) {
    const n = v.length;
    charge(elements(n));
    if (n === 0) return emit('[]');
    emit(gap === '' ? '[' : '[\\n' + indent);
    for (let i = 0; i < n; i++) {
      if (i > 0) emit(separator());
      if (!property(v, PString(i))) emit('null');
    }
    emit(gap === '' ? ']' : '\\n' + strSlice(indent, 0, indent.length - gap.length) + ']');
  }
  function object(v) {
    const ks = keys !== undefined ? keys : objectKeys(v);
    charge(elements(ks.length));
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
  return arrayJoin(out, '');
}
function internalize(holder, name, reviver) {
  const val = holder[name];
  if (isObj(val)) {
    enterUnits(1);
    try {
      const ks = isArray(val) ? null : objectKeys(val);
      const n = ks === null ? val.length : ks.length;
      charge(elements(n));
      for (let i = 0; i < n; i++) {
        const k = ks === null ? PString(i) : ks[i];
        const v = internalize(val, k, reviver);
        if (v === undefined) reflectDelete(val, k);
        else reflectDefine(val, k, { value: v, writable: true, enumerable: true, configurable: true });
      }
    } finally {
      _IOSTd -= 1;
    }
  }
  return apply(reviver, holder, [name, val]);
}
function metredParse(text, reviver) {
  const s = toStr(text);
  charge(1 + s.length * G.jsonParseChar);
  const v = jsonParse(s);
  return typeof reviver === 'function' ? internalize({ '': v }, '', reviver) : v;
}
JSON.stringify = named('stringify', { stringify(value, replacer, space) { return metredStringify(value, replacer, space); } }.stringify, JSON.stringify);
JSON.parse = named('parse', { parse(text, reviver) { return metredParse(text, reviver); } }.parse, JSON.parse);
`;
