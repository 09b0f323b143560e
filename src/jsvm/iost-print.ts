/**
 * polyvm's own printer of an ESTree program, writing the text IOST's compiler writes: go-iost
 * vm/v8vm/v8/libjs/inject_gas.js regenerates every contract with escodegen 1.11 (bundled in
 * libjs/escodegen.js) under its default options before it inserts its gas counters, and the
 * length of that text is what a deploy pays in RAM (go-iost vm/host/host.go SetCode). The
 * layout rules below are the defaults' (four-space indent, `\n`, one space, single quotes,
 * semicolons always, parentheses on `new`, comments dropped, numbers as JavaScript prints
 * them): where a line says "as escodegen", it names what the generator of that file does for
 * that node. Only the ESTree that IOST's parser (esprima 4) and polyvm's deploy rules both
 * accept matters for go-iost; later syntax polyvm accepts (`?.`, `??`, object spread) is
 * printed the plain way, a figure of polyvm's own (IOST's parser refuses those contracts).
 */

type N = Record<string, unknown> & { type: string };

/** Operator precedences, as escodegen's `Precedence` and `BinaryPrecedence` tables. */
const P = {
  Sequence: 0,
  Yield: 1,
  Assignment: 1,
  Conditional: 2,
  ArrowFunction: 2,
  LogicalOR: 3,
  Unary: 13,
  Postfix: 14,
  Call: 15,
  New: 16,
  TaggedTemplate: 17,
  Member: 18,
  Primary: 19,
} as const;

const BINARY: Readonly<Record<string, number>> = {
  '||': 3,
  '&&': 4,
  '??': 3,
  '|': 5,
  '^': 6,
  '&': 7,
  '==': 8,
  '!=': 8,
  '===': 8,
  '!==': 8,
  '<': 9,
  '>': 9,
  '<=': 9,
  '>=': 9,
  in: 9,
  instanceof: 9,
  '<<': 10,
  '>>': 10,
  '>>>': 10,
  '+': 11,
  '-': 11,
  '*': 12,
  '%': 12,
  '/': 12,
  '**': 12,
};

/** Expression flags: `in` allowed unparenthesised, a call allowed unparenthesised. */
const IN = 1;
const CALL = 2;
const ALL = IN | CALL;

const INDENT = '    ';

// esutils' character classes (code units), which escodegen's spacing and escaping consult.
const isLineTerminator = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
const WHITE = new Set([0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000, 0xfeff]);
const isWhiteSpace = (c: number) => WHITE.has(c) || (c >= 0x2000 && c <= 0x200a);
const ID_PART = /^[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$_\u200c\u200d]$/u;
const isIdentifierPart = (c: number) =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x24 ||
  c === 0x5f ||
  (c > 0x7f && ID_PART.test(String.fromCharCode(c)));

const endsWithLineTerminator = (s: string) => s.length > 0 && isLineTerminator(s.charCodeAt(s.length - 1));

/** escodegen `join`: one space between two fragments unless either side already has white space. */
function join(left: string, right: string): string {
  if (left.length === 0) return right;
  if (right.length === 0) return left;
  const l = left.charCodeAt(left.length - 1);
  const r = right.charCodeAt(0);
  if (isWhiteSpace(l) || isLineTerminator(l) || isWhiteSpace(r) || isLineTerminator(r)) return left + right;
  return `${left} ${right}`;
}

const parenthesize = (text: string, current: number, should: number) =>
  current < should ? `(${text})` : text;

/** escodegen `escapeString` with single quotes (its default), not `escapeless`. */
function escapeString(s: string): string {
  let out = '';
  let single = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x27) single++;
    else if (isLineTerminator(c) || c === 0x5c) {
      out +=
        c === 0x5c ? '\\\\' : c === 0x0a ? '\\n' : c === 0x0d ? '\\r' : c === 0x2028 ? '\\u2028' : '\\u2029';
      continue;
    } else if (!isIdentifierPart(c) && (c < 0x20 || c > 0x7e)) {
      out += escapeAllowed(c, s.charCodeAt(i + 1));
      continue;
    }
    out += s[i];
  }
  return single === 0 ? `'${out}'` : `'${out.replaceAll("'", "\\'")}'`;
}

