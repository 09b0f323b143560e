/**
 * IOST's instruction gas, declared once as data: go-iost `vm/v8vm/v8/libjs/inject_gas.js`
 * (the per-node table `chargedExpression`, the statements before which it places a charge,
 * `InjectableStatement`, and the operators it rewrites into `_IOSTBinaryOp` calls) and the
 * runtime charges of its helpers in `vm/v8vm/v8/libjs/vm.js` (`_IOSTBinaryOp`,
 * `_IOSTTemplateTag`, `_IOSTSpreadElement`). instrument-gas.ts applies the table.
 */

/** Gas of one node of each type (inject_gas.js chargedExpression); fractions add up per charge. */
export const NODE_GAS: Readonly<Record<string, number>> = {
  ThrowStatement: 50,
  CallExpression: 4,
  TaggedTemplateExpression: 4,
  NewExpression: 8,
  YieldExpression: 8,
  MemberExpression: 4,
  MetaProperty: 4,
  AssignmentExpression: 3,
  UpdateExpression: 3,
  BinaryExpression: 3,
  UnaryExpression: 3,
  LogicalExpression: 3,
  ConditionalExpression: 3,
  ObjectExpression: 0.1,
  ArrayExpression: 0.1,
  FunctionExpression: 1,
  ArrowFunctionExpression: 3,
  ClassDeclaration: 150,
  FunctionDeclaration: 3,
  VariableDeclarator: 3,
  MethodDefinition: 2,
};

/** A string literal: 2 + 0.1 per UTF-16 unit; an object or array literal: 2 + 0.1 per item (0.1 empty). */
export const LITERAL_GAS = { stringBase: 2, perChar: 0.1, itemsBase: 2 } as const;

/** Per-iteration charge placed at the start of a loop's body (ForStatement 1, ForIn 4, ForOf 2, while 1). */
export const LOOP_BODY_GAS: Readonly<Record<string, number>> = {
  ForStatement: 1,
  ForInStatement: 4,
  ForOfStatement: 2,
  WhileStatement: 1,
  DoWhileStatement: 1,
};

/** Charged with each evaluation of a while / do-while test (chargedExpression of the loop). */
export const LOOP_TEST_GAS: Readonly<Record<string, number>> = { WhileStatement: 1, DoWhileStatement: 1 };

/** Statements before which IOST places a charge (InjectableStatement; also VariableDeclaration outside for heads). */
export const INJECTABLE = new Set([
  'ExpressionStatement',
  'ReturnStatement',
  'ThrowStatement',
  'SwitchStatement',
  'DoWhileStatement',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'IfStatement',
  'WhileStatement',
]);

/** Binary operators IOST rewrites into `_IOSTBinaryOp(left, right, 'op')` (a call of 4 and a string literal). */
export const REWRITTEN_OPS = new Set([
  '+',
  '-',
  '*',
  '/',
  '%',
  '**',
  '|',
  '&',
  '^',
  '>>',
  '>>>',
  '<<',
  '==',
  '!=',
  '===',
  '!==',
  '>',
  '>=',
  '<',
  '<=',
]);

/**
 * Runtime charges of vm.js: `_IOSTBinaryOp` charges 3, plus, for a comparison with a string
 * operand, the length of each operand's `toString()`, plus the length of a `+` that makes a
 * string; `_IOSTTemplateTag` 4, 8 per substitution and each `concat` as environment.js
 * prices it (1 + 0.1 per character of the result, truncated); `_IOSTSpreadElement` the
 * spread value's length.
 */
export const RUNTIME_GAS = { binaryOp: 3, template: 4, templateSubstitution: 8 } as const;

/**
 * polyvm's charges beyond IOST's, each where IOST's price does not follow the work and an
 * endless loop of it would reach the wall clock or the heap limit (non-deterministic
 * outcomes) under the default gas limit; ordinary contracts, and go-iost's test contracts,
 * never pay them:
 * - a class expression costs what a class declaration does (inject_gas.js prices only the
 *   declaration; V8 builds maps, a prototype and a constructor for both);
 * - `for (k in o)` pays its iterations' 4 each up front, for every key it will enumerate
 *   (own and inherited), so a loop that breaks early still pays for V8's enumeration; one that
 *   runs to the end pays exactly IOST's 4 per iteration;
 * - `switch` on a string longer than 64 characters: one scan of it per case;
 * - `Array(n)` one more per element beyond 1,024, `split` two more per piece beyond 1,024,
 *   `join` (and an array's `toString`) five more per element that is not a string beyond
 *   1,024 (each is converted to a string).
 */
export const SURCHARGE = {
  ClassExpression: 150,
  forInKey: 4,
  freeElements: 1024,
  splitPiece: 2,
  joinElement: 5,
  longSwitch: 64,
  /**
   * A call that changed built-ins: putting them back, and replacing the isolate after the
   * transaction (V8's fast paths for arrays and iterators are isolate-wide and stay off once
   * a built-in they rely on changed), ~10-25 ms of isolate and context set-up (realm.ts).
   */
  realmRestore: 100_000,
} as const;
