/**
 * Call arguments checked against the ABI as go-iost `vm/monitor.go` `UnmarshalArgs` does:
 * a JSON array (a trailing ",]" tolerated) with one entry per ABI argument; `string` and
 * `bool` entries of that JSON type, `number` an integer within int64, `json` any JSON value.
 * Returns the JSON text of the array handed to the contract method.
 */
import type { AbiArgType } from './abi.js';
import { TxFailure } from './errors.js';

/** Longest argument text (the JSON array) and result accepted, in characters. */
export const MAX_ARGS_LENGTH = 65_536;

export function unmarshalArgs(name: string, types: readonly AbiArgType[], text: string): string {
  if (text.length > MAX_ARGS_LENGTH)
    throw new TxFailure(`args too long: ${text.length} characters, at most ${MAX_ARGS_LENGTH}`);
  const data = text.endsWith(',]') ? `${text.slice(0, -2)}]` : text;
  let arr: unknown;
  try {
    arr = JSON.parse(data);
  } catch (e) {
    throw new TxFailure(`error in data: ${(e as Error).message}, ${data}`);
  }
  if (!Array.isArray(arr)) throw new TxFailure(`error args should be array, ${data}`);
  if (arr.length !== types.length)
    throw new TxFailure(`args length unmatched to abi ${name}. need ${types.length}, got ${arr.length}`);
  types.forEach((t, i) => {
    const v = arr[i];
    const bad = (what: string) => new TxFailure(`error parse ${what} arg ${goArg(v)}`);
    if (t === 'string' && typeof v !== 'string') throw bad('string');
    if (t === 'bool' && typeof v !== 'boolean') throw bad('bool');
    if (t === 'number' && !(typeof v === 'number' && Number.isInteger(v))) throw bad('number');
  });
  return JSON.stringify(arr);
}

/** Go's JSON encoding: object keys sorted. */
function sortedJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(sortedJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${sortedJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** An argument as go-iost's `formatErrorArg` prints it: `&` + JSON for maps and arrays, else `&{value}`. */
function goArg(v: unknown): string {
  if (v !== null && typeof v === 'object') return `&${sortedJson(v)}`;
  return `&{${v === null ? '<nil>' : String(v)}}`;
}