function escapeAllowed(c: number, next: number): string {
  if (c === 0x08) return '\\b';
  if (c === 0x0c) return '\\f';
  if (c === 0x09) return '\\t';
  const hex = c.toString(16).toUpperCase();
  if (c > 0xff) return `\\u${hex.padStart(4, '0')}`;
  if (c === 0 && !(next >= 0x30 && next <= 0x39)) return '\\0';
  if (c === 0x0b) return '\\x0B';
  return `\\x${hex.padStart(2, '0')}`;
}

class Printer {
  private base = '';

  constructor(private readonly source: string) {}

  private indented<T>(fn: (base: string) => T): T {
    const saved = this.base;
    this.base += INDENT;
    try {
      return fn(this.base);
    } finally {
      this.base = saved;
    }
  }

  // ---- statements ----

  statement(s: N, allowIn = true): string {
    const f = this.statements[s.type];
    if (!f) throw new Error(`no IOST printing for ${s.type}`);
    return f(s, allowIn);
  }

  /** escodegen `maybeBlock`: a block after a space, `;` for an empty statement, else on its own indented line. */
  private maybeBlock(s: N): string {
    if (s.type === 'BlockStatement') return ` ${this.statement(s)}`;
    if (s.type === 'EmptyStatement') return ';';
    return this.indented((base) => `\n${base}${this.statement(s)}`);
  }

  private maybeBlockSuffix(s: N, result: string): string {
    const ends = endsWithLineTerminator(result);
    if (s.type === 'BlockStatement' && !ends) return `${result} `;
    return ends ? result + this.base : `${result}\n${this.base}`;
  }

  private body(list: N[], separateLast: boolean): string {
    let out = '';
    list.forEach((s, i) => {
      const fragment = this.base + this.statement(s);
      out += fragment;
      if ((separateLast || i + 1 < list.length) && !endsWithLineTerminator(fragment)) out += '\n';
    });
    return out;
  }

