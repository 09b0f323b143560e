/**
 * In-sandbox runtime: the frame runner the host calls for every contract call, and the
 * lockdown that makes the context safe to reuse across calls. Lockdown deletes every property
 * of the intrinsics that is not on the allow-list (allowed.ts: IOST's environment.js lists,
 * the metered built-ins) and every global that is not, makes the Function constructors and `eval`
 * throw V8's code-generation error, sets `Function` to null (IOST's environment.js),
 * sets Error.stackTraceLimit to 0, installs the host API, and then freezes every object
 * reachable from the global object (hidden intrinsics included) and the global object itself:
 * a call that tries to change a built-in fails (contract code runs in strict mode), so the
 * next call sees them pristine.
 *
 * The runner keeps a frame's state (limit, stack units, the fatal error, cached block/tx) in
 * the prelude's closure and the script-level counters, saves an outer frame's state when a
 * nested call re-enters the same contract, and restores it after.
 */
import { SURCHARGE } from '../iost-gas.js';
import { ALLOWED } from './allowed.js';
import { BRIDGE_GLOBAL } from './bridge.js';

export const RUNTIME_JS = `
const MAX_RESULT = 65536;
let factory = null;
function install(fn) {
  if (factory !== null) throw new PError('contract already installed');
  factory = fn;
}
const noRequire = (id) => { throw new PError('require(' + jsonStringify(PString(id)) + ') is not available: bundle the project with polyvm js pack'); };
const V8_STACK = 'Maximum call stack size exceeded';
function messageOf(e) {
  if (e instanceof PError) return PString(e.message);
  if (typeof e === 'string') return e;
  const j = metredStringify(e);
  return j === undefined ? PString(e) : j;
}
/** What a failed frame reports: fatal failures (gas, stack, V8's own stack limit) cannot be caught. */
function outcome(e) {
  if (fatal === null && isObj(e) && getProto(e) === PRangeError.prototype && ownValue(e, 'message') === V8_STACK)
    return { g: _IOSTl, r: undefined, e: 'JavaScript call stack exceeded: V8 stack limit reached', f: true, v8: true, t: false };
  let message;
  if (fatal === null) {
    try { message = messageOf(e); } catch (_) { message = 'uncaught exception'; }
  }
  if (fatal !== null) return { g: _IOSTg, r: undefined, e: fatal.message, f: true, v8: false, t: false };
  return { g: _IOSTg, r: undefined, e: message, f: false, v8: false, t: false };
}
const outer = [];
/**
 * A frame's outcome as JSON, built without consulting any prototype: built-ins a contract
 * changed may still be in place when a nested frame of the same contract ends (a polluted
 * Object.prototype.toJSON must not be able to forge the gas reported).
 */
function outcomeJson(o) {
  let t = '{"g":' + PString(o.g);
  if (o.r !== undefined) t += ',"r":' + jsonStringify(o.r);
  if (o.e !== undefined) t += ',"e":' + jsonStringify(o.e);
  if (o.f) t += ',"f":true';
  if (o.v8) t += ',"v8":true';
  if (o.t) t += ',"t":true';
  return t + '}';
}
function run(method, argsJson, g0, limit, d0) {
  push(outer, [active, fatal, _IOSTl, _IOSTd, frameBlock, frameTx, superUnits.length, bigDP, bigRM]);
  bigDP = BIG_DP_DEFAULT;
  bigRM = BIG_RM_DEFAULT;
  if (outer.length === 1) superUnits.length = 0;
  active = true;
  fatal = null;
  frameBlock = null;
  frameTx = null;
  _IOSTg = g0;
  _IOSTl = limit;
  _IOSTd = d0;
  let res;
  try {
    if (_IOSTd > S.units) tooDeep();
    const module = { exports: {} };
    factory(module, module.exports, noRequire);
    const C = module.exports;
    if (typeof C !== 'function') throw new PError('module.exports is not a class');
    const obj = new C();
    const fn = obj[method];
    if (typeof fn !== 'function') throw new PError('method ' + method + ' not found');
    let rs = callWithUnits(fn, obj, jsonParse(argsJson));
    // go-iost sandbox.go Prepare: an object or function result costs 12, then JSON.stringify.
    if (typeof rs === 'function' || typeof rs === 'object') {
      charge(12);
      rs = metredStringify(rs);
    }
    const out = rs === undefined ? '' : PString(rs);
    if (out.length > MAX_RESULT) throw new PError('result too long');
    res = { g: _IOSTg, r: out, e: undefined, f: false, v8: false, t: false };
  } catch (e) {
    res = outcome(e);
  } finally {
    const o = pop(outer);
    active = o[0]; fatal = o[1]; _IOSTl = o[2]; _IOSTd = o[3]; frameBlock = o[4]; frameTx = o[5]; superUnits.length = o[6];
    bigDP = o[7]; bigRM = o[8];
  }
  // The contract's outermost frame ended: built-ins it changed are put back (realm.restore).
  if (outer.length === 0) {
    const changed = realm.restore();
    if (changed !== 0) {
      res.t = true;
      res.g += ${SURCHARGE.realmRestore};
      if (changed < 0) { res.r = undefined; res.e = 'built-ins changed beyond restoring'; res.f = true; }
      else if (res.e === undefined && res.g > limit) { res.r = undefined; res.e = 'out of gas'; res.f = true; }
    }
  }
  return outcomeJson(res);
}

/**
 * The last steps of lockdown, run by boot in each context after the prelude (or after the
 * context was restored from a snapshot of it): V8's snapshot creator aborts on a context whose
 * Error.stackTraceLimit was set or whose global object is frozen, so neither is in a snapshot.
 */
let sealContext = null;
(function lockdown() {
  // V8's message when code generation from strings is disallowed, as on IOST.
  const CODEGEN = 'Code generation from strings disallowed for this context';
  const thrower = function () { throw new PError(CODEGEN); };
  const evalStub = { eval() { throw new PError(CODEGEN); } }.eval;
  const fnProtos = [
    Function.prototype,
    getProto(function* () {}),
    getProto(async function () {}),
    getProto(async function* () {}),
  ];
  for (const p of fnProtos) defineProperty(p, 'constructor', { value: thrower, writable: false, configurable: false });
  // isolated-vm on Node 20 (laverdet/isolated-vm#496): a context's Math may lack \`E\`, its
  // constant under a mangled, non-configurable key instead. Give Math its E back and leave the
  // mangled constant (a number, harmless) where lockdown cannot delete it.
  if (getOwnDesc(Math, 'E') === undefined)
    defineProperty(Math, 'E', { value: 2.718281828459045, writable: false, enumerable: false, configurable: false });
  const arrayIterator = getProto([][SymIterator]());
  const holders = {
    global, Object, 'Object.prototype': Object.prototype, 'Function.prototype': Function.prototype,
    Array: ArrayCtor, 'Array.prototype': AP, String, 'String.prototype': SP, Number: NumberCtor,
    Boolean: PBoolean, 'Boolean.prototype': PBoolean.prototype,
    'Number.prototype': PNumber.prototype, Math, JSON, Symbol, 'Symbol.prototype': Symbol.prototype, Error,
    'Error.prototype': Error.prototype, '%IteratorPrototype%': getProto(arrayIterator),
    '%ArrayIteratorPrototype%': arrayIterator, '%StringIteratorPrototype%': getProto(''[SymIterator]()),
  };
  const allowed = ${JSON.stringify(ALLOWED)};
  for (const name of ownKeys(holders)) {
    const holder = holders[name];
    const keep = new PSet(allowed[name]);
    for (const k of ownKeys(holder)) {
      const key = typeof k === 'symbol' ? '@@' + strSlice(k.description, 7) : k;
      if (keep.has(key)) continue;
      const d = holder === Math ? getOwnDesc(holder, k) : undefined;
      if (d !== undefined && !d.configurable && typeof d.value === 'number') continue;
      delete holder[k];
    }
  }
  // IOST's environment.js sets Function = null (new Function(...): "Function is not a
  // constructor"); eval stays a function that refuses to compile.
  global.Function = null;
  global.eval = evalStub;
  global.BigNumber = BigNumber;
  global.Int64 = Int64;
  global.Float64 = Float64;
  global.storage = storage;
  global.blockchain = blockchain;
  global.IOSTCrypto = IOSTCrypto;
  global.console = console;
  defineProperty(global, 'block', { get: getBlock, enumerable: true });
  defineProperty(global, 'tx', { get: getTx, enumerable: true });
  // Built-ins may be changed for the rest of a call (realm.ts) but not redefined, frozen or
  // made non-extensible: those could leave nothing to put back.
  const builtins = [];
  for (const name of ownKeys(holders)) if (holders[name] !== global) push(builtins, holders[name]);
  realm.capture(builtins);
  const isBuiltin = (o) => isObj(o) && realm.has(o);
  for (const name of ['defineProperty', 'defineProperties', 'freeze', 'seal', 'preventExtensions']) {
    const orig = Object[name];
    Object[name] = named(name, { [name](o) {
      if (isBuiltin(o)) throw new PTypeError('Object.' + name + ' of a built-in is not supported: assign to it instead');
      return apply(orig, this, arguments);
    } }[name], orig);
  }
  for (const name of ['__defineGetter__', '__defineSetter__']) {
    const orig = Object.prototype[name];
    Object.prototype[name] = named(name, { [name]() {
      if (isBuiltin(this)) throw new PTypeError(name + ' of a built-in is not supported: assign to it instead');
      return apply(orig, this, arguments);
    } }[name], orig);
  }
  const hidden = [arrayIterator, getProto(arrayIterator), getProto(''[SymIterator]()), ...fnProtos,
    getProto(function* () {}).prototype, getProto(async function* () {}).prototype];
  sealContext = () => sealAll(builtins, hidden);
})();

/** lockdown's last steps (sealAll), run by boot in each context. */
function sealAll(builtins, hidden) {
  const isBuiltin = (o) => isObj(o) && realm.has(o);
  defineProperty(Error, 'stackTraceLimit', { value: 0, writable: false, enumerable: true, configurable: false });
  // V8's stack-trace hook would run contract code wherever V8 formats a stack: kept unset.
  defineProperty(Error, 'prepareStackTrace', { value: undefined, writable: false, enumerable: false, configurable: false });
  // Freeze everything reachable, hidden intrinsics included, except the built-in objects themselves.
  const seen = new PSet();
  const stack = [global, ...hidden];
  while (stack.length) {
    const o = pop(stack);
    if (!isObj(o) || seen.has(o)) continue;
    seen.add(o);
    if (!isBuiltin(o)) objectFreeze(o);
    push(stack, getProto(o));
    for (const k of ownKeys(o)) {
      const d = getOwnDesc(o, k);
      if (!d) continue;
      if ('value' in d) push(stack, d.value);
      else { push(stack, d.get); push(stack, d.set); }
    }
  }
  realm.capture(builtins);
}

/**
 * Binds this context to the host: the bridge callback the host set as a global (removed before
 * any contract code exists), then the last lockdown steps. Once per context.
 */
function boot(h) {
  if (H !== null || sealContext === null) throw new PError('context already booted');
  H = h;
  delete global.${BRIDGE_GLOBAL};
  const seal = sealContext;
  sealContext = null;
  seal();
  return objectFreeze({ run, install });
}
`;
