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
 * go-iost's JSON.stringify (vm/v8vm/v8/libjs/json.js, json2.js modified): its algorithm, its
 * output (it escapes more characters than V8: json2's rx_escapable) and its charges, the
 * environment.js prices of the built-ins it calls included (Math.abs 2, replace, charCodeAt and
 * slice in quote, push 1, join 1 + n). Keys are passed to toJSON and replacers as json2 passes
 * them (array indices as numbers); cycles are found with a set (json2 marks objects with a
 * symbol property, which a frozen object refuses). Each nesting level holds stack units.
 */
const JSON_META = { '\\b': '\\\\b', '\\t': '\\\\t', '\\n': '\\\\n', '\\f': '\\\\f', '\\r': '\\\\r', '"': '\\\\"', '\\\\': '\\\\\\\\' };
const escapable = (c) =>
  c === 34 || c === 92 || c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c === 0xad || (c >= 0x600 && c <= 0x604) ||
  c === 0x70f || c === 0x17b4 || c === 0x17b5 || (c >= 0x200c && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) ||
  (c >= 0x2060 && c <= 0x206f) || c === 0xfeff || c >= 0xfff0;
const HEX = '0123456789abcdef';
function jsonQuote(string) {
  charge(12 + 2 * string.length);
  let out = '';
  let start = 0;
  let replaced = false;
  for (let i = 0; i < string.length; i++) {
    const c = strCharCodeAt(string, i);
    if (!escapable(c)) continue;
    if (!replaced) { charge(floor(1 + string.length * 0.1)); replaced = true; }
    const ch = string[i];
    const m = JSON_META[ch];
    let e;
    if (typeof m === 'string') e = m;
    else {
      charge(2); // charCodeAt, and slice of a string of at most 8 characters
      e = '\\\\u' + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
    }
    out += strSlice(string, start, i) + e;
    start = i + 1;
  }
  return '"' + (replaced ? out + strSlice(string, start) : string) + '"';
}
function metredStringify(value, replacer, space) {
  charge(24);
  let gap = '';
  let indent = '';
  if (typeof space === 'number') {
    charge(2 + floor(2 * (space < 0 ? -space : space)));
    for (let i = 0; i < space; i += 1) indent += ' ';
  } else if (typeof space === 'string') indent = space;
  const rep = replacer;
  if (replacer && typeof replacer !== 'function' && (typeof replacer !== 'object' || typeof replacer.length !== 'number'))
    throw new PError('JSON.stringify');
  const open = new PSet();
  const d0 = _IOSTd;
  enterUnits(S.jsonCallUnits);
  const joined = (partial, sep) => { charge(1 + partial.length); return arrayJoin(partial, sep); };
  function str(key, holder) {
    charge(56);
    let value = holder[key];
    if (value && typeof value === 'object') {
      const toJSON = value.toJSON;
      if (typeof toJSON === 'function') { charge(8); value = apply(toJSON, value, [key]); }
      else if (branded(value, NumProto, numValueOf) || branded(value, StrProto, strValueOf) || branded(value, BoolProto, boolValueOf)) {
        charge(8); // json.js gives Number, String and Boolean toJSON = valueOf
        value = jsonUnbox(value);
      }
    }
    if (typeof rep === 'function') { charge(8); value = apply(rep, holder, [key, value]); }
    let v;
    switch (typeof value) {
      case 'string':
        v = jsonQuote(value);
        charge(v.length);
        return v;
      case 'number':
        v = isFiniteNum(value) ? PString(value) : 'null';
        charge(v.length);
        return v;
      case 'boolean':
        v = PString(value);
        charge(v.length);
        return v;
      case 'object': {
        if (!value) { charge(4); return 'null'; }
        if (open.has(value)) throw new PError('Converting circular structure to JSON');
        open.add(value);
        const mind = gap;
        gap += indent;
        if ((_IOSTd += S.jsonLevelUnits) > S.units) tooDeep();
        const partial = [];
        try {
          if (isArray(value)) {
            const length = value.length;
            charge(16 + 24 * length);
            for (let i = 0; i < length; i += 1) push(partial, str(i, value) || 'null');
            v = partial.length === 0 ? '[]'
              : gap ? '[\\n' + gap + joined(partial, ',\\n' + gap) + '\\n' + mind + ']'
              : '[' + joined(partial, ',') + ']';
          } else {
            const keys = rep && typeof rep === 'object' ? rep : objectKeys(value);
            charge(16 + 16 * keys.length);
            for (let i = 0; i < keys.length; i += 1) {
              const k = keys[i];
              if (typeof k !== 'string') continue;
              const item = str(k, value);
              if (item) { charge(1); push(partial, jsonQuote(k) + (gap ? ': ' : ':') + item); }
            }
            charge(8 * partial.length);
            v = partial.length === 0 ? '{}'
              : gap ? '{\\n' + gap + joined(partial, ',\\n' + gap) + '\\n' + mind + '}'
              : '{' + joined(partial, ',') + '}';
          }
        } finally {
          _IOSTd -= S.jsonLevelUnits;
          open.delete(value);
          gap = mind;
        }
        charge(v.length);
        return v;
      }
      default:
        return undefined;
    }
  }
  try {
    const rs = str('', { '': value });
    if (typeof rs === 'string') charge(2 * rs.length);
    return rs;
  } finally {
    _IOSTd = d0;
  }
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
