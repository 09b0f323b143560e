import {
  assemble
} from "./chunk-67AMXDAE.js";
import {
  cliPath
} from "./chunk-KJFF2XIJ.js";
import {
  InvalidInputFileError,
  UsageError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/neovm-script-arg.js
import { existsSync, readFileSync } from "node:fs";
var HEX = /^(0x)?([0-9a-fA-F]{2})*$/;
function fromHex(text) {
  return Uint8Array.from(Buffer.from(text.replace(/^0x/, ""), "hex"));
}
function readFile(ctx, path) {
  try {
    return readFileSync(cliPath(ctx, path));
  } catch (error) {
    const why = error.code === "ENOENT" ? "no such file" : error.message;
    throw new InvalidInputFileError(`${path}: cannot read: ${why}`, { cause: error });
  }
}
function looksLikePath(arg) {
  return /[/\\]|\.[A-Za-z0-9]+$/.test(arg);
}
function readScriptArg(ctx, arg, allowAssembly) {
  if (arg.startsWith("@")) {
    const data = readFile(ctx, arg.slice(1));
    const text = data.toString("latin1").trim();
    return text.length > 0 && HEX.test(text) ? fromHex(text) : Uint8Array.from(data);
  }
  if (arg.length > 0 && HEX.test(arg))
    return fromHex(arg);
  if (allowAssembly && (existsSync(cliPath(ctx, arg)) || looksLikePath(arg))) {
    return assemble(readFile(ctx, arg).toString("utf8"), arg);
  }
  throw new UsageError(`script: expected hex, @file${allowAssembly ? " or an assembly file" : ""}, got ${JSON.stringify(arg)}`);
}

export {
  readScriptArg
};
