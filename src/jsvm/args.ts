/**
 * Call arguments checked against the ABI as go-iost `vm/monitor.go` `UnmarshalArgs` does:
 * a JSON array (a trailing ",]" tolerated) with one entry per ABI argument; `string` and
 * `bool` entries of that JSON type, `json` any JSON value, `number` what Go's
 * `strconv.ParseInt(text, 10, 64)` accepts: an integer literal (no fraction, no exponent)
 * within int64, read from the argument's own text. IOST then hands the int64 to JavaScript,
 * which rounds those beyond 2^53 - 1 that a double cannot hold; polyvm refuses those instead,
 * since the contract would silently see another number. Returns the JSON text of the array handed to the method.
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
  const raw = types.includes('number') ? elementTexts(data) : [];
  types.forEach((t, i) => {
    const v = arr[i];
    const bad = (what: string, why = '') => new TxFailure(`error parse ${what} arg ${goArg(v)}${why}`);
    // the error go-simplejson v0.5.1 (go-iost's go.mod) gives: String, Bool, Int64 of a non-number
    if (t === 'string' && typeof v !== 'string') throw bad('string', ', type assertion to string failed');
    if (t === 'bool' && typeof v !== 'boolean') throw bad('bool', ', type assertion to bool failed');
    if (t === 'number') {
      if (typeof v !== 'number') throw bad('number', ', invalid value type');
      const text = raw[i]!;
      const at = ` (argument ${i + 1})`;
      if (!/^-?(0|[1-9][0-9]*)$/.test(text))
        throw new TxFailure(
          `error parse number arg &{${text}}${at}, strconv.ParseInt: parsing "${text}": invalid syntax`,
        );
      const n = BigInt(text);
      if (n > 9223372036854775807n || n < -9223372036854775808n)
        throw new TxFailure(
          `error parse number arg &{${text}}${at}, strconv.ParseInt: parsing "${text}": value out of range`,
        );
      // Beyond 2^53 - 1 only what a double holds exactly (block times in nanoseconds, which a
      // contract passes on as numbers: vote_producer.js's transferFreeze of block.time + 3 days).
      if (!Number.isSafeInteger(v) && BigInt(v) !== n)
        throw new TxFailure(
          `error parse number arg &{${text}}${at}: a JavaScript number holds integers exactly only up to 2^53 - 1 (9007199254740991) and some beyond; pass it as a string`,
        );
    }
  });
  return JSON.stringify(arr);
}

/** The source text of each element of a JSON array (the text is valid JSON). */
function elementTexts(json: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < json.length; i++) {
    const c = json[i]!;
    if (c === '"') {
      for (i++; json[i] !== '"'; i++) if (json[i] === '\\') i++;
      continue;
    }
    if (c === '[' || c === '{') {
      if (depth++ === 0) start = i + 1;
    } else if (c === ']' || c === '}' || (c === ',' && depth === 1)) {
      if (depth === 1) {
        const text = json.slice(start, i).trim();
        if (text !== '' || c === ',') out.push(text);
        start = i + 1;
      }
      if (c !== ',') depth--;
    }
  }
  return out;
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
