/**
 * What every command shares: where output goes, the conventions for `--json`, errors and
 * exit codes. Exit 0 on success, 1 when the thing run failed (a failing test, a reverted
 * call, a program that `aleo check` rejects), 2 for bad usage or bad input (a `PolyvmError`).
 */
import { readFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { isatty } from 'node:tty';
import { PolyvmError } from '../core/errors.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal: long runs show progress there only then. */
  readonly errIsTTY: boolean;
  readonly cwd: string;
  /** True once a reader has gone (`| head`): long runs stop at the next file. */
  readonly closed?: boolean;
  /** All of standard input (commands that read `stdin` as a file name). */
  stdin?(): string;
}

/**
 * Thrown by a write to a stdout or stderr whose reader has gone (EPIPE). The command
 * unwinds (closing what it opened) and polyvm exits 0 without a word, as `rg` does.
 */
export class OutputClosedError extends Error {
  override name = 'OutputClosedError';
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` to a file descriptor synchronously, so that a closed pipe is seen at
 * the write that meets it (a stream would report it later, after a synchronous loop) and a
 * slow reader holds the writer back instead of filling memory.
 */
function writeAll(fd: number, text: string, io: { closed: boolean }): void {
  if (io.closed) throw new OutputClosedError();
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(fd, bytes, at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN')
        Atomics.wait(pause, 0, 0, 1); // a non-blocking pipe that is full
      else if (code === 'EPIPE') {
        io.closed = true;
        throw new OutputClosedError(`${fd === 1 ? 'stdout' : 'stderr'} closed`);
      } else throw e;
    }
  }
}

export const processIO: CliIO & { closed: boolean } = {
  closed: false,
  out: (text) => writeAll(1, text, processIO),
  err: (text) => writeAll(2, text, processIO),
  errIsTTY: isatty(2),
  cwd: process.cwd(),
  stdin: () => readFileSync(0, 'utf8'),
};

export interface CliContext {
  readonly io: CliIO;
  verbose: boolean;
  exitCode: number;
}

/** Resolves a user-given path against the CLI's working directory. */
export function cliPath(ctx: CliContext, path: string): string {
  return resolve(ctx.io.cwd, path);
}

/** Prints one JSON document on stdout. */
export function printJson(ctx: CliContext, value: unknown): void {
  ctx.io.out(`${JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))}\n`);
}

/** The `--json` document of every error: `{status, code, error}`, then what the command adds. */
export function errorDocument(code: string, error: string, extra: object = {}): Record<string, unknown> {
  return { status: 'error', code, error, ...extra };
}

/** The one line an error is reported as (a message that spans lines is joined). */
export function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ');
}

/**
 * Reports an error as one line `polyvm: error: ...` on stderr (details and stack only with
 * --verbose), with `--json` also as an error document on stdout, and returns its exit code:
 * 2 for a PolyvmError (bad usage or input), 1 for anything else (an internal error).
 */
export function reportError(ctx: CliContext, error: unknown, json = false): number {
  if (error instanceof OutputClosedError) return EXIT_OK;
  const known = error instanceof PolyvmError;
  const message = oneLine(
    known ? error.shortMessage : `internal error: ${error instanceof Error ? error.message : String(error)}`,
  );
  try {
    if (json) printJson(ctx, errorDocument(known ? error.code : 'INTERNAL', message));
    ctx.io.err(`polyvm: error: ${message}\n`);
    if (ctx.verbose) {
      if (known && error.details) ctx.io.err(`details: ${error.details}\n`);
      if (error instanceof Error) ctx.io.err(`${error.stack}\n`);
    }
  } catch (e) {
    if (!(e instanceof OutputClosedError)) throw e;
  }
  return known ? EXIT_USAGE : EXIT_FAILED;
}

/** Stops a long run whose reader has gone (a closed pipe found by an earlier write). */
export function stopIfClosed(ctx: CliContext): void {
  if (ctx.io.closed) throw new OutputClosedError();
}

/**
 * A progress line on stderr, redrawn in place, only when stderr is a terminal. `done`
 * clears it so the summary that follows stands alone.
 */
export function progress(ctx: CliContext): { update(text: string): void; done(): void } {
  if (!ctx.io.errIsTTY) return { update() {}, done() {} };
  let last = 0;
  return {
    update(text: string) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      ctx.io.err(`\r\x1b[2K${text}`);
    },
    done() {
      ctx.io.err('\r\x1b[2K');
    },
  };
}
