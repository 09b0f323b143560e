/**
 * Function inputs in Aleo's text form, checked against the declared input types (snarkVM's
 * Value parsing before Request::sign): plaintexts, records in text form (`_nonce`,
 * `_version`), `record1…` ciphertexts decrypted with the signer's view key, and external
 * records (`other.aleo/rec.record`) checked against the other program's declaration.
 */
import { IDENTITY } from '../arith/curve.js';
import type { ProgramAst } from '../ast.js';
import { AleoValueError } from '../errors.js';
import type { AleoProgram } from '../process.js';
import { parseFutureText, parsePlaintext, parseRecordText } from '../text/value.js';
import type { FutureValue, Locator, PlaintextType, RecordEntry, RecordValue, Value } from '../types.js';
import { plaintextTypeToString } from '../types.js';
import type { AffinePoint, Plaintext } from '../values.js';
import { parseRecordCiphertext } from './bytes.js';
import { decryptRecord } from './record.js';

/** Parses a function input given in text form against its declared type. */
export function parseInput(program: AleoProgram, text: string, type: PlaintextType): Plaintext {
  const value = parsePlaintext(text);
  const err = conformsTo(program.ast, value, type);
  if (err)
    throw new AleoValueError(`input ${JSON.stringify(text)} is not a ${plaintextTypeToString(type)}: ${err}`);
  return value;
}

/** Why `value` does not have `type`, or undefined when it does. */
export function conformsTo(ast: ProgramAst, value: Plaintext, type: PlaintextType): string | undefined {
  if (type.kind === 'literal') {
    if (value.kind !== 'literal') return `expected a ${type.type} literal`;
    return value.literal.type === type.type ? undefined : `found ${value.literal.type}`;
  }
  if (type.kind === 'array') {
    if (value.kind !== 'array') return 'expected an array';
    if (value.elements.length !== type.length)
      return `expected ${type.length} elements, found ${value.elements.length}`;
    for (const e of value.elements) {
      const err = conformsTo(ast, e, type.element);
      if (err) return err;
    }
    return undefined;
  }
  const s = ast.structs.get(type.name);
  if (!s) return `unknown struct ${type.name}`;
  if (value.kind !== 'struct') return `expected a struct ${type.name}`;
  const names = [...value.members.keys()];
  const want = [...s.members.keys()];
  if (names.join(',') !== want.join(',')) return `expected members ${want.join(', ')} in this order`;
  for (const [k, t] of s.members) {
    const err = conformsTo(ast, value.members.get(k)!, t);
    if (err) return `${k}: ${err}`;
  }
  return undefined;
}

/** Parses text inputs against function `name`'s declared input types. */
export function parseInputs(
  program: AleoProgram,
  name: string,
  inputs: readonly string[],
  viewKey?: bigint,
): Value[] {
  const f = program.ast.functions.get(name);
  if (!f) throw new AleoValueError(`program '${program.id}' has no function '${name}'`);
  if (inputs.length !== f.inputs.length)
    throw new AleoValueError(`function '${name}' takes ${f.inputs.length} inputs, found ${inputs.length}`);
  return f.inputs.map((inp, i) => {
    const t = inp.type;
    if (t.kind === 'record') return parseRecordInput(program, inputs[i]!, t.name, viewKey);
    if (t.kind === 'external_record')
      return parseRecordInput(program.resolve(t.locator.program), inputs[i]!, t.locator.name, viewKey);
    // Unreachable for a checked program (the checker refuses future inputs, as snarkVM does).
    if (t.kind !== 'plaintext')
      throw new AleoValueError(`input ${i} (r${inp.register}) is a future: Future inputs are not supported`);
    return parseInput(program, inputs[i]!, t.type);
  });
}

/**
 * Parses a record input against the program's record declaration: the text form
 * (`{ owner: aleo1….private, …, _nonce: …group.public, _version: 1u8.public }`) or a
 * `record1…` ciphertext, decrypted with `viewKey` (snarkVM's record inputs given as ciphertexts).
 */
