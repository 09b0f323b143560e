/**
 * Values in snarkVM's text form (console/program/src/data/{plaintext,record,future}/
 * parse.rs and Display): structs `{ a: 1u8 }` and arrays `[1u8, 2u8]` printed on several
 * lines with two-space indentation, records with `.private`/`.public` entries and
 * `_nonce`, futures with program_id, function_name and arguments.
 */
import { AleoParseError, AleoValueError } from '../errors.js';
import { TokenStream, tokenize } from '../parser/lexer.js';
import type { FutureValue, RecordEntry, RecordValue, Value, Visibility } from '../types.js';
import type { Plaintext } from '../values.js';
import { literalToText, parseLiteral } from './literal.js';

export function plaintextToText(p: Plaintext, depth = 0): string {
  const pad = '  '.repeat(depth);
  if (p.kind === 'literal') return literalToText(p.literal);
  if (p.kind === 'struct') {
    const lines = [...p.members].map(([k, v]) => `${pad}  ${k}: ${plaintextToText(v, depth + 1)}`);
    return `{\n${lines.join(',\n')}\n${pad}}`;
  }
  const lines = p.elements.map((v) => `${pad}  ${plaintextToText(v, depth + 1)}`);
  return `[\n${lines.join(',\n')}\n${pad}]`;
}

function entryToText(e: RecordEntry, depth: number): string {
  if (e.value.kind === 'literal') return `${literalToText(e.value.literal)}.${e.visibility}`;
  // Struct and array entries: each literal inside carries the visibility.
  const pad = '  '.repeat(depth);
  const inner = (v: Plaintext, d: number): string => entryToText({ visibility: e.visibility, value: v }, d);
  if (e.value.kind === 'struct') {
    const lines = [...e.value.members].map(([k, v]) => `${pad}  ${k}: ${inner(v, depth + 1)}`);
    return `{\n${lines.join(',\n')}\n${pad}}`;
  }
  const lines = e.value.elements.map((v) => `${pad}  ${inner(v, depth + 1)}`);
  return `[\n${lines.join(',\n')}\n${pad}]`;
}

export function recordToText(r: RecordValue): string {
  const lines = [
    `  owner: ${literalToText({ type: 'address', value: r.owner.value })}.${r.owner.visibility}`,
  ];
  for (const [k, e] of r.data) lines.push(`  ${k}: ${entryToText(e, 1)}`);
  lines.push(`  _nonce: ${r.nonce.x}group.public`);
  // snarkVM prints the version only for version-1 ("hiding") records.
  if ((r.version ?? 0) !== 0) lines.push(`  _version: ${r.version}u8.public`);
  return `{\n${lines.join(',\n')}\n}`;
}

export function futureToText(f: FutureValue, depth = 0): string {
  const pad = '  '.repeat(depth);
  // snarkVM prints plaintext arguments at depth 0 and nested futures one level deeper.
  // A future as the last argument is followed by an indented blank line (snarkVM's Future::fmt_internal).
  const args = f.arguments.map(
    (a, i) =>
      `${pad}    ${a.kind === 'future' ? futureToText(a, depth + 2) + (i === f.arguments.length - 1 ? `\n${pad}  ` : '') : plaintextToText(a)}`,
  );
  const argText = args.length === 0 ? '[]' : `[\n${args.join(',\n')}\n${pad}  ]`;
  return `{\n${pad}  program_id: ${f.program},\n${pad}  function_name: ${f.function},\n${pad}  arguments: ${argText}\n${pad}}`;
}

export function valueToText(v: Value): string {
  if (v.kind === 'record') return recordToText(v);
  if (v.kind === 'future') return futureToText(v);
  return plaintextToText(v);
}

/** A parsed value text: a plaintext, or a record-shaped struct whose entries carry visibility. */
export type ParsedValue =
  | { readonly kind: 'plaintext'; readonly value: Plaintext }
  | {
      readonly kind: 'entries';
      readonly members: ReadonlyMap<string, { visibility?: Visibility; value: ParsedValue }>;
    };

/** Parses a plaintext (`5u8`, `{ a: 1u8 }`, `[1u8, 2u8]`); throws AleoValueError. */
export function parsePlaintext(text: string): Plaintext {
  try {
    const ts = new TokenStream(tokenize(text));
    const p = plaintext(ts);
    if (!ts.atEnd()) throw ts.error(`unexpected '${ts.peek().text}' after the value`);
    return p;
  } catch (e) {
    if (e instanceof AleoParseError)
      throw new AleoValueError(`invalid value ${JSON.stringify(text)}: ${e.shortMessage}`);
    throw e;
  }
}

