/**
 * JSON as neo reads and writes it (neo `Neo.Json`: `JToken.Parse` over .NET's Utf8JsonReader,
 * `ToByteArray` over Utf8JsonWriter). Parsing: strict grammar, `//` and block comments skipped,
 * no trailing commas, a nesting limit, duplicate keys refused, numbers as doubles. Writing:
 * compact, .NET's default escaping (`"` as \u0022, non-ASCII and `&'+<>\`` escaped as
 * upper-case \uXXXX) and .NET's shortest round-trip number format (1E+15, 1E-05).
 */
import { NeoFormatError } from '../errors.js';

export class JObject {
  readonly properties = new Map<string, JToken>();
  get(key: string): JToken | undefined {
    return this.properties.get(key);
  }
  set(key: string, value: JToken): this {
    this.properties.set(key, value);
    return this;
  }
}

export type JToken = null | boolean | number | string | JToken[] | JObject;

/** True when a UTF-16 string holds a surrogate without its pair. */
export function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

class Parser {
  private pos = 0;
  private depth = 0;
  constructor(
    private readonly text: string,
    private readonly maxNest: number,
  ) {}

  fail(what: string): never {
    throw new NeoFormatError(`${what} at position ${this.pos}`);
  }

  skip(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.pos++;
      else if (c === 0x2f && t[this.pos + 1] === '/') {
        const end = t.indexOf('\n', this.pos);
        this.pos = end < 0 ? t.length : end + 1;
      } else if (c === 0x2f && t[this.pos + 1] === '*') {
        const end = t.indexOf('*/', this.pos + 2);
        if (end < 0) this.fail('Unterminated comment');
        this.pos = end + 2;
      } else return;
    }
  }

  parseDocument(): JToken {
    this.skip();
    if (this.pos >= this.text.length) this.fail('Read json token failed');
    const value = this.value();
    this.skip();
    if (this.pos < this.text.length) this.fail('Read json token failed');
    return value;
  }

  value(): JToken {
    const c = this.text[this.pos];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === 't' && this.text.startsWith('true', this.pos)) return this.literal(4, true);
    if (c === 'f' && this.text.startsWith('false', this.pos)) return this.literal(5, false);
    if (c === 'n' && this.text.startsWith('null', this.pos)) return this.literal(4, null);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    this.fail(`Unexpected character ${c === undefined ? 'end of input' : JSON.stringify(c)}`);
  }

  literal(n: number, v: boolean | null): JToken {
    this.pos += n;
    const next = this.text[this.pos];
    if (next !== undefined && /[A-Za-z0-9_]/.test(next)) this.fail('Invalid literal');
    return v;
  }

  enter(): void {
    if (++this.depth > this.maxNest)
      this.fail(`The maximum configured depth of ${this.maxNest} has been exceeded`);
    this.pos++;
  }

  array(): JToken[] {
    this.enter();
    const out: JToken[] = [];
    this.skip();
    if (this.text[this.pos] === ']') {
      this.pos++;
      this.depth--;
      return out;
    }
    for (;;) {
      this.skip();
      out.push(this.value());
      this.skip();
      const c = this.text[this.pos++];
      if (c === ']') break;
      if (c !== ',') this.fail('Expected , or ]');
    }
    this.depth--;
    return out;
  }

  object(): JObject {
    this.enter();
    const obj = new JObject();
    this.skip();
    if (this.text[this.pos] === '}') {
      this.pos++;
      this.depth--;
      return obj;
    }
    for (;;) {
      this.skip();
      if (this.text[this.pos] !== '"') this.fail('Expected property name');
      const key = this.string();
      if (obj.properties.has(key)) this.fail(`Duplicate property name: ${key}`);
      this.skip();
      if (this.text[this.pos++] !== ':') this.fail('Expected :');
      this.skip();
      obj.properties.set(key, this.value());
      this.skip();
      const c = this.text[this.pos++];
      if (c === '}') break;
      if (c !== ',') this.fail('Expected , or }');
    }
    this.depth--;
    return obj;
  }

  string(): string {
    this.pos++;
    let out = '';
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.pos);
      if (Number.isNaN(c)) this.fail('Unterminated string');
      if (c === 0x22) {
        this.pos++;
        break;
      }
      if (c < 0x20) this.fail('Invalid control character in string');
      if (c !== 0x5c) {
        out += t[this.pos++];
        continue;
      }
      const e = t[this.pos + 1];
      this.pos += 2;
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          const hex = t.slice(this.pos, this.pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Invalid \\u escape');
          out += String.fromCharCode(Number.parseInt(hex, 16));
          this.pos += 4;
          break;
        }
        default:
          this.fail('Invalid escape');
      }
    }
    if (hasLoneSurrogate(out)) this.fail('Cannot read invalid UTF-16 JSON text as string');
    return out;
  }

  number(): number {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(
      this.text.slice(this.pos, this.pos + 2048),
    );
    if (m === null) this.fail('Invalid number');
    const next = this.text[this.pos + m[0].length];
    if (next !== undefined && /[0-9.eE+\-A-Za-z]/.test(next)) this.fail('Invalid number');
    const v = Number(m[0]);
    if (!Number.isFinite(v)) this.fail('Number out of range');
    this.pos += m[0].length;
    return v;
  }
}

