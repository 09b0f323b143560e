/**
 * Runs neo-vm JSON unit tests exactly as upstream's `VMJsonTestBase` does: a fresh engine
 * with the test SYSCALLs of `TestEngine` (0x77777777 pushes an interop object, 0xaddeadde
 * throws "error"), a debugger driving the actions, and after each step a comparison of
 * state, fault message, invocation stack, result stack and reference count.
 */
import { Debugger } from '../debugger.js';
import { type EngineHooks, ExecutionEngine } from '../engine.js';
import type { EvaluationStack } from '../evaluation-stack.js';
import { VMFault } from '../fault.js';
import { OPCODE_BY_NAME, OpCode } from '../opcodes.js';
import type { Slot } from '../slot.js';
import { ByteStringItem } from '../types/byte-string.js';
import { InteropInterfaceItem } from '../types/interop-interface.js';
import type { StackItem } from '../types/stack-item.js';
import { JsonNumber, type JsonValue } from './lossless-json.js';
import { stackItemToJson, testHex } from './stack-json.js';
import type { VmExpectedContext, VmExpectedItem, VmExpectedState, VmTest, VmTestFile } from './test-file.js';

export interface VmTestResult {
  readonly pass: boolean;
  readonly error: string | null;
}

/** The SYSCALLs of upstream's TestEngine. */
export const testEngineHooks: EngineHooks = {
  syscall(engine, method) {
    if (method === 0x77777777) {
      engine.currentContext!.evaluationStack.push(new InteropInterfaceItem({}));
      return;
    }
    if (method === 0xaddeadde) {
      engine.executeThrow(ByteStringItem.fromString('error'));
      return;
    }
    throw new VMFault(`Syscall not found: ${method}`);
  },
};

class Mismatch extends Error {}

const TYPE_NAMES: Record<string, string> = {
  null: 'Null',
  pointer: 'Pointer',
  boolean: 'Boolean',
  bytestring: 'ByteString',
  string: 'ByteString',
  buffer: 'Buffer',
  interop: 'Interop',
  integer: 'Integer',
  array: 'Array',
  struct: 'Struct',
  map: 'Map',
};

function hexOf(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new Mismatch(`expected a hex string, got ${JSON.stringify(value)}`);
  if (value !== '' && !value.startsWith('0x'))
    throw new Mismatch(`'0x' prefix required for value: '${value}'`);
  const h = value.slice(2).toLowerCase();
  if (h.length % 2 !== 0 || !/^[0-9a-f]*$/.test(h)) throw new Mismatch(`invalid hex '${value}'`);
  return h.length === 0 ? '' : `0x${h}`;
}

function plain(value: JsonValue | undefined): unknown {
  if (value instanceof JsonNumber) return Number(value.raw);
  return value;
}

/** Upstream's `PrepareJsonItem`: the expected item in the form `stackItemToJson` produces. */
function expectedJson(item: VmExpectedItem): unknown {
  const type = TYPE_NAMES[item.type.toLowerCase()];
  if (type === undefined) throw new Mismatch(`unknown stack item type '${item.type}'`);
  const v = item.value;
  switch (item.type.toLowerCase()) {
    case 'null':
      return { type };
    case 'pointer':
      return { type, value: v instanceof JsonNumber ? Number(v.raw) : Number(v) };
    case 'string':
      return { type, value: testHex(new TextEncoder().encode(String(v ?? ''))) };
    case 'bytestring':
    case 'buffer':
      return { type, value: hexOf(v) };
    case 'integer':
      return { type, value: v instanceof JsonNumber ? v.raw : String(v) };
    case 'array':
    case 'struct': {
      if (!Array.isArray(v)) throw new Mismatch(`${type} value must be an array`);
      return { type, value: v.map((e) => expectedJson(toItem(e))) };
    }
    case 'map': {
      if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof JsonNumber) {
        throw new Mismatch('Map value must be an object');
      }
      const out: Record<string, unknown> = {};
      for (const [k, e] of Object.entries(v)) {
        Object.defineProperty(out, k, { value: expectedJson(toItem(e)), enumerable: true });
      }
      return { type, value: out };
    }
    default:
      return { type, value: plain(v) };
  }
}