function plaintext(ts: TokenStream): Plaintext {
  if (ts.accept('{')) {
    const members = new Map<string, Plaintext>();
    do {
      const name = ts.word('a member name');
      if (members.has(name.text)) throw ts.error(`duplicate member '${name.text}'`, name);
      ts.expect(':');
      members.set(name.text, plaintext(ts));
    } while (ts.accept(','));
    ts.expect('}');
    return { kind: 'struct', members };
  }
  if (ts.accept('[')) {
    const elements: Plaintext[] = [];
    do elements.push(plaintext(ts));
    while (ts.accept(','));
    ts.expect(']');
    return { kind: 'array', elements };
  }
  const t = ts.next();
  if (t.kind === 'eof' || t.kind === 'punct')
    throw ts.error(`expected a value, found '${t.text || 'end of input'}'`, t);
  try {
    return { kind: 'literal', literal: parseLiteral(t.text) };
  } catch (e) {
    if (e instanceof AleoValueError) throw ts.error(e.shortMessage, t);
    throw e;
  }
}

/**
 * A future in text form (Future::from_str): `{ program_id: p.aleo, function_name: f,
 * arguments: [ … ] }`, each argument a plaintext or a future (a `{` followed by `program_id`).
 */
export function parseFutureText(text: string): FutureValue {
  try {
    const ts = new TokenStream(tokenize(text));
    const f = future(ts);
    if (!ts.atEnd()) throw ts.error(`unexpected '${ts.peek().text}' after the future`);
    return f;
  } catch (e) {
    if (e instanceof AleoParseError)
      throw new AleoValueError(`invalid future ${JSON.stringify(text)}: ${e.shortMessage}`);
    throw e;
  }
}

function future(ts: TokenStream): FutureValue {
  const member = (name: string): string => {
    const t = ts.word(name);
    if (t.text !== name) throw ts.error(`expected '${name}', found '${t.text}'`, t);
    ts.expect(':');
    return ts.word(`the ${name}`).text;
  };
  ts.expect('{');
  const program = member('program_id');
  ts.expect(',');
  const fn = member('function_name');
  ts.expect(',');
  const name = ts.word('arguments');
  if (name.text !== 'arguments') throw ts.error(`expected 'arguments', found '${name.text}'`, name);
  ts.expect(':');
  ts.expect('[');
  const args: (Plaintext | FutureValue)[] = [];
  if (!ts.accept(']')) {
    do args.push(ts.is('{') && ts.peek(1).text === 'program_id' ? future(ts) : plaintext(ts));
    while (ts.accept(','));
    ts.expect(']');
  }
  ts.expect('}');
  return { kind: 'future', program, function: fn, arguments: args };
}

/** A record in text form: `{ owner: aleo1….private, amount: 5u64.private, _nonce: 0group.public }`. */
export function parseRecordText(text: string): {
  owner: { visibility: Visibility; value: Plaintext };
  entries: Map<string, RecordEntry>;
  nonce?: Plaintext;
  version?: Plaintext;
} {
  try {
    const ts = new TokenStream(tokenize(text));
    ts.expect('{');
    const entries = new Map<string, RecordEntry>();
    do {
      const name = ts.word('an entry name');
      if (entries.has(name.text)) throw ts.error(`duplicate entry '${name.text}'`, name);
      ts.expect(':');
      entries.set(name.text, entry(ts));
    } while (ts.accept(','));
    ts.expect('}');
    if (!ts.atEnd()) throw ts.error('unexpected text after the record');
    const owner = entries.get('owner');
    if (!owner) throw ts.error('a record needs an owner');
    const nonce = entries.get('_nonce');
    const version = entries.get('_version');
    entries.delete('owner');
    entries.delete('_nonce');
    entries.delete('_version');
    return { owner, entries, nonce: nonce?.value, version: version?.value };
  } catch (e) {
    if (e instanceof AleoParseError)
      throw new AleoValueError(`invalid record ${JSON.stringify(text)}: ${e.shortMessage}`);
    throw e;
  }
}

/** A plaintext whose literals all carry the same `.visibility` suffix. */
function entry(ts: TokenStream): RecordEntry {
  let visibility: Visibility | undefined;
  const strip = (word: string): string => {
    const m = /^(.*)\.(private|public|constant)$/.exec(word);
    if (!m) throw ts.error(`expected a visibility on '${word}' (e.g. ${word}.private)`);
    if (visibility && visibility !== m[2]) throw ts.error('mixed visibilities in one entry');
    visibility = m[2] as Visibility;
    return m[1]!;
  };
  const value = (): Plaintext => {
    if (ts.accept('{')) {
      const members = new Map<string, Plaintext>();
      do {
        const n = ts.word('a member name');
        ts.expect(':');
        members.set(n.text, value());
      } while (ts.accept(','));
      ts.expect('}');
      return { kind: 'struct', members };
    }
    if (ts.accept('[')) {
      const elements: Plaintext[] = [];
      do elements.push(value());
      while (ts.accept(','));
      ts.expect(']');
      return { kind: 'array', elements };
    }
    const t = ts.word('a value');
    try {
      return { kind: 'literal', literal: parseLiteral(strip(t.text)) };
    } catch (e) {
      if (e instanceof AleoValueError) throw ts.error(e.shortMessage, t);
      throw e;
    }
  };
  const v = value();
  return { visibility: visibility!, value: v };
}
