/**
 * Parser of Aleo instructions programs (synthesizer/program/src/parse.rs and the parse.rs
 * of each component): `import`, `program`, `mapping`, `struct`, `record`, `closure`,
 * `function` with `finalize`, `constructor`, every instruction and finalize command.
 * Errors carry line:column.
 */
import type {
  Access,
  ClosureDef,
  Command,
  FinalizeDef,
  FunctionDef,
  Input,
  Instruction,
  MappingDef,
  Operand,
  Output,
  Pos,
  ProgramAst,
  RecordDef,
  StructDef,
} from '../ast.js';
import { AleoValueError } from '../errors.js';
import { OPCODES } from '../instructions/table.js';
import { parseLiteral } from '../text/literal.js';
import type { Locator, PlaintextType, RegisterType, ValueType, Visibility } from '../types.js';
import { adjacent, type Token, TokenStream, tokenize } from './lexer.js';
import {
  castType,
  finalizeType,
  isIdentifier,
  isProgramId,
  literalTypeName,
  mappingType,
  plaintextType,
  registerType,
  valueType,
} from './types.js';

const pos = (t: Token): Pos => ({ line: t.line, column: t.column });

export function parseProgram(source: string): ProgramAst {
  const ts = new TokenStream(tokenize(source), true);
  const imports: string[] = [];
  ts.statement();
  while (ts.is('import')) {
    ts.next();
    const id = ts.word('a program id');
    if (!isProgramId(id.text)) throw ts.error(`invalid program id '${id.text}'`, id);
    if (imports.includes(id.text)) throw ts.error(`duplicate import '${id.text}'`, id);
    imports.push(id.text);
    ts.expect(';');
    ts.statement();
  }
  ts.expect('program');
  const idTok = ts.word('a program id');
  if (!isProgramId(idTok.text))
    throw ts.error(`invalid program id '${idTok.text}' (expected NAME.aleo)`, idTok);
  if (KEYWORDS.has(idTok.text.slice(0, -'.aleo'.length)))
    throw ts.error(`Program name is invalid: ${idTok.text.slice(0, -'.aleo'.length)}`, idTok);
  ts.expect(';');
  const mappings = new Map<string, MappingDef>();
  const structs = new Map<string, StructDef>();
  const records = new Map<string, RecordDef>();
  const closures = new Map<string, ClosureDef>();
  const functions = new Map<string, FunctionDef>();
  const names = new Set<string>();
  let ctor: FinalizeDef | undefined;
  const declare = (t: Token) => {
    checkName(ts, t);
    if (names.has(t.text)) throw ts.error(`'${t.text}' is already declared`, t);
    names.add(t.text);
  };
  while (!ts.atEnd()) {
    ts.statement();
    const kw = ts.word("'mapping', 'struct', 'record', 'closure', 'function' or 'constructor'");
    if (kw.text === 'constructor') {
      if (ctor) throw ts.error('duplicate constructor', kw);
      ts.expect(':');
      ctor = finalizeBody(ts, 'constructor', pos(kw), false);
      continue;
    }
    const name = ts.word('a name');
    ts.expect(':');
    switch (kw.text) {
      case 'mapping': {
        declare(name);
        ts.statement();
        ts.expect('key');
        ts.expect('as');
        const key = mappingType(ts);
        ts.expect(';');
        ts.statement();
        ts.expect('value');
        ts.expect('as');
        const value = mappingType(ts);
        ts.expect(';');
        mappings.set(name.text, { name: name.text, key, value, pos: pos(name) });
        break;
      }
      case 'struct':
        declare(name);
        structs.set(name.text, { name: name.text, members: structMembers(ts), pos: pos(name) });
        break;
      case 'record':
        declare(name);
        records.set(name.text, recordDef(ts, name));
        break;
      case 'closure':
        declare(name);
        closures.set(name.text, closureDef(ts, name));
        break;
      case 'function':
        declare(name);
        functions.set(name.text, functionDef(ts, name));
        break;
      default:
        throw ts.error(
          `expected 'mapping', 'struct', 'record', 'closure' or 'function', found '${kw.text}'`,
          kw,
        );
    }
  }
  return { id: idTok.text, imports, mappings, structs, records, closures, functions, ctor, source };
}

/** snarkVM's Program::KEYWORDS: names a program may not declare. */
const KEYWORDS = new Set(
  `const constant public private address boolean field group i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 scalar
signature string true false input output as into record owner transition import function struct closure
program aleo self storage mapping key value async finalize global block return break assert continue let if
else while for switch case default match enum struct union trait impl type future`.split(/\s+/),
);

