/**
 * Where IOST charges instruction gas and how much: go-iost `inject_gas.js` `traverse` /
 * `processNode`, applied to acorn's AST as IOST applies it to esprima's after its operator
 * rewrite (`processOperator`: `a op b` → `_IOSTBinaryOp(a, b, 'op')`, `x op= v` →
 * `x = _IOSTBinaryOp(x, v, 'op')`, template literals → `_IOSTTemplateTag` tagged templates,
 * spread arguments → `..._IOSTSpreadElement(x)`), without rewriting the source.
 *
 * Each charge point sums the table's (fractional) values of the nodes it owns in traversal
 * order, in doubles as IOST does; the point charges the sum truncated to an integer (IOST's
 * `IOSTContractInstruction::Incr(size_t)`), each time control passes it. Points: every
 * injectable statement (before it), an if / loop / case test and a loop update (each
 * evaluation), a loop body (each iteration, with the loop's own price), each part of a
 * conditional expression, and an arrow function's expression body (each call). A node
 * belongs to the innermost point above it; nodes outside any statement (a top-level class or
 * function declaration) start a point of their own.
 */
import type { AnyNode } from './instrument-cost.js';
import {
  INJECTABLE,
  LITERAL_GAS,
  LOOP_BODY_GAS,
  LOOP_TEST_GAS,
  NODE_GAS,
  REWRITTEN_OPS,
  RUNTIME_GAS,
  SURCHARGE,
} from './iost-gas.js';

class Point {
  sum = 0;
  /** Runtime charges of vm.js helpers folded in: whole gas, added after the truncation. */
  folded = 0;
}

/** Charge points by the node they precede, each with its integer gas. */
export interface GasPlan {
  /** Statements (and top-level declarations): charged before they run. */
  statements: Map<AnyNode, number>;
  /** Expressions charged each time they are evaluated (tests, updates, conditional parts). */
  expressions: Map<AnyNode, number>;
  /** Loops: charged at the start of each iteration of their body. */
  loopBodies: Map<AnyNode, number>;
  /** Arrow functions with an expression body: charged at each call. */
  arrowBodies: Map<AnyNode, number>;
  /**
   * Operators (binary, compound assignment) whose `_IOSTBinaryOp` charge of 3 is folded into
   * their point: evaluated whenever the point is (not under `&&`/`||`/`??`, an optional chain,
   * a for-in/of target or a function's parameters). The others' helpers charge it.
   */
  foldedOps: Set<AnyNode>;
}

const FOR_HEADS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement']);
const FUNCTIONS = new Set(['FunctionExpression', 'FunctionDeclaration', 'ArrowFunctionExpression']);

const stringGas = (s: string) => LITERAL_GAS.stringBase + LITERAL_GAS.perChar * s.length;

/** Child nodes in source-key order (acorn keeps ESTree's key order, as esprima does). */
function* kids(node: AnyNode): Generator<[string, AnyNode]> {
  for (const key of Object.keys(node)) {
    if (key === 'loc') continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (const c of v) if (c && typeof c.type === 'string') yield [key, c as AnyNode];
    } else if (v && typeof v === 'object' && typeof (v as AnyNode).type === 'string')
      yield [key, v as AnyNode];
  }
}

/** Whether a child may go unevaluated when its parent is (its point charged regardless). */
function conditionalChild(t: string, key: string): boolean {
  if (t === 'LogicalExpression') return key === 'right';
  if (t === 'ForInStatement' || t === 'ForOfStatement') return key === 'left';
  return FUNCTIONS.has(t) && (key === 'params' || key === 'body');
}

