/**
 * Reading the JSON fixtures and inputs the EVM tools take (state tests, blockchain tests,
 * t8n files): checked access to fields with errors that name the file and the field
 * (InvalidInputFileError), and reading files that may be gzip-compressed (`*.json.gz`).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { hexToBytes } from '../core/bytes.js';
import { InvalidInputFileError, PolyvmError } from '../core/errors.js';

export type Obj = Record<string, unknown>;

export class Fields {
  constructor(
    readonly file: string,
    readonly where: string,
  ) {}
  err(field: string, what: string): never {
    throw new InvalidInputFileError(`${this.file}: ${this.where}${field}: ${what}`);
  }
  big(v: unknown, field: string): bigint {
    if (typeof v !== 'string') this.err(field, `expected a hex string, got ${JSON.stringify(v)}`);
    // retesteth marks values wider than 256 bits (which a transaction may not hold) so.
    const text = v.startsWith('0x:bigint ') ? v.slice(10) : v;
    const body = text.startsWith('0x') || text.startsWith('0X') ? text.slice(2) : text;
    if (body.length === 0) return 0n;
    if (!/^[0-9a-fA-F]+$/.test(body)) this.err(field, `invalid hex ${JSON.stringify(v)}`);
    return BigInt(`0x${body}`);
  }
  bytes(v: unknown, field: string): Uint8Array {
    try {
      return hexToBytes(v as string, `${this.file}: ${this.where}${field}`);
    } catch (e) {
      if (e instanceof PolyvmError) throw new InvalidInputFileError(e.shortMessage);
      throw e;
    }
  }
  obj(v: unknown, field: string, what = 'expected an object'): Obj {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.err(field, what);
    return v as Obj;
  }
}

/** JSON.parse with an InvalidInputFileError naming `file`. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InvalidInputFileError(`${file}: not valid JSON (${(e as Error).message})`);
  }
}

/** The text of a fixture file, gunzipped when its name ends in `.gz`. */
export function readFixtureText(path: string): string {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (e) {
    throw new InvalidInputFileError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
  if (!path.endsWith('.gz')) return data.toString('utf8');
  try {
    return gunzipSync(data).toString('utf8');
  } catch (e) {
    throw new InvalidInputFileError(`${path}: not valid gzip (${(e as Error).message})`);
  }
}