/** A declared name: an identifier of at most 31 bytes, neither a keyword nor an opcode. */
function checkName(ts: TokenStream, t: Token): void {
  if (!isIdentifier(t.text)) throw ts.error(`invalid identifier '${t.text}'`, t);
  if (t.text.length > 31) throw ts.error(`identifier '${t.text}' is longer than 31 bytes`, t);
  if (KEYWORDS.has(t.text)) throw ts.error(`'${t.text}' is a reserved keyword.`, t);
  if (OPCODES.has(t.text)) throw ts.error(`'${t.text}' is a reserved opcode.`, t);
}

function structMembers(ts: TokenStream): Map<string, PlaintextType> {
  const members = new Map<string, PlaintextType>();
  while (ts.peek(1).text === 'as' && isIdentifier(ts.peek().text) && !isBlockKeyword(ts)) {
    ts.statement();
    const m = ts.next();
    if (KEYWORDS.has(m.text)) throw ts.error(`'${m.text}' is a reserved keyword.`, m);
    if (members.has(m.text)) throw ts.error(`duplicate member '${m.text}'`, m);
    ts.expect('as');
    members.set(m.text, plaintextType(ts));
    ts.expect(';');
  }
  if (members.size === 0) throw ts.error('a struct needs at least one member');
  return members;
}

function isBlockKeyword(ts: TokenStream): boolean {
  return (
    ts.peek(2).text === ':' && ['mapping', 'struct', 'record', 'closure', 'function'].includes(ts.peek().text)
  );
}

function recordDef(ts: TokenStream, name: Token): RecordDef {
  ts.statement();
  ts.expect('owner');
  ts.expect('as');
  const ot = ts.word('address.public or address.private');
  if (ot.text !== 'address.public' && ot.text !== 'address.private')
    throw ts.error(`the owner must be address.public or address.private, found '${ot.text}'`, ot);
  ts.expect(';');
  const entries = new Map<string, { type: PlaintextType; visibility: Visibility }>();
  while (ts.peek(1).text === 'as' && isIdentifier(ts.peek().text) && !isBlockKeyword(ts)) {
    ts.statement();
    const m = ts.next();
    if (m.text === 'owner' || entries.has(m.text)) throw ts.error(`duplicate entry '${m.text}'`, m);
    ts.expect('as');
    const vt = valueType(ts);
    if (vt.kind !== 'plaintext') throw ts.error('record entries must be plaintexts', m);
    entries.set(m.text, { type: vt.type, visibility: vt.visibility });
    ts.expect(';');
  }
  return {
    name: name.text,
    ownerVisibility: ot.text === 'address.public' ? 'public' : 'private',
    entries,
    pos: pos(name),
  };
}

function register(ts: TokenStream, what = 'a register'): number {
  const t = ts.word(what);
  // snarkVM Register::parse: `r` and decimal digits (leading zeros allowed).
  const m = /^r([0-9]+)$/.exec(t.text);
  if (!m) throw ts.error(`expected ${what}, found '${t.text}'`, t);
  return Number(m[1]);
}

function inputs<T>(ts: TokenStream, parse: (ts: TokenStream) => T): Input<T>[] {
  const out: Input<T>[] = [];
  while (ts.is('input')) {
    ts.statement();
    const kw = ts.next();
    const r = register(ts);
    ts.expect('as');
    out.push({ register: r, type: parse(ts), pos: pos(kw) });
    ts.expect(';');
  }
  return out;
}

function outputs<T>(ts: TokenStream, parse: (ts: TokenStream) => T): Output<T>[] {
  const out: Output<T>[] = [];
  while (ts.is('output')) {
    ts.statement();
    const kw = ts.next();
    const operand = parseOperand(ts);
    ts.expect('as');
    out.push({ operand, type: parse(ts), pos: pos(kw) });
    ts.expect(';');
  }
  return out;
}

function closureDef(ts: TokenStream, name: Token): ClosureDef {
  const ins = inputs<RegisterType>(ts, registerType);
  const instructions: Instruction[] = [];
  while (!ts.is('output') && !ts.atEnd() && !isBlockKeyword(ts) && !ts.is('constructor'))
    instructions.push(instruction(ts));
  const outs = outputs<RegisterType>(ts, registerType);
  return { name: name.text, inputs: ins, instructions, outputs: outs, pos: pos(name) };
}

function functionDef(ts: TokenStream, name: Token): FunctionDef {
  const ins = inputs<ValueType>(ts, valueType);
  const instructions: Instruction[] = [];
  while (
    !ts.is('output') &&
    !ts.atEnd() &&
    !isBlockKeyword(ts) &&
    !ts.is('finalize') &&
    !ts.is('constructor')
  )
    instructions.push(instruction(ts));
  const outs = outputs<ValueType>(ts, valueType);
  let finalize: FinalizeDef | undefined;
  if (ts.is('finalize')) {
    ts.statement();
    const kw = ts.next();
    const fname = ts.word('the finalize name');
    if (fname.text !== name.text)
      throw ts.error(`finalize '${fname.text}' must be named like its function '${name.text}'`, fname);
    ts.expect(':');
    finalize = finalizeBody(ts, fname.text, pos(kw), true);
  }
  return { name: name.text, inputs: ins, instructions, outputs: outs, finalize, pos: pos(name) };
}