  private readonly statements: Record<string, (s: N, allowIn: boolean) => string> = {
    Program: (s) => this.body(s.body as N[], false),
    BlockStatement: (s) => {
      const inner = this.indented(() => this.body(s.body as N[], true));
      return `{\n${inner}${this.base}}`;
    },
    EmptyStatement: () => ';',
    DebuggerStatement: () => 'debugger;',
    BreakStatement: (s) => (s.label ? `break ${(s.label as N).name};` : 'break;'),
    ContinueStatement: (s) => (s.label ? `continue ${(s.label as N).name};` : 'continue;'),
    ExpressionStatement: (s) => {
      const text = this.expression(s.expression as N, P.Sequence, ALL);
      return needsStatementParens(text) ? `(${text});` : `${text};`;
    },
    VariableDeclaration: (s, allowIn) => {
      const decls = s.declarations as N[];
      const list = () => decls.map((d) => this.statement(d, allowIn)).join(', ');
      return `${s.kind} ${decls.length > 1 ? this.indented(list) : list()};`;
    },
    VariableDeclarator: (s, allowIn) => {
      const flags = allowIn ? ALL : CALL;
      if (!s.init) return this.pattern(s.id as N);
      return `${this.expression(s.id as N, P.Assignment, flags)} = ${this.expression(s.init as N, P.Assignment, flags)}`;
    },
    FunctionDeclaration: (s) =>
      `${s.async ? 'async ' : ''}function${s.generator ? '* ' : ' '}${s.id ? (s.id as N).name : ''}${this.functionBody(s)}`,
    ClassDeclaration: (s) => this.classText(s),
    ClassBody: (s) => {
      const members = s.body as N[];
      let out = this.indented((base) =>
        members.map((m) => base + this.expression(m, P.Sequence, ALL)).join('\n'),
      );
      out = `{\n${out}`;
      if (!endsWithLineTerminator(out)) out += '\n';
      return `${out}${this.base}}`;
    },
    ReturnStatement: (s) =>
      s.argument ? `${join('return', this.expression(s.argument as N, P.Sequence, ALL))};` : 'return;',
    ThrowStatement: (s) => `${join('throw', this.expression(s.argument as N, P.Sequence, ALL))};`,
    IfStatement: (s) => {
      let out = this.indented(() => `if (${this.expression(s.test as N, P.Sequence, ALL)})`);
      const consequent = s.consequent as N;
      if (!s.alternate) return out + this.maybeBlock(consequent);
      out = this.maybeBlockSuffix(consequent, out + this.maybeBlock(consequent));
      const alternate = s.alternate as N;
      if (alternate.type === 'IfStatement') return join(out, `else ${this.statement(alternate)}`);
      return join(out, join('else', this.maybeBlock(alternate)));
    },
    ForStatement: (s) => {
      const head = this.indented(() => {
        let h = 'for (';
        const init = s.init as N | null;
        if (init)
          h +=
            init.type === 'VariableDeclaration'
              ? this.statement(init, false)
              : `${this.expression(init, P.Sequence, CALL)};`;
        else h += ';';
        h += s.test ? ` ${this.expression(s.test as N, P.Sequence, ALL)};` : ';';
        h += s.update ? ` ${this.expression(s.update as N, P.Sequence, ALL)})` : ')';
        return h;
      });
      return head + this.maybeBlock(s.body as N);
    },
    ForInStatement: (s) => this.iteration('in', s),
    ForOfStatement: (s) => this.iteration('of', s),
    WhileStatement: (s) =>
      this.indented(() => `while (${this.expression(s.test as N, P.Sequence, ALL)})`) +
      this.maybeBlock(s.body as N),
    DoWhileStatement: (s) => {
      const body = s.body as N;
      const out = this.maybeBlockSuffix(body, join('do', this.maybeBlock(body)));
      return join(out, `while (${this.expression(s.test as N, P.Sequence, ALL)});`);
    },
    LabeledStatement: (s) => `${(s.label as N).name}:${this.maybeBlock(s.body as N)}`,
    SwitchStatement: (s) => {
      let out = this.indented(() => `switch (${this.expression(s.discriminant as N, P.Sequence, ALL)}) {\n`);
      for (const c of s.cases as N[]) {
        const fragment = this.base + this.statement(c);
        out += fragment;
        if (!endsWithLineTerminator(fragment)) out += '\n';
      }
      return `${out}${this.base}}`;
    },
    SwitchCase: (s) =>
      this.indented((base) => {
        let out = s.test ? `${join('case', this.expression(s.test as N, P.Sequence, ALL))}:` : 'default:';
        const body = s.consequent as N[];
        let i = 0;
        if (body.length > 0 && body[0]!.type === 'BlockStatement') {
          out += this.maybeBlock(body[0]!);
          i = 1;
        }
        if (i !== body.length && !endsWithLineTerminator(out)) out += '\n';
        for (; i < body.length; i++) {
          const fragment = base + this.statement(body[i]!);
          out += fragment;
          if (i + 1 !== body.length && !endsWithLineTerminator(fragment)) out += '\n';
        }
        return out;
      }),
  };

  /** escodegen `generateIterationForStatement`. */
  private iteration(operator: string, s: N): string {
    const head = this.indented(() => {
      const left = s.left as N;
      let h = 'for (';
      if (left.type === 'VariableDeclaration')
        h += this.indented(() => `${left.kind} ${this.statement((left.declarations as N[])[0]!, false)}`);
      else h += this.expression(left, P.Call, ALL);
      return `${join(join(h, operator), this.expression(s.right as N, P.Sequence, ALL))})`;
    });
    return head + this.maybeBlock(s.body as N);
  }

  private classText(s: N): string {
    let out = 'class';
    if (s.id) out = join(out, (s.id as N).name as string);
    if (s.superClass) out = join(out, join('extends', this.expression(s.superClass as N, P.Assignment, ALL)));
    return `${out} ${this.statement(s.body as N)}`;
  }

  // ---- functions ----

  private pattern(n: N): string {
    return n.type === 'Identifier' ? (n.name as string) : this.expression(n, P.Assignment, ALL);
  }

