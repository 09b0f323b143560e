/**
 * neo-vm's JSON unit-test format (neo-vm `tests/Neo.VM.Tests/Types/VMUT*.cs`, read by
 * `VMJsonTestBase`): a file holds a category, a name and tests; a test holds a script
 * (hex, or a list of opcode names and 0x-prefixed raw bytes) and steps of debugger
 * actions, each followed by the expected engine state. Loading checks the shape and
 * reports the first problem with its path inside the file.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { InvalidInputFileError } from '../../core/errors.js';
import { OPCODE_BY_NAME } from '../opcodes.js';
import { JsonNumber, type JsonValue, parseJson } from './lossless-json.js';

export type VmAction = 'execute' | 'stepinto' | 'stepout' | 'stepover';

export interface VmExpectedItem {
  /** The type as written, resolved case-insensitively by the comparer. */
  readonly type: string;
  readonly value: JsonValue | undefined;
}

export interface VmExpectedContext {
  readonly instructionPointer: number;
  readonly nextInstruction: string;
  readonly evaluationStack: VmExpectedItem[] | null;
  readonly staticFields: VmExpectedItem[] | null;
  readonly arguments: VmExpectedItem[] | null;
  readonly localVariables: VmExpectedItem[] | null;
}

export interface VmExpectedState {
  readonly state: string;
  readonly resultStack: VmExpectedItem[] | null;
  readonly invocationStack: VmExpectedContext[] | null;
  readonly exceptionMessage: string | null;
  readonly refs: number | null;
}

export interface VmStep {
  readonly name: string | null;
  readonly actions: VmAction[];
  readonly result: VmExpectedState;
}

export interface VmTest {
  readonly name: string;
  readonly script: Uint8Array;
  readonly steps: VmStep[];
}

export interface VmTestFile {
  readonly category: string;
  readonly name: string;
  readonly tests: VmTest[];
}

class ShapeError extends Error {}

type Obj = { [key: string]: JsonValue };

function isObj(v: JsonValue | undefined): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof JsonNumber);
}

/** Newtonsoft binds property names case-insensitively. */
function prop(o: Obj, name: string): JsonValue | undefined {
  if (Object.hasOwn(o, name)) return o[name];
  const lower = name.toLowerCase();
  for (const k of Object.keys(o)) if (k.toLowerCase() === lower) return o[k];
  return undefined;
}

function str(v: JsonValue | undefined, where: string, optional = false): string | null {
  if ((v === undefined || v === null) && optional) return null;
  if (typeof v !== 'string') throw new ShapeError(`${where}: expected a string`);
  return v;
}

function int(v: JsonValue | undefined, where: string, optional = false): number | null {
  if ((v === undefined || v === null) && optional) return null;
  if (!(v instanceof JsonNumber) || !/^-?\d+$/.test(v.raw))
    throw new ShapeError(`${where}: expected an integer`);
  return Number(v.raw);
}

function arr(v: JsonValue | undefined, where: string): JsonValue[] | null {
  if (v === undefined || v === null) return null;
  if (!Array.isArray(v)) throw new ShapeError(`${where}: expected an array`);
  return v;
}

function hex(value: string, where: string): Uint8Array {
  if (value === '') return new Uint8Array(0);
  if (!value.startsWith('0x')) throw new ShapeError(`${where}: '0x' prefix required for value: '${value}'`);
  const h = value.slice(2);
  if (h.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(h))
    throw new ShapeError(`${where}: invalid hex '${value}'`);
  return Uint8Array.from(Buffer.from(h, 'hex'));
}

/** A test's script: a hex string, or opcode names (exact case) and 0x-prefixed raw bytes. */
function script(v: JsonValue | undefined, where: string): Uint8Array {
  if (typeof v === 'string') return hex(v, where);
  const entries = arr(v, where);
  if (entries === null) return new Uint8Array(0);
  const parts: number[] = [];
  entries.forEach((e, i) => {
    const s = str(e, `${where}[${i}]`)!;
    const op = OPCODE_BY_NAME.get(s);
    if (op !== undefined) parts.push(op.code);
    else for (const b of hex(s, `${where}[${i}]`)) parts.push(b);
  });
  return Uint8Array.from(parts);
}

