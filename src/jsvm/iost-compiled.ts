/**
 * The code IOST stores for a JavaScript contract, and the bytes a deploy pays in RAM for it.
 *
 * go-iost vm/v8vm/sandbox.go Compile hands the source (escaped by module.go `moduleReplacer`)
 * to libjs/inject_gas.js, which (1) rewrites the tree: `a op b` into `_IOSTBinaryOp(a, b, 'op')`,
 * `x op= v` into `x = x op v`, untagged templates into `_IOSTTemplateTag` tagged ones, spread
 * arguments into `..._IOSTSpreadElement(x)`; (2) regenerates the text with escodegen
 * (iost-print.ts); (3) parses that text again and inserts `_IOSTInstruction_counter.incr(N)`
 * charges, braces and brackets at node offsets. polyvm meters by its own instrumentation
 * (instrument.ts); this module only reproduces IOST's text, for its length: host.go SetCode
 * charges the owner `len(c.Encode())`, the protobuf (core/contract/contract.proto) of the record
 * with the compiled code and the ABI plus `init`; UpdateCode charges the publisher the
 * difference of the two records (without `init`). The algorithm of step 3 is inject_gas.js's,
 * written again here, including what it does when one offset collects several insertions.
 */
import { parse } from 'acorn';
import type { ContractAbi } from './abi.js';
import { ContractValidationError } from './errors.js';
import { GAS } from './gas.js';
import { NODE_GAS } from './iost-gas.js';
import { printIost } from './iost-print.js';

type N = Record<string, unknown> & { type: string; start: number; end: number };

// ---- step 1: inject_gas.js processOperator ----

