/** The NeoVM's public entries refuse malformed arguments with a labelled InvalidArgumentError. */
import { describe, expect, it } from 'vitest';
import { refused, untyped } from '../../test/invalid-argument.js';
import {
  assemble,
  DEFAULT_LIMITS,
  Debugger,
  disassemble,
  ExecutionEngine,
  parseVmTestFile,
  Script,
  ScriptBuilder,
} from './index.js';

describe('ExecutionEngine', () => {
  it('limits are non-negative integers, all of them; hooks are known names and functions', () => {
    expect(refused(() => new ExecutionEngine({ limits: { ...DEFAULT_LIMITS, maxStackSize: -1 } }))).toBe(
      'ExecutionEngine: options.limits.maxStackSize: expected an integer in [0, 9007199254740991], got -1',
    );
    expect(refused(() => new ExecutionEngine({ limits: untyped({ maxShift: 256 }) }))).toMatch(
      /^ExecutionEngine: options\.limits\.maxStackSize: expected an integer/,
    );
    expect(refused(() => new ExecutionEngine({ hooks: untyped({ preExecute() {} }) }))).toBe(
      'ExecutionEngine: options.hooks.preExecute: not a hook (hooks: preExecuteInstruction, postExecuteInstruction, syscall, onFault, onStateChanged, onContextUnloaded)',
    );
    expect(refused(() => new ExecutionEngine({ hooks: untyped({ syscall: 5 }) }))).toBe(
      'ExecutionEngine: options.hooks.syscall: expected a function, got 5',
    );
    expect(refused(() => new ExecutionEngine({ jumpTable: untyped([]) }))).toBe(
      'ExecutionEngine: options.jumpTable: expected 256 handlers',
    );
    expect(refused(() => new ExecutionEngine(untyped(null)))).toBe(
      'ExecutionEngine: options: expected an object, got null',
    );
  });

  it('loadScript takes bytes, rvCount >= -1 and a start inside the script', () => {
    const engine = new ExecutionEngine();
    expect(refused(() => engine.loadScript(untyped('0x11')))).toBe(
      'Script: bytes: expected Uint8Array, got "0x11"',
    );
    expect(refused(() => engine.loadScript(Uint8Array.of(0x11), -2))).toBe(
      'loadScript: rvCount: expected an integer in [-1, 9007199254740991], got -2',
    );
    expect(refused(() => engine.loadScript(Uint8Array.of(0x11), -1, 5))).toBe(
      'loadScript: initialPosition: expected an integer in [0, 1], got 5',
    );
    expect(engine.invocationStack).toHaveLength(0);
    engine.loadScript(Uint8Array.of(0x11, 0x12, 0x9e));
    expect(engine.execute()).toBe('HALT');
    expect(refused(() => new Script(Uint8Array.of(0x40), untyped('yes')))).toBe(
      'Script: strictMode: expected a boolean',
    );
    expect(refused(() => new Debugger(untyped({})))).toBe('Debugger: expected an ExecutionEngine');
  });
});

describe('ScriptBuilder, assembler, disassembler, test files', () => {
  it('operand bytes are bytes; pushes take the values neo pushes; offsets and ids fit their fields', () => {
    const b = new ScriptBuilder();
    expect(refused(() => b.emit('PUSHINT8', [256]))).toBe(
      'emit: operand[0]: expected an integer in [0, 255], got 256',
    );
    expect(refused(() => b.emit(0x100))).toBe('unknown opcode 0x100');
    expect(refused(() => b.emitRaw(untyped('ab')))).toBe('emitRaw: bytes: expected bytes, got string');
    expect(refused(() => b.emitPush(untyped({})))).toBe(
      'emitPush: expected a bigint, number, boolean, Uint8Array or string, got object',
    );
    expect(refused(() => b.emitSysCall(-1))).toBe(
      'emitSysCall: api: expected an integer in [0, 4294967295], got -1',
    );
    expect(refused(() => b.emitCall(2 ** 31))).toMatch(
      /^emitCall: offset: expected an integer in \[-2147483648, 2147483647\]/,
    );
    expect(b.length).toBe(0);
    expect([...b.emitCall(-2).toArray()]).toEqual([0x34, 0xfe]); // CALL -2 (neo-vm OpCode.CALL = 0x34)
  });

  it('assemble, disassemble and parseVmTestFile take text and bytes', () => {
    expect(refused(() => assemble(untyped(null)))).toBe('assemble: text: expected a string, got null');
    expect(refused(() => disassemble(untyped('11')))).toBe(
      'disassemble: script: expected Uint8Array, got "11"',
    );
    expect(refused(() => parseVmTestFile(untyped(Buffer.from('{}').buffer), 'x.json'))).toBe(
      'parseVmTestFile: text: expected a string, got object',
    );
  });
});
