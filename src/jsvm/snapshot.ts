/**
 * Hot start (seed 003, "JavaScript hot launch and persistence of hotspot Sandbox snapshots"):
 * a V8 startup snapshot (isolated-vm `Isolate.createSnapshot`) of a context that ran the
 * prelude, so that a new context starts with the class libraries loaded and locked down instead
 * of running them (boot then only binds the bridge and seals it, prelude/runtime.ts), persisted
 * in a file beside the state so that a restart starts warm. IOST does the same with its class
 * libraries: go-iost vm/v8vm/v8/snapshot.cc `V8::CreateSnapshotDataBlob(script)` of libjs.
 *
 * The file is trusted only when it is whole and made for this prelude on this V8: its header
 * names the format, a key (SHA-256 of the prelude's text, the V8, Node and isolated-vm versions
 * and the architecture) and the SHA-256 of the blob. A file that is damaged, truncated, or from
 * another version is ignored and rebuilt (and rewritten, atomically: a temporary file renamed).
 *
 * Two V8 details (measured on Node 20, isolated-vm 5): a function that was not compiled when
 * the snapshot was taken, compiled later in a restored context, no longer sees the variables of
 * the closures around it (`S is not defined`); the same happens to a compiled one whose bytecode
 * V8 flushed (an old function, at a garbage collection). So the snapshot is taken with V8's lazy
 * compilation off (every function of the prelude compiled), and bytecode flushing is turned off
 * for the process before the first isolate starts from an accepted snapshot
 * (`--no-flush-bytecode`; V8 flags are per process). Measured since (docs/jsvm.md, VM manager):
 * that failure is the one-character string defect the probe looks for (a closure over `S`
 * fails, one over `SS` works, lazy compilation on), so these flags may not be needed once a
 * platform passes the probe.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import v8 from 'node:v8';
import ivm from 'isolated-vm';
import { preludeJs } from './prelude/index.js';

export const SNAPSHOT_FILE = 'jsvm-prelude.snapshot';
const MAGIC = 'polyvm jsvm prelude snapshot 1\n';
const HEX = 64;
const HEADER = MAGIC.length + HEX + 1 + HEX + 1;

/** Where a snapshot came from: built in this process, or read from its file. */
export type SnapshotSource = 'built' | 'file';

export interface PreludeSnapshot {
  blob: ivm.ExternalCopy<ArrayBuffer>;
  source: SnapshotSource;
  /** Why the file was not used, when a file was there (damaged, another version). */
  rejected?: string;
  /** Why isolates do not start from it (the restore probe failed): they run the prelude instead. */
  refused?: string;
}

let ivmVersion: string | undefined;

function ivmVersionOf(): string {
  ivmVersion ??= (createRequire(import.meta.url)('isolated-vm/package.json') as { version: string }).version;
  return ivmVersion;
}

/** What the snapshot depends on: the prelude's text and the engine that serialized it. */
export function snapshotKey(): string {
  return createHash('sha256')
    .update(preludeJs())
    .update(PROBE_JS)
    .update(
      `\0v8 ${process.versions.v8}\0node ${process.version}\0isolated-vm ${ivmVersionOf()}\0${process.arch}`,
    )
    .digest('hex');
}

let flushingOff = false;

/** V8 may not flush the bytecode of functions restored from a snapshot (see above); set once per process. */
function keepBytecode(): void {
  if (flushingOff) return;
  v8.setFlagsFromString('--no-flush-bytecode');
  flushingOff = true;
}

/**
 * A script-level function kept in the snapshot that checks what a restored context reads of the
 * snapshot's one-character strings, as constants and as property keys. On Node 20.20 (V8 11.3)
 * with isolated-vm 5.0.4 they come back as other characters (`{f: 1}` restored has the key
 * `'`, the constant '}' reads 'E'; test/jsvm/snapshot.test.ts), the same defect as
 * isolated-vm#496's missing `Math.E`: a snapshot that fails it is not used.
 */
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
export const PROBE_JS = `const _IOSTprobe = (function (fromCharCode) {
  return function () {
    const got = [${PRINTABLE.map((c) => JSON.stringify(c)).join(', ')}];
    const keys = [];
    for (const k in { ${PRINTABLE.map((c) => `${JSON.stringify(c)}: 0`).join(', ')} }) keys[keys.length] = k;
    for (let i = 0; i < ${PRINTABLE.length}; i++) {
      const c = fromCharCode(32 + i);
      let seen = false;
      for (let j = 0; j < keys.length; j++) if (keys[j] === c) seen = true;
      if (got[i] !== c || !seen) return i;
    }
    return -1;
  };
})(String.fromCharCode);`;