export function planGas(ast: AnyNode): GasPlan {
  const raw = {
    statements: new Map<AnyNode, Point>(),
    expressions: new Map<AnyNode, Point>(),
    loopBodies: new Map<AnyNode, Point>(),
    arrowBodies: new Map<AnyNode, Point>(),
  };
  const foldedOps = new Set<AnyNode>();
  const point = (m: Map<AnyNode, Point>, n: AnyNode, initial = 0) => {
    const p = new Point();
    p.sum += initial;
    m.set(n, p);
    return p;
  };
  const add = (cur: Point | null, n: AnyNode, v: number): Point => {
    const p = cur ?? point(raw.statements, n);
    p.sum += v;
    return p;
  };
  /** Folds an operator's runtime 3 into its point when the point always evaluates it. */
  const fold = (p: Point, n: AnyNode, cond: boolean) => {
    if (cond) return;
    p.folded += RUNTIME_GAS.binaryOp;
    foldedOps.add(n);
  };

  /**
   * `merged`: this statement is a loop's unbraced body, whose point it shares (IOST merges
   * the two). `cond`: the node may go unevaluated when its point is charged.
   */
  const visit = (
    node: AnyNode,
    parent: AnyNode | null,
    cur: Point | null,
    merged: boolean,
    cond: boolean,
  ): void => {
    const t = node.type;
    if (t === 'ParenthesizedExpression' || t === 'ChainExpression') {
      visit(node.expression as AnyNode, parent, cur, false, cond || t === 'ChainExpression');
      return;
    }
    let last = cur;
    if (INJECTABLE.has(t) || (t === 'VariableDeclaration' && !(parent && FOR_HEADS.has(parent.type)))) {
      if (!(merged && cur)) {
        last = point(raw.statements, node);
        cond = false;
      }
    }
    /** Children: those given a point of their own start unconditional in it; the rest inherit. */
    const each = (own: Record<string, Point | null> = {}) => {
      for (const [key, c] of kids(node)) {
        const p = own[key];
        if (p)
          visit(
            c,
            node,
            p,
            t !== 'SwitchCase' &&
              key === 'body' &&
              LOOP_BODY_GAS[t] !== undefined &&
              (node.body as AnyNode).type !== 'BlockStatement',
            false,
          );
        else visit(c, node, last, false, cond || conditionalChild(t, key));
      }
    };
    switch (t) {
      case 'IfStatement':
        each({ test: point(raw.expressions, node.test as AnyNode) });
        return;
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'WhileStatement':
      case 'DoWhileStatement':
        each({
          body: point(raw.loopBodies, node, LOOP_BODY_GAS[t]),
          test: node.test ? point(raw.expressions, node.test as AnyNode, LOOP_TEST_GAS[t] ?? 0) : null,
          update: node.update ? point(raw.expressions, node.update as AnyNode) : null,
        });
        return;
      case 'SwitchCase':
        each({ test: node.test ? point(raw.expressions, node.test as AnyNode) : null });
        return;
      case 'ArrowFunctionExpression':
        last = add(last, node, NODE_GAS[t]!);
        each({
          body: (node.body as AnyNode).type !== 'BlockStatement' ? point(raw.arrowBodies, node) : null,
        });
        return;
      case 'ConditionalExpression': {
        const parts = {
          test: point(raw.expressions, node.test as AnyNode),
          consequent: point(raw.expressions, node.consequent as AnyNode),
          alternate: point(raw.expressions, node.alternate as AnyNode),
        };
        last = add(last, node, NODE_GAS[t]!);
        each(parts);
        return;
      }
      case 'BinaryExpression':
        if (REWRITTEN_OPS.has(node.operator as string)) {
          // _IOSTBinaryOp(left, right, 'op'): a call, its operands, the operator's string literal.
          last = add(last, node, NODE_GAS.CallExpression!);
          fold(last, node, cond);
          each();
          last.sum += stringGas(node.operator as string);
          return;
        }
        break;
      case 'AssignmentExpression':
        if (node.operator !== '=') {
          // x op= v → x = _IOSTBinaryOp(x, v, 'op'): the target is visited twice.
          const op = (node.operator as string).slice(0, -1);
          last = add(last, node, NODE_GAS.AssignmentExpression!);
          const left = node.left as AnyNode;
          visit(left, node, last, false, cond);
          if (REWRITTEN_OPS.has(op)) {
            last.sum += NODE_GAS.CallExpression!;
            fold(last, node, cond);
            visit(left, node, last, false, cond);
            visit(node.right as AnyNode, node, last, false, cond);
            last.sum += stringGas(op);
          } else {
            last.sum += NODE_GAS.BinaryExpression!;
            visit(left, node, last, false, cond);
            visit(node.right as AnyNode, node, last, false, cond);
          }
          return;
        }
        break;
      case 'TemplateLiteral':
        // Untagged: _IOSTTemplateTag`...` (a tagged template of 4); the quasis cost nothing.
        if (parent?.type !== 'TaggedTemplateExpression')
          last = add(last, node, NODE_GAS.TaggedTemplateExpression!);
        each();
        return;
      case 'SpreadElement':
        // ..._IOSTSpreadElement(x): a call of 4.
        last = add(last, node, NODE_GAS.CallExpression!);
        each();
        return;
    }
    let value = t === 'ClassExpression' ? SURCHARGE.ClassExpression : NODE_GAS[t];
    if (value === undefined) {
      if (t === 'Literal' && typeof node.value === 'string') value = stringGas(node.value as string);
      else {
        each();
        return;
      }
    }
    if (t === 'ObjectExpression' && (node.properties as unknown[]).length > 0)
      value = LITERAL_GAS.itemsBase + value * (node.properties as unknown[]).length;
    if (t === 'ArrayExpression' && (node.elements as unknown[]).length > 0)
      value = LITERAL_GAS.itemsBase + value * (node.elements as unknown[]).length;
    last = add(last, node, value);
    each();
  };
  visit(ast, null, null, false, false);

  const settle = (m: Map<AnyNode, Point>) => {
    const out = new Map<AnyNode, number>();
    for (const [n, p] of m) {
      const g = Math.floor(p.sum) + p.folded;
      if (g > 0) out.set(n, g);
    }
    return out;
  };
  return {
    statements: settle(raw.statements),
    expressions: settle(raw.expressions),
    loopBodies: settle(raw.loopBodies),
    arrowBodies: settle(raw.arrowBodies),
    foldedOps,
  };
}

