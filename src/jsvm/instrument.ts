/**
 * Gas instrumentation, done once at deploy (the seeds' "compile stage"). The contract is parsed
 * with acorn, checked against the deploy rules (validate.ts) and rewritten by text edits:
 *
 * - regions: a charge at the entry of every function and of every loop iteration, of the
 *   number of AST nodes of that region (allocating nodes weigh more, gas.ts); the module's top
 *   level is a region charged when it is evaluated. Gas depends only on the source.
 * - stack: every function entry adds its frame's units to the transaction's stack counter and
 *   removes them on exit (`try/finally`); past STACK.units the call fails, at the same depth on
 *   every machine and before V8's own limit (gas.ts STACK explains the units).
 * - costs the AST does not show: operators that convert or compare strings, `x++` and `op=`,
 *   template literals, spreads, `new`, `extends`, `switch` and `for-in` call metering helpers
 *   (meter-names.ts) that charge for the characters, elements or keys involved.
 *
 * Injected code reads only bindings named `_IOST…`, which no contract may name.
 */
import { JsVmRequestError } from './errors.js';
import { STACK } from './gas.js';
import {
  type AnyNode,
  children,
  FUNCTION_TYPES,
  frameNodes,
  isOwnFrameDefault,
  LOOP_PARTS,
  unitsOf,
} from './instrument-cost.js';
import { type GasPlan, mergeRuns, planGas } from './instrument-gas.js';
import { SURCHARGE } from './iost-gas.js';
import {
  BINARY_HELPERS,
  COUNTERS as C,
  chargedHelper,
  FAILURES as F,
  HELPERS as H,
  UNARY_HELPERS,
  GENERATOR as Y,
} from './meter-names.js';
import { parseContract } from './parse.js';
import { checkContractSyntax } from './validate.js';

/** Version of the metering stored with each contract; older contracts are re-instrumented. */
export const METER_VERSION = 4;

const chargeStmt = (n: number) => (n > 0 ? `if((${C.gas}+=${n})>${C.limit})${F.outOfGas}();` : '');
const chargeExpr = (n: number) => `(${C.gas}+=${n})>${C.limit}&&${F.outOfGas}(),`;

/** IOST's charge points of the contract being instrumented (instrument-gas.ts). */
let plan: GasPlan = {
  statements: new Map(),
  expressions: new Map(),
  loopBodies: new Map(),
  arrowBodies: new Map(),
  foldedOps: new Set(),
};
/** The helper of a binary operator: the charging variant unless its 3 is folded into its point. */
const binaryHelper = (n: AnyNode, op: string) => {
  const h = BINARY_HELPERS[op];
  return h === undefined || plan.foldedOps.has(n) ? h : chargedHelper(h);
};
const enterStmt = (w: number) => `if((${C.depth}+=${w})>${STACK.units})${F.tooDeep}();`;
const leaveBlock = (w: number) => `}finally{${C.depth}-=${w};}`;

interface Edit {
  pos: number;
  end: number;
  text: string;
  /** At one position: closes (rank 0) first, then opens and replacements (rank 1). */
  rank: number;
  /** Closes of deeper nodes first; opens and replacements of shallower nodes first. */
  order: number;
}

/** Text edits of the source: inserts, and replacements of the punctuation between child nodes. */
class Edits {
  private readonly list: Edit[] = [];
  open(pos: number, text: string, depth: number) {
    this.list.push({ pos, end: pos, text, rank: 1, order: depth });
  }
  close(pos: number, text: string, depth: number) {
    this.list.push({ pos, end: pos, text, rank: 0, order: -depth });
  }
  replace(pos: number, end: number, text: string, depth: number) {
    this.list.push({ pos, end, text, rank: 1, order: depth });
  }
  apply(source: string): string {
    this.list.sort((a, b) => a.pos - b.pos || a.rank - b.rank || a.order - b.order);
    let out = '';
    let at = 0;
    for (const e of this.list) {
      if (e.pos < at) throw new Error(`instrument: overlapping edits at ${e.pos}`);
      out += source.slice(at, e.pos) + e.text;
      at = e.end;
    }
    return out + source.slice(at);
  }
}

const unparen = (n: AnyNode): AnyNode =>
  n.type === 'ParenthesizedExpression' ? unparen(n.expression as AnyNode) : n;
const isNumberLiteral = (n: AnyNode) => {
  const u = unparen(n);
  return u.type === 'Literal' && typeof u.value === 'number';
};

const COMPOUND = new Set(['+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=', '&=', '|=', '^=']);

type Handler = (e: Edits, n: AnyNode, d: number, parent: AnyNode | null) => void;

