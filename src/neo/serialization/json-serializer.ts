/**
 * Stack items to JSON and back (neo `SmartContract/JsonSerializer.cs`), as StdLib's
 * jsonSerialize / jsonDeserialize use them: arrays, strict-UTF-8 strings from byte strings and
 * buffers, integers within ±(2^53 - 1) written as numbers, booleans, maps with byte-string keys
 * as objects, null. Output is compact and escaped as .NET's Utf8JsonWriter does.
 */
import {
  ArrayItem,
  BooleanItem,
  BufferItem,
  ByteStringItem,
  IntegerItem,
  integer,
  MapItem,
  NULL,
  NullItem,
  type StackItem,
  VMFault,
} from '../../neovm/index.js';
import { NeoFormatError } from '../errors.js';
import { strictUtf8, utf8 } from '../io/binary.js';
import { formatNumber, JObject, type JToken, quoteJson } from '../json/neo-json.js';

const MAX_SAFE = 9007199254740991n;

function text(item: StackItem): string {
  return strictUtf8((item as ByteStringItem | BufferItem).bytes);
}

export function jsonSerialize(item: StackItem, maxSize: number): Uint8Array {
  let out = '';
  let size = 0;
  const add = (s: string) => {
    out += s;
    size += Buffer.byteLength(s);
    if (size > maxSize) throw new VMFault('Operation is not valid due to the current state of the object.');
  };
  const write = (x: StackItem, path: Set<StackItem>): void => {
    if (x instanceof ArrayItem) {
      add('[');
      x.items.forEach((e, i) => {
        if (i > 0) add(',');
        write(e, path);
      });
      add(']');
    } else if (x instanceof ByteStringItem || x instanceof BufferItem) {
      add(quoteJson(text(x)));
    } else if (x instanceof IntegerItem) {
      if (x.value > MAX_SAFE || x.value < -MAX_SAFE) {
        throw new VMFault('Operation is not valid due to the current state of the object.');
      }
      add(formatNumber(Number(x.value)));
    } else if (x instanceof BooleanItem) {
      add(x.value ? 'true' : 'false');
    } else if (x instanceof MapItem) {
      add('{');
      x.entries().forEach(([k, v], i) => {
        if (!(k instanceof ByteStringItem)) throw new NeoFormatError('Key is not a ByteString');
        if (i > 0) add(',');
        add(`${quoteJson(text(k))}:`);
        write(v, path);
      });
      add('}');
    } else if (x instanceof NullItem) {
      add('null');
    } else {
      throw new VMFault('Invalid StackItemType');
    }
  };
  write(item, new Set());
  return utf8(out);
}

/** JSON tokens to items, with the engine's MaxStackSize as the item budget. */
export function jsonDeserialize(token: JToken, maxStackSize: number, basilisk: boolean): StackItem {
  let budget = maxStackSize;
  const take = () => {
    if (budget-- === 0) throw new NeoFormatError('Max stack size reached');
  };
  const read = (t: JToken): StackItem => {
    take();
    if (t === null) return NULL;
    if (Array.isArray(t)) return new ArrayItem(t.map(read));
    if (typeof t === 'string') return ByteStringItem.fromString(t);
    if (typeof t === 'boolean') return BooleanItem.of(t);
    if (typeof t === 'number') {
      if (t % 1 !== 0) throw new NeoFormatError('Decimal value is not allowed');
      return integer(basilisk ? exactInteger(t) : truncateDecimal(t));
    }
    const map = new MapItem();
    for (const [k, v] of (t as JObject).properties) {
      take();
      const key = ByteStringItem.fromString(k);
      map.set(key, read(v));
    }
    return map;
  };
  return read(token);
}

/** `BigInteger.Parse(value.ToString("R"))`: the decimal the double prints as, exactly. */
function exactInteger(v: number): bigint {
  const s = formatNumber(v);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:E([+-]\d+))?$/.exec(s);
  if (m === null) throw new NeoFormatError(`bad number ${s}`);
  const digits = m[2]! + (m[3] ?? '');
  const exp = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
  const magnitude = exp >= 0 ? BigInt(digits) * 10n ** BigInt(exp) : BigInt(digits) / 10n ** BigInt(-exp);
  return m[1] ? -magnitude : magnitude;
}

/** `(BigInteger)double`: the double's exact value, truncated (pre-Basilisk). */
function truncateDecimal(v: number): bigint {
  return BigInt(Math.trunc(v));
}

export { JObject };
