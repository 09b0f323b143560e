/**
 * KVStore on LMDB (lmdb-js): ACID, crash-safe, synchronous reads. A polyvm state directory
 * holds `polyvm.json` (the format marker), `data.mdb` (the LMDB data) and `data.mdb-lock`
 * (LMDB's reader table and writer mutex). A directory that holds anything else is refused and
 * left untouched.
 *
 * Writers in every process are serialised by LMDB's writer mutex (a robust mutex in the lock
 * file: a writer killed while holding it releases it): `exclusive(fn)` runs `fn` inside one
 * LMDB write transaction, so a read-execute-write in it cannot interleave with another's.
 * Readers use MVCC snapshots and never wait. Before LMDB maps a data file, the file is walked
 * with plain reads (lmdb-verify.ts), so that a damaged one is refused instead of faulting.
 */
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Database } from 'lmdb';
import { compareBytes } from '../core/bytes.js';
import { StateStoreCorruptError, StateStoreError, StateStoreReadOnlyError } from '../core/errors.js';
import { lazyModule } from '../core/lazy-module.js';
import { verifyLmdbFile } from './lmdb-verify.js';
import { type BatchOp, type KVStore, type RangeOptions, rangeBounds } from './store.js';

/** lmdb-js, loaded when a store opens: an in-memory dev chain never needs it. */
const lmdb = lazyModule<typeof import('lmdb')>('lmdb');

export const STORE_FORMAT = 'polyvm-state';
export const STORE_VERSION = 1;
export const MARKER_FILE = 'polyvm.json';
export const DATA_FILE = 'data.mdb';
export const LOCK_FILE = 'data.mdb-lock';
/** LMDB's largest key. */
export const MAX_KEY_SIZE = 1978;

export interface LmdbStoreOptions {
  /** Open without write access; the directory must already be a polyvm store. */
  readOnly?: boolean;
  /** Create the store when the directory is missing or empty (default: true unless readOnly). */
  create?: boolean;
}

export class LmdbStore implements KVStore {
  readonly path: string;
  /** True when opened read-only, or when the files are not writable by this process. */
  readonly readOnly: boolean;
  private readonly db: Database<Buffer, Buffer>;
  private closed = false;
  private writing = 0;

  constructor(dir: string, options: LmdbStoreOptions = {}) {
    this.path = resolve(dir);
    const create = options.create ?? !options.readOnly;
    const fresh = osCall(this.path, () => prepareDirectory(this.path, create));
    this.readOnly = options.readOnly === true || (!fresh && !writable(this.path));
    if (!fresh) {
      const problem = osCall(this.path, () => verifyLmdbFile(join(this.path, DATA_FILE)));
      if (problem)
        throw new StateStoreCorruptError(`state store at ${this.path} is corrupt: ${DATA_FILE}: ${problem}`);
    }
    try {
      this.db = lmdb().open<Buffer, Buffer>({
        path: join(this.path, DATA_FILE),
        keyEncoding: 'binary',
        encoding: 'binary',
        compression: false,
        readOnly: this.readOnly,
      });
      // Touch the environment so that a damaged file fails here, at open.
      this.db.getBinary(Buffer.from([0]));
    } catch (cause) {
      throw new StateStoreError(`cannot open state store at ${this.path}: ${lmdbReason(cause)}`, { cause });
    }
    if (fresh) osCall(this.path, () => writeMarker(this.path));
  }

  get(key: Uint8Array): Uint8Array | undefined {
    this.assertOpen();
    const value = this.db.getBinary(asBuffer(key));
    return value && new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  }

  has(key: Uint8Array): boolean {
    this.assertOpen();
    return this.db.doesExist(asBuffer(key));
  }

  put(key: Uint8Array, value: Uint8Array): void {
    this.batch([{ type: 'put', key, value }]);
  }

  delete(key: Uint8Array): void {
    this.batch([{ type: 'delete', key }]);
  }

  *range(options: RangeOptions = {}): IterableIterator<[Uint8Array, Uint8Array]> {
    this.assertOpen();
    const { start, end } = rangeBounds(options);
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    let n = 0;
    if (!options.reverse) {
      for (const { key, value } of this.db.getRange({
        start: start && asBuffer(start),
        end: end && asBuffer(end),
      })) {
        if (n++ >= limit) return;
        yield [new Uint8Array(key), new Uint8Array(value)];
      }
      return;
    }
    // lmdb-js iterates in reverse from an inclusive `start`; our upper bound is exclusive.
    // Without an `end` it stops before the key 0x00, so the empty key is given as the end.
    for (const { key, value } of this.db.getRange({
      start: end && asBuffer(end),
      end: LOWEST,
      reverse: true,
    })) {
      if (end && compareBytes(key, end) >= 0) continue;
      if (start && compareBytes(key, start) < 0) return;
      if (n++ >= limit) return;
      yield [new Uint8Array(key), new Uint8Array(value)];
    }
  }

  /** One LMDB write transaction (part of the enclosing one inside `exclusive`). */
  batch(ops: readonly BatchOp[]): void {
    this.assertWritable();
    for (const op of ops) checkKey(op.key);
    this.db.transactionSync(() => {
      for (let i = 0; i < ops.length; i++) this.applyOp(ops[i]!, i);
    });
  }