function finalizeBody(ts: TokenStream, name: string, at: Pos, withInputs: boolean): FinalizeDef {
  const ins = withInputs ? inputs(ts, finalizeType) : [];
  const commands: Command[] = [];
  const positions = new Map<string, number>();
  while (!ts.atEnd() && !isBlockKeyword(ts) && !ts.is('constructor')) {
    const c = command(ts);
    if (c.kind === 'position') {
      if (positions.has(c.label)) throw ts.error(`duplicate position '${c.label}'`);
      // snarkVM Finalize::add_command: fewer than u8::MAX positions before each new one.
      if (positions.size >= 255) throw ts.error('Cannot add more than 255 positions');
      positions.set(c.label, commands.length);
    }
    commands.push(c);
  }
  return { name, inputs: ins, commands, positions, pos: at };
}

/** `r0`, `r0.a.b`, `r0[1u32].c`, a literal, a program id, `self.signer`, `group::GEN`... */
export function parseOperand(ts: TokenStream): Operand {
  const t = ts.peek();
  if (t.kind === 'string') {
    ts.next();
    return { kind: 'literal', literal: literal(ts, t) };
  }
  const w = ts.word('an operand');
  switch (w.text) {
    case 'self.signer':
      return { kind: 'signer' };
    case 'self.caller':
      return { kind: 'caller' };
    case 'block.height':
      return { kind: 'block_height' };
    case 'network.id':
      return { kind: 'network_id' };
  }
  if (isProgramId(w.text)) return { kind: 'program_id', id: w.text };
  const m = /^r([0-9]+)((?:\.[A-Za-z][A-Za-z0-9_]*)*)$/.exec(w.text);
  if (m) {
    const path: Access[] = members(m[2]!);
    while (ts.is('[') && adjacent(ts.peek(-1), ts.peek())) {
      const open = ts.next();
      const idx = ts.word('an index');
      const im = /^([0-9][0-9_]*)u32$/.exec(idx.text);
      if (!im || !adjacent(open, idx) || !adjacent(idx, ts.peek()))
        throw ts.error(`expected an index such as [0u32], found '${idx.text}'`, idx);
      ts.expect(']');
      path.push({ kind: 'index', index: Number(im[1]!.replaceAll('_', '')) });
      const next = ts.peek();
      if (
        next.kind === 'word' &&
        next.text.startsWith('.') &&
        /^(\.[A-Za-z][A-Za-z0-9_]*)+$/.test(next.text)
      ) {
        ts.next();
        path.push(...members(next.text));
      }
    }
    // Register::parse: at most MAX_DATA_DEPTH (32) accesses.
    if (path.length > 32)
      throw ts.error(`Register 'r${Number(m[1])}' has too many accesses (${path.length})`, w);
    return { kind: 'register', index: Number(m[1]), path };
  }
  return { kind: 'literal', literal: literal(ts, w) };
}

function members(text: string): Access[] {
  return text
    .split('.')
    .filter((s) => s !== '')
    .map((name) => ({ kind: 'member', name }));
}

function literal(ts: TokenStream, t: Token) {
  try {
    return parseLiteral(t.text);
  } catch (e) {
    if (e instanceof AleoValueError) throw ts.error(e.shortMessage, t);
    throw e;
  }
}

function locator(ts: TokenStream): Locator {
  const first = ts.word('a name');
  if (ts.is('/')) {
    const slash = ts.next();
    if (!isProgramId(first.text)) throw ts.error(`invalid program id '${first.text}'`, first);
    if (!adjacent(first, slash) || slash.column + 1 !== ts.peek().column || slash.line !== ts.peek().line)
      throw ts.error(`no space is allowed around '/' in '${first.text}/…'`, slash);
    const name = ts.word('a name');
    if (!isIdentifier(name.text)) throw ts.error(`invalid identifier '${name.text}'`, name);
    return { program: first.text, name: name.text };
  }
  if (!isIdentifier(first.text)) throw ts.error(`invalid identifier '${first.text}'`, first);
  return { name: first.text };
}

