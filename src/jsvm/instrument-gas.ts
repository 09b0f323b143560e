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
  SURCHARGE,
} from './iost-gas.js';

class Point {
  sum = 0;
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
}

const FOR_HEADS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement']);
const TRANSPARENT = new Set(['ParenthesizedExpression', 'ChainExpression']);

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

export function planGas(ast: AnyNode): GasPlan {
  const raw = {
    statements: new Map<AnyNode, Point>(),
    expressions: new Map<AnyNode, Point>(),
    loopBodies: new Map<AnyNode, Point>(),
    arrowBodies: new Map<AnyNode, Point>(),
  };
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

  /** `merged`: this statement is a loop's unbraced body, whose point it shares (IOST merges the two). */
  const visit = (node: AnyNode, parent: AnyNode | null, cur: Point | null, merged = false): void => {
    const t = node.type;
    if (TRANSPARENT.has(t)) {
      visit(node.expression as AnyNode, parent, cur);
      return;
    }
    let last = cur;
    if (INJECTABLE.has(t) || (t === 'VariableDeclaration' && !(parent && FOR_HEADS.has(parent.type))))
      last = merged && cur ? cur : point(raw.statements, node);
    const each = (pick: (key: string) => Point | null) => {
      for (const [key, c] of kids(node)) visit(c, node, pick(key));
    };
    const body = node.body as AnyNode | undefined;
    switch (t) {
      case 'IfStatement': {
        const test = point(raw.expressions, node.test as AnyNode);
        for (const [key, c] of kids(node)) visit(c, node, key === 'test' ? test : last);
        return;
      }
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'WhileStatement':
      case 'DoWhileStatement': {
        const ip0 = point(raw.loopBodies, node, LOOP_BODY_GAS[t]);
        const test = node.test ? point(raw.expressions, node.test as AnyNode, LOOP_TEST_GAS[t] ?? 0) : null;
        const update = node.update ? point(raw.expressions, node.update as AnyNode) : null;
        for (const [key, c] of kids(node)) {
          if (key === 'body') visit(c, node, ip0, body!.type !== 'BlockStatement');
          else visit(c, node, key === 'test' ? test : key === 'update' ? update : last);
        }
        return;
      }
      case 'SwitchCase': {
        const test = node.test ? point(raw.expressions, node.test as AnyNode) : null;
        for (const [key, c] of kids(node)) visit(c, node, key === 'test' ? test : last);
        return;
      }
      case 'ArrowFunctionExpression': {
        last = add(last, node, NODE_GAS[t]!);
        const own = body!.type !== 'BlockStatement' ? point(raw.arrowBodies, node) : null;
        for (const [key, c] of kids(node)) visit(c, node, key === 'body' && own ? own : last);
        return;
      }
      case 'ConditionalExpression': {
        const parts = {
          test: point(raw.expressions, node.test as AnyNode),
          consequent: point(raw.expressions, node.consequent as AnyNode),
          alternate: point(raw.expressions, node.alternate as AnyNode),
        } as Record<string, Point>;
        last = add(last, node, NODE_GAS[t]!);
        for (const [key, c] of kids(node)) visit(c, node, parts[key] ?? last);
        return;
      }
      case 'BinaryExpression':
        if (REWRITTEN_OPS.has(node.operator as string)) {
          // _IOSTBinaryOp(left, right, 'op'): a call, its operands, the operator's string literal.
          last = add(last, node, NODE_GAS.CallExpression!);
          each(() => last);
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
          visit(left, node, last);
          if (REWRITTEN_OPS.has(op)) {
            last.sum += NODE_GAS.CallExpression!;
            visit(left, node, last);
            visit(node.right as AnyNode, node, last);
            last.sum += stringGas(op);
          } else {
            last.sum += NODE_GAS.BinaryExpression!;
            visit(left, node, last);
            visit(node.right as AnyNode, node, last);
          }
          return;
        }
        break;
      case 'TemplateLiteral':
        // Untagged: _IOSTTemplateTag`...` (a tagged template of 4); the quasis cost nothing.
        if (parent?.type !== 'TaggedTemplateExpression')
          last = add(last, node, NODE_GAS.TaggedTemplateExpression!);
        each(() => last);
        return;
      case 'SpreadElement':
        // ..._IOSTSpreadElement(x): a call of 4.
        last = add(last, node, NODE_GAS.CallExpression!);
        each(() => last);
        return;
    }
    let value = t === 'ClassExpression' ? SURCHARGE.ClassExpression : NODE_GAS[t];
    if (value === undefined) {
      if (t === 'Literal' && typeof node.value === 'string') value = stringGas(node.value as string);
      else {
        each(() => last);
        return;
      }
    }
    if (t === 'ObjectExpression' && (node.properties as unknown[]).length > 0)
      value = LITERAL_GAS.itemsBase + value * (node.properties as unknown[]).length;
    if (t === 'ArrayExpression' && (node.elements as unknown[]).length > 0)
      value = LITERAL_GAS.itemsBase + value * (node.elements as unknown[]).length;
    last = add(last, node, value);
    each(() => last);
  };
  visit(ast, null, null);

  const settle = (m: Map<AnyNode, Point>) => {
    const out = new Map<AnyNode, number>();
    for (const [n, p] of m) {
      const g = Math.floor(p.sum);
      if (g > 0) out.set(n, g);
    }
    return out;
  };
  return {
    statements: settle(raw.statements),
    expressions: settle(raw.expressions),
    loopBodies: settle(raw.loopBodies),
    arrowBodies: settle(raw.arrowBodies),
  };
}