/** The operators inject_gas.js turns into `_IOSTBinaryOp` calls. */
const REWRITTEN = new Set([
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

const ident = (name: string) => ({ type: 'Identifier', name });

function rewriteNode(node: N, parent: N | undefined): N {
  if (node.type === 'AssignmentExpression' && node.operator !== '=') {
    const op = node.operator as string;
    const right = {
      type: 'BinaryExpression',
      operator: op.slice(0, -1),
      left: { ...(node.left as N) },
      right: node.right,
    };
    node.operator = '=';
    node.right = right;
    return node;
  }
  if (node.type === 'BinaryExpression' && REWRITTEN.has(node.operator as string)) {
    const op = node.operator as string;
    return {
      type: 'CallExpression',
      callee: ident('_IOSTBinaryOp'),
      arguments: [node.left, node.right, { type: 'Literal', value: op, raw: `'${op}'` }],
    } as unknown as N;
  }
  if (node.type === 'TemplateLiteral' && parent?.type !== 'TaggedTemplateExpression')
    return { type: 'TaggedTemplateExpression', tag: ident('_IOSTTemplateTag'), quasi: node } as unknown as N;
  if (node.type === 'SpreadElement')
    node.argument = {
      type: 'CallExpression',
      callee: ident('_IOSTSpreadElement'),
      arguments: [node.argument],
    };
  return node;
}

/** inject_gas.js traverseOperator: each node rewritten before its children, every own key visited. */
function rewrite(value: unknown, parent: N | undefined): unknown {
  if (value === null || typeof value !== 'object') return value;
  const node = Array.isArray(value) ? value : rewriteNode(value as N, parent);
  const container = node as Record<string, unknown>;
  for (const key of Object.keys(container)) {
    const child = container[key];
    if (typeof child === 'object' && child !== null) container[key] = rewrite(child, node as N);
  }
  return node;
}

// ---- step 3: inject_gas.js traverse and genNewScript ----

/** inject_gas.js chargedExpression: iost-gas.ts's node table and the loop statements. */
const CHARGED: Readonly<Record<string, number>> = {
  ...NODE_GAS,
  ForStatement: 1,
  ForInStatement: 4,
  ForOfStatement: 2,
  WhileStatement: 1,
  DoWhileStatement: 1,
};

/** inject_gas.js InjectableStatement: a charge is placed before each. */
const INJECTABLE = new Set([
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

/** Insertion kinds, numbered as inject_gas.js InjectType (1-3 are charges, which can merge). */
enum K {
  Incr = 1,
  IncrComma = 2,
  IncrSemicolon = 3,
  LeftParen = 4,
  RightParen = 5,
  LeftBrace = 6,
  RightBrace = 7,
  Text = 8,
}

/**
 * The child keys of each node in esprima 4's order (its Node classes), which is the order
 * inject_gas.js's `for (key in node)` visits them, so the order its doubles are summed in.
 */
const KEYS: Readonly<Record<string, readonly string[]>> = {
  Program: ['body'],
  ExpressionStatement: ['expression'],
  BlockStatement: ['body'],
  ReturnStatement: ['argument'],
  ThrowStatement: ['argument'],
  IfStatement: ['test', 'consequent', 'alternate'],
  ForStatement: ['init', 'test', 'update', 'body'],
  ForInStatement: ['left', 'right', 'body'],
  ForOfStatement: ['left', 'right', 'body'],
  WhileStatement: ['test', 'body'],
  DoWhileStatement: ['body', 'test'],
  SwitchStatement: ['discriminant', 'cases'],
  SwitchCase: ['test', 'consequent'],
  LabeledStatement: ['label', 'body'],
  BreakStatement: ['label'],
  ContinueStatement: ['label'],
  VariableDeclaration: ['declarations'],
  VariableDeclarator: ['id', 'init'],
  FunctionDeclaration: ['id', 'params', 'body'],
  FunctionExpression: ['id', 'params', 'body'],
  ArrowFunctionExpression: ['id', 'params', 'body'],
  ClassDeclaration: ['id', 'superClass', 'body'],
  ClassExpression: ['id', 'superClass', 'body'],
  ClassBody: ['body'],
  MethodDefinition: ['key', 'value'],
  Property: ['key', 'value'],
  ObjectExpression: ['properties'],
  ArrayExpression: ['elements'],
  SequenceExpression: ['expressions'],
  AssignmentExpression: ['left', 'right'],
  AssignmentPattern: ['left', 'right'],
  BinaryExpression: ['left', 'right'],
  LogicalExpression: ['left', 'right'],
  UnaryExpression: ['argument'],
  UpdateExpression: ['argument'],
  ConditionalExpression: ['test', 'consequent', 'alternate'],
  CallExpression: ['callee', 'arguments'],
  NewExpression: ['callee', 'arguments'],
  MemberExpression: ['object', 'property'],
  TaggedTemplateExpression: ['tag', 'quasi'],
  TemplateLiteral: ['quasis', 'expressions'],
  SpreadElement: ['argument'],
  RestElement: ['argument'],
  YieldExpression: ['argument'],
  MetaProperty: ['meta', 'property'],
};

const childKeys = (n: N): readonly string[] =>
  KEYS[n.type] ?? Object.keys(n).filter((k) => typeof n[k] === 'object' && n[k] !== null);

interface Entry {
  type: K;
  value: number | string;
}
interface Ref {
  pos: number;
  index: number;
}

class Injector {
  readonly map = new Map<number, Entry[]>();

  /** inject_gas.js addInjection: a charge joins the charge last placed at that offset, if any. */
  add(pos: number, type: K, value: number | string, before = false): Ref {
    let list = this.map.get(pos);
    if (!list) this.map.set(pos, (list = []));
    let index = list.length > 0 ? (before ? 0 : list.length - 1) : -1;
    const put = (e: Entry) => {
      if (before) {
        list.unshift(e);
        index = 0;
      } else {
        list.push(e);
        index = list.length - 1;
      }
    };
    if (type > K.IncrSemicolon) put({ type, value });
    else {
      const at = index >= 0 ? list[index]! : undefined;
      if (at && (at.type === K.Incr || at.type === K.IncrSemicolon))
        at.value = (at.value as number) + (value as number);
      else {
        put({ type, value: 0 });
        list[index]!.value = (list[index]!.value as number) + (value as number);
      }
    }
    return { pos, index };
  }

  /** Adds to the entry a reference names now (an insertion before it at that offset moves what the index names, as in inject_gas.js). */
  charge(ref: Ref, value: number): void {
    const e = this.map.get(ref.pos)![ref.index]!;
    e.value = (e.value as number) + value;
  }

  point(node: N | null | undefined, type: K, value: number): Ref | undefined {
    return node ? this.add(node.start, type, value) : undefined;
  }

  ensureBlock(node: N | null | undefined): void {
    if (!node || node.type === 'BlockStatement') return;
    this.add(node.start, K.LeftBrace, 0);
    this.add(node.end, K.RightBrace, 0, true);
  }

  ensureParens(node: N | null | undefined): void {
    if (!node) return;
    this.add(node.start, K.LeftParen, 0);
    this.add(node.end, K.RightParen, 0, true);
  }

  /** inject_gas.js processNode: the charge a node's own children start from, and per-key ones. */
  process(node: N, parent: N | null, last: Ref | null): [Ref | null, Record<string, Ref | undefined>] {
    let own = last;
    const t = node.type;
    if (INJECTABLE.has(t)) own = this.add(node.start, K.IncrSemicolon, 0);
    const inForHead =
      parent?.type === 'ForStatement' ||
      parent?.type === 'ForInStatement' ||
      parent?.type === 'ForOfStatement';
    if (t === 'VariableDeclaration' && !inForHead) own = this.add(node.start, K.IncrSemicolon, 0);
    const ownRef = () => (own ??= this.add(node.start, K.IncrSemicolon, 0));
    const loopBody = (charge: number) => {
      const body = node.body as N;
      this.ensureBlock(body);
      return this.add(body.type === 'BlockStatement' ? body.start + 1 : body.start, K.IncrSemicolon, charge);
    };
    switch (t) {
      case 'IfStatement':
        this.ensureBlock(node.consequent as N);
        this.ensureBlock(node.alternate as N);
        return [own, { test: this.point(node.test as N, K.IncrComma, 0) }];
      case 'ForStatement': {
        const body = loopBody(CHARGED[t]!);
        return [
          own,
          {
            test: this.point(node.test as N, K.IncrComma, 0),
            update: this.point(node.update as N, K.IncrComma, 0),
            body,
          },
        ];
      }
      case 'ForInStatement':
      case 'ForOfStatement':
        return [own, { body: loopBody(CHARGED[t]!) }];
      case 'WhileStatement':
      case 'DoWhileStatement': {
        const body = loopBody(1);
        return [own, { test: this.point(node.test as N, K.IncrComma, CHARGED[t]!), body }];
      }
      case 'WithStatement':
        this.ensureBlock(node.body as N);
        return [own, {}];
      case 'SwitchStatement':
        return [own, {}];
      case 'SwitchCase':
        return [own, { test: this.point(node.test as N, K.IncrComma, 0) }];
      case 'ArrowFunctionExpression': {
        this.charge(ownRef(), CHARGED[t]!);
        const body = node.body as N;
        if (body.type === 'BlockStatement') return [own, {}];
        this.add(body.start, K.Text, 'function(){');
        const at = this.add(body.start, K.IncrSemicolon, 0);
        this.add(body.start, K.Text, 'return ');
        this.add(body.end, K.Text, '}()', true);
        return [own, { body: at }];
      }
      case 'ConditionalExpression': {
        const parts = ['test', 'consequent', 'alternate'] as const;
        for (const p of parts) this.ensureParens(node[p] as N);
        const refs = parts.map((p) => this.point(node[p] as N, K.IncrComma, 0));
        this.charge(ownRef(), CHARGED[t]!);
        return [own, { test: refs[0], consequent: refs[1], alternate: refs[2] }];
      }
    }
    let value = CHARGED[t];
    if (value === undefined) {
      if (t !== 'Literal' || typeof node.value !== 'string') return [own, {}];
      value = 2 + 0.1 * (node.value as string).length;
    }
    if (t === 'ObjectExpression' && (node.properties as N[]).length > 0)
      value = 2 + value * (node.properties as N[]).length;
    if (t === 'ArrayExpression' && (node.elements as N[]).length > 0)
      value = 2 + value * (node.elements as N[]).length;
    this.charge(ownRef(), value);
    return [own, {}];
  }

  traverse(node: N, parent: N | null, last: Ref | null): void {
    const [own, perKey] = this.process(node, parent, last);
    for (const key of childKeys(node)) {
      const child = node[key];
      if (child === null || typeof child !== 'object') continue;
      const ref = key in perKey ? (perKey[key] ?? null) : own;
      if (Array.isArray(child)) {
        for (const item of child)
          if (item !== null && typeof item === 'object') this.traverse(item as N, null, ref);
      } else this.traverse(child as N, node, ref);
    }
  }

  /** inject_gas.js genNewScript: the insertions at each offset in order; a charge only when positive. */
  apply(text: string): string {
    let out = '';
    let offset = 0;
    for (const pos of [...this.map.keys()].sort((a, b) => a - b)) {
      out += text.slice(offset, pos);
      for (const e of this.map.get(pos)!) {
        if (e.type > K.IncrSemicolon || (e.value as number) > 0) out += insertion(e);
      }
      offset = pos;
    }
    return out + text.slice(offset);
  }
}

function insertion(e: Entry): string {
  switch (e.type) {
    case K.Incr:
      return `_IOSTInstruction_counter.incr(${e.value})`;
    case K.IncrComma:
      return `_IOSTInstruction_counter.incr(${e.value}),`;
    case K.IncrSemicolon:
      return `_IOSTInstruction_counter.incr(${e.value});`;
    case K.LeftParen:
      return '(';
    case K.RightParen:
      return ')';
    case K.LeftBrace:
      return '{';
    case K.RightBrace:
      return '}';
    case K.Text:
      return String(e.value);
  }
}

const parseScript = (text: string) =>
  parse(text, { ecmaVersion: 2022, sourceType: 'script' }) as unknown as N;

/**
 * The compiled code go-iost stores for `source` (what inject_gas.js returns). The source is
 * first escaped as module.go's moduleReplacer leaves it for the compiler: a NUL becomes the
 * four characters `\x00`, the other replacements are undone by the string literal.
 */
export function iostCompiledCode(source: string): string {
  const text = source.replaceAll('\0', '\\x00');
  const ast = rewrite(parseScript(text), undefined) as N;
  const printed = printIost(ast, text);
  const injector = new Injector();
  // Array elements are visited with the array as their parent in inject_gas.js; only the
  // for-head test of VariableDeclaration looks at the parent, and arrays are never for heads.
  injector.traverse(parseScript(printed), null, null);
  return injector.apply(printed);
}

// ---- the contract record (core/contract/contract.proto) ----

const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');
const varintLength = (n: number) => {
  let len = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
};
/** A length-delimited field of `n` bytes: its tag, its length, its bytes. */
const field = (n: number) => 1 + varintLength(n) + n;
/** A proto3 string field: absent when empty. */
const str = (s: string) => (s === '' ? 0 : field(utf8Length(s)));

export interface ContractInfo {
  lang: string;
  version: string;
  abi: ContractAbi['abi'];
}

/** `len(c.Encode())` of go-iost's Contract {ID, Info{lang, version, abi}, code} (origCode empty). */
export function contractRecordLength(
  id: string,
  info: ContractInfo,
  code: string,
  withInit: boolean,
): number {
  let infoLength = str(info.lang) + str(info.version);
  const methods = withInit ? [...info.abi, { name: 'init', args: [], amountLimit: [] }] : info.abi;
  for (const m of methods) {
    let abi = str(m.name);
    for (const a of m.args) abi += field(utf8Length(a));
    for (const l of m.amountLimit) abi += field(str(l.token) + str(l.val));
    infoLength += field(abi);
  }
  return str(id) + field(infoLength) + str(code);
}

/**
 * The ABI document as go-iost's Info holds it: Go's json.Unmarshal of the ABI text, so a
 * missing `version` is "" (polyvm's parsed ABI defaults it to 1.0.0) and the amountLimit
 * values are the given strings.
 */
export function contractInfoOf(abiText: string | unknown, parsed: ContractAbi): ContractInfo {
  let doc: unknown = abiText;
  if (typeof abiText === 'string') doc = JSON.parse(abiText);
  const d = doc as { version?: unknown; abi?: { amountLimit?: { token?: unknown; val?: unknown }[] }[] };
  const version = typeof d.version === 'string' ? d.version : '';
  const abi = parsed.abi.map((m, i) => ({
    ...m,
    amountLimit: (d.abi?.[i]?.amountLimit ?? []).map((l) => ({
      token: String(l.token ?? ''),
      val: String(l.val ?? ''),
    })),
  }));
  return { lang: parsed.lang, version, abi };
}

/** go-iost host.go SetCode: `system.iost` then records the owner in its map `contract_owner` (db_handler.go payRAMForMap). */
export function contractOwnerEntryLength(id: string, owner: string): number {
  return utf8Length('system.iost-contract_owner') + 2 * utf8Length(id) + utf8Length(`s${owner}@${owner}`);
}

/**
 * A contract as go-iost would store it: its compiled code computed once, and the record's
 * length for a given id, with or without the `init` entry SetCode adds while it charges.
 */
export function iostRecordOf(
  code: string,
  abiText: string | unknown,
  parsed: ContractAbi,
): {
  bytes: (id: string, withInit: boolean) => number;
  setCodeGas: (id: string) => number;
} {
  let compiled: string;
  try {
    compiled = iostCompiledCode(code);
  } catch (cause) {
    throw new ContractValidationError(
      `contract invalid: IOST's compiler cannot regenerate it: ${(cause as Error).message}`,
      { cause },
    );
  }
  const info = contractInfoOf(abiText, parsed);
  const codeBytes = utf8Length(code);
  const limits = info.abi.reduce((n, m) => n + m.amountLimit.length, 0);
  return {
    bytes: (id, withInit) => contractRecordLength(id, info, compiled, withInit),
    setCodeGas: (id) =>
      SET_CODE_GAS.base +
      SET_CODE_GAS.perByte * codeBytes +
      contractRecordLength(id, info, code, false) +
      SET_CODE_GAS.perLimit * limits +
      codeBytes,
  };
}

/**
 * go-iost vm/host/costs.go and host.go, what setCode and updateCode charge before the code runs:
 * SetCodeCost (SetCodeBasePrice 200,000 + SetCodePrice 70 per byte of source), checkAbiValid's
 * CodeSavageCost of the record as given (source code, no `init`: 1 a byte),
 * checkAmountLimitValid's CommonOpCost (10 per amountLimit entry), and Compile's CodeSavageCost
 * of the source (1 a byte).
 */
export const SET_CODE_GAS = {
  base: GAS.deployBase,
  perByte: GAS.deployPerChar,
  perLimit: GAS.stackLevel,
} as const;

/**
 * A contract record as a `system.iost` setCode/updateCode argument carries it (go-iost
 * vm/native/system.go): JSON when it starts with `{` (Go's json.Unmarshal into Contract: keys
 * matched without regard to case), else base64 of its protobuf (contract.proto). Returns its
 * id, its info (the ABI document) and its code.
 */
export function readContractRecord(raw: string): { id: string; info: unknown; code: string } {
  if (raw.startsWith('{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(raw);
    } catch (e) {
      throw new ContractValidationError(`contract record is not JSON: ${(e as Error).message}`);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
      throw new ContractValidationError('contract record must be a JSON object');
    const field = (name: string) =>
      Object.entries(doc as Record<string, unknown>).find(([k]) => k.toLowerCase() === name)?.[1];
    const id = field('id') ?? '';
    const code = field('code') ?? '';
    if (typeof id !== 'string' || typeof code !== 'string')
      throw new ContractValidationError('contract record: ID and code must be strings');
    return { id, info: field('info') ?? {}, code };
  }
  const bytes = Buffer.from(raw, 'base64');
  if (bytes.toString('base64').replace(/=+$/, '') !== raw.replace(/=+$/, ''))
    throw new ContractValidationError('contract record is neither JSON nor base64');
  const contract = readMessage(bytes, 'contract record');
  const text = (b: Uint8Array | undefined) => (b ? Buffer.from(b).toString('utf8') : '');
  const info = readMessage(contract.get(2)?.[0] ?? new Uint8Array(), 'info');
  const abi = (info.get(3) ?? []).map((m) => {
    const method = readMessage(m, 'abi');
    return {
      name: text(method.get(1)?.[0]),
      args: (method.get(2) ?? []).map(text),
      amountLimit: (method.get(3) ?? []).map((l) => {
        const limit = readMessage(l, 'amountLimit');
        return { token: text(limit.get(1)?.[0]), val: text(limit.get(2)?.[0]) };
      }),
    };
  });
  return {
    id: text(contract.get(1)?.[0]),
    info: { lang: text(info.get(1)?.[0]), version: text(info.get(2)?.[0]), abi },
    code: text(contract.get(3)?.[0]),
  };
}

/** The length-delimited fields of a protobuf message by field number (every field of contract.proto is one). */
function readMessage(b: Uint8Array, what: string): Map<number, Uint8Array[]> {
  const fields = new Map<number, Uint8Array[]>();
  let i = 0;
  const varint = () => {
    let n = 0;
    let shift = 1;
    for (;;) {
      if (i >= b.length) throw new ContractValidationError(`contract record: ${what} truncated`);
      const byte = b[i++]!;
      n += (byte & 0x7f) * shift;
      if (byte < 0x80) return n;
      shift *= 128;
      if (shift > 2 ** 49) throw new ContractValidationError(`contract record: ${what} has a bad length`);
    }
  };
  while (i < b.length) {
    const key = varint();
    if ((key & 7) !== 2)
      throw new ContractValidationError(
        `contract record: ${what} field ${key >>> 3} is not length-delimited`,
      );
    const len = varint();
    if (i + len > b.length) throw new ContractValidationError(`contract record: ${what} truncated`);
    const list = fields.get(key >>> 3) ?? [];
    list.push(b.subarray(i, i + len));
    fields.set(key >>> 3, list);
    i += len;
  }
  return fields;
}