/** Parses UTF-8 JSON bytes (or a string) as neo's `JToken.Parse(value, maxNest)`. */
export function parseJson(input: Uint8Array | string, maxNest = 64): JToken {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = decoder.decode(input);
    } catch {
      throw new NeoFormatError('Invalid UTF-8 in JSON');
    }
  }
  return new Parser(text, maxNest).parseDocument();
}

const SAFE = new Uint8Array(128);
for (let c = 0x20; c < 0x7f; c++) SAFE[c] = 1;
for (const c of '"&\'+<>\\`') SAFE[c.charCodeAt(0)] = 0;
const SHORT: Record<number, string> = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 92: '\\\\' };

/** A JSON string literal with .NET's default escaping. */
export function quoteJson(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 && SAFE[c] === 1) out += s[i];
    else out += SHORT[c] ?? `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `${out}"`;
}

/** A double as .NET formats it (shortest round-trip, scientific beyond 15 digits or below 1e-4). */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '-∞';
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  const [mant, expText] = Math.abs(v).toExponential().split('e');
  const digits = mant!.replace('.', '');
  const exp = Number(expText);
  const sign = v < 0 ? '-' : '';
  const scale = exp + 1;
  if (scale > Math.max(digits.length, 15) || scale < -3) {
    const e = Math.abs(exp).toString().padStart(2, '0');
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}E${exp < 0 ? '-' : '+'}${e}`;
  }
  if (scale <= 0) return `${sign}0.${'0'.repeat(-scale)}${digits}`;
  if (scale >= digits.length) return sign + digits + '0'.repeat(scale - digits.length);
  return `${sign}${digits.slice(0, scale)}.${digits.slice(scale)}`;
}

/** Compact JSON text of a token, as neo's `ToString()` / `ToByteArray(false)`. */
export function stringifyJson(token: JToken): string {
  if (token === null) return 'null';
  if (typeof token === 'boolean') return token ? 'true' : 'false';
  if (typeof token === 'number') return formatNumber(token);
  if (typeof token === 'string') return quoteJson(token);
  if (Array.isArray(token)) return `[${token.map(stringifyJson).join(',')}]`;
  const parts: string[] = [];
  for (const [k, v] of token.properties) parts.push(`${quoteJson(k)}:${stringifyJson(v)}`);
  return `{${parts.join(',')}}`;
}

/** Reads a property that must be a string. */
export function jsonString(obj: JObject, key: string, where: string): string {
  const v = obj.get(key);
  if (typeof v !== 'string') throw new NeoFormatError(`${where}.${key}: expected a string`);
  return v;
}
