/**
 * Stack items in the conformance case format (shared/conformance/neo/README.md): neo-vm's JSON
 * (`{"type":"Integer","value":"5"}`, hex byte strings, `String` as UTF-8) plus Hash160 and
 * Hash256 written as neo prints them; how an argument is pushed (ScriptBuilder.EmitPush, arrays
 * as elements reversed, count, PACK); and the checks of `Stack` and `Result`.
 */
import {
  ArrayItem,
  BooleanItem,
  BufferItem,
  ByteStringItem,
  bigIntFromLE,
  IntegerItem,
  InteropInterfaceItem,
  JsonNumber,
  type JsonValue,
  type MapItem,
  NullItem,
  PointerItem,
  type ScriptBuilder,
  type StackItem,
  StructItem,
} from '../../neovm/index.js';
import { NeoArgumentError } from '../errors.js';
import { parseUInt160, parseUInt256 } from '../uint.js';

export type CaseItem = { readonly type: string; readonly value?: JsonValue };

const obj = (v: JsonValue, where: string): { [k: string]: JsonValue } => {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof JsonNumber) {
    throw new NeoArgumentError(`${where}: expected an object`);
  }
  return v;
};

function hex(v: JsonValue | undefined, where: string): Uint8Array {
  if (v === undefined || v === null || v === '') return new Uint8Array(0);
  if (typeof v !== 'string' || !/^0x([0-9a-fA-F]{2})*$/.test(v))
    throw new NeoArgumentError(`${where}: expected 0x hex`);
  return Uint8Array.from(Buffer.from(v.slice(2), 'hex'));
}

function integerOf(v: JsonValue | undefined, where: string): bigint {
  const s = v instanceof JsonNumber ? v.raw : v;
  if (typeof s !== 'string' || !/^-?\d+$/.test(s))
    throw new NeoArgumentError(`${where}: expected an integer`);
  return BigInt(s);
}

/** A canonical form for comparison: type and value as plain JSON. */
export type Canon = { type: string; value?: unknown };

export function expectedCanon(v: JsonValue, where: string): Canon {
  const o = obj(v, where);
  const type = String(o.type);
  switch (type.toLowerCase()) {
    case 'null':
    case 'any':
      return { type: 'Null' };
    case 'boolean':
      if (typeof o.value !== 'boolean') throw new NeoArgumentError(`${where}: expected a boolean value`);
      return { type: 'Boolean', value: o.value };
    case 'integer':
      return { type: 'Integer', value: integerOf(o.value, where).toString() };
    case 'bytestring':
      return { type: 'ByteString', value: Buffer.from(hex(o.value, where)).toString('hex') };
    case 'string':
      return { type: 'ByteString', value: Buffer.from(String(o.value ?? ''), 'utf8').toString('hex') };
    case 'buffer':
      return { type: 'Buffer', value: Buffer.from(hex(o.value, where)).toString('hex') };
    case 'hash160':
      return { type: 'ByteString', value: Buffer.from(parseUInt160(String(o.value))).toString('hex') };
    case 'hash256':
      return { type: 'ByteString', value: Buffer.from(parseUInt256(String(o.value))).toString('hex') };
    case 'array':
    case 'struct': {
      const list = o.value;
      if (!Array.isArray(list)) throw new NeoArgumentError(`${where}: expected a list`);
      return {
        type: type.toLowerCase() === 'array' ? 'Array' : 'Struct',
        value: list.map((x, i) => expectedCanon(x, `${where}[${i}]`)),
      };
    }
    case 'map': {
      const m = obj(o.value ?? {}, where);
      return {
        type: 'Map',
        value: Object.entries(m).map(([k, x]) => [k.toLowerCase(), expectedCanon(x, `${where}.${k}`)]),
      };
    }
    case 'interop':
    case 'interopinterface':
      return { type: 'InteropInterface' };
    case 'pointer':
      return { type: 'Pointer', value: Number(integerOf(o.value, where)) };
  }
  throw new NeoArgumentError(`${where}: unknown stack item type '${type}'`);
}

export function actualCanon(item: StackItem, seen = new Set<StackItem>()): Canon {
  if (item instanceof NullItem) return { type: 'Null' };
  if (item instanceof BooleanItem) return { type: 'Boolean', value: item.value };
  if (item instanceof IntegerItem) return { type: 'Integer', value: item.value.toString() };
  if (item instanceof ByteStringItem)
    return { type: 'ByteString', value: Buffer.from(item.bytes).toString('hex') };
  if (item instanceof BufferItem) return { type: 'Buffer', value: Buffer.from(item.bytes).toString('hex') };
  if (item instanceof InteropInterfaceItem) return { type: 'InteropInterface' };
  if (item instanceof PointerItem) return { type: 'Pointer', value: item.position };
  if (item instanceof ArrayItem) {
    if (seen.has(item)) return { type: 'Cycle' };
    seen.add(item);
    const value = item.items.map((x) => actualCanon(x, seen));
    seen.delete(item);
    return { type: item instanceof StructItem ? 'Struct' : 'Array', value };
  }
  const map = item as MapItem;
  if (seen.has(map)) return { type: 'Cycle' };
  seen.add(map);
  const value = map
    .entries()
    .map(([k, v]) => [`0x${Buffer.from(k.memory()).toString('hex')}`, actualCanon(v, seen)]);
  seen.delete(map);
  return { type: 'Map', value };
}

