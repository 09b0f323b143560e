/**
 * What every command shares: where output goes, the conventions for `--json`, errors and
 * exit codes. Exit 0 on success, 1 when the thing run failed (a failing test, a reverted
 * call), 2 for bad usage or bad input.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
  /** All of standard input (commands that read `stdin` as a file name). */
  stdin?(): string;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTTY: process.stderr.isTTY === true,
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

/** Reports an error as one line (the stack only with --verbose) and returns its exit code. */
export function reportError(ctx: CliContext, error: unknown): number {
  if (error instanceof PolyvmError) {
    ctx.io.err(`polyvm: error: ${error.shortMessage}\n`);
    if (ctx.verbose) {
      if (error.details) ctx.io.err(`details: ${error.details}\n`);
      ctx.io.err(`${error.stack}\n`);
    }
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.io.err(`polyvm: internal error: ${message.split('\n')[0]}\n`);
  if (ctx.verbose && error instanceof Error) ctx.io.err(`${error.stack}\n`);
  return EXIT_FAILED;
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
