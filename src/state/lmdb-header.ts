/**
 * A structural check of an LMDB data file's two meta pages, made before LMDB maps the
 * file: LMDB trusts its file and a garbage one crashes the process instead of failing.
 * Layout (lmdb-js's LMDB, mdb.c `MDB_meta` after a 24-byte page header, 64-bit build):
 * magic 0xBEEFC0DE at 24, data version 2 at 28, page size at 48 (mm_dbs[FREE].md_pad),
 * root page of the free and main DBs at 88 and 136, last page at 144, txnid at 152.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const PAGE_HEADER = 24;
const P_META = 0x08;
const MAGIC = 0xbeefc0de;
const DATA_VERSION = 2;
const INVALID_PAGE = 0xffffffffffffffffn;

interface Meta {
  pageSize: number;
  lastPage: bigint;
  txnid: bigint;
  roots: bigint[];
}

/** Returns a description of what is wrong with the file, or undefined when it looks sound. */
export function checkLmdbDataFile(path: string): string | undefined {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const first = readMetaPage(fd, 0);
    if (typeof first === 'string') return `first meta page: ${first}`;
    if (size < 2 * first.pageSize) return `file is ${size} bytes, shorter than its two meta pages`;
    const second = readMetaPage(fd, first.pageSize);
    if (typeof second === 'string') return `second meta page: ${second}`;
    if (second.pageSize !== first.pageSize) return 'the meta pages disagree on the page size';
    const pages = BigInt(Math.ceil(size / first.pageSize));
    for (const meta of [first, second]) {
      for (const root of meta.roots) {
        if (root !== INVALID_PAGE && (root < 2n || root > meta.lastPage)) {
          return `meta page of transaction ${meta.txnid} points to page ${root}, beyond its last page ${meta.lastPage}`;
        }
      }
      if (meta.lastPage >= pages + 1024n)
        return `meta page claims ${meta.lastPage + 1n} pages, the file has ${pages}`;
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function readMetaPage(fd: number, offset: number): Meta | string {
  const buf = Buffer.alloc(160);
  if (readSync(fd, buf, 0, buf.length, offset) < buf.length) return 'truncated';
  if ((buf.readUInt16LE(18) & P_META) === 0) return 'not marked as a meta page';
  if (buf.readUInt32LE(PAGE_HEADER) !== MAGIC) return 'bad magic number';
  const version = buf.readUInt32LE(PAGE_HEADER + 4);
  if (version !== DATA_VERSION) return `data format version ${version}, expected ${DATA_VERSION}`;
  const pageSize = buf.readUInt32LE(48);
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0)
    return `bad page size ${pageSize}`;
  return {
    pageSize,
    roots: [buf.readBigUInt64LE(88), buf.readBigUInt64LE(136)],
    lastPage: buf.readBigUInt64LE(144),
    txnid: buf.readBigUInt64LE(152),
  };
}
