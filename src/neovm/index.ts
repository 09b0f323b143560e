/**
 * polyvm/neovm: the Neo N3 virtual machine (neo-project/neo-vm), with its stack items,
 * opcode table, debugger, script builder, assembler and the JSON unit-test runner.
 */
export { AssemblyError, assemble } from './assembler.js';
export * from './bigint.js';
export { Debugger } from './debugger.js';
export { type DecodedInstruction, decodeScript, disassemble, formatInstruction } from './disassembler.js';
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
export { loadVmTestFile, parseVmTestFile, type VmTest, type VmTestFile } from './vmjson/test-file.js';
