/**
 * The built-ins a contract can reach, declared once: for each intrinsic object, the own
 * properties that survive lockdown (`@@name` is the well-known symbol `Symbol.name`). Lockdown
 * deletes every other property of these objects, so whatever a contract can call is listed
 * here, and docs/jsvm.md gives its gas. The lists follow IOST's `environment.js` where it has
 * one (String.prototype, Array.prototype and Math allow-lists; RegExp, Date, Map, Set, WeakMap,
 * WeakSet, typed arrays, ArrayBuffer, DataView, Proxy, Reflect, Promise, Boolean, the Error
 * subclasses, parseInt/parseFloat and the URI functions gone from the global object), with
 * polyvm's additions: `String.prototype.search` is gone (it compiles its argument as a
 * regular expression), and so are `Object.setPrototypeOf` and the `__proto__` setter (they
 * could make prototype chains long, and property lookups slow, after the objects exist).
 */
export const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  global: [
    'globalThis', 'NaN', 'Infinity', 'undefined', 'Object', 'Array', 'String', 'Number', 'Symbol', 'Error',
    'JSON', 'Math', 'isNaN', 'isFinite', 'BigNumber', 'Int64', 'Float64', 'storage', 'blockchain',
    'IOSTCrypto', 'console', 'block', 'tx',
  ],
  Object: [
    'length', 'name', 'prototype', 'assign', 'create', 'defineProperty', 'defineProperties', 'entries',
    'freeze', 'fromEntries', 'getOwnPropertyDescriptor', 'getOwnPropertyDescriptors', 'getOwnPropertyNames',
    'getOwnPropertySymbols', 'getPrototypeOf', 'hasOwn', 'is', 'isExtensible', 'isFrozen', 'isSealed', 'keys',
    'preventExtensions', 'seal', 'values',
  ],
  'Object.prototype': [
    'constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toString', 'valueOf',
    '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
  ],
  'Function.prototype': [
    'length', 'name', 'constructor', 'apply', 'bind', 'call', 'toString', 'caller', 'arguments', '@@hasInstance',
  ],
  Array: ['length', 'name', 'prototype', 'isArray', '@@species'],
  'Array.prototype': [
    'length', 'constructor', 'toString', 'concat', 'every', 'filter', 'find', 'findIndex', 'forEach', 'includes',
    'indexOf', 'join', 'keys', 'lastIndexOf', 'map', 'pop', 'push', 'reverse', 'shift', 'slice', 'sort',
    'splice', 'unshift', '@@iterator', '@@unscopables',
  ],
  String: ['length', 'name', 'prototype', 'fromCharCode', 'fromCodePoint'],
  'String.prototype': [
    'length', 'constructor', 'toString', 'valueOf', 'charAt', 'charCodeAt', 'concat', 'includes', 'endsWith',
    'indexOf', 'lastIndexOf', 'replace', 'split', 'startsWith', 'slice', 'substring', 'toLowerCase',
    'toUpperCase', 'trim', 'trimLeft', 'trimRight', 'repeat', '@@iterator',
  ],
  Boolean: ['length', 'name', 'prototype'],
  'Boolean.prototype': ['constructor', 'toString', 'valueOf'],
  Number: [
    'length', 'name', 'prototype', 'isFinite', 'isInteger', 'isNaN', 'isSafeInteger', 'parseFloat', 'parseInt',
    'MAX_SAFE_INTEGER', 'MIN_SAFE_INTEGER', 'MAX_VALUE', 'MIN_VALUE', 'EPSILON', 'NaN', 'NEGATIVE_INFINITY',
    'POSITIVE_INFINITY',
  ],
  'Number.prototype': ['constructor', 'toExponential', 'toFixed', 'toPrecision', 'toString', 'valueOf'],
  Math: [
    'abs', 'cbrt', 'ceil', 'floor', 'log', 'log10', 'log1p', 'max', 'min', 'pow', 'round', 'sqrt', 'E', 'LN10',
    'LN2', 'LOG10E', 'LOG2E', 'PI', 'SQRT1_2', 'SQRT2', '@@toStringTag',
  ],
  JSON: ['parse', 'stringify', '@@toStringTag'],
  Symbol: [
    'length', 'name', 'prototype', 'for', 'keyFor', 'asyncIterator', 'hasInstance', 'isConcatSpreadable',
    'iterator', 'match', 'matchAll', 'replace', 'search', 'species', 'split', 'toPrimitive', 'toStringTag',
    'unscopables',
  ],
  'Symbol.prototype': ['constructor', 'toString', 'valueOf', 'description', '@@toStringTag', '@@toPrimitive'],
  Error: ['length', 'name', 'prototype', 'stackTraceLimit'],
  'Error.prototype': ['constructor', 'name', 'message', 'toString'],
  '%IteratorPrototype%': ['@@iterator'],
  '%ArrayIteratorPrototype%': ['next', '@@toStringTag'],
  '%StringIteratorPrototype%': ['next', '@@toStringTag'],
};
