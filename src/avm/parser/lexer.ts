/**
 * Tokens of the Aleo instructions language: words (identifiers, literals, registers,
 * opcodes, dotted names such as `u8.public` or `hash.bhp256`), punctuation, strings;
 * `//` and `/* *\/` comments are skipped. Every token carries its line and column.
 */
import { AleoParseError } from '../errors.js';

export interface Token {
  readonly kind: 'word' | 'punct' | 'string' | 'eof';
  readonly text: string;
  readonly line: number;
  readonly column: number;
  /** Where the comment just before this token starts (snarkVM allows comments only before statements). */
  readonly comment?: { readonly line: number; readonly column: number };
}

const PUNCT = new Set([';', ':', ',', '[', ']', '{', '}', '/', '(', ')']);

function isWordStart(c: string): boolean {
  return /[A-Za-z0-9_.]/.test(c);
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const n = source.length;
  const here = () => ({ line, column: i - lineStart + 1 });
  // The first comment since the last token: it goes on the next token.
  let comment: { line: number; column: number } | undefined;
  const push = (t: Token) => {
    tokens.push(comment ? { ...t, comment } : t);
    comment = undefined;
  };
  while (i < n) {
    const c = source[i]!;
    if (c === '\n') {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      comment ??= here();
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const start = here();
      comment ??= start;
      const end = source.indexOf('*/', i + 2);
      if (end < 0) throw new AleoParseError('unterminated block comment', start.line, start.column);
      for (let j = i; j < end; j++) {
        if (source[j] === '\n') {
          line++;
          lineStart = j + 1;
        }
      }
      i = end + 2;
      continue;
    }
    const pos = here();
    if (c === '"') {
      let j = i + 1;
      // snarkVM keeps raw newlines inside a string literal.
      while (j < n && source[j] !== '"') {
        if (source[j] === '\\') j++;
        if (source[j] === '\n') {
          line++;
          lineStart = j + 1;
        }
        j++;
      }
      if (j >= n) throw new AleoParseError('unterminated string', pos.line, pos.column);
      push({ kind: 'string', text: source.slice(i, j + 1), ...pos });
      i = j + 1;
      continue;
    }
    if (isWordStart(c) || (c === '-' && /[0-9]/.test(source[i + 1] ?? ''))) {
      let j = i + 1;
      while (j < n && isWordStart(source[j]!)) j++;
      let text = source.slice(i, j);
      if (text === 'group' && source.startsWith('::GEN', j)) {
        text = 'group::GEN';
        j += 5;
      }
      push({ kind: 'word', text, ...pos });
      i = j;
      continue;
    }
    if (PUNCT.has(c)) {
      push({ kind: 'punct', text: c, ...pos });
      i++;
      continue;
    }
    throw new AleoParseError(`unexpected character ${JSON.stringify(c)}`, pos.line, pos.column);
  }
  tokens.push({ kind: 'eof', text: '', line, column: i - lineStart + 1 });
  return tokens;
}

/**
 * A cursor over tokens with the expectations the parsers share. With `statements`, a token
 * that follows a comment may only be consumed where the parser called `statement()` (snarkVM's
 * Sanitizer::parse, whitespace and comments, runs before each declaration and statement;
 * elsewhere only whitespace is skipped).
 */
export class TokenStream {
  private pos = 0;
  private statementAt = -1;
  constructor(
    private readonly tokens: Token[],
    private readonly statements = false,
  ) {}

  /** The current token starts a declaration or statement: a comment may precede it. */
  statement(): void {
    this.statementAt = this.pos;
  }

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)]!;
  }

  next(): Token {
    const t = this.peek();
    if (t.kind === 'eof') return t;
    if (this.statements && t.comment && this.statementAt !== this.pos)
      throw new AleoParseError(
        'a comment may only stand before a statement',
        t.comment.line,
        t.comment.column,
      );
    this.pos++;
    return t;
  }

  atEnd(): boolean {
    return this.peek().kind === 'eof';
  }

  is(text: string): boolean {
    const t = this.peek();
    return t.kind !== 'string' && t.text === text;
  }

  accept(text: string): boolean {
    if (!this.is(text)) return false;
    this.next();
    return true;
  }

  expect(text: string): Token {
    const t = this.peek();
    if (t.kind === 'string' || t.text !== text)
      throw this.error(`expected '${text}', found ${describe(t)}`, t);
    return this.next();
  }

  word(what: string): Token {
    const t = this.peek();
    if (t.kind !== 'word') throw this.error(`expected ${what}, found ${describe(t)}`, t);
    return this.next();
  }

  error(message: string, t: Token = this.peek()): AleoParseError {
    return new AleoParseError(message, t.line, t.column);
  }
}

/** Whether `b` starts right where `a` ends (no space between): snarkVM's `name[key]`, `r0[0u32]`. */
export function adjacent(a: Token, b: Token): boolean {
  return a.kind !== 'eof' && b.line === a.line && b.column === a.column + a.text.length;
}

export function describe(t: Token): string {
  return t.kind === 'eof' ? 'end of input' : `'${t.text}'`;
}
