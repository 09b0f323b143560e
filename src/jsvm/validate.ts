/**
 * Deploy-time validation of a contract's source against its ABI, with go-iost's rules
 * (`vm/v8vm/v8/libjs/validate.js`): the last statement is `module.exports = CLASS;`, the
 * class has `init` and no `constructor`, every ABI method exists with the same number of
 * parameters. polyvm adds the rules of its sandbox: no code generation (`eval`, `Function`),
 * no async functions or generators, no dynamic import, no `__pvm` identifiers.
 */
import type { Node } from 'acorn';
import type { ContractAbi } from './abi.js';
import { ContractValidationError } from './errors.js';
import { parseContract } from './parse.js';

/** Largest contract source accepted, in characters. */
export const MAX_CODE_LENGTH = 1 << 20;

type AnyNode = Node & Record<string, unknown>;

function fail(rule: string, node?: AnyNode): never {
  const at = node?.loc ? ` (line ${node.loc.start.line}, column ${node.loc.start.column + 1})` : '';
  throw new ContractValidationError(`contract invalid: ${rule}${at}`);
}

const FORBIDDEN_NAMES = new Set(['eval', 'Function']);

function checkSyntax(node: AnyNode): void {
  switch (node.type) {
    case 'Identifier':
    case 'PrivateIdentifier': {
      const name = node.name as string;
      if (name.startsWith('__pvm')) fail(`identifier ${name} is reserved`, node);
      if (FORBIDDEN_NAMES.has(name)) fail(`${name} is forbidden (no code generation from strings)`, node);
      break;
    }
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      if (node.async) fail('async functions are forbidden (no Promise may reach state)', node);
      if (node.generator) fail('generator functions are forbidden', node);
      break;
    case 'AwaitExpression':
      fail('await is forbidden', node);
      break;
    case 'ImportExpression':
      fail('import() is forbidden', node);
      break;
    case 'MetaProperty':
      if ((node.meta as AnyNode).name === 'import') fail('import.meta is forbidden', node);
      break;
    case 'WithStatement':
      fail('with is forbidden', node);
      break;
  }
  for (const key of Object.keys(node)) {
    if (key === 'loc') continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (const c of v) if (c && typeof c.type === 'string') checkSyntax(c as AnyNode);
    } else if (v && typeof v === 'object' && typeof (v as AnyNode).type === 'string')
      checkSyntax(v as AnyNode);
  }
}

function exportedClassName(body: AnyNode[]): string {
  if (body.length <= 1) fail('empty source code: expected a class and module.exports = CLASS');
  const last = body[body.length - 1]!;
  const exp = last.expression as AnyNode | undefined;
  const left = exp?.left as AnyNode | undefined;
  if (
    last.type !== 'ExpressionStatement' ||
    exp?.type !== 'AssignmentExpression' ||
    exp.operator !== '=' ||
    left?.type !== 'MemberExpression' ||
    (left.object as AnyNode).type !== 'Identifier' ||
    (left.object as AnyNode).name !== 'module' ||
    (left.property as AnyNode).type !== 'Identifier' ||
    (left.property as AnyNode).name !== 'exports' ||
    left.computed ||
    (exp.right as AnyNode).type !== 'Identifier'
  )
    fail("last expression must be 'module.exports = CLASS_IDENTIFIER;'", last);
  return (exp.right as AnyNode).name as string;
}

/** The contract class's methods and their parameter counts. */
function classMethods(body: AnyNode[], name: string): Map<string, number> {
  const cls = body.find((n) => n.type === 'ClassDeclaration' && (n.id as AnyNode | null)?.name === name);
  if (!cls) fail(`class ${name} (named by module.exports) is not declared at the top level`);
  const methods = new Map<string, number>();
  for (const m of (cls.body as AnyNode).body as AnyNode[]) {
    if (m.type !== 'MethodDefinition' || (m.key as AnyNode).type !== 'Identifier' || m.static) continue;
    const key = (m.key as AnyNode).name as string;
    if (m.kind === 'constructor') fail("smart contract class shouldn't contain constructor method", m);
    if (m.kind !== 'method') continue;
    methods.set(key, ((m.value as AnyNode).params as unknown[]).length);
  }
  if (!methods.has('init')) fail(`init not found: class ${name} must define init()`, cls);
  return methods;
}

export function validateContract(source: string, abi: ContractAbi): void {
  if (typeof source !== 'string' || source.length === 0) fail('empty source code');
  if (source.length > MAX_CODE_LENGTH) fail(`source longer than ${MAX_CODE_LENGTH} characters`);
  const ast = parseContract(source) as unknown as AnyNode;
  checkSyntax(ast);
  const body = ast.body as AnyNode[];
  const methods = classMethods(body, exportedClassName(body));
  for (const m of abi.abi) {
    const arity = methods.get(m.name);
    if (arity === undefined) fail(`abi not defined in source code: ${m.name}`);
    if (arity !== m.args.length)
      fail(`args length not match: ${m.name} takes ${arity} parameter(s), the abi lists ${m.args.length}`);
  }
}
