import {
  bytesToKey,
  keyToBytes,
  rangeBounds
} from "./chunk-ACMAOO3W.js";
import {
  compareBytes
} from "./chunk-IXTBPKQN.js";
import {
  StateStoreCorruptError,
  StateStoreError,
  StateStoreReadOnlyError
} from "./chunk-XXQMZ22L.js";

// dist/state/lmdb-store.js
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { open } from "lmdb";

// dist/state/lmdb-verify.js
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var HEADER = 24;
var NODE = 8;
var MAGIC = 3203383518;
var DATA_VERSION = 2;
var INVALID_PAGE = Number.POSITIVE_INFINITY;
var MAX_DEPTH = 64;
var P_BRANCH = 1;
var P_LEAF = 2;
var P_OVERFLOW = 4;
var P_META = 8;
var P_LEAF2 = 32;
var P_SUBP = 64;
var F_BIGDATA = 1;
var F_SUBDATA = 2;
var Damage = class extends Error {
};
function verifyLmdbFile(path) {
  let last;
  for (let attempt = 0; attempt < MAX_LOOKS; attempt++) {
    const v = verifyOnce(path);
    if (v.problem === void 0)
      return void 0;
    if (last && v.problem === last.problem && v.txnid === last.txnid && v.size === last.size)
      return v.problem;
    last = v;
    Atomics.wait(PAUSE, 0, 0, 5 * (attempt + 1));
  }
  return last?.problem;
}
var MAX_LOOKS = 50;
var PAUSE = new Int32Array(new SharedArrayBuffer(4));
function verifyOnce(path) {
  const fd = openSync(path, "r");
  let txnid;
  let size = 0;
  try {
    size = fstatSync(fd).size;
    const first = readMeta(fd, 0, "first");
    if (size < 2 * first.pageSize)
      return { problem: `file is ${size} bytes, shorter than its two meta pages`, txnid, size };
    const second = readMeta(fd, first.pageSize, "second");
    if (second.pageSize !== first.pageSize)
      return { problem: "the meta pages disagree on the page size", txnid, size };
    const newest = second.txnid > first.txnid ? second : first;
    txnid = newest.txnid;
    new Walker(fd, size, newest).walkAll();
    return { problem: void 0, txnid, size };
  } catch (e) {
    if (e instanceof Damage)
      return { problem: e.message, txnid, size };
    throw e;
  } finally {
    closeSync(fd);
  }
}
function pageNumber(buf, at) {
  const hi = buf.readUInt32LE(at + 4);
  return hi >= 65536 ? Number.POSITIVE_INFINITY : hi * 4294967296 + buf.readUInt32LE(at);
}
function readTree(buf, at) {
  return { flags: buf.readUInt16LE(at + 4), depth: buf.readUInt16LE(at + 6), root: pageNumber(buf, at + 40) };
}
function readMeta(fd, offset, which) {
  const buf = Buffer.alloc(160);
  if (readSync(fd, buf, 0, buf.length, offset) < buf.length)
    throw new Damage(`${which} meta page: truncated`);
  const fail = (what) => new Damage(`${which} meta page: ${what}`);
  if ((buf.readUInt16LE(18) & P_META) === 0)
    throw fail("not marked as a meta page");
  if (buf.readUInt32LE(HEADER) !== MAGIC)
    throw fail("bad magic number");
  const version = buf.readUInt32LE(HEADER + 4);
  if (version !== DATA_VERSION)
    throw fail(`data format version ${version}, expected ${DATA_VERSION}`);
  const pageSize = buf.readUInt32LE(48);
  if (pageSize < 512 || pageSize > 65536 || (pageSize & pageSize - 1) !== 0)
    throw fail(`bad page size ${pageSize}`);
  return {
    pageSize,
    free: readTree(buf, 48),
    main: readTree(buf, 96),
    lastPage: pageNumber(buf, 144),
    txnid: buf.readBigUInt64LE(152)
  };
}
var Walker = class {
  fd;
  meta;
  pageSize;
  /** Pages wholly inside the file. */
  pages;
  seen = /* @__PURE__ */ new Set();
  page;
  /** Where the walk is, for messages. */
  tree = "";
  pgno = 0;
  node = -1;
  constructor(fd, size, meta) {
    this.fd = fd;
    this.meta = meta;
    this.pageSize = meta.pageSize;
    this.pages = Math.floor(size / meta.pageSize);
    this.page = Buffer.alloc(meta.pageSize);
  }
  walkAll() {
    this.walkTree(this.meta.main, "main tree");
    this.walkTree(this.meta.free, "free-page tree", true);
  }
  damage(what) {
    const node = this.node >= 0 ? `, node ${this.node}` : "";
    return new Damage(`${this.tree}, page ${this.pgno}${node}: ${what}`);
  }
  walkTree(tree, name, freeList = false) {
    if (tree.root === INVALID_PAGE)
      return;
    if (tree.depth < 1 || tree.depth > MAX_DEPTH)
      throw new Damage(`${name}: depth ${tree.depth}`);
    if ((tree.flags & 4) !== 0)
      throw new Damage(`${name}: sorted duplicates, which polyvm never writes`);
    const stack = [tree.root, tree.depth];
    while (stack.length > 0) {
      const level = stack.pop();
      const pgno = stack.pop();
      this.tree = name;
      const p = this.load(pgno);
      const flags = p.readUInt16LE(18) & (P_BRANCH | P_LEAF | P_OVERFLOW | P_META | P_LEAF2 | P_SUBP);
      const expected = level > 1 ? P_BRANCH : P_LEAF;
      if (flags !== expected)
        throw this.damage(`page type ${flags}, expected a ${level > 1 ? "branch" : "leaf"} page`);
      const lower = p.readUInt16LE(20);
      const upper = p.readUInt16LE(22);
      if (lower % 2 !== 0 || lower > upper || upper > this.pageSize - HEADER)
        throw this.damage(`free-space bounds ${lower}..${upper} out of the page`);
      const count = lower / 2;
      if (level > 1 && count === 0)
        throw this.damage("empty branch page");
      const children = [];
      const overflow = [];
      const subtrees = [];
      for (let i = 0; i < count; i++) {
        this.node = i;
        const ptr = p.readUInt16LE(HEADER + 2 * i);
        const at = HEADER + ptr;
        if (ptr < upper || at + NODE > this.pageSize)
          throw this.damage(`offset ${ptr} out of the page`);
        const lo = p.readUInt16LE(at);
        const hi = p.readUInt16LE(at + 2);
        const nflags = p.readUInt16LE(at + 4);
        const ksize = p.readUInt16LE(at + 6);
        const keyEnd = at + NODE + ksize;
        if (keyEnd > this.pageSize)
          throw this.damage(`key of ${ksize} bytes runs past the page`);
        if (level > 1) {
          children.push(nflags * 4294967296 + hi * 65536 + lo, level - 1);
          continue;
        }
        if ((nflags & ~(F_BIGDATA | F_SUBDATA)) !== 0)
          throw this.damage(`node flags ${nflags}`);
        const dsize = lo | hi << 16;
        if (nflags & F_BIGDATA) {
          if (keyEnd + 8 > this.pageSize)
            throw this.damage("overflow reference runs past the page");
          overflow.push(pageNumber(p, keyEnd), dsize, i);
          continue;
        }
        if (keyEnd + dsize > this.pageSize)
          throw this.damage(`value of ${dsize} bytes runs past the page`);
        if (nflags & F_SUBDATA) {
          if (dsize !== 48)
            throw this.damage(`sub-database record of ${dsize} bytes`);
          subtrees.push(readTree(p, keyEnd));
        }
        if (freeList)
          this.checkFreeList(p.subarray(keyEnd, keyEnd + dsize));
      }
      this.node = -1;
      for (let i = 0; i < overflow.length; i += 3) {
        this.pgno = pgno;
        this.node = overflow[i + 2];
        this.checkOverflow(overflow[i], overflow[i + 1], freeList);
      }
      this.node = -1;
      for (const t of subtrees)
        this.walkTree(t, `sub-database in ${name} page ${pgno}`);
      for (let i = children.length - 2; i >= 0; i -= 2)
        stack.push(children[i], children[i + 1]);
    }
  }
  /**
   * A free-page list in lmdb-js's sparse form: a slot count, then the slots (u64 each, the
   * record may reserve more): 0 is an empty slot, a page number is one free page, and a
   * negative value -n says that the page number after it starts a run of n pages.
   */
  checkFreeList(ids) {
    if (ids.length < 8 || ids.length % 8 !== 0)
      throw this.damage(`free-page list of ${ids.length} bytes`);
    const slots = pageNumber(ids, 0);
    if (slots > ids.length / 8 - 1)
      throw this.damage(`free-page list of ${slots} slots in ${ids.length} bytes`);
    let run = 1;
    for (let o = 8; o <= slots * 8; o += 8) {
      const v = ids.readBigInt64LE(o);
      if (v === 0n)
        continue;
      if (v < 0n) {
        if (-v > BigInt(this.meta.lastPage))
          throw this.damage(`free-page run of ${-v} pages`);
        run = Number(-v);
        continue;
      }
      if (v < 2n || Number(v) + run - 1 > this.meta.lastPage)
        throw this.damage(`free page ${v} out of range`);
      run = 1;
    }
  }
  checkOverflow(first, dsize, freeList) {
    const p = this.load(first);
    if ((p.readUInt16LE(18) & P_OVERFLOW) === 0)
      throw this.damage(`page ${first} is not an overflow page`);
    const n = p.readUInt32LE(20);
    const needed = Math.floor((HEADER - 1 + dsize) / this.pageSize) + 1;
    if (n !== needed)
      throw this.damage(`overflow of ${n} pages for ${dsize} bytes`);
    const last = first + n - 1;
    if (last >= this.pages || last > this.meta.lastPage)
      throw this.damage(`overflow pages ${first}..${last} beyond the end of the file`);
    for (let i = 1; i < n; i++)
      this.claim(first + i);
    if (freeList) {
      const data = Buffer.alloc(dsize);
      readSync(this.fd, data, 0, dsize, first * this.pageSize + HEADER);
      this.checkFreeList(data);
    }
  }
  load(pgno) {
    const bad = (what) => new Damage(`${this.tree} reaches page ${pgno}, ${what}`);
    if (pgno < 2 || pgno > this.meta.lastPage)
      throw bad(`beyond the last page ${this.meta.lastPage}`);
    if (pgno >= this.pages)
      throw bad(`beyond the end of the file (${this.pages} pages)`);
    this.claim(pgno);
    this.pgno = pgno;
    this.node = -1;
    if (readSync(this.fd, this.page, 0, this.pageSize, pgno * this.pageSize) < this.pageSize)
      throw this.damage("short read");
    if (pageNumber(this.page, 0) !== pgno)
      throw this.damage(`header names page ${pageNumber(this.page, 0)}`);
    return this.page;
  }
  claim(pgno) {
    if (this.seen.has(pgno))
      throw this.damage(`page ${pgno} is reached twice`);
    this.seen.add(pgno);
  }
};

