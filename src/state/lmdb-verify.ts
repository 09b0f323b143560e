/**
 * A structural check of an LMDB data file, made with plain file reads before LMDB maps it.
 * LMDB trusts its file: a page beyond the end of a truncated file is a SIGBUS, a garbage node
 * offset a SIGSEGV, and either kills the process. This walks every page the newest meta page
 * reaches (the main tree, the free-page tree and its page lists, overflow pages) and checks
 * each bound LMDB relies on, so that a file that passes cannot fault it.
 *
 * Layout (lmdb-js's LMDB, mdb.c, 64-bit build): a page starts with a 24-byte header
 * (pgno u64, txnid u64, pad u16, flags u16, lower u16, upper u16; an overflow page has its
 * page count u32 in place of lower/upper); node offsets (u16, relative to the end of the
 * header) follow it, nodes sit at the top of the page. A node is lo u16, hi u16, flags u16,
 * ksize u16, then the key, then the data: on a branch page lo|hi<<16|flags<<32 is the child
 * page; on a leaf lo|hi<<16 is the data size. A meta page holds, after the header: magic,
 * version, address, map size, two MDB_db records (free at 48, main at 96; 48 bytes each, root
 * at +40, depth at +6, flags at +4, and the page size in the free record's first word), the
 * last page at 144 and the txnid at 152.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const HEADER = 24;
const NODE = 8;
const MAGIC = 0xbeefc0de;
const DATA_VERSION = 2;
/** P_INVALID as pageNumber() reads it. */
const INVALID_PAGE = Number.POSITIVE_INFINITY;
const MAX_DEPTH = 64;

const P_BRANCH = 0x01;
const P_LEAF = 0x02;
const P_OVERFLOW = 0x04;
const P_META = 0x08;
const P_LEAF2 = 0x20;
const P_SUBP = 0x40;
const F_BIGDATA = 0x01;
const F_SUBDATA = 0x02; // F_DUPDATA (0x04, sorted duplicates) is never written by polyvm: refused

interface Tree {
  root: number;
  depth: number;
  flags: number;
}

interface Meta {
  pageSize: number;
  lastPage: number;
  txnid: bigint;
  free: Tree;
  main: Tree;
}

/** Thrown inside the walk; turned into the returned description. */
class Damage extends Error {}

/**
 * Returns what is wrong with the file, or undefined when LMDB can open it safely. Another
 * process may be committing while this reads (the file grows, freed pages are reused), so a
 * problem counts only when a second look finds the same one with the same newest meta page
 * and file size: a file that writers are changing is never called corrupt.
 */
export function verifyLmdbFile(path: string): string | undefined {
  let last: Verdict | undefined;
  for (let attempt = 0; attempt < MAX_LOOKS; attempt++) {
    const v = verifyOnce(path);
    if (v.problem === undefined) return undefined;
    if (last && v.problem === last.problem && v.txnid === last.txnid && v.size === last.size)
      return v.problem;
    last = v;
    Atomics.wait(PAUSE, 0, 0, 5 * (attempt + 1));
  }
  return last?.problem;
}

/** Looks while writers keep changing the file, then gives the last problem seen. */
const MAX_LOOKS = 50;
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

interface Verdict {
  problem: string | undefined;
  txnid: bigint | undefined;
  size: number;
}

function verifyOnce(path: string): Verdict {
  const fd = openSync(path, 'r');
  let txnid: bigint | undefined;
  let size = 0;
  try {
    size = fstatSync(fd).size;
    const first = readMeta(fd, 0, 'first');
    if (size < 2 * first.pageSize)
      return { problem: `file is ${size} bytes, shorter than its two meta pages`, txnid, size };
    const second = readMeta(fd, first.pageSize, 'second');
    if (second.pageSize !== first.pageSize)
      return { problem: 'the meta pages disagree on the page size', txnid, size };
    const newest = second.txnid > first.txnid ? second : first;
    txnid = newest.txnid;
    new Walker(fd, size, newest).walkAll();
    return { problem: undefined, txnid, size };
  } catch (e) {
    if (e instanceof Damage) return { problem: e.message, txnid, size };
    throw e;
  } finally {
    closeSync(fd);
  }
}

/** A u64 page number as a number; anything at or above 2^48 is out of every file's range. */
function pageNumber(buf: Buffer, at: number): number {
  const hi = buf.readUInt32LE(at + 4);
  return hi >= 0x10000 ? Number.POSITIVE_INFINITY : hi * 0x1_0000_0000 + buf.readUInt32LE(at);
}

