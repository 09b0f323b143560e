/** Engine limits with neo-vm's defaults (`src/Neo.VM/ExecutionEngineLimits.cs`). */
import { VMFault } from './fault.js';

export interface ExecutionEngineLimits {
  /** Largest shift (SHL, SHR) and exponent (POW). */
  readonly maxShift: number;
  /** Most items referenced from stacks and slots, counted by the reference counter. */
  readonly maxStackSize: number;
  /** Largest byte string or buffer, in bytes. */
  readonly maxItemSize: number;
  /** Most bytes compared by one EQUAL. */
  readonly maxComparableSize: number;
  /** Deepest invocation stack. */
  readonly maxInvocationStackSize: number;
  /** Deepest nesting of TRY blocks in one context. */
  readonly maxTryNestingDepth: number;
}

export const DEFAULT_LIMITS: ExecutionEngineLimits = Object.freeze({
  maxShift: 256,
  maxStackSize: 2 * 1024,
  maxItemSize: 65535 * 2,
  maxComparableSize: 65536,
  maxInvocationStackSize: 1024,
  maxTryNestingDepth: 16,
});

export function assertMaxItemSize(limits: ExecutionEngineLimits, size: number): void {
  if (size < 0 || size > limits.maxItemSize) {
    throw new VMFault(`MaxItemSize exceed: ${size}/${limits.maxItemSize}`);
  }
}

export function assertShift(limits: ExecutionEngineLimits, shift: number): void {
  if (shift > limits.maxShift || shift < 0) {
    throw new VMFault(`Invalid shift value: ${shift}/${limits.maxShift}`);
  }
}