  exclusive<T>(fn: () => T): T {
    this.assertOpen();
    // A read-only store has no writer to exclude; its batches are refused.
    if (this.readOnly || this.writing > 0) return fn();
    let result: T | undefined;
    this.writing++;
    try {
      this.db.transactionSync(() => {
        result = fn();
        if (result instanceof Promise) throw new StateStoreError('exclusive() needs a synchronous function');
      });
    } finally {
      this.writing--;
    }
    return result as T;
  }

  refresh(): void {
    this.assertOpen();
    if (this.writing === 0) this.db.resetReadTxn();
  }

  /** Applies one op inside the current write transaction (a seam for fault-injection tests). */
  protected applyOp(op: BatchOp, _index: number): void {
    if (op.type === 'put') this.db.putSync(asBuffer(op.key), asBuffer(op.value));
    else this.db.removeSync(asBuffer(op.key));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new StateStoreError(`state store at ${this.path} is closed`);
  }

  private assertWritable(): void {
    this.assertOpen();
    if (this.readOnly)
      throw new StateStoreReadOnlyError(`state store at ${this.path} is read-only; nothing was written`);
  }
}

/** Below every key (keys are never empty). */
const LOWEST = Buffer.alloc(0);

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function checkKey(key: Uint8Array): void {
  if (key.length === 0 || key.length > MAX_KEY_SIZE) {
    throw new StateStoreError(`state key must be 1 to ${MAX_KEY_SIZE} bytes, got ${key.length}`);
  }
}

/**
 * Checks that `dir` is a polyvm store, or creates one when allowed. Returns true when the
 * store is new. Never writes into a directory it refuses.
 */
function prepareDirectory(dir: string, create: boolean): boolean {
  if (!existsSync(dir)) {
    if (!create) throw new StateStoreError(`no state store at ${dir}`);
    makeDirectory(dir);
    return true;
  }
  if (!statSync(dir).isDirectory()) throw new StateStoreError(`state path ${dir} is not a directory`);
  const entries = readdirSync(dir);
  if (entries.length === 0) {
    if (!create) throw new StateStoreError(`no state store at ${dir} (the directory is empty)`);
    return true;
  }
  if (!entries.includes(MARKER_FILE)) {
    throw new StateStoreError(`${dir} is not a polyvm state store (no ${MARKER_FILE}); refusing to use it`);
  }
  readMarker(dir);
  if (!entries.includes(DATA_FILE)) {
    throw new StateStoreCorruptError(`state store at ${dir} is corrupt: ${DATA_FILE} is missing`);
  }
  for (const name of [DATA_FILE, LOCK_FILE]) {
    if (entries.includes(name) && !statSync(join(dir, name)).isFile())
      throw new StateStoreCorruptError(`state store at ${dir} is corrupt: ${name} is not a regular file`);
  }
  const foreign = entries.filter((e) => e !== MARKER_FILE && e !== DATA_FILE && e !== LOCK_FILE);
  if (foreign.length > 0)
    throw new StateStoreError(
      `state store at ${dir} holds files polyvm did not write (${foreign.join(', ')}); refusing to use it`,
    );
  return false;
}

/**
 * `mkdir -p` one level at a time. Node's own recursive mkdirSync never returns where a parent
 * exists but refuses the child with ENOENT (as under /proc); this fails with that error.
 */
function makeDirectory(dir: string): void {
  const parent = dirname(dir);
  if (parent !== dir && !existsSync(parent)) makeDirectory(parent);
  try {
    mkdirSync(dir);
  } catch (error) {
    // Another process may have just made it.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(dir).isDirectory()) throw error;
  }
}

/** Whether this process may write the directory and its files (what LMDB needs to write). */
function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    accessSync(join(dir, DATA_FILE), constants.W_OK);
    if (existsSync(join(dir, LOCK_FILE))) accessSync(join(dir, LOCK_FILE), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** LMDB's and the OS's errors in a few words. */
function lmdbReason(cause: unknown): string {
  const e = cause as { code?: string; message?: string };
  if (e?.code === 'EACCES' || e?.code === 'EPERM' || /permission denied/i.test(e?.message ?? ''))
    return 'permission denied';
  return (e?.message ?? String(cause)).split('\n')[0]!;
}

/** Runs file-system work on the store, turning an OS error into a StateStoreError. */
function osCall<T>(dir: string, fn: () => T): T {
  try {
    return fn();
  } catch (cause) {
    if (cause instanceof StateStoreError) throw cause;
    throw new StateStoreError(`cannot open state store at ${dir}: ${lmdbReason(cause)}`, { cause });
  }
}

function readMarker(dir: string): void {
  const file = join(dir, MARKER_FILE);
  let marker: unknown;
  try {
    marker = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new StateStoreError(`state store at ${dir} is corrupt: ${MARKER_FILE} is not valid JSON`, {
      cause,
    });
  }
  const m = marker as { format?: unknown; version?: unknown };
  if (m?.format !== STORE_FORMAT) {
    throw new StateStoreError(
      `${dir} is not a polyvm state store: ${MARKER_FILE} has format ${JSON.stringify(m?.format)}`,
    );
  }
  if (m.version !== STORE_VERSION) {
    throw new StateStoreError(
      `state store at ${dir} has version ${JSON.stringify(m.version)}; this polyvm reads version ${STORE_VERSION}`,
    );
  }
}

function writeMarker(dir: string): void {
  writeFileSync(
    join(dir, MARKER_FILE),
    `${JSON.stringify({ format: STORE_FORMAT, version: STORE_VERSION })}\n`,
  );
}