/** `helper(` before the node and `tail` after it. */
function wrap(e: Edits, n: AnyNode, helper: string, d: number, tail = ')'): void {
  e.open(n.start, `${helper}(`, d);
  e.close(n.end, tail, d);
}

/** Stack units of the generator function each `yield` suspends (set when the function is visited). */
const yieldUnits = new WeakMap<AnyNode, number>();

/** The `yield` expressions of a generator's own body (not of functions nested in it). */
function markYields(root: AnyNode, w: number): void {
  for (const [, c] of children(root)) {
    if (c.type === 'YieldExpression') yieldUnits.set(c, w);
    if (!FUNCTION_TYPES.has(c.type)) markYields(c, w);
  }
}

/**
 * Region charge and stack units at the entry; units released in a finally. A generator's
 * frame leaves the stack at every `yield` and comes back when resumed, so it keeps the units
 * it holds in a local: `yield` gives them back before suspending and takes them again (and
 * checks the limit) after; `yield*` keeps them, since the delegating frame stays on the stack
 * while the inner generator runs.
 */
const fn: Handler = (e, n, d) => {
  const body = n.body as AnyNode;
  const w = unitsOf(frameNodes(n));
  if (n.generator) {
    markYields(body, w);
    const enter = `let ${Y.held}=${w},${Y.yielded},${Y.resumed};${enterStmt(w)}try{`;
    const leave = `}finally{${C.depth}-=${Y.held};}`;
    if (body.end - body.start === 2) e.open(body.start + 1, enter + leave, d);
    else {
      e.open(body.start + 1, enter, d);
      e.close(body.end - 1, leave, d);
    }
  } else if (body.type !== 'BlockStatement') {
    const enter = `${chargeStmt(plan.arrowBodies.get(n) ?? 0)}${enterStmt(w)}try{`;
    e.open(body.start, `{${enter}return (`, d);
    e.close(body.end, `);${leaveBlock(w)}}`, d);
  } else if (body.end - body.start === 2) {
    e.open(body.start + 1, `${enterStmt(w)}try{${leaveBlock(w)}`, d);
  } else {
    e.open(body.start + 1, `${enterStmt(w)}try{`, d);
    e.close(body.end - 1, leaveBlock(w), d);
  }
  // A default that can run code gets a frame of its own, which also holds this function's
  // (not yet entered) frame: recursion through defaults is bounded too.
  for (const p of n.params as AnyNode[]) {
    if (!isOwnFrameDefault(p)) continue;
    const right = p.right as AnyNode;
    const wd = w + unitsOf(frameNodes(right));
    e.open(right.start, `(()=>{${enterStmt(wd)}try{return (`, d + 1);
    e.close(right.end, `);${leaveBlock(wd)}})()`, d + 1);
  }
};

/** `yield x` → `(_IOSTv=yield(_IOSTx=(x),_IOSTh=0,_IOSTd-=w,_IOSTx),_IOSTh=w,(_IOSTd+=w)>L&&deep(),_IOSTv)`. */
const yieldExpr: Handler = (e, n, d) => {
  const w = yieldUnits.get(n);
  if (n.delegate || w === undefined) return;
  const release = `${Y.held}=0,${C.depth}-=${w}`;
  const retake = `,${Y.held}=${w},(${C.depth}+=${w})>${STACK.units}&&${F.tooDeep}(),${Y.resumed})`;
  const arg = n.argument as AnyNode | null;
  if (!arg) {
    e.replace(n.start, n.end, `(${Y.resumed}=yield(${release},void 0)${retake}`, d);
    return;
  }
  e.open(n.start, `(${Y.resumed}=`, d);
  e.open(arg.start, `(${Y.yielded}=(`, d + 0.5);
  e.close(arg.end, `),${release},${Y.yielded})`, d + 0.5);
  e.close(n.end, retake, d);
};

/** A loop's body and per-iteration parts are charged at the start of every iteration. */
const loop: Handler = (e, n, d) => {
  const body = n.body as AnyNode;
  // for-in: its iterations' 4 are paid up front, per key (_IOSTforin, iost-gas.ts SURCHARGE).
  const cost = (plan.loopBodies.get(n) ?? 0) - (n.type === 'ForInStatement' ? SURCHARGE.forInKey : 0);
  if (body.type === 'BlockStatement') e.open(body.start + 1, chargeStmt(cost), d);
  else {
    e.open(body.start, `{${chargeStmt(cost)}`, d);
    e.close(body.end, '}', d);
  }
  if (n.type === 'ForInStatement') wrap(e, n.right as AnyNode, H.forIn, d);
};

