/**
 * Gas instrumentation, done once at deploy (the seeds' "compile stage"). IOST's V8VM rewrites
 * every operator into a call of `_IOSTBinaryOp` and pays 7 to 38 times raw V8 time for it;
 * here the contract is parsed with acorn and a counter is injected once per straight-line
 * region instead: at the entry of every function and of every loop iteration, charging the
 * number of AST nodes of that region (nested functions and loop bodies are regions of their
 * own). The charge depends only on the source, so gas is the same on every run and machine.
 *
 * Injected code (identifiers starting with `__pvm` are reserved; validation rejects them):
 *   region entry:   if ((__pvm_m.g += N) > __pvm_m.l) __pvm_oog();
 *   function entry: ... if (++__pvm_m.d > MAX_FRAMES) __pvm_deep(); try { body } finally { __pvm_m.d--; }
 *   catch/finally:  if (__pvm_m.f) throw __pvm_m.f;   (out of gas cannot be swallowed)
 */
import type { Node } from 'acorn';
import { parseContract } from './parse.js';

/** Deepest JavaScript recursion a contract may reach; deterministic, unlike V8's stack limit. */
export const MAX_JS_FRAMES = 400;

type AnyNode = Node & Record<string, unknown>;

interface Insert {
  pos: number;
  text: string;
  /** Order among inserts at the same position: lower first. */
  order: number;
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const LOOP_TYPES = new Set([
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'WhileStatement',
  'DoWhileStatement',
]);

const charge = (n: number) => `if((__pvm_m.g+=${n})>__pvm_m.l)__pvm_oog();`;
const RETHROW = 'if(__pvm_m.f)throw __pvm_m.f;';

/** Counts the nodes of a region, not descending into nested functions or loop bodies. */
function regionCost(root: AnyNode): number {
  let n = 0;
  const visit = (node: AnyNode, isRoot: boolean): void => {
    if (!isRoot && FUNCTION_TYPES.has(node.type)) {
      n++;
      return;
    }
    n++;
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'range') continue;
      if (!isRoot && LOOP_TYPES.has(node.type) && key === 'body') continue;
      const v = node[key];
      if (Array.isArray(v)) {
        for (const c of v) if (c && typeof c.type === 'string') visit(c as AnyNode, false);
      } else if (v && typeof v === 'object' && typeof (v as AnyNode).type === 'string') {
        visit(v as AnyNode, false);
      }
    }
  };
  visit(root, true);
  return n;
}

/** Rewrites `source` (the contract module) into its metered form. */
export function instrument(source: string): string {
  const ast = parseContract(source) as unknown as AnyNode;
  const inserts: Insert[] = [];
  const add = (pos: number, text: string, order = 0) => inserts.push({ pos, text, order });

  // Openings nest outer-first, closings inner-first, when they share a position.
  const wrapStatement = (body: AnyNode, cost: number, depth: number) => {
    if (body.type === 'BlockStatement') add(body.start + 1, charge(cost), depth);
    else {
      add(body.start, `{${charge(cost)}`, depth);
      add(body.end, '}', -depth);
    }
  };

  const walk = (node: AnyNode, depth: number): void => {
    if (FUNCTION_TYPES.has(node.type)) {
      const body = node.body as AnyNode;
      const cost = regionCost(body) + 1;
      const enter = `${charge(cost)}if(++__pvm_m.d>${MAX_JS_FRAMES})__pvm_deep();try{`;
      const leave = '}finally{__pvm_m.d--;}';
      if (body.type === 'BlockStatement' && body.end - body.start === 2) {
        add(body.start + 1, enter + leave, depth);
      } else if (body.type === 'BlockStatement') {
        add(body.start + 1, enter, depth);
        add(body.end - 1, leave, -depth);
      } else {
        add(body.start, `{${enter}return (`, depth);
        add(body.end, `);${leave}}`, -depth);
      }
    } else if (LOOP_TYPES.has(node.type)) {
      const body = node.body as AnyNode;
      wrapStatement(body, regionCost(body) + 1, depth);
    } else if (node.type === 'CatchClause') {
      const body = node.body as AnyNode;
      add(body.start + 1, RETHROW, depth + 0.5);
    } else if (node.type === 'TryStatement' && node.finalizer) {
      add((node.finalizer as AnyNode).start + 1, RETHROW, depth + 0.5);
    }
    for (const key of Object.keys(node)) {
      const v = node[key];
      if (Array.isArray(v)) {
        for (const c of v) if (c && typeof c.type === 'string') walk(c as AnyNode, depth + 1);
      } else if (v && typeof v === 'object' && typeof (v as AnyNode).type === 'string') {
        walk(v as AnyNode, depth + 1);
      }
    }
  };
  walk(ast, 1);
  // The module's top level is a region of its own, charged when the module is evaluated.
  const top = charge(regionCost(ast));
  inserts.sort((a, b) => a.pos - b.pos || a.order - b.order);
  let out = top;
  let last = 0;
  for (const { pos, text } of inserts) {
    out += source.slice(last, pos) + text;
    last = pos;
  }
  return out + source.slice(last);
}
