/**
 * polyvm/neovm: the Neo N3 virtual machine (neo-project/neo-vm), with its stack items,
 * opcode table, debugger, script builder, assembler and the JSON unit-test runner.
 */
import { assertString } from '../core/assert.js';
import * as assembler from './assembler.js';
import { assertScriptBytes } from './boundary.js';
import * as disassembler from './disassembler.js';
import * as testFile from './vmjson/test-file.js';

export { AssemblyError } from './assembler.js';
export * from './bigint.js';
export { Debugger } from './debugger.js';
export { type DecodedInstruction, formatInstruction } from './disassembler.js';
export {
  type EngineHooks,
  type EngineOptions,
  ExecutionEngine,
  VMState,
  VMUnhandledException,
} from './engine.js';
export { EvaluationStack } from './evaluation-stack.js';
export { ExecutionContext, type TryContext, TryState } from './execution-context.js';
export { BadScriptFault, InvalidCastFault, VMFault } from './fault.js';
export { Instruction } from './instruction.js';
export {
  createJumpTable,
  HANDLER_GROUPS,
  type HandlerMap,
  type InstructionHandler,
  type JumpTable,
} from './jump-table/index.js';
export { assertMaxItemSize, assertShift, DEFAULT_LIMITS, type ExecutionEngineLimits } from './limits.js';
export {
  OPCODE_BY_CODE,
  OPCODE_BY_NAME,
  OPCODES,
  OpCode,
  type OpCodeInfo,
  type OperandKind,
  opcodeName,
} from './opcodes.js';
export { ReferenceCounter } from './reference-counter.js';
export { Script } from './script.js';
export { ScriptBuilder } from './script-builder.js';
export { Slot } from './slot.js';
export * from './types/index.js';
export { JsonNumber, type JsonValue, parseJson } from './vmjson/lossless-json.js';
export { runVmTest, testEngineHooks, type VmTestResult } from './vmjson/runner.js';
export { type StackItemJson, stackItemToJson } from './vmjson/stack-json.js';
export type { VmTest, VmTestFile } from './vmjson/test-file.js';

// The checked public entries: each checks its arguments, then calls the module's own function.

export function assemble(text: string, source = 'assembly'): Uint8Array {
  assertString(text, 'assemble: text');
  assertString(source, 'assemble: source');
  return assembler.assemble(text, source);
}

export function disassemble(script: Uint8Array): string {
  assertScriptBytes(script, 'disassemble: script');
  return disassembler.disassemble(script);
}

export function decodeScript(script: Uint8Array): ReturnType<typeof disassembler.decodeScript> {
  assertScriptBytes(script, 'decodeScript: script');
  return disassembler.decodeScript(script);
}

export function parseVmTestFile(text: string, label: string): testFile.VmTestFile {
  assertString(text, 'parseVmTestFile: text');
  assertString(label, 'parseVmTestFile: label');
  return testFile.parseVmTestFile(text, label);
}

export function loadVmTestFile(path: string): testFile.VmTestFile {
  assertString(path, 'loadVmTestFile: path');
  return testFile.loadVmTestFile(path);
}