function parseRecordInput(program: AleoProgram, text: string, name: string, viewKey?: bigint): RecordValue {
  const def = program.ast.records.get(name);
  const fail = (why: string) => new AleoValueError(`input is not a ${name}.record: ${why}`);
  if (!def) throw fail(`program '${program.id}' declares no record '${name}'`);
  if (text.trim().startsWith('record1')) {
    if (viewKey === undefined) throw fail("a record ciphertext needs the signer's view key to decrypt");
    let r: RecordValue;
    try {
      r = decryptRecord(parseRecordCiphertext(text.trim()), viewKey);
    } catch (e) {
      throw fail((e as { shortMessage?: string }).shortMessage ?? (e as Error).message);
    }
    checkRecord(program, def, r.owner.visibility, r.data, fail);
    return r;
  }
  const r = parseRecordText(text);
  if (r.owner.value.kind !== 'literal' || r.owner.value.literal.type !== 'address')
    throw fail('the owner must be an address');
  checkRecord(program, def, r.owner.visibility, r.entries, fail);
  let nonce = IDENTITY;
  if (r.nonce !== undefined) {
    if (r.nonce.kind !== 'literal' || r.nonce.literal.type !== 'group') throw fail('_nonce must be a group');
    nonce = r.nonce.literal.value;
  }
  let version = 0;
  if (r.version !== undefined) {
    if (r.version.kind !== 'literal' || r.version.literal.type !== 'u8' || r.version.literal.value > 1n)
      throw fail('_version must be 0u8 or 1u8');
    version = Number(r.version.literal.value);
  }
  return {
    kind: 'record',
    owner: { visibility: def.ownerVisibility, value: r.owner.value.literal.value as AffinePoint },
    data: r.entries,
    nonce,
    version,
  };
}

function checkRecord(
  program: AleoProgram,
  def: NonNullable<ReturnType<ProgramAst['records']['get']>>,
  ownerVisibility: string,
  entries: ReadonlyMap<string, RecordEntry>,
  fail: (why: string) => AleoValueError,
): void {
  if (ownerVisibility !== def.ownerVisibility) throw fail(`the owner must be .${def.ownerVisibility}`);
  if ([...entries.keys()].join(',') !== [...def.entries.keys()].join(','))
    throw fail(`expected entries ${[...def.entries.keys()].join(', ')} in this order`);
  for (const [k, e] of def.entries) {
    const got = entries.get(k)!;
    if (got.visibility !== e.visibility) throw fail(`${k} must be .${e.visibility}`);
    const err = conformsTo(program.ast, got.value, e.type);
    if (err) throw fail(`${k}: ${err}`);
  }
}

/**
 * A future in text form as a finalize input (Future::from_str, as a transition's future output is
 * written), checked as FinalizeRegisters::store checks each argument against the finalize's
 * declared inputs (matches_plaintext, matches_future), nested futures included.
 */
export function parseFutureInput(program: AleoProgram, text: string): FutureValue {
  const f = parseFutureText(text);
  const err = futureMismatch(program, f);
  if (err) throw new AleoValueError(`future ${JSON.stringify(text)}: ${err}`);
  return f;
}

/** Why `f` cannot be the input of its finalize (or of the future type `locator`), or undefined. */
function futureMismatch(root: AleoProgram, f: FutureValue, locator?: Locator): string | undefined {
  const name = `${f.program}/${f.function}`;
  if (locator && (f.program !== locator.program || f.function !== locator.name))
    return `expected a future of ${locator.program}/${locator.name}, found one of ${name}`;
  const p = f.program === root.id ? root : root.imports.get(f.program);
  if (!p) return `program '${f.program}' is not loaded`;
  const fn = p.ast.functions.get(f.function);
  if (!fn) return `Function '${name}' is not defined.`;
  const fin = fn.finalize;
  if (!fin) return `The function '${name}' does not have an associated finalize block`;
  if (fin.inputs.length !== f.arguments.length)
    return `the finalize of ${name} takes ${fin.inputs.length} inputs, found ${f.arguments.length} arguments`;
  for (const [i, input] of fin.inputs.entries()) {
    const a = f.arguments[i]!;
    const t = input.type;
    const why =
      t.kind === 'plaintext'
        ? a.kind === 'future'
          ? `expected a ${plaintextTypeToString(t.type)}, found a future`
          : conformsTo(p.ast, a, t.type)
        : a.kind === 'future'
          ? futureMismatch(root, a, t.locator)
          : `expected a future of ${t.locator.program}/${t.locator.name}`;
    if (why) return `argument ${i}: ${why}`;
  }
  return undefined;
}