  private functionBody(f: N): string {
    const params = f.params as N[];
    const arrow = f.type === 'ArrowFunctionExpression';
    let out: string;
    if (arrow && params.length === 1 && params[0]!.type === 'Identifier')
      out = `${f.async ? 'async ' : ''}${params[0]!.name}`;
    else out = `${arrow && f.async ? 'async ' : ''}(${params.map((p) => this.pattern(p)).join(', ')})`;
    if (arrow) out += ' =>';
    if (f.expression) {
      const body = this.expression(f.body as N, P.Assignment, ALL);
      return `${out} ${body.startsWith('{') ? `(${body})` : body}`;
    }
    return out + this.maybeBlock(f.body as N);
  }

  private propertyKey(key: N, computed: unknown): string {
    const k = this.expression(key, P.Sequence, ALL);
    return computed ? `[${k}]` : k;
  }

  private methodPrefix(p: N): string {
    const f = p.value as N;
    return (f.async ? 'async ' : '') + (f.generator ? '*' : '');
  }

  // ---- expressions ----

  expression(e: N, precedence: number, flags: number): string {
    const f = this.expressions[e.type];
    if (!f) throw new Error(`no IOST printing for ${e.type}`);
    return f(e, precedence, flags);
  }

  private assignment(left: N, right: N, operator: string, precedence: number, flags: number): string {
    const fl = P.Assignment < precedence ? flags | IN : flags;
    return parenthesize(
      `${this.expression(left, P.Call, fl)} ${operator} ${this.expression(right, P.Assignment, fl)}`,
      P.Assignment,
      precedence,
    );
  }

  private binary(e: N, precedence: number, flags: number): string {
    const op = e.operator as string;
    const current = BINARY[op]!;
    const fl = current < precedence ? flags | IN : flags;
    const left = this.expression(e.left as N, current, fl);
    let out = left.endsWith('/') && isIdentifierPart(op.charCodeAt(0)) ? `${left} ${op}` : join(left, op);
    const right = this.expression(e.right as N, current + 1, fl);
    if ((op === '/' && right.startsWith('/')) || (op.endsWith('<') && right.startsWith('!--')))
      out += ` ${right}`;
    else out = join(out, right);
    if (op === 'in' && !(fl & IN)) return `(${out})`;
    return parenthesize(out, current, precedence);
  }

  private call(e: N, precedence: number, flags: number): string {
    const args = (e.arguments as N[]).map((a) => this.expression(a, P.Assignment, ALL)).join(', ');
    const out = `${this.expression(e.callee as N, P.Call, CALL | IN)}${e.optional ? '?.' : ''}(${args})`;
    if (!(flags & CALL)) return `(${out})`;
    return parenthesize(out, P.Call, precedence);
  }

  private member(e: N, precedence: number, flags: number): string {
    const object = e.object as N;
    let out = this.expression(object, P.Call, flags & CALL ? CALL | IN : IN);
    const dot = e.optional ? '?.' : '.';
    if (e.computed)
      out += `${e.optional ? '?.' : ''}[${this.expression(e.property as N, P.Sequence, flags & CALL ? ALL : IN)}]`;
    else {
      if (
        object.type === 'Literal' &&
        typeof object.value === 'number' &&
        !out.includes('.') &&
        !/[eExX]/.test(out) &&
        /[0-9]$/.test(out) &&
        !(out.length >= 2 && out.startsWith('0')) &&
        !e.optional
      )
        out += ' ';
      const property = e.property as N;
      out += dot + (property.type === 'PrivateIdentifier' ? `#${property.name}` : (property.name as string));
    }
    return parenthesize(out, P.Member, precedence);
  }

  private array(e: N): string {
    const items = e.elements as (N | null)[];
    if (items.length === 0) return '[]';
    const multiline = items.length > 1;
    let out = `[${multiline ? '\n' : ''}`;
    this.indented((base) => {
      items.forEach((item, i) => {
        if (!item) {
          if (multiline) out += base;
          if (i + 1 === items.length) out += ',';
        } else out += (multiline ? base : '') + this.expression(item, P.Assignment, ALL);
        if (i + 1 < items.length) out += `,${multiline ? '\n' : ' '}`;
      });
    });
    if (multiline && !endsWithLineTerminator(out)) out += '\n';
    return `${out}${multiline ? this.base : ''}]`;
  }

