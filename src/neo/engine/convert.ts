/**
 * Arguments of syscalls and native methods (neo `ApplicationEngine.Convert(StackItem,
 * InteropParameterDescriptor)` and `InteropParameterDescriptor`): each parameter is declared by
 * its C# type, which fixes how a stack item converts (checked integer casts, strict UTF-8,
 * exact hash lengths, point decoding), whether Null is accepted, and the manifest type a native
 * method publishes. Arrays take an Array item, or a count on the stack followed by that many
 * items.
 */
import {
  ArrayItem,
  InteropInterfaceItem,
  InvalidCastFault,
  type StackItem,
  VMFault,
} from '../../neovm/index.js';
import { ParamType } from '../contract/parameter-type.js';
import { ECPoint } from '../crypto/ecpoint.js';
import { NeoFormatError } from '../errors.js';
import { strictUtf8 } from '../io/binary.js';

/** A C# parameter type: what a stack item converts to. */
export type Kind =
  | 'item'
  | 'array'
  | 'interop'
  | 'bool'
  | 'int8'
  | 'uint8'
  | 'int16'
  | 'uint16'
  | 'int32'
  | 'uint32'
  | 'int64'
  | 'uint64'
  | 'bigint'
  | 'bytes'
  | 'string'
  | 'hash160'
  | 'hash256'
  | 'ecpoint'
  | 'object';

export interface Param {
  readonly name: string;
  readonly kind: Kind;
  /** Null is accepted (C# nullable reference or Nullable<T>). */
  readonly nullable?: boolean;
  /** For an array parameter: the element kind. */
  readonly elements?: Kind;
  readonly elementNullable?: boolean;
  /** StdLib's [MaxLength]: a span longer than this faults. */
  readonly maxLength?: number;
  /** An interface parameter: the class its object must be. */
  readonly iface?: abstract new (
    ...args: never[]
  ) => object;
  /** The manifest type, when the C# type is an enum or otherwise not derivable. */
  readonly type?: number;
}

const RANGES: Partial<Record<Kind, [bigint, bigint, string]>> = {
  int8: [-128n, 127n, 'SByte'],
  uint8: [0n, 255n, 'Byte'],
  int16: [-32768n, 32767n, 'Int16'],
  uint16: [0n, 65535n, 'UInt16'],
  int32: [-2147483648n, 2147483647n, 'Int32'],
  uint32: [0n, 4294967295n, 'UInt32'],
  int64: [-(1n << 63n), (1n << 63n) - 1n, 'Int64'],
  uint64: [0n, (1n << 64n) - 1n, 'UInt64'],
};

export function checkedInteger(item: StackItem, kind: Kind): bigint {
  const v = item.getInteger();
  const range = RANGES[kind];
  if (range && (v < range[0] || v > range[1])) {
    throw new VMFault(`Value was either too large or too small for an ${range[2]}.`);
  }
  return v;
}

function convertOne(item: StackItem, kind: Kind, p: Param): unknown {
  switch (kind) {
    case 'item':
      return item;
    case 'array':
      if (!(item instanceof ArrayItem))
        throw new InvalidCastFault(`Cannot cast ${item.constructor.name} to Array`);
      return item;
    case 'interop':
    case 'object':
      if (!(item instanceof InteropInterfaceItem)) {
        throw new InvalidCastFault(`Cannot cast ${item.constructor.name} to InteropInterface`);
      }
      if (kind === 'interop') return item;
      if (p.iface && !(item.value instanceof p.iface)) {
        throw new VMFault(
          `Object of type '${item.value.constructor.name}' cannot be converted to type '${p.iface.name}'.`,
        );
      }
      return item.value;
    case 'bool':
      return item.getBoolean();
    case 'bigint':
      return item.getInteger();
    case 'int8':
    case 'uint8':
    case 'int16':
    case 'uint16':
    case 'int32':
    case 'uint32':
      return Number(checkedInteger(item, kind));
    case 'int64':
    case 'uint64':
      return checkedInteger(item, kind);
    case 'bytes':
      return item.isNull ? null : item.getSpan().slice();
    case 'string':
      return item.isNull ? null : strictUtf8(item.getSpan());
    case 'hash160':
    case 'hash256': {
      if (item.isNull) return null;
      const b = item.getSpan();
      const n = kind === 'hash160' ? 20 : 32;
      if (b.length !== n) throw new NeoFormatError(`Invalid length: ${b.length}, expected ${n}`);
      return b.slice();
    }
    case 'ecpoint':
      return item.isNull ? null : ECPoint.decode(item.getSpan());
  }
}

/** Converts one argument; `pop` supplies further items for the count-then-items array form. */
export function convertArg(item: StackItem, p: Param, pop: () => StackItem, maxStackSize: number): unknown {
  if (item.isNull && !p.nullable && p.kind !== 'item')
    throw new VMFault(`The argument \`${p.name}\` can't be null.`);
  if (p.maxLength !== undefined && item.getSpan().length > p.maxLength) {
    throw new VMFault('The input exceeds the maximum length.');
  }
  if (p.elements === undefined) return convertOne(item, p.kind, p);
  const out: unknown[] = [];
  const element = (x: StackItem) => {
    if (x.isNull && !p.elementNullable) throw new VMFault(`The element of \`${p.name}\` can't be null.`);
    out.push(convertOne(x, p.elements!, p));
  };
  if (item instanceof ArrayItem) {
    for (const x of item.items) element(x);
  } else {
    const count = Number(checkedInteger(item, 'int32'));
    if (count > maxStackSize)
      throw new VMFault('Operation is not valid due to the current state of the object.');
    if (count < 0) throw new VMFault('Non-negative number required.');
    for (let i = 0; i < count; i++) element(pop());
  }
  return out;
}

const MANIFEST_TYPES: Record<Kind, number> = {
  item: ParamType.Any,
  array: ParamType.Array,
  interop: ParamType.InteropInterface,
  object: ParamType.InteropInterface,
  bool: ParamType.Boolean,
  int8: ParamType.Integer,
  uint8: ParamType.Integer,
  int16: ParamType.Integer,
  uint16: ParamType.Integer,
  int32: ParamType.Integer,
  uint32: ParamType.Integer,
  int64: ParamType.Integer,
  uint64: ParamType.Integer,
  bigint: ParamType.Integer,
  bytes: ParamType.ByteArray,
  string: ParamType.String,
  hash160: ParamType.Hash160,
  hash256: ParamType.Hash256,
  ecpoint: ParamType.PublicKey,
};

/** The manifest type of a parameter (neo's `ContractMethodMetadata.ToParameterType`). */
export function manifestType(p: Param): number {
  if (p.type !== undefined) return p.type;
  if (p.elements !== undefined) return ParamType.Array;
  return MANIFEST_TYPES[p.kind];
}

/** Shorthand for declaring parameters: `arg('amount', 'bigint')`. */
export function arg(name: string, kind: Kind, extra: Omit<Param, 'name' | 'kind'> = {}): Param {
  return { name, kind, ...extra };
}
