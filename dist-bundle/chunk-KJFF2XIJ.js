import {
  PolyvmError
} from "./chunk-XXQMZ22L.js";

// dist/cli/io.js
import { readFileSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { isatty } from "node:tty";
var EXIT_OK = 0;
var EXIT_FAILED = 1;
var EXIT_USAGE = 2;
var OutputClosedError = class extends Error {
  name = "OutputClosedError";
};
var pause = new Int32Array(new SharedArrayBuffer(4));
function writeAll(fd, text, io) {
  if (io.closed)
    throw new OutputClosedError();
  const bytes = Buffer.from(text, "utf8");
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(fd, bytes, at);
    } catch (e) {
      const code = e.code;
      if (code === "EAGAIN")
        Atomics.wait(pause, 0, 0, 1);
      else if (code === "EPIPE") {
        io.closed = true;
        throw new OutputClosedError(`${fd === 1 ? "stdout" : "stderr"} closed`);
      } else
        throw e;
    }
  }
}
var processIO = {
  closed: false,
  out: (text) => writeAll(1, text, processIO),
  err: (text) => writeAll(2, text, processIO),
  errIsTTY: isatty(2),
  cwd: process.cwd(),
  stdin: () => readFileSync(0, "utf8")
};
function cliPath(ctx, path) {
  return resolve(ctx.io.cwd, path);
}
function printJson(ctx, value) {
  ctx.io.out(`${JSON.stringify(value, (_k, v) => typeof v === "bigint" ? v.toString() : v)}
`);
}
function errorDocument(code, error, extra = {}) {
  return { status: "error", code, error, ...extra };
}
function oneLine(text) {
  return text.trim().replace(/\s*\n\s*/g, " ");
}
function reportError(ctx, error, json = false) {
  if (error instanceof OutputClosedError)
    return EXIT_OK;
  const known = error instanceof PolyvmError;
  const message = oneLine(known ? error.shortMessage : `internal error: ${error instanceof Error ? error.message : String(error)}`);
  try {
    if (json)
      printJson(ctx, errorDocument(known ? error.code : "INTERNAL", message));
    ctx.io.err(`polyvm: error: ${message}
`);
    if (ctx.verbose) {
      if (known && error.details)
        ctx.io.err(`details: ${error.details}
`);
      if (error instanceof Error)
        ctx.io.err(`${error.stack}
`);
    }
  } catch (e) {
    if (!(e instanceof OutputClosedError))
      throw e;
  }
  return known ? EXIT_USAGE : EXIT_FAILED;
}
function stopIfClosed(ctx) {
  if (ctx.io.closed)
    throw new OutputClosedError();
}
function progress(ctx) {
  if (!ctx.io.errIsTTY)
    return { update() {
    }, done() {
    } };
  let last = 0;
  return {
    update(text) {
      const now = Date.now();
      if (now - last < 100)
        return;
      last = now;
      ctx.io.err(`\r\x1B[2K${text}`);
    },
    done() {
      ctx.io.err("\r\x1B[2K");
    }
  };
}

export {
  EXIT_OK,
  EXIT_FAILED,
  EXIT_USAGE,
  OutputClosedError,
  processIO,
  cliPath,
  printJson,
  errorDocument,
  reportError,
  stopIfClosed,
  progress
};