function readTree(buf: Buffer, at: number): Tree {
  return { flags: buf.readUInt16LE(at + 4), depth: buf.readUInt16LE(at + 6), root: pageNumber(buf, at + 40) };
}

function readMeta(fd: number, offset: number, which: string): Meta {
  const buf = Buffer.alloc(160);
  if (readSync(fd, buf, 0, buf.length, offset) < buf.length)
    throw new Damage(`${which} meta page: truncated`);
  const fail = (what: string) => new Damage(`${which} meta page: ${what}`);
  if ((buf.readUInt16LE(18) & P_META) === 0) throw fail('not marked as a meta page');
  if (buf.readUInt32LE(HEADER) !== MAGIC) throw fail('bad magic number');
  const version = buf.readUInt32LE(HEADER + 4);
  if (version !== DATA_VERSION) throw fail(`data format version ${version}, expected ${DATA_VERSION}`);
  const pageSize = buf.readUInt32LE(48);
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0)
    throw fail(`bad page size ${pageSize}`);
  return {
    pageSize,
    free: readTree(buf, 48),
    main: readTree(buf, 96),
    lastPage: pageNumber(buf, 144),
    txnid: buf.readBigUInt64LE(152),
  };
}

class Walker {
  private readonly pageSize: number;
  /** Pages wholly inside the file. */
  private readonly pages: number;
  private readonly seen = new Set<number>();
  private readonly page: Buffer;
  /** Where the walk is, for messages. */
  private tree = '';
  private pgno = 0;
  private node = -1;

  constructor(
    private readonly fd: number,
    size: number,
    private readonly meta: Meta,
  ) {
    this.pageSize = meta.pageSize;
    this.pages = Math.floor(size / meta.pageSize);
    this.page = Buffer.alloc(meta.pageSize);
  }

  walkAll(): void {
    this.walkTree(this.meta.main, 'main tree');
    this.walkTree(this.meta.free, 'free-page tree', true);
  }

  private damage(what: string): Damage {
    const node = this.node >= 0 ? `, node ${this.node}` : '';
    return new Damage(`${this.tree}, page ${this.pgno}${node}: ${what}`);
  }

  private walkTree(tree: Tree, name: string, freeList = false): void {
    if (tree.root === INVALID_PAGE) return;
    if (tree.depth < 1 || tree.depth > MAX_DEPTH) throw new Damage(`${name}: depth ${tree.depth}`);
    if ((tree.flags & 0x04) !== 0) throw new Damage(`${name}: sorted duplicates, which polyvm never writes`);
    // Depth-first with one page buffer: a page's children are collected before descending.
    const stack: number[] = [tree.root, tree.depth];
    while (stack.length > 0) {
      const level = stack.pop()!;
      const pgno = stack.pop()!;
      this.tree = name;
      const p = this.load(pgno);
      const flags = p.readUInt16LE(18) & (P_BRANCH | P_LEAF | P_OVERFLOW | P_META | P_LEAF2 | P_SUBP);
      const expected = level > 1 ? P_BRANCH : P_LEAF;
      if (flags !== expected)
        throw this.damage(`page type ${flags}, expected a ${level > 1 ? 'branch' : 'leaf'} page`);
      const lower = p.readUInt16LE(20);
      const upper = p.readUInt16LE(22);
      if (lower % 2 !== 0 || lower > upper || upper > this.pageSize - HEADER)
        throw this.damage(`free-space bounds ${lower}..${upper} out of the page`);
      const count = lower / 2;
      if (level > 1 && count === 0) throw this.damage('empty branch page');
      const children: number[] = [];
      const overflow: number[] = [];
      const subtrees: Tree[] = [];
      for (let i = 0; i < count; i++) {
        this.node = i;
        const ptr = p.readUInt16LE(HEADER + 2 * i);
        const at = HEADER + ptr;
        if (ptr < upper || at + NODE > this.pageSize) throw this.damage(`offset ${ptr} out of the page`);
        const lo = p.readUInt16LE(at);
        const hi = p.readUInt16LE(at + 2);
        const nflags = p.readUInt16LE(at + 4);
        const ksize = p.readUInt16LE(at + 6);
        const keyEnd = at + NODE + ksize;
        if (keyEnd > this.pageSize) throw this.damage(`key of ${ksize} bytes runs past the page`);
        if (level > 1) {
          // lo | hi << 16 | flags << 32; page numbers at or above 2^48 are out of range anyway.
          children.push(nflags * 0x1_0000_0000 + hi * 0x10000 + lo, level - 1);
          continue;
        }
        if ((nflags & ~(F_BIGDATA | F_SUBDATA)) !== 0) throw this.damage(`node flags ${nflags}`);
        const dsize = lo | (hi << 16);
        if (nflags & F_BIGDATA) {
          if (keyEnd + 8 > this.pageSize) throw this.damage('overflow reference runs past the page');
          overflow.push(pageNumber(p, keyEnd), dsize, i);
          continue;
        }
        if (keyEnd + dsize > this.pageSize) throw this.damage(`value of ${dsize} bytes runs past the page`);
        if (nflags & F_SUBDATA) {
          if (dsize !== 48) throw this.damage(`sub-database record of ${dsize} bytes`);
          subtrees.push(readTree(p, keyEnd));
        }
        if (freeList) this.checkFreeList(p.subarray(keyEnd, keyEnd + dsize));
      }
      this.node = -1;
      // The page buffer is reused from here on.
      for (let i = 0; i < overflow.length; i += 3) {
        this.pgno = pgno;
        this.node = overflow[i + 2]!;
        this.checkOverflow(overflow[i]!, overflow[i + 1]!, freeList);
      }
      this.node = -1;
      for (const t of subtrees) this.walkTree(t, `sub-database in ${name} page ${pgno}`);
      for (let i = children.length - 2; i >= 0; i -= 2) stack.push(children[i]!, children[i + 1]!);
    }
  }

