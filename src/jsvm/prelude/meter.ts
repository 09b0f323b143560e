/**
 * In-sandbox metering core: the built-ins the prelude itself uses, captured before lockdown
 * changes or removes them; gas and stack accounting on the script-level counters (`_IOSTg`,
 * `_IOSTl`, `_IOSTd`, see meter-names.ts); and the helpers instrumented code calls for
 * operators whose cost the AST does not show. Each binary helper is a function of its own
 * (per-operator type feedback, so V8 inlines the number fast path); the slow path converts
 * objects with the spec's ToPrimitive (Symbol.toPrimitive, then valueOf/toString in hint
 * order) and charges for the characters strings make V8 read (ToNumber, comparisons) or build
 * (concatenation).
 */
import { GAS, STACK } from '../gas.js';
import { RUNTIME_GAS, SURCHARGE } from '../iost-gas.js';
import { BINARY_HELPERS, chargedHelper, UNARY_HELPERS } from '../meter-names.js';

/** Which helper converts its operands how: `+` keeps strings, relations may compare them. */
const KIND: Readonly<Record<string, 'add' | 'arith' | 'rel' | 'eq' | 'seq'>> = {
  '+': 'add',
  '<': 'rel',
  '<=': 'rel',
  '>': 'rel',
  '>=': 'rel',
  '==': 'eq',
  '!=': 'eq',
  '===': 'seq',
  '!==': 'seq',
};

/**
 * The helper of each operator IOST rewrites into `_IOSTBinaryOp` (go-iost vm.js): 3 gas, the
 * operands' string lengths for a comparison with a string operand, the result's length for a
 * `+` that makes a string; `==` is `===` there (and `!=` is `!==`).
 */
function binaryHelper(op: string, name: string, charged: boolean): string {
  const c = charged ? `if ((_IOSTg += ${RUNTIME_GAS.binaryOp}) > _IOSTl) outOfGas(); ` : '';
  const fast = `if (typeof a === 'number' && typeof b === 'number') return a ${op} b;`;
  switch (KIND[op] ?? 'arith') {
    case 'add':
      return `function ${name}(a, b) { ${c}${fast} return addSlow(a, b); }`;
    case 'rel':
      return `function ${name}(a, b) { ${c}${fast} cmpCharge(a, b); return a ${op} b; }`;
    case 'eq':
    case 'seq':
      return `function ${name}(a, b) { ${c}if (typeof a === 'string' || typeof b === 'string') cmpCharge(a, b); return a === b; }`;
    default:
      return `function ${name}(a, b) { ${c}${fast} a = numArg(a); b = numArg(b); return a ${op} b; }`;
  }
}

/** One helper per name, defined by the first operator that uses it (`==` for `!=`, `===` for `!==`). */
const binaryHelpers = Object.entries(BINARY_HELPERS)
  .filter(([, name], i, all) => all.findIndex(([, n]) => n === name) === i)
  .map(([op, name]) => `${binaryHelper(op, name, false)}\n${binaryHelper(op, chargedHelper(name), true)}`)
  .join('\n');
const unaryHelpers = Object.entries(UNARY_HELPERS)
  .map(
    ([op, name]) =>
      `function ${name}(a) { if (typeof a === 'number') return ${op}a; return ${op}numArg(a); }`,
  )
  .join('\n');
/** Operator → helper, for compound assignment (`o[k] op= v`): the arithmetic ones and `+`. */
const opTable = Object.entries(BINARY_HELPERS)
  .filter(([op]) => KIND[op] === undefined || KIND[op] === 'add')
  .map(([op, name]) => `${JSON.stringify(op)}: ${name}`)
  .join(', ');