// dist/state/lmdb-store.js
var STORE_FORMAT = "polyvm-state";
var STORE_VERSION = 1;
var MARKER_FILE = "polyvm.json";
var DATA_FILE = "data.mdb";
var LOCK_FILE = "data.mdb-lock";
var MAX_KEY_SIZE = 1978;
var LmdbStore = class {
  path;
  /** True when opened read-only, or when the files are not writable by this process. */
  readOnly;
  db;
  closed = false;
  writing = 0;
  constructor(dir, options = {}) {
    this.path = resolve(dir);
    const create = options.create ?? !options.readOnly;
    const fresh = osCall(this.path, () => prepareDirectory(this.path, create));
    this.readOnly = options.readOnly === true || !fresh && !writable(this.path);
    if (!fresh) {
      const problem = osCall(this.path, () => verifyLmdbFile(join(this.path, DATA_FILE)));
      if (problem)
        throw new StateStoreCorruptError(`state store at ${this.path} is corrupt: ${DATA_FILE}: ${problem}`);
    }
    try {
      this.db = open({
        path: join(this.path, DATA_FILE),
        keyEncoding: "binary",
        encoding: "binary",
        compression: false,
        readOnly: this.readOnly
      });
      this.db.getBinary(Buffer.from([0]));
    } catch (cause) {
      throw new StateStoreError(`cannot open state store at ${this.path}: ${lmdbReason(cause)}`, { cause });
    }
    if (fresh)
      osCall(this.path, () => writeMarker(this.path));
  }
  get(key) {
    this.assertOpen();
    const value = this.db.getBinary(asBuffer(key));
    return value && new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  }
  has(key) {
    this.assertOpen();
    return this.db.doesExist(asBuffer(key));
  }
  put(key, value) {
    this.batch([{ type: "put", key, value }]);
  }
  delete(key) {
    this.batch([{ type: "delete", key }]);
  }
  *range(options = {}) {
    this.assertOpen();
    const { start, end } = rangeBounds(options);
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    let n = 0;
    if (!options.reverse) {
      for (const { key, value } of this.db.getRange({
        start: start && asBuffer(start),
        end: end && asBuffer(end)
      })) {
        if (n++ >= limit)
          return;
        yield [new Uint8Array(key), new Uint8Array(value)];
      }
      return;
    }
    for (const { key, value } of this.db.getRange({
      start: end && asBuffer(end),
      end: LOWEST,
      reverse: true
    })) {
      if (end && compareBytes(key, end) >= 0)
        continue;
      if (start && compareBytes(key, start) < 0)
        return;
      if (n++ >= limit)
        return;
      yield [new Uint8Array(key), new Uint8Array(value)];
    }
  }
  /** One LMDB write transaction (part of the enclosing one inside `exclusive`). */
  batch(ops) {
    this.assertWritable();
    for (const op of ops)
      checkKey(op.key);
    this.db.transactionSync(() => {
      for (let i = 0; i < ops.length; i++)
        this.applyOp(ops[i], i);
    });
  }
  exclusive(fn) {
    this.assertOpen();
    if (this.readOnly || this.writing > 0)
      return fn();
    let result;
    this.writing++;
    try {
      this.db.transactionSync(() => {
        result = fn();
        if (result instanceof Promise)
          throw new StateStoreError("exclusive() needs a synchronous function");
      });
    } finally {
      this.writing--;
    }
    return result;
  }
  refresh() {
    this.assertOpen();
    if (this.writing === 0)
      this.db.resetReadTxn();
  }
  /** Applies one op inside the current write transaction (a seam for fault-injection tests). */
  applyOp(op, _index) {
    if (op.type === "put")
      this.db.putSync(asBuffer(op.key), asBuffer(op.value));
    else
      this.db.removeSync(asBuffer(op.key));
  }
  async close() {
    if (this.closed)
      return;
    this.closed = true;
    await this.db.close();
  }
  assertOpen() {
    if (this.closed)
      throw new StateStoreError(`state store at ${this.path} is closed`);
  }
  assertWritable() {
    this.assertOpen();
    if (this.readOnly)
      throw new StateStoreReadOnlyError(`state store at ${this.path} is read-only; nothing was written`);
  }
};
var LOWEST = Buffer.alloc(0);
function asBuffer(bytes) {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
function checkKey(key) {
  if (key.length === 0 || key.length > MAX_KEY_SIZE) {
    throw new StateStoreError(`state key must be 1 to ${MAX_KEY_SIZE} bytes, got ${key.length}`);
  }
}
function prepareDirectory(dir, create) {
  if (!existsSync(dir)) {
    if (!create)
      throw new StateStoreError(`no state store at ${dir}`);
    makeDirectory(dir);
    return true;
  }
  if (!statSync(dir).isDirectory())
    throw new StateStoreError(`state path ${dir} is not a directory`);
  const entries = readdirSync(dir);
  if (entries.length === 0) {
    if (!create)
      throw new StateStoreError(`no state store at ${dir} (the directory is empty)`);
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
    throw new StateStoreError(`state store at ${dir} holds files polyvm did not write (${foreign.join(", ")}); refusing to use it`);
  return false;
}
function makeDirectory(dir) {
  const parent = dirname(dir);
  if (parent !== dir && !existsSync(parent))
    makeDirectory(parent);
  try {
    mkdirSync(dir);
  } catch (error) {
    if (error.code !== "EEXIST" || !statSync(dir).isDirectory())
      throw error;
  }
}
function writable(dir) {
  try {
    accessSync(dir, constants.W_OK);
    accessSync(join(dir, DATA_FILE), constants.W_OK);
    if (existsSync(join(dir, LOCK_FILE)))
      accessSync(join(dir, LOCK_FILE), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
function lmdbReason(cause) {
  const e = cause;
  if (e?.code === "EACCES" || e?.code === "EPERM" || /permission denied/i.test(e?.message ?? ""))
    return "permission denied";
  return (e?.message ?? String(cause)).split("\n")[0];
}
function osCall(dir, fn) {
  try {
    return fn();
  } catch (cause) {
    if (cause instanceof StateStoreError)
      throw cause;
    throw new StateStoreError(`cannot open state store at ${dir}: ${lmdbReason(cause)}`, { cause });
  }
}
function readMarker(dir) {
  const file = join(dir, MARKER_FILE);
  let marker;
  try {
    marker = JSON.parse(readFileSync(file, "utf8"));
  } catch (cause) {
    throw new StateStoreError(`state store at ${dir} is corrupt: ${MARKER_FILE} is not valid JSON`, {
      cause
    });
  }
  const m = marker;
  if (m?.format !== STORE_FORMAT) {
    throw new StateStoreError(`${dir} is not a polyvm state store: ${MARKER_FILE} has format ${JSON.stringify(m?.format)}`);
  }
  if (m.version !== STORE_VERSION) {
    throw new StateStoreError(`state store at ${dir} has version ${JSON.stringify(m.version)}; this polyvm reads version ${STORE_VERSION}`);
  }
}
function writeMarker(dir) {
  writeFileSync(join(dir, MARKER_FILE), `${JSON.stringify({ format: STORE_FORMAT, version: STORE_VERSION })}
`);
}

// dist/state/memory-store.js
var MemoryStore = class {
  readOnly = false;
  map = /* @__PURE__ */ new Map();
  sorted;
  closed = false;
  /** Inside `exclusive`: the value of each key before its first write there. */
  undo = null;
  get(key) {
    this.assertOpen();
    return this.map.get(bytesToKey(key));
  }
  has(key) {
    this.assertOpen();
    return this.map.has(bytesToKey(key));
  }
  put(key, value) {
    this.assertOpen();
    this.set(bytesToKey(key), value.slice());
  }
  delete(key) {
    this.assertOpen();
    this.remove(bytesToKey(key));
  }
  *range(options = {}) {
    this.assertOpen();
    const { start, end } = rangeBounds(options);
    this.sorted ??= [...this.map.keys()].sort();
    const all = this.sorted;
    const lo = start ? lowerBound(all, bytesToKey(start)) : 0;
    const hi = end ? lowerBound(all, bytesToKey(end)) : all.length;
    const keys = all.slice(lo, Math.max(lo, hi));
    if (options.reverse)
      keys.reverse();
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    for (let i = 0; i < keys.length && i < limit; i++) {
      const k = keys[i];
      yield [keyToBytes(k), this.map.get(k)];
    }
  }
  batch(ops) {
    this.assertOpen();
    for (const op of ops) {
      if (op.type === "put")
        this.set(bytesToKey(op.key), op.value.slice());
      else
        this.remove(bytesToKey(op.key));
    }
  }
  /** Every read is of the newest state already. */
  refresh() {
  }
  /** One process, one thread: exclusive only has to undo what `fn` wrote if it throws. */
  exclusive(fn) {
    this.assertOpen();
    if (this.undo)
      return fn();
    const undo = /* @__PURE__ */ new Map();
    this.undo = undo;
    try {
      return fn();
    } catch (error) {
      this.undo = null;
      for (const [k, v] of undo) {
        if (v === void 0)
          this.remove(k);
        else
          this.set(k, v);
      }
      throw error;
    } finally {
      this.undo = null;
    }
  }
  async close() {
    this.closed = true;
  }
  get size() {
    return this.map.size;
  }
  set(key, value) {
    if (this.undo && !this.undo.has(key))
      this.undo.set(key, this.map.get(key));
    if (this.sorted && !this.map.has(key))
      this.sorted = void 0;
    this.map.set(key, value);
  }
  remove(key) {
    if (this.undo && !this.undo.has(key))
      this.undo.set(key, this.map.get(key));
    if (this.map.delete(key))
      this.sorted = void 0;
  }
  assertOpen() {
    if (this.closed)
      throw new StateStoreError("memory store is closed");
  }
};
function lowerBound(keys, key) {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (keys[mid] < key)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

// dist/state/index.js
var DEFAULT_STATE_DIR = ".polyvm";

export {
  LmdbStore,
  MemoryStore,
  DEFAULT_STATE_DIR
};
