/**
 * The bindings instrumented code uses, declared once: the instrumenter writes these names, the
 * prelude defines them as script-level `let`/`const` bindings of each sandbox context. Such
 * bindings are not properties of any object, so contract code can reach them only by name, and
 * deploy validation refuses every name starting with `_IOST` (IOST's rule for its own injected
 * names): nothing a contract writes can read, shadow or redefine them.
 */

/** Gas used so far in the transaction, the transaction's gas limit, stack units in use. */
export const COUNTERS = { gas: '_IOSTg', limit: '_IOSTl', depth: '_IOSTd' } as const;

/**
 * Locals of a generator function's frame: the stack units it holds (0 while suspended at a
 * `yield`, so that `return()`/`throw()` on a suspended generator release nothing twice), and
 * the value being yielded and the value it was resumed with.
 */
export const GENERATOR = { held: '_IOSTh', yielded: '_IOSTx', resumed: '_IOSTv' } as const;

/** Thrown-into helpers: out of gas and stack exceeded (both fatal, uncatchable). */
export const FAILURES = { outOfGas: '_IOSToog', tooDeep: '_IOSTdeep' } as const;

/** Binary operators that may convert or compare strings, and the helper metering each. */
export const BINARY_HELPERS: Readonly<Record<string, string>> = {
  '+': '_IOSTadd',
  '-': '_IOSTsub',
  '*': '_IOSTmul',
  '/': '_IOSTdiv',
  '%': '_IOSTmod',
  '**': '_IOSTpow',
  '|': '_IOSTbor',
  '&': '_IOSTband',
  '^': '_IOSTbxor',
  '<<': '_IOSTshl',
  '>>': '_IOSTshr',
  '>>>': '_IOSTushr',
  '<': '_IOSTlt',
  '<=': '_IOSTle',
  '>': '_IOSTgt',
  '>=': '_IOSTge',
  '==': '_IOSTeq',
  '!=': '_IOSTeq',
  '===': '_IOSTseq',
  '!==': '_IOSTseq',
};

/**
 * The same helpers that also charge `_IOSTBinaryOp`'s 3 themselves: for operators that may go
 * unevaluated when their charge point runs (instrument-gas.ts foldedOps).
 */
export const chargedHelper = (name: string) => `${name}c`;

/** Unary operators that convert their operand to a number. */
export const UNARY_HELPERS: Readonly<Record<string, string>> = {
  '-': '_IOSTneg',
  '+': '_IOSTpos',
  '~': '_IOSTbnot',
};

/** The other helpers, by what they meter. */
export const HELPERS = {
  /** ToNumeric of an update target (`x++`). */
  toNumeric: '_IOSTnum',
  /** `o[k]++` and `--o[k]`. */
  update: '_IOSTupd',
  /** `o[k] op= v`: read the reference, then store the metered result. */
  compoundGet: '_IOSTcget',
  compoundSet: '_IOSTcset',
  /** The tag of untagged template literals (IOST's _IOSTTemplateTag). */
  template: '_IOSTtpl',
  /** `[...x]` and `{...x}`. */
  arraySpread: '_IOSTsp',
  objectSpread: '_IOSTosp',
  /** Calls and `new` with spread arguments (stack units for the pushed arguments). */
  call: '_IOSTcall',
  callRef: '_IOSTcallr',
  ref: '_IOSTref',
  construct: '_IOSTnew',
  /** Every other `new`: the result's prototype chain stays short. */
  constructed: '_IOSTnw',
  superSpread: '_IOSTsps',
  superSpreadEnd: '_IOSTspe',
  /** `class extends X`; `switch (x)` and `for (k in x)` (polyvm's surcharges, iost-gas.ts SURCHARGE). */
  heritage: '_IOSText',
  switchOn: '_IOSTsw',
  forIn: '_IOSTforin',
} as const;

/** Every injected name, for the prelude to define and tests to check. */
export const ALL_NAMES: readonly string[] = [
  ...Object.values(COUNTERS),
  ...Object.values(FAILURES),
  ...new Set([...Object.values(BINARY_HELPERS), ...Object.values(UNARY_HELPERS)]),
  ...new Set(Object.values(BINARY_HELPERS).map(chargedHelper)),
  ...Object.values(HELPERS),
];