/** `x++` → `(x=_IOSTnum(x),x++)`; `o[k]++` → `_IOSTupd(o,k,1,0)`. */
const update: Handler = (e, n, d) => {
  const target = unparen(n.argument as AnyNode);
  const delta = n.operator === '++' ? 1 : -1;
  const prefix = n.prefix ? 1 : 0;
  if (target.type === 'Identifier') {
    const x = target.name as string;
    const op = n.operator as string;
    e.replace(n.start, n.end, `(${x}=${H.toNumeric}(${x}),${prefix ? op + x : x + op})`, d);
    return;
  }
  if (target.type !== 'MemberExpression' || (target.property as AnyNode).type === 'PrivateIdentifier') return;
  const obj = target.object as AnyNode;
  const prop = target.property as AnyNode;
  e.replace(n.start, obj.start, `${H.update}(`, d);
  if (target.computed) {
    e.replace(obj.end, prop.start, ',', d);
    e.replace(prop.end, n.end, `,${delta},${prefix})`, d);
  } else e.replace(obj.end, n.end, `,${JSON.stringify(prop.name)},${delta},${prefix})`, d);
};

/** `x op= v` → `x=_IOSTop(x,v)`; `o[k] op= v` → `_IOSTcset(_IOSTcget(o,k),"op",v)`. */
const compound: Handler = (e, n, d) => {
  if (!COMPOUND.has(n.operator as string)) return;
  const op = (n.operator as string).slice(0, -1);
  const left = unparen(n.left as AnyNode);
  const right = n.right as AnyNode;
  if (left.type === 'Identifier') {
    e.replace((n.left as AnyNode).end, right.start, `=${binaryHelper(n, op)}(${left.name},`, d);
    e.close(right.end, ')', d);
    return;
  }
  if (left.type !== 'MemberExpression' || (left.property as AnyNode).type === 'PrivateIdentifier') return;
  const obj = left.object as AnyNode;
  const prop = left.property as AnyNode;
  e.replace(n.start, obj.start, `${H.compoundSet}(${H.compoundGet}(`, d);
  if (left.computed) {
    e.replace(obj.end, prop.start, ',', d);
    e.replace(prop.end, right.start, `),${JSON.stringify(op)},`, d);
  } else e.replace(obj.end, right.start, `,${JSON.stringify(prop.name)}),${JSON.stringify(op)},`, d);
  e.close(right.end, plan.foldedOps.has(n) ? ')' : ',1)', d);
};

/** Calls with spread arguments go through a helper that counts the pushed arguments as stack. */
const call: Handler = (e, n, d) => {
  const args = n.arguments as AnyNode[];
  const spreads = args.filter((a) => a.type === 'SpreadElement').length;
  if (spreads === 0) return;
  const callee = n.callee as AnyNode;
  const first = args[0]!;
  const last = args[args.length - 1]!;
  if (callee.type === 'Super') {
    e.open(n.start, `${H.superSpreadEnd}(${spreads},`, d);
    e.close(n.end, ')', d);
    return;
  }
  const target = unparen(callee);
  if (target.type === 'MemberExpression' && (target.object as AnyNode).type === 'Super') {
    e.open(n.start, `${H.callRef}([this,`, d);
    e.replace(callee.end, first.start, '],[', d);
  } else if (target.type === 'MemberExpression') {
    const obj = target.object as AnyNode;
    const prop = target.property as AnyNode;
    e.replace(n.start, obj.start, `${H.callRef}(${H.ref}(`, d);
    if (target.computed) {
      e.replace(obj.end, prop.start, ',', d);
      e.replace(prop.end, first.start, '),[', d);
    } else e.replace(obj.end, first.start, `,${JSON.stringify(prop.name)}),[`, d);
  } else {
    e.open(n.start, `${H.call}(`, d);
    e.replace(callee.end, first.start, ',[', d);
  }
  e.replace(last.end, n.end, '])', d);
};

/** `new` with spread arguments counts them as stack; every `new` checks the prototype chain. */
const construct: Handler = (e, n, d) => {
  const args = n.arguments as AnyNode[];
  const callee = n.callee as AnyNode;
  if (callee.type === 'NewExpression') {
    e.open(callee.start, '(', d + 0.5);
    e.close(callee.end, ')', d + 0.5);
  }
  if (args.some((a) => a.type === 'SpreadElement')) {
    e.replace(n.start, callee.start, `${H.construct}(`, d);
    e.replace(callee.end, args[0]!.start, ',[', d);
    e.replace(args[args.length - 1]!.end, n.end, '])', d);
  } else wrap(e, n, H.constructed, d);
};