function toItem(v: JsonValue): VmExpectedItem {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof JsonNumber) {
    throw new Mismatch('expected a stack item object');
  }
  const type = v.type ?? v.Type;
  if (typeof type !== 'string') throw new Mismatch('a stack item needs a type');
  return { type, value: v.value ?? v.Value };
}

function same(expected: unknown, actual: unknown, message: string): void {
  const e = JSON.stringify(expected);
  const a = JSON.stringify(actual);
  if (e !== a) throw new Mismatch(`${message}\nExpected:\n${e}\nActual:\n${a}`);
}

function compareItems(expected: VmExpectedItem[] | null, actual: StackItem[], message: string): void {
  same(expected?.length ?? 0, actual.length, `${message} Stack length mismatch`);
  for (let x = 0; x < actual.length; x++) {
    same(expectedJson(expected![x]!), stackItemToJson(actual[x]!), `${message} Stack item #${x} mismatch`);
  }
}

function stackTopFirst(stack: EvaluationStack): StackItem[] {
  return [...stack.items].reverse();
}

function compareSlot(expected: VmExpectedItem[] | null, slot: Slot | undefined, message: string): void {
  same(expected?.length ?? 0, slot?.count ?? 0, `${message} Slot length mismatch`);
  if (slot) compareItems(expected, slot.items, message);
}

function compareContexts(
  expected: VmExpectedContext[] | null,
  engine: ExecutionEngine,
  message: string,
): void {
  const contexts = [...engine.invocationStack].reverse();
  same(expected?.length ?? 0, contexts.length, `${message} [Invocation stack] Stack length mismatch`);
  contexts.forEach((context, x) => {
    const e = expected![x]!;
    const m = `${message} [Invocation stack]`;
    const ip = context.instructionPointer;
    const actualOp = ip >= context.script.length ? OpCode.RET! : context.script.opcodeAt(ip);
    const expectedOp = OPCODE_BY_NAME.get(e.nextInstruction.toUpperCase())?.code;
    if (expectedOp === undefined) throw new Mismatch(`${m} unknown opcode '${e.nextInstruction}'`);
    same(expectedOp, actualOp, `${m} NextInstruction mismatch`);
    same(e.instructionPointer, ip, `${m} InstructionPointer mismatch`);
    if (e.evaluationStack !== null) {
      compareItems(e.evaluationStack, stackTopFirst(context.evaluationStack), `${m} [EvaluationStack]`);
    }
    compareSlot(e.arguments, context.arguments, `${m} [Arguments]`);
    compareSlot(e.localVariables, context.localVariables, `${m} [LocalVariables]`);
    compareSlot(e.staticFields, context.staticFields, `${m} [StaticFields]`);
  });
}

function compareState(expected: VmExpectedState, engine: ExecutionEngine, message: string): void {
  same(
    expected.state.toLowerCase(),
    engine.state.toLowerCase(),
    `${message} Engine state mismatch. Actual FaultException: ${engine.faultMessage ?? ''}`,
  );
  if (engine.state === 'FAULT') {
    if (expected.exceptionMessage !== null)
      same(expected.exceptionMessage, engine.faultMessage, `${message} [Exception]`);
    return;
  }
  compareContexts(expected.invocationStack, engine, message);
  if (expected.resultStack !== null) {
    compareItems(expected.resultStack, stackTopFirst(engine.resultStack), `${message} [Result stack]`);
  }
  if (expected.refs !== null) {
    same(expected.refs, engine.referenceCounter.count, `${message} Reference counter value mismatch`);
  }
}

/** Runs one test of a file; never throws. */
export function runVmTest(file: VmTestFile, test: VmTest): VmTestResult {
  const engine = new ExecutionEngine({ hooks: testEngineHooks });
  const debug = new Debugger(engine);
  try {
    if (test.script.length > 0) engine.loadScript(test.script);
    for (const step of test.steps) {
      for (const action of step.actions) {
        if (action === 'execute') debug.execute();
        else if (action === 'stepinto') debug.stepInto();
        else if (action === 'stepout') debug.stepOut();
        else debug.stepOver();
      }
      const suffix = step.name ? `-${step.name}` : '';
      compareState(step.result, engine, `${file.category}-${file.name}-${test.name}${suffix}:`);
    }
    return { pass: true, error: null };
  } catch (error) {
    return { pass: false, error: error instanceof Error ? error.message : String(error) };
  }
}
