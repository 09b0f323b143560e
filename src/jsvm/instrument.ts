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
import type { Node } from 'acorn';
import { JsVmRequestError } from './errors.js';
import { ALLOCATING_NODES, STACK } from './gas.js';
import { BINARY_HELPERS, COUNTERS as C, FAILURES as F, HELPERS as H, UNARY_HELPERS } from './meter-names.js';
import { parseContract } from './parse.js';
import { checkContractSyntax } from './validate.js';

/** Version of the metering stored with each contract; older contracts are re-instrumented. */
export const METER_VERSION = 2;

type AnyNode = Node & Record<string, unknown>;

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
/** Per-iteration parts of each loop: charged on every iteration, not with the enclosing region. */
const LOOP_PARTS: Readonly<Record<string, readonly string[]>> = {
  ForStatement: ['body', 'test', 'update'],
  ForInStatement: ['body'],
  ForOfStatement: ['body'],
  WhileStatement: ['body', 'test'],
  DoWhileStatement: ['body', 'test'],
};

function children(node: AnyNode): [string, AnyNode][] {
  const out: [string, AnyNode][] = [];
  for (const key of Object.keys(node)) {
    if (key === 'loc') continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (const c of v) if (c && typeof c.type === 'string') out.push([key, c as AnyNode]);
    } else if (v && typeof v === 'object' && typeof (v as AnyNode).type === 'string') out.push([key, v as AnyNode]);
  }
  return out;
}

/** A default parameter value that cannot run contract code (so it needs no frame of its own). */
function isConstant(n: AnyNode): boolean {
  switch (n.type) {
    case 'Literal':
    case 'Identifier':
      return true;
    case 'TemplateLiteral':
      return (n.expressions as unknown[]).length === 0;
    case 'ParenthesizedExpression':
      return isConstant(n.expression as AnyNode);
    case 'UnaryExpression':
      return (n.argument as AnyNode).type === 'Literal';
    case 'ArrayExpression':
      return (n.elements as (AnyNode | null)[]).every((e) => e === null || isConstant(e));
    case 'ObjectExpression':
      return (n.properties as AnyNode[]).every(
        (p) => p.type === 'Property' && p.kind === 'init' && !p.computed && !p.method && isConstant(p.value as AnyNode),
      );
    default:
      return false;
  }
}

const isOwnFrameDefault = (p: AnyNode) => p.type === 'AssignmentPattern' && !isConstant(p.right as AnyNode);

/** Gas weight of one node: one, more for allocating nodes and long literals. */
function weight(n: AnyNode): number {
  let w = 1 + (ALLOCATING_NODES[n.type] ?? 0);
  if (n.type === 'Literal' && typeof n.value === 'string') w += (n.value as string).length >> 4;
  if (n.type === 'TemplateElement') w += ((n.value as { raw: string }).raw.length >> 4) + 1;
  return w;
}

/**
 * Weighted node count of a region: `root` and what it contains, without the insides of nested
 * functions (one node each), the per-iteration parts of nested loops and default parameters
 * that run in frames of their own.
 */
function regionCost(root: AnyNode): number {
  let n = 0;
  const visit = (node: AnyNode, isRoot: boolean): void => {
    n += weight(node);
    if (!isRoot && FUNCTION_TYPES.has(node.type)) return;
    const skip = LOOP_PARTS[node.type];
    for (const [key, c] of children(node)) {
      if (skip?.includes(key)) continue;
      if (FUNCTION_TYPES.has(node.type) && key === 'params' && isOwnFrameDefault(c)) continue;
      visit(c, false);
    }
  };
  visit(root, true);
  return n;
}

/** Plain node count of a function's frame: its params and body, loops included, nested functions as one. */
function frameNodes(root: AnyNode): number {
  let n = 0;
  const visit = (node: AnyNode, isRoot: boolean): void => {
    n++;
    if (!isRoot && FUNCTION_TYPES.has(node.type)) return;
    for (const [key, c] of children(node)) {
      if (FUNCTION_TYPES.has(node.type) && key === 'params' && isOwnFrameDefault(c)) continue;
      visit(c, false);
    }
  };
  visit(root, true);
  return n;
}