/**
 * Every operator IOST rewrites into `_IOSTBinaryOp` goes through its helper, which charges as
 * that function does; `==` and `!=` compare strictly there, as in IOST (vm.js).
 */
const binary: Handler = (e, n, d) => {
  const [a, b] = [n.left as AnyNode, n.right as AnyNode];
  const helper = binaryHelper(n, n.operator as string);
  if (!helper) return;
  const negate = n.operator === '!=' || n.operator === '!==' ? '!' : '';
  e.open(a.start, `${negate}${helper}(`, d);
  e.replace(a.end, b.start, ',', d);
  e.close(b.end, ')', d);
};

const unary: Handler = (e, n, d) => {
  const helper = UNARY_HELPERS[n.operator as string];
  const arg = n.argument as AnyNode;
  if (!helper || isNumberLiteral(arg)) return;
  e.replace(n.start, arg.start, `${helper}(`, d);
  e.close(arg.end, ')', d);
};

const spread: Handler = (e, n, d, parent) => {
  const helper =
    parent?.type === 'ObjectExpression'
      ? H.objectSpread
      : parent?.type === 'CallExpression' && (parent.callee as AnyNode).type === 'Super'
        ? H.superSpread
        : H.arraySpread;
  wrap(e, n.argument as AnyNode, helper, d);
};

const heritage: Handler = (e, n, d) => {
  if (n.superClass) wrap(e, n.superClass as AnyNode, H.heritage, d);
};

/** The rewrite of each node type, declared once. */
const HANDLERS: Readonly<Record<string, Handler>> = {
  ...Object.fromEntries([...FUNCTION_TYPES].map((t) => [t, fn])),
  ...Object.fromEntries(Object.keys(LOOP_PARTS).map((t) => [t, loop])),
  BinaryExpression: binary,
  UnaryExpression: unary,
  UpdateExpression: update,
  AssignmentExpression: compound,
  // An untagged template becomes a template tagged with the helper, as IOST's _IOSTTemplateTag.
  TemplateLiteral: (e, n, d, parent) => {
    if (parent?.type !== 'TaggedTemplateExpression') e.open(n.start, H.template, d);
  },
  SpreadElement: spread,
  YieldExpression: yieldExpr,
  CallExpression: call,
  NewExpression: construct,
  SwitchStatement: (e, n, d) =>
    wrap(e, n.discriminant as AnyNode, H.switchOn, d, `,${(n.cases as unknown[]).length})`),
  ClassDeclaration: heritage,
  ClassExpression: heritage,
};

const SINGLE_STATEMENT_PARENTS = new Set(['IfStatement', 'LabeledStatement', 'WithStatement']);

/** IOST's charge before a statement; one in a single-statement position gets braces around both. */
function statementCharge(e: Edits, n: AnyNode, d: number, parent: AnyNode | null): void {
  if (parent?.type === 'LabeledStatement') return; // charged before the label (below)
  let target = n;
  while (target.type === 'LabeledStatement') target = target.body as AnyNode;
  const g = plan.statements.get(target) ?? 0;
  if (g === 0) return;
  if (parent && SINGLE_STATEMENT_PARENTS.has(parent.type)) {
    e.open(n.start, `{${chargeStmt(g)}`, d - 0.5);
    e.close(n.end, '}', d - 0.5);
  } else e.open(n.start, chargeStmt(g), d - 0.5);
}

function walk(e: Edits, node: AnyNode, depth: number, parent: AnyNode | null): void {
  if (plan.statements.has(node) || node.type === 'LabeledStatement') statementCharge(e, node, depth, parent);
  const g = plan.expressions.get(node);
  if (g !== undefined) {
    e.open(node.start, `(${chargeExpr(g)}`, depth - 0.5);
    e.close(node.end, ')', depth - 0.5);
  }
  HANDLERS[node.type]?.(e, node, depth, parent);
  for (const [, c] of children(node)) walk(e, c, depth + 1, node);
}

/** Rewrites `source` (the contract module) into its metered form. */
export function instrument(source: string): string {
  if (typeof source !== 'string')
    throw new JsVmRequestError('instrument: expected the contract source as a string');
  const ast = parseContract(source) as unknown as AnyNode;
  checkContractSyntax(ast);
  plan = planGas(ast);
  mergeRuns(ast, plan);
  const edits = new Edits();
  walk(edits, ast, 1, null);
  // The module's top level is a region and a frame of its own, entered when it is evaluated.
  const w = unitsOf(frameNodes(ast));
  return `${enterStmt(w)}try{\n${edits.apply(source)}\n${leaveBlock(w)}`;
}

/** Stack units of a function frame with `nodes` AST nodes (for tests and docs). */
export const frameUnits = unitsOf;