/** Serializes a context that ran the prelude (and the probe), every function compiled. */
export function buildSnapshot(): ivm.ExternalCopy<ArrayBuffer> {
  const code = preludeJs();
  v8.setFlagsFromString('--no-lazy');
  try {
    return ivm.Isolate.createSnapshot([
      { code: PROBE_JS, filename: 'polyvm:probe.js' },
      { code, filename: 'polyvm:prelude.js' },
    ]);
  } finally {
    v8.setFlagsFromString('--lazy');
  }
}

/**
 * Restores the snapshot once and runs the probe: undefined when the restored context reads every
 * one-character string as it was written, else what was wrong.
 */
export function probeSnapshot(blob: ivm.ExternalCopy<ArrayBuffer>): string | undefined {
  const iso = new ivm.Isolate({ memoryLimit: 16, snapshot: blob });
  try {
    const ctx = iso.createContextSync();
    const bad = iso.compileScriptSync('_IOSTprobe()').runSync(ctx, { timeout: 1000 }) as number;
    ctx.release();
    if (bad < 0) return undefined;
    return `V8 restored the one-character string ${JSON.stringify(PRINTABLE[bad])} as another (isolated-vm ${ivmVersionOf()} on Node ${process.version}): snapshot not used`;
  } catch (e) {
    return `restoring it failed: ${(e as Error).message}`;
  } finally {
    iso.dispose();
  }
}

/** The snapshot file's bytes: header (format, key, blob digest) then the blob. */
export function encodeSnapshot(blob: ArrayBuffer, key = snapshotKey()): Buffer {
  const bytes = Buffer.from(blob);
  const digest = createHash('sha256').update(bytes).digest('hex');
  return Buffer.concat([Buffer.from(`${MAGIC}${key}\n${digest}\n`, 'latin1'), bytes]);
}

/** The blob of a snapshot file, or why it is not to be trusted. */
export function decodeSnapshot(file: Buffer, key = snapshotKey()): { blob: Buffer } | { rejected: string } {
  if (file.length <= HEADER || file.toString('latin1', 0, MAGIC.length) !== MAGIC)
    return { rejected: 'not a polyvm prelude snapshot' };
  const fileKey = file.toString('latin1', MAGIC.length, MAGIC.length + HEX);
  const digest = file.toString('latin1', MAGIC.length + HEX + 1, MAGIC.length + 2 * HEX + 1);
  if (fileKey !== key) return { rejected: 'made for another prelude or V8 version' };
  const blob = file.subarray(HEADER);
  if (createHash('sha256').update(blob).digest('hex') !== digest)
    return { rejected: 'damaged (digest mismatch)' };
  return { blob };
}

/**
 * The prelude snapshot for `dir` (read from its file when that is whole and of this version,
 * else built and written there); without `dir`, built in memory. Restored once and probed
 * before any isolate starts from it.
 */
export function preludeSnapshot(dir?: string): PreludeSnapshot {
  const snap = readOrBuild(dir);
  const refused = probeSnapshot(snap.blob);
  if (refused !== undefined) return { ...snap, refused };
  keepBytecode();
  return snap;
}

function readOrBuild(dir: string | undefined): PreludeSnapshot {
  if (dir === undefined) return { blob: buildSnapshot(), source: 'built' };
  const path = join(dir, SNAPSHOT_FILE);
  let rejected: string | undefined;
  let file: Buffer | undefined;
  try {
    file = readFileSync(path);
  } catch {}
  if (file) {
    const d = decodeSnapshot(file);
    if ('blob' in d) {
      const ab = d.blob.buffer.slice(d.blob.byteOffset, d.blob.byteOffset + d.blob.byteLength) as ArrayBuffer;
      return { blob: new ivm.ExternalCopy(ab), source: 'file' };
    }
    rejected = d.rejected;
  }
  const blob = buildSnapshot();
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(tmp, encodeSnapshot(blob.copy() as ArrayBuffer));
    renameSync(tmp, path);
  } catch {
    // A state directory we cannot write (read-only): the snapshot serves this process only.
  }
  return rejected === undefined ? { blob, source: 'built' } : { blob, source: 'built', rejected };
}