  /**
   * A free-page list in lmdb-js's sparse form: a slot count, then the slots (u64 each, the
   * record may reserve more): 0 is an empty slot, a page number is one free page, and a
   * negative value -n says that the page number after it starts a run of n pages.
   */
  private checkFreeList(ids: Buffer): void {
    if (ids.length < 8 || ids.length % 8 !== 0) throw this.damage(`free-page list of ${ids.length} bytes`);
    const slots = pageNumber(ids, 0);
    if (slots > ids.length / 8 - 1)
      throw this.damage(`free-page list of ${slots} slots in ${ids.length} bytes`);
    let run = 1;
    for (let o = 8; o <= slots * 8; o += 8) {
      const v = ids.readBigInt64LE(o);
      if (v === 0n) continue;
      if (v < 0n) {
        if (-v > BigInt(this.meta.lastPage)) throw this.damage(`free-page run of ${-v} pages`);
        run = Number(-v);
        continue;
      }
      if (v < 2n || Number(v) + run - 1 > this.meta.lastPage)
        throw this.damage(`free page ${v} out of range`);
      run = 1;
    }
  }

  private checkOverflow(first: number, dsize: number, freeList: boolean): void {
    const p = this.load(first);
    if ((p.readUInt16LE(18) & P_OVERFLOW) === 0) throw this.damage(`page ${first} is not an overflow page`);
    const n = p.readUInt32LE(20);
    const needed = Math.floor((HEADER - 1 + dsize) / this.pageSize) + 1;
    if (n !== needed) throw this.damage(`overflow of ${n} pages for ${dsize} bytes`);
    const last = first + n - 1;
    if (last >= this.pages || last > this.meta.lastPage)
      throw this.damage(`overflow pages ${first}..${last} beyond the end of the file`);
    for (let i = 1; i < n; i++) this.claim(first + i);
    if (freeList) {
      const data = Buffer.alloc(dsize);
      readSync(this.fd, data, 0, dsize, first * this.pageSize + HEADER);
      this.checkFreeList(data);
    }
  }

  private load(pgno: number): Buffer {
    const bad = (what: string) => new Damage(`${this.tree} reaches page ${pgno}, ${what}`);
    if (pgno < 2 || pgno > this.meta.lastPage) throw bad(`beyond the last page ${this.meta.lastPage}`);
    if (pgno >= this.pages) throw bad(`beyond the end of the file (${this.pages} pages)`);
    this.claim(pgno);
    this.pgno = pgno;
    this.node = -1;
    if (readSync(this.fd, this.page, 0, this.pageSize, pgno * this.pageSize) < this.pageSize)
      throw this.damage('short read');
    if (pageNumber(this.page, 0) !== pgno) throw this.damage(`header names page ${pageNumber(this.page, 0)}`);
    return this.page;
  }

  private claim(pgno: number): void {
    if (this.seen.has(pgno)) throw this.damage(`page ${pgno} is reached twice`);
    this.seen.add(pgno);
  }
}
