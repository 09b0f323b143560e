/**
 * Deploy-time validation of a contract's source against its ABI, with go-iost's rules: the
 * contract shape of `vm/v8vm/v8/libjs/validate.js` (the last statement is
 * `module.exports = CLASS;`, the class has `init` and no `constructor`, every ABI method exists
 * with the same number of parameters) and the syntax that `inject_gas.js` refuses, with its
 * messages (regular-expression literals, try/catch, async/await, destructuring patterns, the
 * injected `_IOST` names). polyvm adds what its sandbox and metering need: no code generation
 * (`eval`, `Function`), generators, `import()` or `with`; no BigInt (IOST's parser has no BigInt
 * literals, and BigInt arithmetic cannot be priced without measuring its operands); no class
 * fields or static blocks (ES2022, beyond IOST's parser); no `__proto__:` in object literals
 * (prototype chains stay short); no spread arguments where the call cannot be metered.
 */
import type { Node } from 'acorn';
import type { ContractAbi } from './abi.js';
import { ContractValidationError } from './errors.js';
import { parseContract } from './parse.js';

/** Largest contract source accepted, in characters. */
export const MAX_CODE_LENGTH = 1 << 20;

type AnyNode = Node & Record<string, unknown>;

function fail(rule: string, node?: AnyNode): never {
  const loc = node?.loc?.start;
  throw new ContractValidationError(`contract invalid: ${rule}`, {
    location: loc ? { line: loc.line, column: loc.column + 1 } : undefined,
  });
}

/** The names IOST's instrumenter injects, and every `_IOST` name (polyvm injects those). */
const IOST_RESERVED = new Set(['IOSTInstruction', '_IOSTInstruction_counter', '_IOSTBinaryOp']);
const RESERVED = 'use of _IOSTInstruction_counter or _IOSTBinaryOp keyword is not allowed';
const ASYNC = 'use of async or await is not supported';

function identifierRule(name: string): string | undefined {
  if (name.startsWith('_IOST') || IOST_RESERVED.has(name)) return RESERVED;
  if (name.startsWith('__pvm')) return `identifier ${name} is reserved`;
  if (name === 'async' || name === 'await') return ASYNC;
  return undefined;
}

const isSuperMember = (n: AnyNode | undefined) =>
  n?.type === 'MemberExpression' && (n.object as AnyNode).type === 'Super';
const hasSpread = (n: AnyNode) => (n.arguments as AnyNode[]).some((a) => a.type === 'SpreadElement');

const functionRule = (node: AnyNode): string | undefined => (node.async ? ASYNC : undefined);

/** One rule per node type: the message of the rule a node breaks, or undefined. */
const RULES: Record<string, (node: AnyNode) => string | undefined> = {
  Identifier: (n) => identifierRule(n.name as string),
  PrivateIdentifier: (n) => identifierRule(n.name as string),
  Literal: (n) =>
    n.regex
      ? 'use of RegularExpression is not allowed.'
      : n.bigint !== undefined
        ? 'use of BigInt is not supported'
        : undefined,
  TryStatement: () => 'use of try catch is not supported',
  ArrayPattern: () => 'use of ArrayPattern or ObjectPattern is not allowed.',
  ObjectPattern: () => 'use of ArrayPattern or ObjectPattern is not allowed.',
  MethodDefinition: (n) => functionRule(n.value as AnyNode),
  Property: (n) => (n.method ? functionRule(n.value as AnyNode) : undefined),
  FunctionDeclaration: functionRule,
  FunctionExpression: functionRule,
  ArrowFunctionExpression: functionRule,
  AwaitExpression: () => ASYNC,
  ImportExpression: () => 'import() is forbidden',
  MetaProperty: (n) => ((n.meta as AnyNode).name === 'import' ? 'import.meta is forbidden' : undefined),
  WithStatement: () => 'with is forbidden',
  PropertyDefinition: () => 'class fields are not supported',
  StaticBlock: () => 'class static blocks are not supported',
  ObjectExpression: (n) =>
    (n.properties as AnyNode[]).some(
      (p) =>
        p.type === 'Property' &&
        !p.computed &&
        !p.shorthand &&
        !p.method &&
        p.kind === 'init' &&
        ((p.key as AnyNode).name ?? (p.key as AnyNode).value) === '__proto__',
    )
      ? '__proto__ in object literals is not supported'
      : undefined,
  CallExpression: (n) =>
    hasSpread(n) &&
    (n.callee as AnyNode).type === 'MemberExpression' &&
    ((n.callee as AnyNode).property as AnyNode).type === 'PrivateIdentifier'
      ? 'spread arguments in calls of private methods are not supported'
      : undefined,
  ChainExpression: (n) => {
    // Calls on the chain's spine would lose their short-circuit if rewritten for metering.
    for (let e = n.expression as AnyNode | undefined; e; ) {
      if (e.type === 'CallExpression' && hasSpread(e))
        return 'spread arguments in optional calls are not supported';
      e = (e.type === 'CallExpression' ? e.callee : e.type === 'MemberExpression' ? e.object : undefined) as
        | AnyNode
        | undefined;
    }
    return undefined;
  },
  UpdateExpression: (n) =>
    isSuperMember(n.argument as AnyNode)
      ? 'compound assignment to a super property is not supported'
      : undefined,
  AssignmentExpression: (n) =>
    n.operator !== '=' &&
    !['&&=', '||=', '??='].includes(n.operator as string) &&
    isSuperMember(n.left as AnyNode)
      ? 'compound assignment to a super property is not supported'
      : undefined,
};

/** Checks every node of a parsed contract against the rules above; throws on the first break. */
export function checkContractSyntax(root: AnyNode): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const broken = RULES[node.type]?.(node);
    if (broken) fail(broken, node);
    const children: AnyNode[] = [];
    for (const key of Object.keys(node)) {
      if (key === 'loc') continue;
      const v = node[key];
      if (Array.isArray(v)) {
        for (const c of v) if (c && typeof c.type === 'string') children.push(c as AnyNode);
      } else if (v && typeof v === 'object' && typeof (v as AnyNode).type === 'string')
        children.push(v as AnyNode);
    }
    // Visit in source order, so the first rule broken is the one reported.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
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
  if (!abi || typeof abi !== 'object' || !Array.isArray(abi.abi))
    throw new ContractValidationError('abi invalid: expected a parsed ABI (see parseAbi)');
  const ast = parseContract(source) as unknown as AnyNode;
  checkContractSyntax(ast);
  const body = ast.body as AnyNode[];
  const methods = classMethods(body, exportedClassName(body));
  for (const m of abi.abi) {
    const arity = methods.get(m.name);
    if (arity === undefined) fail(`abi not defined in source code: ${m.name}`);
    if (arity !== m.args.length)
      fail(`args length not match: ${m.name} takes ${arity} parameter(s), the abi lists ${m.args.length}`);
  }
}
