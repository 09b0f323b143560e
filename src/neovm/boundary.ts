/**
 * Checks at the NeoVM's public entries (noble style: the success path first, then a
 * labelled InvalidArgumentError): engine options (every limit a non-negative integer, every
 * hook a known name and a function, a jump table of 256 handlers), scripts as bytes, and the
 * positions and counts loadScript takes. Inside the engine the types are trusted.
 */
import { assertBytes, assertFunction, assertObject, assertSafeInteger } from '../core/assert.js';
import { InvalidArgumentError } from '../core/errors.js';
import { DEFAULT_LIMITS } from './limits.js';

const HOOKS = [
  'preExecuteInstruction',
  'postExecuteInstruction',
  'syscall',
  'onFault',
  'onStateChanged',
  'onContextUnloaded',
];

export function assertEngineOptions(options: unknown): void {
  assertObject(options, 'ExecutionEngine: options');
  const { limits, hooks, jumpTable } = options;
  if (limits !== undefined) {
    assertObject(limits, 'ExecutionEngine: options.limits');
    for (const name of Object.keys(DEFAULT_LIMITS))
      assertSafeInteger(limits[name], `ExecutionEngine: options.limits.${name}`, 0);
  }
  if (hooks !== undefined) {
    assertObject(hooks, 'ExecutionEngine: options.hooks');
    for (const [name, hook] of Object.entries(hooks)) {
      if (!HOOKS.includes(name))
        throw new InvalidArgumentError(
          `ExecutionEngine: options.hooks.${name}: not a hook (hooks: ${HOOKS.join(', ')})`,
        );
      if (hook !== undefined) assertFunction(hook, `ExecutionEngine: options.hooks.${name}`);
    }
  }
  if (jumpTable !== undefined) {
    if (!Array.isArray(jumpTable) || jumpTable.length !== 256)
      throw new InvalidArgumentError('ExecutionEngine: options.jumpTable: expected 256 handlers');
    for (let i = 0; i < 256; i++) assertFunction(jumpTable[i], `ExecutionEngine: options.jumpTable[${i}]`);
  }
}

/** loadScript's counts: `rvCount` -1 (every item) or more, a start inside the script. */
export function assertLoadScript(length: number, rvCount: unknown, initialPosition: unknown): void {
  assertSafeInteger(rvCount, 'loadScript: rvCount', -1);
  assertSafeInteger(initialPosition, 'loadScript: initialPosition', 0, length);
}

export function assertScriptBytes(bytes: unknown, label: string): asserts bytes is Uint8Array {
  assertBytes(bytes, label);
}

/** Operand bytes given as numbers: each an integer in [0, 255], none silently truncated. */
export function assertByteList(bytes: unknown, label: string): void {
  if (bytes instanceof Uint8Array) return;
  if (!Array.isArray(bytes)) throw new InvalidArgumentError(`${label}: expected bytes, got ${typeof bytes}`);
  for (let i = 0; i < bytes.length; i++) assertSafeInteger(bytes[i], `${label}[${i}]`, 0, 255);
}