export const METER_JS = `
const G = ${JSON.stringify(GAS)};
const S = ${JSON.stringify(STACK)};
const { apply, construct, ownKeys } = Reflect;
const getProto = Object.getPrototypeOf;
const defineProperty = Object.defineProperty;
const getOwnDesc = Object.getOwnPropertyDescriptor;
const isArray = Array.isArray;
const floor = Math.floor;
const ceil = Math.ceil;
const PString = String;
const PError = Error;
const PTypeError = TypeError;
const PRangeError = RangeError;
const PWeakMap = WeakMap;
const PSet = Set;
const PArray = Array;
const PBoolean = Boolean;
const uncurry = (f) => (self, ...a) => apply(f, self, a);
const push = uncurry(Array.prototype.push);
const pop = uncurry(Array.prototype.pop);
const arrayJoin = uncurry(Array.prototype.join);
const strSlice = uncurry(String.prototype.slice);
const strCharCodeAt = uncurry(String.prototype.charCodeAt);
const numberParseFloat = Number.parseFloat;
const strIndexOf = uncurry(String.prototype.indexOf);
const strRepeat = uncurry(String.prototype.repeat);
const strToLower = uncurry(String.prototype.toLowerCase);
const strToUpper = uncurry(String.prototype.toUpperCase);
const regexExec = uncurry(RegExp.prototype.exec);
const jsonParse = JSON.parse;
const jsonStringify = JSON.stringify;
const parseIntRaw = parseInt;
const objectCreate = Object.create;
const objectFreeze = Object.freeze;
const objectKeys = Object.keys;
const objectIs = Object.is;
const strTrim = uncurry(String.prototype.trim);
const log10 = Math.log10;
const PNumberRaw = Number;
const PBigInt = BigInt;
const isIntegerRaw = Number.isInteger;
const isFiniteNum = Number.isFinite;
const reflectDefine = Reflect.defineProperty;
const reflectDelete = Reflect.deleteProperty;
const parseFloatRaw = parseFloat;
const SymToPrimitive = Symbol.toPrimitive;
const SymIterator = Symbol.iterator;
const SymMatch = Symbol.match;

// ---- the running frame ----
let active = false;
let fatal = null;
function fail(message) {
  if (fatal === null) fatal = new PError(message);
  return fatal;
}
function outOfGas() { throw fail('out of gas'); }
function tooDeep() { throw fail('JavaScript call stack exceeded: more than ' + (S.units * S.unitBytes) / 1024 + ' KiB of stack'); }
function charge(n) {
  if (!active) throw new PError('host API used outside a contract call');
  if ((_IOSTg += n) > _IOSTl) outOfGas();
}
/** Gas for reading len characters, building len characters, touching n elements. */
const scan = (len) => 1 + floor(len / G.scanChars);
const build = (len) => 1 + floor(len / G.buildChars);
const elements = (n) => 1 + n * G.element;
/** Stack units held while a call pushes n arguments, or while a recursive built-in nests. */
function enterUnits(u) { if ((_IOSTd += u) > S.units) tooDeep(); }
const argUnits = (n) => ceil(n / S.slotsPerUnit);

// ---- conversions (ECMAScript ToPrimitive, ToNumber, ToString, ToPropertyKey) ----
const isObj = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';
function toPrim(v, hint) {
  const exotic = v[SymToPrimitive];
  if (exotic !== undefined && exotic !== null) {
    if (typeof exotic !== 'function') throw new PTypeError('Symbol.toPrimitive is not a function');
    const r = apply(exotic, v, [hint]);
    if (isObj(r)) throw new PTypeError('Cannot convert object to primitive value');
    return r;
  }
  const first = hint === 'string' ? 'toString' : 'valueOf';
  const second = hint === 'string' ? 'valueOf' : 'toString';
  let m = v[first];
  if (typeof m === 'function') { const r = apply(m, v, []); if (!isObj(r)) return r; }
  m = v[second];
  if (typeof m === 'function') { const r = apply(m, v, []); if (!isObj(r)) return r; }
  throw new PTypeError('Cannot convert object to primitive value');
}
/** ToNumber of a long string reads every character. */
function convCharge(p) { if (typeof p === 'string' && p.length > 64) charge(scan(p.length)); }
function numArg(v) {
  const p = isObj(v) ? toPrim(v, 'number') : v;
  convCharge(p);
  return +p;
}
/** ToString, with objects converted by the metered ToPrimitive. */
const toStr = (v) => (typeof v === 'string' ? v : PString(isObj(v) ? toPrim(v, 'string') : v));
/** ToIntegerOrInfinity, keeping undefined (so that "absent" stays absent for the built-in). */
const intArg = (v) => (v === undefined || typeof v === 'number' ? v : numArg(v));
const toInt = (v) => {
  const n = v === undefined ? 0 : +v;
  return n !== n ? 0 : n === Infinity || n === -Infinity ? n : n < 0 ? ceil(n) : floor(n);
};

// ---- operators ----
function addSlow(a, b) {
  if (isObj(a)) a = toPrim(a, 'default');
  if (isObj(b)) b = toPrim(b, 'default');
  const r = a + b;
  if (typeof r === 'string') charge(r.length);
  return r;
}
/** vm.js: the length of x.toString() (called again for the length, as there), 0 for null, undefined or ''. */
function strLen(x) {
  if (x === null || x === undefined) return 0;
  const s = x.toString();
  if (!(s.length > 0)) return 0;
  const n = x.toString().length;
  return typeof n === 'number' ? floor(n) : 0;
}
/** A comparison with a string operand charges both operands' lengths. */
function cmpCharge(a, b) {
  if (typeof a === 'string' || typeof b === 'string') { charge(strLen(a)); charge(strLen(b)); }
}
${binaryHelpers}
${unaryHelpers}
const BINARY = { ${opTable} };
/** Gas of a property key a built-in takes: none for array indices and symbols, else V8 internalizes a string. */
function keyCost(k) {
  if (typeof k === 'number' ? k >>> 0 === k : typeof k === 'symbol') return 0;
  return G.propertyKey + (typeof k === 'string' ? floor(k.length / G.scanChars) : 0);
}
function _IOSTnum(v) { return typeof v === 'number' ? v : numArg(v); }
// V8 converts an object key on the read and again on the write (ToPropertyKey in GetValue
// and PutValue); passing the key through unconverted does the same.
function _IOSTupd(o, k, delta, prefix) {
  const old = _IOSTnum(o[k]);
  const v = old + delta;
  o[k] = v;
  return prefix ? v : old;
}
function _IOSTcget(o, k) { return [o, k, o[k]]; }
function _IOSTcset(ref, op, v, charged) {
  if (charged === 1) charge(${RUNTIME_GAS.binaryOp});
  const r = BINARY[op](ref[2], v);
  ref[0][ref[1]] = r;
  return r;
}
/**
 * The tag of every untagged template (vm.js _IOSTTemplateTag): 4, then 8 per substitution and
 * each concat as environment.js prices String.prototype.concat (1 + 0.1 per character of the
 * string so far, truncated).
 */
function _IOSTtpl(strings, ...keys) {
  charge(${RUNTIME_GAS.template});
  let res = '';
  const n = strings.length - 1;
  for (let i = 0; i < n; i++) {
    charge(${RUNTIME_GAS.templateSubstitution});
    const v = keys[i];
    const p = isObj(v) ? toPrim(v, 'string') : v;
    res = res + strings[i] + (typeof p === 'string' ? p : '' + p);
    charge(floor(1 + res.length * 0.1));
  }
  res = res + strings[n];
  charge(floor(1 + res.length * 0.1));
  return res;
}

// ---- spreads and calls ----
/** vm.js _IOSTSpreadElement: the spread value's length, when it has one. */
function _IOSTsp(x) {
  if (x !== undefined && x !== null) {
    const n = x.length;
    if (typeof n === 'number' && n > 0) charge(floor(n));
  }
  return x;
}
const _IOSTosp = _IOSTsp;
function sizeOf(x) {
  if (typeof x === 'string') return x.length;
  return isObj(x) ? ownKeys(x).length : 0;
}
function callWithUnits(f, self, args) {
  if (typeof f !== 'function') throw new PTypeError(typeof f + ' is not a function');
  const u = argUnits(args.length);
  enterUnits(u);
  try { return apply(f, self, args); } finally { _IOSTd -= u; }
}
function _IOSTcall(f, args) { return callWithUnits(f, undefined, args); }
function _IOSTref(o, k) { return [o, o[k]]; }
function _IOSTcallr(ref, args) { return callWithUnits(ref[1], ref[0], args); }
function protoDepth(o) {
  let n = 0;
  for (let p = getProto(o); p !== null; p = getProto(p)) if (++n > S.maxProtoDepth) break;
  return n;
}
function shortChain(o, extra) {
  if (protoDepth(o) + extra > S.maxProtoDepth)
    throw new PError('prototype chain longer than ' + S.maxProtoDepth + ' objects');
  return o;
}
function _IOSTnew(F, args) {
  const u = argUnits(args.length);
  enterUnits(u);
  let r;
  try { r = construct(F, args); } finally { _IOSTd -= u; }
  return shortChain(r, 0);
}
function _IOSTnw(r) { return shortChain(r, 0); }
const superUnits = [];
function _IOSTsps(x) {
  const a = _IOSTsp(x);
  const u = argUnits(a === null || a === undefined ? 0 : a.length);
  enterUnits(u);
  push(superUnits, u);
  return a;
}
function _IOSTspe(k, v) { for (let i = 0; i < k; i++) _IOSTd -= pop(superUnits); return v; }
const SUR = ${JSON.stringify(SURCHARGE)};
function _IOSTsw(d, k) { if (typeof d === 'string' && d.length > SUR.longSwitch) charge(k * scan(d.length)); return d; }
/** for-in: 4 per key it will enumerate, own and inherited, up front (its iterations then cost nothing more). */
function _IOSTforin(o) {
  if (!isObj(o)) { if (typeof o === 'string') charge(o.length * SUR.forInKey); return o; }
  let n = 0;
  for (let p = o; p !== null; p = getProto(p)) n += objectKeys(p).length;
  charge(n * SUR.forInKey);
  return o;
}
function _IOSText(E) {
  if (typeof E !== 'function') return E;
  shortChain(E, 1);
  const d = getOwnDesc(E, 'prototype');
  if (d !== undefined && !('value' in d)) throw new PError('class extends: a prototype getter is not supported');
  if (d !== undefined && isObj(d.value)) shortChain(d.value, 2);
  return E;
}
`;
