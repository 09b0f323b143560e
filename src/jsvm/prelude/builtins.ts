/**
 * In-sandbox metered built-ins: every built-in on the allow-list (allowed.ts) whose work
 * depends on its input is replaced by a wrapper that converts its arguments with the metered
 * conversions (so no string is converted twice or unmetered), charges in proportion to the
 * characters, elements or keys involved (formulas in docs/jsvm.md, "Gas schedule"), then
 * calls the original. Where the cost is known only while working (replace with `$` patterns,
 * join of objects, the default sort), the built-in is implemented here with the original as
 * the inner loop. Built-ins whose work is constant keep their original, charged as
 * instructions at the call site.
 */
export const BUILTINS_JS = `
const log2 = Math.log2;
const thisString = (v, name) => {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) throw new PTypeError('String.prototype.' + name + ' called on null or undefined');
  return toStr(v);
};
const thisArray = (v, name) => {
  if (!isArray(v)) throw new PTypeError('Array.prototype.' + name + ' called on a non-array (polyvm meters arrays only)');
  return v;
};
function notRegExp(v, name) {
  const m = v[SymMatch];
  if (m !== undefined && m) throw new PTypeError('First argument to String.prototype.' + name + ' must not be a regular expression');
}
/** Converts arguments in place by kind: n integer, s string, r string that is not a RegExp. */
function convertArgs(a, kinds, name) {
  for (let i = 0; i < a.length; i++) {
    const k = kinds[0] === '*' ? kinds[1] : kinds[i];
    if (k === 'n') a[i] = intArg(a[i]);
    else if (k === 's' && isObj(a[i])) a[i] = toStr(a[i]);
    else if (k === 'r' && isObj(a[i])) { notRegExp(a[i], name); a[i] = toStr(a[i]); }
  }
}
function named(name, fn, like) {
  defineProperty(fn, 'name', { value: name });
  defineProperty(fn, 'length', { value: like.length });
  return fn;
}
/** A method wrapper: this converted, arguments converted, before(self, args) and after(self, args, r) charged. */
function metered(holder, name, self, kinds, before, after) {
  const orig = holder[name];
  const w = { [name](...a) {
    const s = self(this, name);
    convertArgs(a, kinds, name);
    if (before !== undefined) charge(before(s, a));
    const r = apply(orig, s, a);
    if (after !== undefined) { const g = after(s, a, r); if (g > 0) charge(g); }
    return r;
  } }[name];
  holder[name] = named(name, w, orig);
}
const anyThis = (v) => v;
const len0 = (a) => (typeof a[0] === 'string' ? a[0].length : 0);
const lens = (a) => { let n = 0; for (let i = 0; i < a.length; i++) n += typeof a[i] === 'string' ? a[i].length : 24; return n; };
const relIndex = (v, len) => { const r = toInt(v); return r < 0 ? (len + r > 0 ? len + r : 0) : r < len ? r : len; };
function spliceCount(len, a) {
  if (a.length === 0) return 0;
  const start = relIndex(a[0], len);
  if (a.length === 1) return len - start;
  const d = toInt(a[1]);
  return d < 0 ? 0 : d < len - start ? d : len - start;
}

// ---- String.prototype: go-iost environment.js prices (truncated, as its incr takes integers) ----
const SP = String.prototype;
/** 1 + 0.1 per character of the (converted) this string, or of the result for concat and repeat. */
const strPrice = (n) => floor(1 + n * 0.1);
const ofThis = (s) => strPrice(s.length);
for (const name of ['includes', 'startsWith', 'endsWith']) metered(SP, name, thisString, 'rn', ofThis);
for (const name of ['indexOf', 'lastIndexOf']) metered(SP, name, thisString, 'sn', ofThis);
metered(SP, 'concat', thisString, '*s', undefined, (s, a, r) => strPrice(r.length));
for (const name of ['slice', 'substring']) metered(SP, name, thisString, 'nn', ofThis);
for (const name of ['toLowerCase', 'toUpperCase', 'trim', 'trimLeft', 'trimRight']) metered(SP, name, thisString, '', ofThis);
// Charged before the string exists (the result's length is known): same gas as IOST's after.
metered(SP, 'repeat', thisString, 'n', (s, a) => { const c = toInt(a[0]); return c >= 0 && c !== Infinity ? strPrice(s.length * c) : 1; });
for (const name of ['charAt', 'charCodeAt']) {
  const orig = SP[name];
  SP[name] = named(name, { [name](pos) {
    charge(1);
    return apply(orig, typeof this === 'string' ? this : thisString(this, name), [typeof pos === 'number' ? pos : intArg(pos)]);
  } }[name], orig);
}
const origStrValueOf = SP.valueOf;
SP.valueOf = named('valueOf', { valueOf() { charge(1); return apply(origStrValueOf, this, []); } }.valueOf, origStrValueOf);
/**
 * split and replace first hand an object argument with its own Symbol.split/Symbol.replace
 * method to that method (the spec's protocol; RegExp is gone, so only contract objects have one).
 * Returns [result] when it did.
 */
function byProtocol(self, name, arg, symbol, second) {
  if (self === null || self === undefined) throw new PTypeError('String.prototype.' + name + ' called on null or undefined');
  if (!isObj(arg)) return undefined;
  const method = arg[symbol];
  return method === undefined || method === null ? undefined : [apply(method, arg, [self, second])];
}
const origSplit = SP.split;
SP.split = named('split', { split(separator, limit) {
  const delegated = byProtocol(this, 'split', separator, Symbol.split, limit);
  if (delegated !== undefined) return delegated[0];
  const s = toStr(this);
  const lim = limit === undefined ? 4294967295 : numArg(limit) >>> 0;
  charge(ofThis(s));
  if (separator === undefined) return apply(origSplit, s, [undefined, lim]);
  const sep = toStr(separator);
  if (s.length >= SUR.freeElements) {
    let pieces = 1;
    if (sep === '') pieces = s.length;
    else for (let at = strIndexOf(s, sep, 0); at !== -1 && pieces < lim; at = strIndexOf(s, sep, at + sep.length)) pieces++;
    if (pieces > lim) pieces = lim;
    if (pieces > SUR.freeElements) charge((pieces - SUR.freeElements) * SUR.splitPiece);
  }
  return apply(origSplit, s, [sep, lim]);
} }.split, origSplit);
/** GetSubstitution without captures: $$, $&, $\` and $' (other $ sequences stay as they are). */
function substitute(matched, str, pos, tail, tpl) {
  if (strIndexOf(tpl, '$', 0) === -1) return tpl;
  const parts = [];
  let start = 0;
  for (let i = strIndexOf(tpl, '$', 0); i !== -1 && i + 1 < tpl.length; i = strIndexOf(tpl, '$', i)) {
    const c = tpl[i + 1];
    const piece = c === '$' ? '$' : c === '&' ? matched : c === '\`' ? strSlice(str, 0, pos) : c === "'" ? strSlice(str, tail) : null;
    if (piece === null) { i++; continue; }
    push(parts, strSlice(tpl, start, i));
    push(parts, piece);
    i += 2;
    start = i;
  }
  push(parts, strSlice(tpl, start));
  return arrayJoin(parts, '');
}
const origReplace = SP.replace;
SP.replace = named('replace', { replace(searchValue, replaceValue) {
  const delegated = byProtocol(this, 'replace', searchValue, Symbol.replace, replaceValue);
  if (delegated !== undefined) return delegated[0];
  const s = toStr(this);
  const search = toStr(searchValue);
  const functional = typeof replaceValue === 'function';
  const template = functional ? '' : toStr(replaceValue);
  charge(ofThis(s));
  const pos = strIndexOf(s, search, 0);
  if (pos === -1) return s;
  const tail = pos + search.length;
  const replacement = functional ? toStr(apply(replaceValue, undefined, [search, pos, s])) : substitute(search, s, pos, tail, template);
  return strSlice(s, 0, pos) + replacement + strSlice(s, tail);
} }.replace, origReplace);

// ---- String ----
for (const name of ['fromCharCode', 'fromCodePoint']) {
  const orig = String[name];
  String[name] = named(name, { [name](...codes) {
    for (let i = 0; i < codes.length; i++) if (typeof codes[i] !== 'number') codes[i] = numArg(codes[i]);
    return apply(orig, String, codes);
  } }[name], orig);
}

// ---- Array.prototype ----
const AP = Array.prototype;
const per = (n, rate) => 1 + floor(n / rate);
// concat, filter, map, slice and splice are written out here (ECMAScript 23.1.3): V8's fast
// paths for them need the untouched Array.prototype.constructor, and its generic paths are
// slower than a loop. ArraySpeciesCreate as the spec has it (subclasses get their own class).
const SymSpreadable = Symbol.isConcatSpreadable;
const SymSpecies = Symbol.species;
function speciesOf(o) {
  if (!isArray(o)) return undefined;
  let C = o.constructor;
  if (isObj(C)) { C = C[SymSpecies]; if (C === null) C = undefined; }
  if (C !== undefined && typeof C !== 'function') throw new PTypeError('object.constructor[Symbol.species] is not a constructor');
  return C;
}
const created = (C, len) => (C === undefined ? [] : construct(C, [len]));
function put(A, k, v, C) {
  if (C === undefined) A[k] = v;
  else defineProperty(A, k, { value: v, writable: true, enumerable: true, configurable: true });
}
function callable(f) { if (typeof f !== 'function') throw new PTypeError(PString(f) + ' is not a function'); }
const origConcat = AP.concat;
const plainValue = (v) => !isObj(v) || (isArray(v) && v[SymSpreadable] === undefined);
const arrayMethods = {
  concat(...items) {
    const o = this;
    // Arrays and primitives only: V8's concat (still fast on this path), charged per element.
    let simple = plainValue(o) && speciesOf(o) === undefined;
    let total = isArray(o) ? o.length : 1;
    for (let i = 0; simple && i < items.length; i++) {
      simple = plainValue(items[i]);
      total += isArray(items[i]) ? items[i].length : 1;
    }
    if (simple) { charge(1 + total); return apply(origConcat, o, items); }
    const C = speciesOf(o);
    const A = created(C, 0);
    let n = 0;
    for (let i = 0; i <= items.length; i++) {
      const e = i === 0 ? o : items[i - 1];
      let spreadable = false;
      if (isObj(e)) { const sp = e[SymSpreadable]; spreadable = sp !== undefined ? !!sp : isArray(e); }
      if (!spreadable) { put(A, n++, e, C); continue; }
      const len = toInt(e.length);
      for (let k = 0; k < len; k++, n++) if (k in e) put(A, n, e[k], C);
    }
    A.length = n;
    charge(1 + n);
    return A;
  },
  filter(callbackfn, thisArg) {
    const o = thisArray(this, 'filter');
    const len = o.length;
    callable(callbackfn);
    charge(floor(1 + len * 10));
    const C = speciesOf(o);
    const A = created(C, 0);
    let to = 0;
    for (let k = 0; k < len; k++) {
      if (!(k in o)) continue;
      const v = o[k];
      if (apply(callbackfn, thisArg, [v, k, o])) put(A, to++, v, C);
    }
    return A;
  },
  map(callbackfn, thisArg) {
    const o = thisArray(this, 'map');
    const len = o.length;
    callable(callbackfn);
    charge(floor(1 + len * 10));
    const C = speciesOf(o);
    const A = created(C, len);
    for (let k = 0; k < len; k++) if (k in o) put(A, k, apply(callbackfn, thisArg, [o[k], k, o]), C);
    if (C === undefined) A.length = len;
    return A;
  },
  slice(start, end) {
    const o = thisArray(this, 'slice');
    const len = o.length;
    charge(floor(1 + len * 10));
    let k = relIndex(intArg(start), len);
    const final = end === undefined ? len : relIndex(intArg(end), len);
    const count = final > k ? final - k : 0;
    const C = speciesOf(o);
    const A = created(C, count);
    let n = 0;
    for (; k < final; k++, n++) if (k in o) put(A, n, o[k], C);
    A.length = n;
    return A;
  },
  splice(start, deleteCount, ...items) {
    const o = thisArray(this, 'splice');
    const len = o.length;
    const begin = relIndex(intArg(start), len);
    const args = arguments.length;
    const dc = args === 0 ? 0 : args === 1 ? len - begin : spliceCount(len, [begin, intArg(deleteCount)]);
    const ic = items.length;
    charge(floor(1 + len * 10));
    if (args >= 3) charge(args - 2);
    const C = speciesOf(o);
    const A = created(C, dc);
    for (let k = 0; k < dc; k++) if (begin + k in o) put(A, k, o[begin + k], C);
    A.length = dc;
    if (ic < dc) {
      for (let k = begin; k < len - dc; k++) {
        const from = k + dc;
        if (from in o) o[k + ic] = o[from];
        else delete o[k + ic];
      }
      for (let k = len; k > len - dc + ic; k--) delete o[k - 1];
    } else if (ic > dc) {
      for (let k = len - dc; k > begin; k--) {
        const from = k + dc - 1;
        if (from in o) o[k + ic - 1] = o[from];
        else delete o[k + ic - 1];
      }
    }
    for (let i = 0; i < ic; i++) o[begin + i] = items[i];
    o.length = len - dc + ic;
    return A;
  },
};
for (const name of ownKeys(arrayMethods)) AP[name] = named(name, arrayMethods[name], AP[name]);
// go-iost environment.js: 1 + n (every, find, findIndex, forEach, includes), 1 + 0.2 n (indexOf,
// lastIndexOf, keys, reverse), 1 (pop, push, shift, unshift), truncated.
const each1 = (a) => 1 + a.length;
const each02 = (a) => floor(1 + a.length * 0.2);
for (const name of ['every', 'find', 'findIndex', 'forEach', 'includes']) metered(AP, name, thisArray, name === 'includes' ? ' n' : '', each1);
for (const name of ['indexOf', 'lastIndexOf']) metered(AP, name, thisArray, ' n', each02);
for (const name of ['keys', 'reverse']) metered(AP, name, thisArray, '', each02);
for (const name of ['pop', 'push', 'shift']) metered(AP, name, anyThis, '', () => 1);
metered(AP, 'unshift', thisArray, '', (a) => 1 + floor(a.length / G.scanElements));
const joining = new PSet();
const origJoin = AP.join;
AP.join = named('join', { join(separator) {
  const a = thisArray(this, 'join');
  const sep = separator === undefined ? ',' : toStr(separator);
  if (joining.has(a)) return '';
  const n = a.length;
  charge(1 + n);
  enterUnits(S.levelUnits);
  joining.add(a);
  try {
    const parts = [];
    let converted = 0;
    for (let i = 0; i < n; i++) {
      const v = a[i];
      if (typeof v !== 'string') converted++;
      push(parts, v === undefined || v === null ? '' : toStr(v));
    }
    if (converted > SUR.freeElements) charge((converted - SUR.freeElements) * SUR.joinElement);
    return arrayJoin(parts, sep);
  } finally {
    joining.delete(a);
    _IOSTd -= S.levelUnits;
  }
} }.join, origJoin);
const objectToString = Object.prototype.toString;
AP.toString = named('toString', { toString() {
  if (this === null || this === undefined) throw new PTypeError('Array.prototype.toString called on null or undefined');
  if (isArray(this)) charge(1 + this.length);
  const join = this.join;
  return typeof join === 'function' ? apply(join, this, []) : apply(objectToString, this, []);
} }.toString, AP.toString);
const origSort = AP.sort;
/** Comparisons of a sort of n elements, as charged (one gas each): n * ceil(log2 n). */
const comparisons = (n) => (n < 2 ? 1 : n * ceil(log2(n)));
function keyCompare(x, y) {
  return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0;
}
AP.sort = named('sort', { sort(comparefn) {
  const a = thisArray(this, 'sort');
  if (comparefn !== undefined && typeof comparefn !== 'function')
    throw new PTypeError('The comparison function must be either a function or undefined');
  const n = a.length;
  charge(1 + n);
  if (comparefn !== undefined) return apply(origSort, a, [comparefn]);
  // The default order compares ToString of the elements: each converted once, as charged.
  const items = [];
  let undefs = 0;
  for (let i = 0; i < n; i++) {
    if (!(i in a)) continue;
    const v = a[i];
    if (v === undefined) undefs++;
    else push(items, [toStr(v), v]);
  }
  apply(origSort, items, [keyCompare]);
  let i = 0;
  for (; i < items.length; i++) a[i] = items[i][1];
  for (let u = 0; u < undefs; u++) a[i++] = undefined;
  for (; i < n; i++) delete a[i];
  return a;
} }.sort, origSort);

// ---- Array ----
const ArrayCtor = function Array(...args) {
  const n = args[0];
  const k = args.length === 1 && typeof n === 'number' && n >>> 0 === n ? n : args.length;
  charge(floor(1 + k * 0.2) + (k > SUR.freeElements ? k - SUR.freeElements : 0));
  return new.target === undefined ? apply(PArray, undefined, args) : construct(PArray, args, new.target);
};
defineProperty(ArrayCtor, 'prototype', { value: AP, writable: false });
defineProperty(ArrayCtor, 'isArray', { value: isArray, writable: true, configurable: true });
// ArraySpeciesCreate: plain arrays get V8's own array (undefined species), subclasses themselves.
const speciesGetter = getOwnDesc({ get [SymSpecies]() { return this === ArrayCtor ? undefined : this; } }, SymSpecies).get;
defineProperty(speciesGetter, 'name', { value: 'get [Symbol.species]' });
defineProperty(ArrayCtor, SymSpecies, { get: speciesGetter, configurable: true });
AP.constructor = ArrayCtor;

// ---- Object ----
const O = Object;
/** Keys a string or an array would enumerate (index keys are made as they go): charged before. */
const indexKeys = (x) => (typeof x === 'string' || isArray(x) ? x.length : 0);
const enumerated = (n) => 1 + n * G.enumeratedKey;
for (const [name, per] of [['keys', 1], ['getOwnPropertyNames', 1], ['getOwnPropertySymbols', 1], ['entries', 3], ['values', 2], ['getOwnPropertyDescriptors', 4]])
  metered(O, name, anyThis, '', (s, a) => enumerated(per * indexKeys(a[0])), (s, a, r) => (indexKeys(a[0]) === 0 ? enumerated(per * r.length) : 0));
const createdFrom = (x) => 1 + (typeof x === 'string' || isArray(x) ? x.length : isObj(x) ? objectKeys(x).length : 0) * G.createdProperty;
metered(O, 'assign', anyThis, '', (s, a) => { let g = 1; for (let i = 1; i < a.length; i++) g += createdFrom(a[i]); return g; });
metered(O, 'defineProperties', anyThis, '', (s, a) => createdFrom(a[1]));
metered(O, 'fromEntries', anyThis, '', (s, a) => 1 + (isArray(a[0]) ? a[0].length * G.createdProperty : 0));
const keyed = (holder, name, at) => metered(holder, name, anyThis, '', (s, a) => 1 + keyCost(a[at]));
for (const name of ['hasOwnProperty', 'propertyIsEnumerable', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__'])
  keyed(Object.prototype, name, 0);
for (const name of ['hasOwn', 'getOwnPropertyDescriptor', 'defineProperty']) keyed(O, name, 1);
keyed(Symbol, 'for', 0);
for (const name of ['freeze', 'seal', 'preventExtensions', 'isFrozen', 'isSealed'])
  metered(O, name, anyThis, '', (s, a) => per(sizeOf(a[0]), G.scanElements));
metered(O, 'create', anyThis, '', (s, a) => {
  if (isObj(a[0])) shortChain(a[0], 1);
  return a[1] === undefined ? 1 : createdFrom(a[1]);
});
const protoGetter = getOwnDesc(Object.prototype, '__proto__').get;
defineProperty(Object.prototype, '__proto__', { get: protoGetter, set: undefined, configurable: true });

// ---- Function.prototype ----
const FP = Function.prototype;
const origBind = FP.bind;
FP.apply = named('apply', { apply(thisArg, argArray) {
  let args;
  if (argArray === undefined || argArray === null) args = [];
  else if (isArray(argArray)) args = argArray;
  else if (isObj(argArray)) {
    const n = toInt(argArray.length);
    charge(elements(n));
    args = [];
    for (let i = 0; i < n; i++) push(args, argArray[i]);
  } else throw new PTypeError('CreateListFromArrayLike called on non-object');
  charge(elements(args.length));
  return callWithUnits(this, thisArg, args);
} }.apply, FP.apply);
FP.bind = named('bind', { bind(thisArg, ...args) {
  if (args.length > S.maxBoundArgs) throw new PError('bind: at most ' + S.maxBoundArgs + ' bound arguments');
  charge(elements(args.length));
  return apply(origBind, this, [thisArg, ...args]);
} }.bind, FP.bind);
FP.toString = named('toString', { toString() {
  if (typeof this !== 'function') throw new PTypeError('Function.prototype.toString requires that this be a Function');
  const n = this.name;
  return 'function ' + (typeof n === 'string' ? n : '') + '() { [native code] }';
} }.toString, FP.toString);

// ---- Number, isNaN, isFinite, Math ----
const PNumber = Number;
const NumberCtor = function Number(...args) {
  const n = args.length === 0 ? 0 : numArg(args[0]);
  return new.target === undefined ? n : construct(PNumber, [n], new.target);
};
defineProperty(NumberCtor, 'prototype', { value: PNumber.prototype, writable: false });
for (const k of ownKeys(PNumber)) if (k !== 'prototype' && k !== 'length' && k !== 'name') defineProperty(NumberCtor, k, getOwnDesc(PNumber, k));
PNumber.prototype.constructor = NumberCtor;
const parseWith = (raw, name) => named(name, { [name](s, radix) {
  const str = toStr(s);
  if (str.length > 64) charge(scan(str.length));
  return raw(str, intArg(radix));
} }[name], raw);
NumberCtor.parseInt = parseWith(parseIntRaw, 'parseInt');
NumberCtor.parseFloat = parseWith(parseFloatRaw, 'parseFloat');
for (const name of ['toExponential', 'toFixed', 'toPrecision', 'toString']) metered(PNumber.prototype, name, anyThis, 'n');
const numberTest = (raw, name) => named(name, { [name](v) { return raw(typeof v === 'number' ? v : numArg(v)); } }[name], raw);
global.isNaN = numberTest(isNaN, 'isNaN');
global.isFinite = numberTest(isFinite, 'isFinite');
// go-iost environment.js: each Math function costs 2.
const mathTest = (raw, name) => named(name, { [name](v) { charge(2); return raw(typeof v === 'number' ? v : numArg(v)); } }[name], raw);
for (const name of ['abs', 'cbrt', 'ceil', 'floor', 'log', 'log10', 'log1p', 'round', 'sqrt']) Math[name] = mathTest(Math[name], name);
const mathPow = Math.pow;
Math.pow = named('pow', { pow(x, y) { charge(2); return mathPow(typeof x === 'number' ? x : numArg(x), typeof y === 'number' ? y : numArg(y)); } }.pow, mathPow);
for (const name of ['max', 'min']) {
  const orig = Math[name];
  Math[name] = named(name, { [name](...a) {
    charge(2);
    for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'number') a[i] = numArg(a[i]);
    return apply(orig, undefined, a);
  } }[name], orig);
}
global.Array = ArrayCtor;
global.Number = NumberCtor;
`;