/** One instruction, through its `;`. */
export function instruction(ts: TokenStream): Instruction {
  ts.statement();
  const op = ts.word('an instruction');
  const spec = OPCODES.get(op.text);
  if (!spec) throw ts.error(`unknown instruction '${op.text}'`, op);
  let callee: Locator | undefined;
  if (op.text === 'call' || op.text === 'async') callee = locator(ts);
  const operands: Operand[] = [];
  // `serialize.*` / `deserialize.*`: OPERAND (TYPE) into rN (TYPE).
  const parenType = (): PlaintextType => {
    ts.expect('(');
    const t = plaintextType(ts);
    ts.expect(')');
    return t;
  };
  let operandType: PlaintextType | undefined;
  while (!ts.is('into') && !ts.is(';') && !ts.atEnd()) {
    if (ts.is('(') && operandType === undefined && operands.length > 0) operandType = parenType();
    else operands.push(parseOperand(ts));
  }
  const destinations: number[] = [];
  if (ts.accept('into')) {
    while (!ts.is(';') && !ts.is('as') && !ts.is('(') && !ts.atEnd())
      destinations.push(register(ts, 'a destination register'));
    if (destinations.length === 0) throw ts.error(`'${op.text}' needs a destination register after 'into'`);
  }
  let ct: Instruction['castType'];
  if (ts.accept('as')) ct = castType(ts);
  else if (ts.is('(')) ct = { kind: 'plaintext', type: parenType() };
  ts.expect(';');
  const ins: Instruction = {
    opcode: op.text,
    spec,
    operands,
    destinations,
    castType: ct,
    ...(operandType ? { operandType } : {}),
    callee,
    pos: pos(op),
  };
  spec.shape(ins, (msg) => ts.error(msg, op));
  return ins;
}

function mappingAccess(ts: TokenStream): { mapping: Locator; key: Operand } {
  const mapping = locator(ts);
  if (!adjacent(ts.peek(-1), ts.peek())) throw ts.error(`expected '[' right after the mapping name`);
  ts.expect('[');
  const key = parseOperand(ts);
  ts.expect(']');
  return { mapping, key };
}

export function command(ts: TokenStream): Command {
  ts.statement();
  const t = ts.peek();
  const at = pos(t);
  switch (t.text) {
    case 'get':
    case 'contains': {
      ts.next();
      const { mapping, key } = mappingAccess(ts);
      ts.expect('into');
      const destination = register(ts);
      ts.expect(';');
      return { kind: t.text, mapping, key, destination, pos: at };
    }
    case 'get.or_use': {
      ts.next();
      const { mapping, key } = mappingAccess(ts);
      const fallback = parseOperand(ts);
      ts.expect('into');
      const destination = register(ts);
      ts.expect(';');
      return { kind: 'get.or_use', mapping, key, fallback, destination, pos: at };
    }
    case 'set': {
      ts.next();
      const value = parseOperand(ts);
      ts.expect('into');
      const { mapping, key } = mappingAccess(ts);
      if (mapping.program) throw ts.error('set can only write a mapping of this program', t);
      ts.expect(';');
      return { kind: 'set', mapping: mapping.name, key, value, pos: at };
    }
    case 'remove': {
      ts.next();
      const { mapping, key } = mappingAccess(ts);
      if (mapping.program) throw ts.error('remove can only change a mapping of this program', t);
      ts.expect(';');
      return { kind: 'remove', mapping: mapping.name, key, pos: at };
    }
    case 'rand.chacha': {
      ts.next();
      const operands: Operand[] = [];
      while (!ts.is('into') && !ts.atEnd()) operands.push(parseOperand(ts));
      if (operands.length > 2) throw ts.error('rand.chacha takes at most 2 operands', t);
      ts.expect('into');
      const destination = register(ts);
      ts.expect('as');
      const typeTok = ts.peek();
      const type = literalTypeName(ts);
      // RandChaCha::parse rejects a string destination; a signature fails only when it runs.
      if (type === 'string') throw ts.error(`Failed to parse 'rand.chacha': 'string' is invalid`, typeTok);
      ts.expect(';');
      return { kind: 'rand.chacha', operands, destination, type, pos: at };
    }
    case 'branch.eq':
    case 'branch.neq': {
      ts.next();
      const first = parseOperand(ts);
      const second = parseOperand(ts);
      ts.expect('to');
      const label = ts.word('a label');
      if (!isIdentifier(label.text)) throw ts.error(`invalid label '${label.text}'`, label);
      ts.expect(';');
      return { kind: t.text, first, second, label: label.text, pos: at };
    }
    case 'position': {
      ts.next();
      const label = ts.word('a label');
      if (!isIdentifier(label.text)) throw ts.error(`invalid label '${label.text}'`, label);
      ts.expect(';');
      return { kind: 'position', label: label.text, pos: at };
    }
    case 'await': {
      ts.next();
      const r = register(ts);
      ts.expect(';');
      return { kind: 'await', register: r, pos: at };
    }
    default:
      return { kind: 'instruction', instruction: instruction(ts), pos: at };
  }
}
