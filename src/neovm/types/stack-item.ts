/**
 * The base of every NeoVM stack item (neo-vm `Types/StackItem.cs`): truthiness, integer and
 * byte views, equality. Conversions live in convert.ts and deep copies in deep-copy.ts so
 * that this file needs none of its subclasses.
 */
import { InvalidCastFault } from '../fault.js';
import type { ExecutionEngineLimits } from '../limits.js';
import { type StackItemTypeCode, stackItemTypeName } from './stack-item-type.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes strict UTF-8 (invalid sequences fault, as .NET's exception fallback does). */
export function decodeStrictUtf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new InvalidCastFault('Unable to translate bytes to strict UTF-8.');
  }
}

export abstract class StackItem {
  abstract get type(): StackItemTypeCode;

  get isNull(): boolean {
    return false;
  }

  abstract getBoolean(): boolean;

  getInteger(): bigint {
    throw new InvalidCastFault(`Cannot convert ${stackItemTypeName(this.type)} to Integer.`);
  }

  /** The bytes of a primitive item or a buffer (a live view for a buffer). */
  getSpan(): Uint8Array {
    throw new InvalidCastFault(`Cannot read the bytes of ${stackItemTypeName(this.type)}.`);
  }

  getString(): string | null {
    return decodeStrictUtf8(this.getSpan());
  }

  /** Upstream `Equals(StackItem)`: reference equality unless a type says otherwise. */
  equals(other: StackItem): boolean {
    return this === other;
  }

  /** Upstream `Equals(StackItem, ExecutionEngineLimits)`, used by EQUAL and NOTEQUAL. */
  equalsWithLimits(other: StackItem, _limits: ExecutionEngineLimits): boolean {
    return this.equals(other);
  }
}