function items(v: JsonValue | undefined, where: string): VmExpectedItem[] | null {
  const list = arr(v, where);
  if (list === null) return null;
  return list.map((e, i) => item(e, `${where}[${i}]`));
}

function item(v: JsonValue, where: string): VmExpectedItem {
  if (!isObj(v)) throw new ShapeError(`${where}: expected a stack item object`);
  return { type: str(prop(v, 'type'), `${where}.type`)!, value: prop(v, 'value') };
}

const ACTIONS = new Set<string>(['execute', 'stepinto', 'stepout', 'stepover']);

function step(v: JsonValue, where: string): VmStep {
  if (!isObj(v)) throw new ShapeError(`${where}: expected an object`);
  const actions = (arr(prop(v, 'actions'), `${where}.actions`) ?? []).map((a, i) => {
    const s = str(a, `${where}.actions[${i}]`)!.toLowerCase();
    if (!ACTIONS.has(s)) throw new ShapeError(`${where}.actions[${i}]: unknown action '${String(a)}'`);
    return s as VmAction;
  });
  const r = prop(v, 'result');
  if (!isObj(r)) throw new ShapeError(`${where}.result: expected an object`);
  const contexts = arr(prop(r, 'invocationStack'), `${where}.result.invocationStack`);
  return {
    name: str(prop(v, 'name'), `${where}.name`, true),
    actions,
    result: {
      state: str(prop(r, 'state'), `${where}.result.state`)!,
      resultStack: items(prop(r, 'resultStack'), `${where}.result.resultStack`),
      invocationStack: contexts?.map((c, i) => context(c, `${where}.result.invocationStack[${i}]`)) ?? null,
      exceptionMessage: str(prop(r, 'exceptionMessage'), `${where}.result.exceptionMessage`, true),
      refs: int(prop(r, 'refs'), `${where}.result.refs`, true),
    },
  };
}

function context(v: JsonValue, where: string): VmExpectedContext {
  if (!isObj(v)) throw new ShapeError(`${where}: expected an object`);
  return {
    instructionPointer: int(
      prop(v, 'instructionPointer') ?? new JsonNumber('0'),
      `${where}.instructionPointer`,
    )!,
    nextInstruction: str(prop(v, 'nextInstruction') ?? 'PUSHINT8', `${where}.nextInstruction`)!,
    evaluationStack: items(prop(v, 'evaluationStack'), `${where}.evaluationStack`),
    staticFields: items(prop(v, 'staticFields'), `${where}.staticFields`),
    arguments: items(prop(v, 'arguments'), `${where}.arguments`),
    localVariables: items(prop(v, 'localVariables'), `${where}.localVariables`),
  };
}

/** Parses a test file's text; `label` names it in errors. */
export function parseVmTestFile(text: string, label: string): VmTestFile {
  let json: JsonValue;
  try {
    json = parseJson(text);
  } catch (error) {
    throw new InvalidInputFileError(`${label}: not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    if (!isObj(json)) throw new ShapeError('top level: expected an object');
    const name = str(prop(json, 'name'), 'name', true);
    if (!name) throw new ShapeError('name: Name is required');
    const tests = (arr(prop(json, 'tests'), 'tests') ?? []).map((t, i): VmTest => {
      const where = `tests[${i}]`;
      if (!isObj(t)) throw new ShapeError(`${where}: expected an object`);
      const testName = str(prop(t, 'name'), `${where}.name`, true);
      if (!testName) throw new ShapeError(`${where}.name: Name is required`);
      return {
        name: testName,
        script: script(prop(t, 'script'), `${where}.script`),
        steps: (arr(prop(t, 'steps'), `${where}.steps`) ?? []).map((s, j) => step(s, `${where}.steps[${j}]`)),
      };
    });
    return { category: str(prop(json, 'category'), 'category', true) ?? '', name, tests };
  } catch (error) {
    if (error instanceof ShapeError) throw new InvalidInputFileError(`${label}: ${error.message}`);
    throw error;
  }
}

/** Reads and parses a test file. */
export function loadVmTestFile(path: string): VmTestFile {
  let text: string;
  try {
    const raw = readFileSync(path);
    text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  } catch (error) {
    throw new InvalidInputFileError(`${path}: cannot read: ${(error as Error).message}`, { cause: error });
  }
  return parseVmTestFile(text, path);
}
