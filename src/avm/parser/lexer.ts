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
}

const PUNCT = new Set([';', ':', ',', '[', ']', '{', '}', '/']);

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
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const start = here();
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
      tokens.push({ kind: 'string', text: source.slice(i, j + 1), ...pos });
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
      tokens.push({ kind: 'word', text, ...pos });
      i = j;
      continue;
    }
    if (PUNCT.has(c)) {
      tokens.push({ kind: 'punct', text: c, ...pos });
      i++;
      continue;
    }
    throw new AleoParseError(`unexpected character ${JSON.stringify(c)}`, pos.line, pos.column);
  }
  tokens.push({ kind: 'eof', text: '', line, column: i - lineStart + 1 });
  return tokens;
}

/** A cursor over tokens with the expectations the parsers share. */
export class TokenStream {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)]!;
  }

  next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.pos++;
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
    this.pos++;
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