/** Emits the push of one argument (the TestEngine's ConvertArgs / EmitPush). */
export function emitArg(sb: ScriptBuilder, v: JsonValue, where: string): void {
  const o = obj(v, where);
  const type = String(o.type).toLowerCase();
  switch (type) {
    case 'null':
    case 'any':
      sb.emit('PUSHNULL');
      return;
    case 'boolean':
      sb.emitPush(o.value === true);
      return;
    case 'integer':
      sb.emitPush(integerOf(o.value, where));
      return;
    case 'string':
      sb.emitPush(Buffer.from(String(o.value ?? ''), 'utf8'));
      return;
    case 'bytestring':
    case 'buffer':
      sb.emitPush(hex(o.value, where));
      return;
    case 'hash160':
      sb.emitPush(parseUInt160(String(o.value)));
      return;
    case 'hash256':
      sb.emitPush(parseUInt256(String(o.value)));
      return;
    case 'array':
      if (!Array.isArray(o.value)) throw new NeoArgumentError(`${where}: expected a list`);
      emitArgs(sb, o.value, where);
      return;
  }
  throw new NeoArgumentError(`${where}: cannot push an argument of type '${o.type}'`);
}

/** NEWARRAY0 for none; else the arguments last first, their count and PACK. */
export function emitArgs(sb: ScriptBuilder, args: readonly JsonValue[], where: string): void {
  if (args.length === 0) {
    sb.emit('NEWARRAY0');
    return;
  }
  for (let i = args.length - 1; i >= 0; i--) emitArg(sb, args[i]!, `${where}[${i}]`);
  sb.emitPush(BigInt(args.length)).emit('PACK');
}

/** The `Result` check: the top item as the TestEngine converts it to the declared C# type. */
export function checkResult(item: StackItem | undefined, spec: JsonValue): string | null {
  const o = obj(spec, 'Result');
  const as = String(o.As);
  if (item === undefined) return 'Result: the result stack is empty';
  const describe = () => JSON.stringify(actualCanon(item));
  const isBytes = item instanceof ByteStringItem;
  switch (as) {
    case 'Integer': {
      const want = integerOf(o.Value, 'Result.Value');
      let got: bigint | undefined;
      if (item instanceof IntegerItem) got = item.value;
      else if (item instanceof BooleanItem) got = item.value ? 1n : 0n;
      else if (isBytes && item.bytes.length <= 32) got = bigIntFromLE(item.bytes);
      return got === want ? null : `Result: expected Integer ${want}, got ${describe()}`;
    }
    case 'Boolean': {
      const want = o.Value === true;
      let got: boolean | undefined;
      if (item instanceof NullItem) got = undefined;
      else if (item instanceof IntegerItem) got = item.value !== 0n;
      else if (item instanceof BooleanItem) got = item.value;
      else if (isBytes) got = item.bytes.length <= 32 ? item.bytes.some((b) => b !== 0) : undefined;
      else got = true;
      return got === want ? null : `Result: expected Boolean ${want}, got ${describe()}`;
    }
    case 'String':
    case 'Bytes': {
      const want =
        as === 'String' ? Buffer.from(String(o.Value), 'utf8') : Buffer.from(hex(o.Value, 'Result.Value'));
      const ok =
        item instanceof IntegerItem || item instanceof BooleanItem || isBytes || item instanceof BufferItem
          ? Buffer.compare(Buffer.from(item.getSpan()), want) === 0
          : false;
      return ok ? null : `Result: expected ${as} ${JSON.stringify(o.Value)}, got ${describe()}`;
    }
    case 'NotNull':
      return item instanceof NullItem ? 'Result: expected a non-null item, got Null' : null;
    case 'Array': {
      if (!(item instanceof ArrayItem)) return `Result: expected an Array, got ${describe()}`;
      if (o.Count !== undefined && item.count !== Number(integerOf(o.Count, 'Result.Count'))) {
        return `Result: expected ${o.Count} elements, got ${item.count}`;
      }
      if (o.Elements !== undefined) {
        for (const [k, e] of Object.entries(obj(o.Elements, 'Result.Elements'))) {
          const got = item.items[Number(k)];
          const want = JSON.stringify(expectedCanon(e, `Result.Elements.${k}`));
          if (got === undefined || JSON.stringify(actualCanon(got)) !== want) {
            return `Result: element ${k}: expected ${want}, got ${got ? JSON.stringify(actualCanon(got)) : 'nothing'}`;
          }
        }
      }
      return null;
    }
  }
  throw new NeoArgumentError(`Result: unknown "As" ${JSON.stringify(as)}`);
}
