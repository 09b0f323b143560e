/**
 * Input assertions for public boundaries, in the manner of noble's `abytes` / `anumber`:
 * success path first, a labelled message on failure. Inside a module, trust the types.
 */
import { InvalidArgumentError } from './errors.js';

export function assertBytes(value: unknown, label: string, length?: number): asserts value is Uint8Array {
  if (value instanceof Uint8Array && (length === undefined || value.length === length)) return;
  if (!(value instanceof Uint8Array)) {
    throw new InvalidArgumentError(`${label}: expected Uint8Array, got ${describe(value)}`);
  }
  throw new InvalidArgumentError(`${label}: expected ${length} bytes, got ${value.length}`);
}

export function assertSafeInteger(
  value: unknown,
  label: string,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): asserts value is number {
  if (Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max) return;
  throw new InvalidArgumentError(`${label}: expected an integer in [${min}, ${max}], got ${describe(value)}`);
}

export function assertBigInt(value: unknown, label: string, min = 0n, max?: bigint): asserts value is bigint {
  if (typeof value === 'bigint' && value >= min && (max === undefined || value <= max)) return;
  throw new InvalidArgumentError(
    `${label}: expected a bigint in [${min}, ${max ?? '∞'}], got ${describe(value)}`,
  );
}

/** An unsigned integer of `bits` bits as a bigint: a u64 gas limit, a u160 address, a u256 word. */
export function assertUint(value: unknown, label: string, bits: number): asserts value is bigint {
  if (typeof value === 'bigint' && value >= 0n && value < uintLimit(bits)) return;
  throw new InvalidArgumentError(`${label}: expected a ${bits}-bit unsigned bigint, got ${describe(value)}`);
}

/** 2^bits, computed once per width (assertUint sits on hot entries such as runCode). */
const UINT_LIMITS: bigint[] = [];
function uintLimit(bits: number): bigint {
  return (UINT_LIMITS[bits] ??= 1n << BigInt(bits));
}

/** A plain object (an options bag, a transaction), not null, an array or a primitive. */
export function assertObject(value: unknown, label: string): asserts value is Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array))
    return;
  throw new InvalidArgumentError(`${label}: expected an object, got ${describe(value)}`);
}

/** One of a fixed set of values (a fork name, a transaction type). */
export function assertOneOf<T>(value: unknown, label: string, allowed: readonly T[]): asserts value is T {
  if (allowed.includes(value as T)) return;
  const shown = allowed.length > 16 ? `${allowed.slice(0, 16).join(', ')}, …` : allowed.join(', ');
  throw new InvalidArgumentError(`${label}: expected one of ${shown}, got ${describe(value)}`);
}

/** An array whose every element passes `each` (labelled `label[i]`). */
export function assertArray(
  value: unknown,
  label: string,
  each: (item: unknown, label: string) => void,
): asserts value is unknown[] {
  if (!Array.isArray(value))
    throw new InvalidArgumentError(`${label}: expected an array, got ${describe(value)}`);
  for (let i = 0; i < value.length; i++) each(value[i], `${label}[${i}]`);
}

export function assertString(value: unknown, label: string): asserts value is string {
  if (typeof value === 'string') return;
  throw new InvalidArgumentError(`${label}: expected a string, got ${describe(value)}`);
}

export function assertFunction(
  value: unknown,
  label: string,
): asserts value is (...args: never[]) => unknown {
  if (typeof value === 'function') return;
  throw new InvalidArgumentError(`${label}: expected a function, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Uint8Array) return `Uint8Array(${value.length})`;
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.length > 40 ? 'string' : JSON.stringify(value);
  return typeof value;
}