  private object(e: N): string {
    const props = e.properties as N[];
    if (props.length === 0) return '{}';
    const multiline = props.length > 1;
    const first = this.indented(() => this.expression(props[0]!, P.Sequence, ALL));
    if (!multiline && !/[\r\n]/.test(first)) return `{ ${first} }`;
    let out = this.indented((base) => {
      let o = `{\n${base}${first}`;
      if (multiline) {
        o += ',\n';
        o += props
          .slice(1)
          .map((p) => base + this.expression(p, P.Sequence, ALL))
          .join(',\n');
      }
      return o;
    });
    if (!endsWithLineTerminator(out)) out += '\n';
    out += `${this.base}}`;
    return out;
  }

  private readonly expressions: Record<string, (e: N, precedence: number, flags: number) => string> = {
    SequenceExpression: (e, precedence, flags) => {
      const fl = P.Sequence < precedence ? flags | IN : flags;
      const items = (e.expressions as N[]).map((x) => this.expression(x, P.Assignment, fl)).join(', ');
      return parenthesize(items, P.Sequence, precedence);
    },
    AssignmentExpression: (e, precedence, flags) =>
      this.assignment(e.left as N, e.right as N, e.operator as string, precedence, flags),
    AssignmentPattern: (e, precedence, flags) =>
      this.assignment(e.left as N, e.right as N, '=', precedence, flags),
    ArrowFunctionExpression: (e, precedence) =>
      parenthesize(this.functionBody(e), P.ArrowFunction, precedence),
    ConditionalExpression: (e, precedence, flags) => {
      const fl = P.Conditional < precedence ? flags | IN : flags;
      return parenthesize(
        `${this.expression(e.test as N, P.LogicalOR, fl)} ? ${this.expression(e.consequent as N, P.Assignment, fl)} : ${this.expression(e.alternate as N, P.Assignment, fl)}`,
        P.Conditional,
        precedence,
      );
    },
    LogicalExpression: (e, precedence, flags) => this.binary(e, precedence, flags),
    BinaryExpression: (e, precedence, flags) => this.binary(e, precedence, flags),
    CallExpression: (e, precedence, flags) => this.call(e, precedence, flags),
    NewExpression: (e, precedence) => {
      const args = (e.arguments as N[]).map((a) => this.expression(a, P.Assignment, ALL)).join(', ');
      return parenthesize(
        `${join('new', this.expression(e.callee as N, P.New, IN))}(${args})`,
        P.New,
        precedence,
      );
    },
    MemberExpression: (e, precedence, flags) => this.member(e, precedence, flags),
    ChainExpression: (e, precedence, flags) => this.expression(e.expression as N, precedence, flags),
    MetaProperty: (e, precedence) =>
      parenthesize(`${(e.meta as N).name}.${(e.property as N).name}`, P.Member, precedence),
    UnaryExpression: (e, precedence) => {
      const op = e.operator as string;
      const arg = this.expression(e.argument as N, P.Unary, ALL);
      let out: string;
      if (op.length > 2) out = join(op, arg);
      else {
        const l = op.charCodeAt(op.length - 1);
        const r = arg.charCodeAt(0);
        const spaced =
          ((l === 0x2b || l === 0x2d) && l === r) || (isIdentifierPart(l) && isIdentifierPart(r));
        out = spaced ? `${op} ${arg}` : op + arg;
      }
      return parenthesize(out, P.Unary, precedence);
    },
    YieldExpression: (e, precedence) => {
      let out = e.delegate ? 'yield*' : 'yield';
      if (e.argument) out = join(out, this.expression(e.argument as N, P.Yield, ALL));
      return parenthesize(out, P.Yield, precedence);
    },
    AwaitExpression: (e, precedence) =>
      parenthesize(join('await', this.expression(e.argument as N, P.Yield, ALL)), P.Yield, precedence),
    UpdateExpression: (e, precedence) =>
      e.prefix
        ? parenthesize(`${e.operator}${this.expression(e.argument as N, P.Unary, ALL)}`, P.Unary, precedence)
        : parenthesize(
            `${this.expression(e.argument as N, P.Postfix, ALL)}${e.operator}`,
            P.Postfix,
            precedence,
          ),
    FunctionExpression: (e) => {
      const star = e.generator ? '* ' : '';
      const head = `${e.async ? 'async ' : ''}function${e.id ? `${star || ' '}${(e.id as N).name}` : star || ' '}`;
      return head + this.functionBody(e);
    },
    ArrayExpression: (e) => this.array(e),
    ArrayPattern: (e) => this.array(e),
    ObjectExpression: (e) => this.object(e),
    RestElement: (e) => `...${this.pattern(e.argument as N)}`,
    SpreadElement: (e) => `...${this.expression(e.argument as N, P.Assignment, ALL)}`,
    ClassExpression: (e) => this.classText(e),
    MethodDefinition: (e) => {
      const prefix = e.static ? 'static ' : '';
      const value = e.value as N;
      const key = this.propertyKey(e.key as N, e.computed);
      if (e.kind === 'get' || e.kind === 'set')
        return join(prefix, join(e.kind, key) + this.functionBody(value));
      return join(prefix, this.methodPrefix(e) + key + this.functionBody(value));
    },
    Property: (e) => {
      const key = this.propertyKey(e.key as N, e.computed);
      const value = e.value as N;
      if (e.kind === 'get' || e.kind === 'set') return `${e.kind} ${key}${this.functionBody(value)}`;
      if (e.shorthand)
        return value.type === 'AssignmentPattern'
          ? this.assignment(value.left as N, value.right as N, '=', P.Sequence, ALL)
          : key;
      if (e.method) return this.methodPrefix(e) + key + this.functionBody(value);
      return `${key}: ${this.expression(value, P.Assignment, ALL)}`;
    },
    ThisExpression: () => 'this',
    Super: () => 'super',
    Identifier: (e) => e.name as string,
    PrivateIdentifier: (e) => `#${e.name}`,
    Literal: (e) => {
      const v = e.value;
      if (v === null) return 'null';
      if (typeof v === 'string') return escapeString(v);
      if (typeof v === 'number') return v === Number.POSITIVE_INFINITY ? '1e+400' : String(v);
      if (typeof v === 'boolean') return v ? 'true' : 'false';
      throw new Error('no IOST printing for this literal');
    },
    TaggedTemplateExpression: (e, precedence, flags) =>
      parenthesize(
        this.expression(e.tag as N, P.Call, flags & CALL ? CALL | IN : IN) +
          this.expression(e.quasi as N, P.Primary, 0),
        P.TaggedTemplate,
        precedence,
      ),
    // The raw text between the delimiters, as esprima keeps it (acorn's `raw` turns \r\n into \n).
    TemplateElement: (e) => this.source.slice(e.start as number, e.end as number),
    TemplateLiteral: (e) => {
      const quasis = e.quasis as N[];
      const exprs = e.expressions as N[];
      let out = '`';
      quasis.forEach((q, i) => {
        out += this.expression(q, P.Primary, ALL);
        if (i + 1 < quasis.length) out += `\${ ${this.expression(exprs[i]!, P.Sequence, ALL)} }`;
      });
      return `${out}\``;
    },
  };
}

/** escodegen ExpressionStatement: a statement text that would read as an object literal, class or function is parenthesised. */
function needsStatementParens(t: string): boolean {
  if (t.startsWith('{')) return true;
  const after = (word: string, extra: (c: number) => boolean) => {
    if (!t.startsWith(word)) return false;
    const c = t.charCodeAt(word.length);
    return isWhiteSpace(c) || isLineTerminator(c) || extra(c);
  };
  if (after('class', (c) => c === 0x7b)) return true;
  const fn = (c: number) => c === 0x28 || c === 0x2a;
  if (after('function', fn)) return true;
  if (t.startsWith('async') && isWhiteSpace(t.charCodeAt(5))) {
    let i = 6;
    while (i < t.length && isWhiteSpace(t.charCodeAt(i))) i++;
    if (i < t.length && t.startsWith('function', i)) {
      const c = t.charCodeAt(i + 8);
      return isWhiteSpace(c) || isLineTerminator(c) || fn(c);
    }
  }
  return false;
}

/**
 * The program as escodegen's defaults print it. `source` is the text the nodes' offsets point
 * into (template elements are printed from it).
 */
export function printIost(program: N, source: string): string {
  return new Printer(source).statement(program);
}
