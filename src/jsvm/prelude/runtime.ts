/**
 * In-sandbox runtime: the frame runner the host calls for every contract call, and the
 * lockdown that makes the context safe to reuse across calls. Lockdown removes every source
 * of nondeterminism and code generation (Date, Math.random, Intl and locale methods, eval,
 * the Function constructors, WebAssembly, SharedArrayBuffer, Atomics, WeakRef,
 * FinalizationRegistry, Promise, stack-trace hooks) and then freezes every intrinsic reachable
 * from the global object and the global object itself: a call that tries to change a built-in
 * fails (contract code runs in strict mode), so the next call sees them pristine.
 */
import { MAX_JS_FRAMES } from '../instrument.js';

export const RUNTIME_JS = `
const MAX_RESULT = 65536;
let factory = null;
function install(fn) {
  if (factory !== null) throw new Error('contract already installed');
  factory = fn;
}
const oog = () => { throw oogError(cur); };
const deep = () => {
  if (!cur.f) cur.f = new Error('JavaScript call stack exceeded (max ${MAX_JS_FRAMES} nested functions)');
  throw cur.f;
};
const noRequire = (id) => { throw new Error('require(' + JSON.stringify(String(id)) + ') is not available: bundle the project with polyvm js pack'); };
function messageOf(e) {
  try {
    if (e instanceof Error) return String(e.message);
    if (typeof e === 'string') return e;
    return JSON.stringify(e) ?? String(e);
  } catch (_) {
    return 'uncaught exception';
  }
}
function run(method, argsJson, g0, limit) {
  const m = { g: g0, l: limit, d: 0, f: null, block: null, tx: null };
  frames.push(m);
  cur = m;
  try {
    const module = { exports: {} };
    factory(m, oog, deep, module, module.exports, noRequire);
    const C = module.exports;
    if (typeof C !== 'function') throw new Error('module.exports is not a class');
    const obj = new C();
    const fn = obj[method];
    if (typeof fn !== 'function') throw new Error('method ' + method + ' not found');
    let rs = fn.apply(obj, JSON.parse(argsJson));
    if (typeof rs === 'function' || typeof rs === 'object') rs = JSON.stringify(rs);
    const out = rs === undefined ? '' : String(rs);
    if (m.f) throw m.f;
    if (m.g > m.l) throw oogError(m);
    if (out.length > MAX_RESULT) throw new Error('result too long');
    return JSON.stringify({ g: m.g, r: out });
  } catch (e) {
    if (m.g > m.l) oogError(m);
    const fatal = m.f !== null;
    return JSON.stringify({ g: m.g, e: fatal ? m.f.message : messageOf(e), f: fatal });
  } finally {
    frames.pop();
    cur = frames.length ? frames[frames.length - 1] : null;
  }
}

function meterSize(proto, name, sizeOf) {
  const orig = proto[name];
  Object.defineProperty(proto, name, {
    value: function (...args) {
      const r = orig.apply(this, args);
      if (cur !== null) charge(Math.floor(sizeOf(r) / 10) * G.perTenChars);
      return r;
    },
    writable: true, configurable: true,
  });
}
for (const name of ['repeat', 'padStart', 'padEnd', 'concat']) meterSize(String.prototype, name, (r) => r.length);
meterSize(Array.prototype, 'join', (r) => r.length);

(function lockdown() {
  const thrower = function () { throw new Error('code generation from strings is forbidden'); };
  const fnProtos = [
    Function.prototype,
    Object.getPrototypeOf(function* () {}),
    Object.getPrototypeOf(async function () {}),
    Object.getPrototypeOf(async function* () {}),
  ];
  for (const p of fnProtos) Object.defineProperty(p, 'constructor', { value: thrower, writable: false, configurable: false });
  const remove = ['eval', 'Function', 'Date', 'Intl', 'WebAssembly', 'SharedArrayBuffer', 'Atomics',
    'WeakRef', 'FinalizationRegistry', 'Promise', 'escape', 'unescape'];
  for (const name of remove) delete global[name];
  delete Math.random;
  delete Error.captureStackTrace;
  Error.stackTraceLimit = 0;
  for (const p of [String.prototype, Number.prototype, Array.prototype, Object.prototype, BigInt.prototype]) {
    for (const name of ['toLocaleString', 'localeCompare', 'toLocaleUpperCase', 'toLocaleLowerCase']) delete p[name];
  }
  for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array]) delete Object.getPrototypeOf(T.prototype).toLocaleString;
  global.BigNumber = BigNumber;
  global.Int64 = Int64;
  global.Float64 = Float64;
  global.storage = storage;
  global.blockchain = blockchain;
  global.IOSTCrypto = IOSTCrypto;
  global.console = console;
  Object.defineProperty(global, 'block', { get: frameBlock, enumerable: true });
  Object.defineProperty(global, 'tx', { get: frameTx, enumerable: true });
  // Freeze everything reachable, hidden intrinsics included.
  const seen = new Set();
  const hidden = [
    Object.getPrototypeOf([][Symbol.iterator]()),
    Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())),
    Object.getPrototypeOf(new Map().entries()),
    Object.getPrototypeOf(new Set().values()),
    Object.getPrototypeOf(''[Symbol.iterator]()),
    Object.getPrototypeOf(/a/[Symbol.matchAll]('a')),
    Object.getPrototypeOf(Int8Array),
    ...fnProtos,
    Object.getPrototypeOf(function* () {}).prototype,
    Object.getPrototypeOf(async function* () {}).prototype,
  ];
  const stack = [global, ...hidden];
  while (stack.length) {
    const o = stack.pop();
    if ((typeof o !== 'object' && typeof o !== 'function') || o === null || seen.has(o)) continue;
    seen.add(o);
    Object.freeze(o);
    stack.push(Object.getPrototypeOf(o));
    for (const k of Reflect.ownKeys(o)) {
      const d = Object.getOwnPropertyDescriptor(o, k);
      if (!d) continue;
      if ('value' in d) stack.push(d.value);
      else { stack.push(d.get); stack.push(d.set); }
    }
  }
})();
`;