const unitsOf = (nodes: number) => Math.ceil((STACK.frameSlots + 2 * nodes) / STACK.slotsPerUnit);
const chargeStmt = (n: number) => `if((${C.gas}+=${n})>${C.limit})${F.outOfGas}();`;
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
/** Operands whose strict comparison costs O(1) or at most the literal's length (charged at deploy). */
const isCheapComparand = (n: AnyNode) => {
  const u = unparen(n);
  if (u.type === 'Literal') return true;
  if (u.type === 'TemplateLiteral') return (u.expressions as unknown[]).length === 0;
  return u.type === 'UnaryExpression' && ['typeof', 'void', '!'].includes(u.operator as string);
};
const isNullOrString = (n: AnyNode) => {
  const u = unparen(n);
  return u.type === 'Literal' && (u.value === null || typeof u.value === 'string');
};

/** Whether `a op b` needs no helper: its work is bounded by what the region charge covers. */
function binaryIsCheap(op: string, a: AnyNode, b: AnyNode): boolean {
  if (isNumberLiteral(a) && isNumberLiteral(b)) return true;
  if (op === '===' || op === '!==') return isCheapComparand(a) || isCheapComparand(b);
  if (op === '==' || op === '!=')
    return isNullOrString(a) || isNullOrString(b) || (isCheapComparand(a) && isCheapComparand(b));
  return false;
}

const COMPOUND = new Set(['+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=', '&=', '|=', '^=']);

class Rewriter {
  readonly edits = new Edits();

  walk(node: AnyNode, depth: number, parent: AnyNode | null): void {
    this.rewrite(node, depth, parent);
    for (const [, c] of children(node)) this.walk(c, depth + 1, node);
  }

  private rewrite(n: AnyNode, d: number, parent: AnyNode | null): void {
    const e = this.edits;
    switch (n.type) {
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return this.fn(n, d);
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'WhileStatement':
      case 'DoWhileStatement':
        return this.loop(n, d);
      case 'BinaryExpression': {
        const helper = BINARY_HELPERS[n.operator as string];
        const [a, b] = [n.left as AnyNode, n.right as AnyNode];
        if (!helper || binaryIsCheap(n.operator as string, a, b)) return;
        const negate = n.operator === '!=' || n.operator === '!==' ? '!' : '';
        e.open(a.start, `${negate}${helper}(`, d);
        e.replace(a.end, b.start, ',', d);
        e.close(b.end, ')', d);
        return;
      }
      case 'UnaryExpression': {
        const helper = UNARY_HELPERS[n.operator as string];
        const arg = n.argument as AnyNode;
        if (!helper || isNumberLiteral(arg)) return;
        e.replace(n.start, arg.start, `${helper}(`, d);
        e.close(arg.end, ')', d);
        return;
      }
      case 'UpdateExpression':
        return this.update(n, d);
      case 'AssignmentExpression':
        if (COMPOUND.has(n.operator as string)) this.compound(n, d);
        return;
      case 'TemplateLiteral':
        if (parent?.type === 'TaggedTemplateExpression' || (n.expressions as unknown[]).length === 0) return;
        e.open(n.start, `${H.template}(`, d);
        e.close(n.end, ')', d);
        return;
      case 'SpreadElement': {
        const arg = n.argument as AnyNode;
        const inObject = parent?.type === 'ObjectExpression';
        const helper = inObject ? H.objectSpread : parent?.type === 'CallExpression' && (parent.callee as AnyNode).type === 'Super' ? H.superSpread : H.arraySpread;
        e.open(arg.start, `${helper}(`, d);
        e.close(arg.end, ')', d);
        return;
      }
      case 'CallExpression':
        return this.call(n, d);
      case 'NewExpression':
        return this.construct(n, d);
      case 'ClassDeclaration':
      case 'ClassExpression': {
        const sc = n.superClass as AnyNode | null;
        if (!sc) return;
        e.open(sc.start, `${H.heritage}(`, d);
        e.close(sc.end, ')', d);
        return;
      }
      case 'SwitchStatement': {
        const disc = n.discriminant as AnyNode;
        e.open(disc.start, `${H.switchOn}(`, d);
        e.close(disc.end, `,${(n.cases as unknown[]).length})`, d);
        return;
      }
    }
  }

