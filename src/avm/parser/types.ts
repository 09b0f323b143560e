/**
 * Parsing of types (console/program/src/data_types/<kind>/parse.rs): plaintext types
 * (`u8`, `Point`, `[u8; 4u32]`), value types with visibility (`u8.public`, `token.record`,
 * `foo.aleo/token.record`, `foo.aleo/bar.future`) and register types.
 */
import type { CastType, FinalizeType } from '../ast.js';
import { isIntegerType } from '../text/literal.js';
import type { PlaintextType, RegisterType, ValueType, Visibility } from '../types.js';
import { LITERAL_TYPES, type LiteralType } from '../values.js';
import type { TokenStream } from './lexer.js';

const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;
/** snarkVM ProgramID: a lowercase identifier (at most 31 bytes) and the network `aleo`. */
const PROGRAM_ID = /^[a-z][a-z0-9_]{0,30}\.aleo$/;

export function isIdentifier(text: string): boolean {
  return IDENT.test(text);
}

export function isProgramId(text: string): boolean {
  return PROGRAM_ID.test(text);
}

export function isLiteralType(text: string): text is LiteralType {
  return (LITERAL_TYPES as readonly string[]).includes(text);
}

function namedType(text: string, ts: TokenStream): PlaintextType {
  if (isLiteralType(text)) return { kind: 'literal', type: text };
  if (!isIdentifier(text)) throw ts.error(`invalid type '${text}'`);
  return { kind: 'struct', name: text };
}

/** An array type `[T; Nu32]`, the opening bracket not yet consumed. */
function arrayType(ts: TokenStream): PlaintextType {
  ts.expect('[');
  const element = plaintextType(ts);
  ts.expect(';');
  const lenTok = ts.word('an array length');
  const m = /^([0-9][0-9_]*)u32$/.exec(lenTok.text);
  if (!m) throw ts.error(`invalid array length '${lenTok.text}' (expected e.g. 4u32)`, lenTok);
  ts.expect(']');
  return { kind: 'array', element, length: Number(m[1]!.replaceAll('_', '')) };
}

/** A plaintext type without visibility. */
export function plaintextType(ts: TokenStream): PlaintextType {
  if (ts.is('[')) return arrayType(ts);
  const t = ts.word('a type');
  return namedType(t.text, ts);
}

const VISIBILITIES = ['constant', 'public', 'private'];

/** The type of an input or output of a function: plaintext with visibility, record, future. */
export function valueType(ts: TokenStream): ValueType {
  if (ts.is('[')) {
    const type = arrayType(ts);
    const vis = ts.word('a visibility');
    if (!vis.text.startsWith('.') || !VISIBILITIES.includes(vis.text.slice(1)))
      throw ts.error(`expected .constant, .public or .private, found '${vis.text}'`, vis);
    return { kind: 'plaintext', type, visibility: vis.text.slice(1) as Visibility };
  }
  const t = ts.word('a type');
  if (ts.accept('/')) {
    const rest = ts.word('a record or future name');
    const [name, suffix, extra] = rest.text.split('.');
    if (!isProgramId(t.text)) throw ts.error(`invalid program id '${t.text}'`, t);
    if (extra !== undefined || !name || !isIdentifier(name) || (suffix !== 'record' && suffix !== 'future'))
      throw ts.error(`expected NAME.record or NAME.future, found '${rest.text}'`, rest);
    const locator = { program: t.text, name };
    return suffix === 'record' ? { kind: 'external_record', locator } : { kind: 'future', locator };
  }
  const dot = t.text.lastIndexOf('.');
  if (dot < 0) throw ts.error(`expected a visibility after '${t.text}' (e.g. ${t.text}.private)`, t);
  const base = t.text.slice(0, dot);
  const suffix = t.text.slice(dot + 1);
  if (suffix === 'record') {
    if (!isIdentifier(base)) throw ts.error(`invalid record name '${base}'`, t);
    return { kind: 'record', name: base };
  }
  if (!VISIBILITIES.includes(suffix)) throw ts.error(`invalid visibility '.${suffix}'`, t);
  return { kind: 'plaintext', type: namedType(base, ts), visibility: suffix as Visibility };
}

/** The type of a closure input or output (no visibility). */
export function registerType(ts: TokenStream): RegisterType {
  if (ts.is('[')) return { kind: 'plaintext', type: arrayType(ts) };
  const t = ts.peek();
  if (ts.peek(1).text === '/') {
    const v = valueType(ts);
    if (v.kind === 'plaintext') throw ts.error('unexpected visibility', t);
    return v;
  }
  ts.next();
  if (t.text.endsWith('.record')) {
    const name = t.text.slice(0, -'.record'.length);
    if (!isIdentifier(name)) throw ts.error(`invalid record name '${name}'`, t);
    return { kind: 'record', name };
  }
  if (t.text.includes('.')) throw ts.error(`closure types take no visibility: '${t.text}'`, t);
  return { kind: 'plaintext', type: namedType(t.text, ts) };
}

/** A finalize input type: `T.public` or `foo.aleo/bar.future`. */
export function finalizeType(ts: TokenStream): FinalizeType {
  const start = ts.peek();
  const v = valueType(ts);
  if (v.kind === 'future') return v;
  if (v.kind === 'plaintext' && v.visibility === 'public') return { kind: 'plaintext', type: v.type };
  throw ts.error('finalize inputs must be public plaintexts or futures', start);
}

/** A mapping key or value type: `T.public`. */
export function mappingType(ts: TokenStream): PlaintextType {
  const start = ts.peek();
  const v = valueType(ts);
  if (v.kind !== 'plaintext' || v.visibility !== 'public')
    throw ts.error('mapping types must be T.public', start);
  return v.type;
}

/** The `as` type of cast: a plaintext type, `NAME.record` or `foo.aleo/NAME.record`. */
export function castType(ts: TokenStream): CastType {
  const t = ts.peek();
  if (t.kind === 'word' && (t.text === 'group.x' || t.text === 'group.y')) {
    ts.next();
    return { kind: t.text === 'group.x' ? 'group_x' : 'group_y' };
  }
  if (t.text === '[') return { kind: 'plaintext', type: arrayType(ts) };
  if (ts.peek(1).text === '/' || t.text.endsWith('.record')) {
    const r = registerType(ts);
    if (r.kind === 'future' || r.kind === 'plaintext') throw ts.error('cannot cast to a future', t);
    return r;
  }
  return { kind: 'plaintext', type: plaintextType(ts) };
}

export function literalTypeName(ts: TokenStream): LiteralType {
  const t = ts.word('a literal type');
  if (!isLiteralType(t.text)) throw ts.error(`expected a literal type, found '${t.text}'`, t);
  return t.text;
}

export { isIntegerType };
