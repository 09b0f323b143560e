/**
 * A function frame's stack units, computed from the AST once at deploy (gas.ts STACK): its
 * nodes, nested functions counted as one and default parameter values that run in frames of
 * their own left out. (Instruction gas: instrument-gas.ts.)
 */
import type { Node } from 'acorn';
import { STACK } from './gas.js';

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