  /** Region charge and stack units at the entry; units released in a finally. */
  private fn(n: AnyNode, d: number): void {
    const e = this.edits;
    const body = n.body as AnyNode;
    const w = unitsOf(frameNodes(n));
    const enter = `${chargeStmt(regionCost(n))}${enterStmt(w)}try{`;
    if (body.type !== 'BlockStatement') {
      e.open(body.start, `{${enter}return (`, d);
      e.close(body.end, `);${leaveBlock(w)}}`, d);
    } else if (body.end - body.start === 2) e.open(body.start + 1, enter + leaveBlock(w), d);
    else {
      e.open(body.start + 1, enter, d);
      e.close(body.end - 1, leaveBlock(w), d);
    }
    // A default that can run code gets a frame of its own, which also holds this function's
    // (not yet entered) frame: recursion through defaults is bounded too.
    for (const p of n.params as AnyNode[]) {
      if (!isOwnFrameDefault(p)) continue;
      const right = p.right as AnyNode;
      const wd = w + unitsOf(frameNodes(right));
      e.open(right.start, `(()=>{${chargeStmt(regionCost(right) + 1)}${enterStmt(wd)}try{return (`, d + 1);
      e.close(right.end, `);${leaveBlock(wd)}})()`, d + 1);
    }
  }

  private loop(n: AnyNode, d: number): void {
    const e = this.edits;
    const body = n.body as AnyNode;
    let cost = 1;
    for (const part of LOOP_PARTS[n.type]!) {
      const c = n[part] as AnyNode | null;
      if (c) cost += regionCost(c);
    }
    if (body.type === 'BlockStatement') e.open(body.start + 1, chargeStmt(cost), d);
    else {
      e.open(body.start, `{${chargeStmt(cost)}`, d);
      e.close(body.end, '}', d);
    }
    if (n.type === 'ForInStatement') {
      const right = n.right as AnyNode;
      e.open(right.start, `${H.forIn}(`, d);
      e.close(right.end, ')', d);
    }
  }

  /** `x++` → `(x=_IOSTnum(x),x++)`; `o[k]++` → `_IOSTupd(o,k,1,0)`. */
  private update(n: AnyNode, d: number): void {
    const e = this.edits;
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
  }

  /** `x op= v` → `x=_IOSTop(x,v)`; `o[k] op= v` → `_IOSTcset(_IOSTcget(o,k),"op",v)`. */
  private compound(n: AnyNode, d: number): void {
    const e = this.edits;
    const op = (n.operator as string).slice(0, -1);
    const left = unparen(n.left as AnyNode);
    const right = n.right as AnyNode;
    if (left.type === 'Identifier') {
      e.replace((n.left as AnyNode).end, right.start, `=${BINARY_HELPERS[op]}(${left.name},`, d);
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
    e.close(right.end, ')', d);
  }

  /** Calls with spread arguments go through a helper that counts the pushed arguments as stack. */
  private call(n: AnyNode, d: number): void {
    const args = n.arguments as AnyNode[];
    const spreads = args.filter((a) => a.type === 'SpreadElement').length;
    if (spreads === 0) return;
    const e = this.edits;
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
  }

  private construct(n: AnyNode, d: number): void {
    const e = this.edits;
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
    } else {
      e.open(n.start, `${H.constructed}(`, d);
      e.close(n.end, ')', d);
    }
  }
}

/** Rewrites `source` (the contract module) into its metered form. */
export function instrument(source: string): string {
  if (typeof source !== 'string') throw new JsVmRequestError('instrument: expected the contract source as a string');
  const ast = parseContract(source) as unknown as AnyNode;
  checkContractSyntax(ast);
  const r = new Rewriter();
  r.walk(ast, 1, null);
  // The module's top level is a region and a frame of its own, entered when it is evaluated.
  const w = unitsOf(frameNodes(ast));
  return `${chargeStmt(regionCost(ast))}${enterStmt(w)}try{\n${r.edits.apply(source)}\n${leaveBlock(w)}`;
}

/** Stack units of a function frame with `nodes` AST nodes (for tests and docs). */
export const frameUnits = unitsOf;
