/**
 * What instrumented code charges, computed from the AST once at deploy: a region's gas (its
 * nodes, allocating ones weighted, gas.ts ALLOCATING_NODES; long literals one more per 16
 * characters) and a function frame's stack units (gas.ts STACK). Regions stop at nested
 * functions (one node each), at the per-iteration parts of loops (charged on every iteration)
 * and at default parameter values that run in frames of their own.
 */
import type { Node } from 'acorn';
import { ALLOCATING_NODES, STACK } from './gas.js';

export type AnyNode = Node & Record<string, unknown>;

export const FUNCTION_TYPES = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
]);
/** Per-iteration parts of each loop: charged on every iteration, not with the enclosing region. */
export const LOOP_PARTS: Readonly<Record<string, readonly string[]>> = {
  ForStatement: ['body', 'test', 'update'],
  ForInStatement: ['body'],
  ForOfStatement: ['body'],
  WhileStatement: ['body', 'test'],
  DoWhileStatement: ['body', 'test'],
};

export function children(node: AnyNode): [string, AnyNode][] {
  const out: [string, AnyNode][] = [];
  for (const key of Object.keys(node)) {
    if (key === 'loc') continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (const c of v) if (c && typeof c.type === 'string') out.push([key, c as AnyNode]);
    } else if (v && typeof v === 'object' && typeof (v as AnyNode).type === 'string')
      out.push([key, v as AnyNode]);
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
        (p) =>
          p.type === 'Property' &&
          p.kind === 'init' &&
          !p.computed &&
          !p.method &&
          isConstant(p.value as AnyNode),
      );
    default:
      return false;
  }
}

export const isOwnFrameDefault = (p: AnyNode) =>
  p.type === 'AssignmentPattern' && !isConstant(p.right as AnyNode);

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
export function regionCost(root: AnyNode): number {
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
export function frameNodes(root: AnyNode): number {
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

export const unitsOf = (nodes: number) => Math.ceil((STACK.frameSlots + 2 * nodes) / STACK.slotsPerUnit);