const ABRUPT = new Set([
  'ReturnStatement',
  'BreakStatement',
  'ContinueStatement',
  'ThrowStatement',
  'YieldExpression',
]);

/** A statement that, barring an exception, always runs on to the next one (nested functions aside). */
function straight(n: AnyNode, memo: WeakMap<AnyNode, boolean>): boolean {
  const known = memo.get(n);
  if (known !== undefined) return known;
  let ok = !ABRUPT.has(n.type) && n.type !== 'LabeledStatement';
  if (ok && !FUNCTIONS.has(n.type) && n.type !== 'MethodDefinition')
    for (const [, c] of kids(n)) if (!straight(c, memo)) ok = false;
  if (FUNCTIONS.has(n.type) || n.type === 'MethodDefinition') ok = true;
  memo.set(n, ok);
  return ok;
}

/**
 * Fewer charge sites, the same gas: the charges of a run of statements that always follow one
 * another are paid together at its first (a loop body's first statements with the iteration's
 * charge), and an `if`'s test with the `if`. Only when a statement ends abruptly (return,
 * break, continue, throw, yield inside it) does the next one start a new run; an exception
 * ends the transaction, whose gas then includes the rest of its run.
 */
export function mergeRuns(ast: AnyNode, plan: GasPlan): void {
  const memo = new WeakMap<AnyNode, boolean>();
  const { statements, expressions, loopBodies } = plan;
  const list = (stmts: AnyNode[], loop: AnyNode | null) => {
    let carrier: [Map<AnyNode, number>, AnyNode] | null = loop ? [loopBodies, loop] : null;
    for (const s of stmts) {
      if (s.type === 'IfStatement') {
        const tg = expressions.get(s.test as AnyNode);
        if (tg !== undefined) {
          statements.set(s, (statements.get(s) ?? 0) + tg);
          expressions.delete(s.test as AnyNode);
        }
      }
      const g = statements.get(s) ?? 0;
      if (carrier && g > 0) {
        carrier[0].set(carrier[1], (carrier[0].get(carrier[1]) ?? 0) + g);
        statements.delete(s);
      }
      if (!straight(s, memo)) carrier = null;
      else if (carrier === null) carrier = [statements, s];
    }
  };
  const visit = (n: AnyNode, parent: AnyNode | null) => {
    if (n.type === 'Program' || n.type === 'BlockStatement') {
      const isLoopBody = parent !== null && LOOP_BODY_GAS[parent.type] !== undefined && parent.body === n;
      list(n.body as AnyNode[], isLoopBody ? parent : null);
    } else if (n.type === 'SwitchCase') list(n.consequent as AnyNode[], null);
    for (const [, c] of kids(n)) visit(c, n);
  };
  visit(ast, null);
}
