import {
  cliPath
} from "./chunk-KJFF2XIJ.js";
import {
  parseForkName
} from "./chunk-SOI3VE3B.js";
import {
  hexToBytes
} from "./chunk-IXTBPKQN.js";
import {
  InvalidInputFileError,
  UsageError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/evm-input.js
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
function readText(ctx, path, label) {
  try {
    const data = readFileSync(cliPath(ctx, path));
    return (path.endsWith(".gz") ? gunzipSync(data) : data).toString("utf8");
  } catch (e) {
    throw new InvalidInputFileError(`${label}: cannot read ${path}: ${e.code ?? e}`);
  }
}
function hexArg(ctx, value, label) {
  if (value.startsWith("@")) {
    const path = value.slice(1);
    return hexToBytes(readText(ctx, path, label).replace(/\s+/g, ""), `${label} (${path})`);
  }
  return hexToBytes(value, label);
}
function forkArg(name) {
  const fork = parseForkName(name);
  if (!fork)
    throw new UsageError(`--fork: unknown fork ${JSON.stringify(name)}`);
  return fork;
}
function positiveInt(text, label, min = 0) {
  if (!/^\d+$/.test(text) || BigInt(text) < BigInt(min))
    throw new UsageError(`${label}: expected an integer >= ${min}, got ${JSON.stringify(text)}`);
  return BigInt(text);
}
function traceOptions(o) {
  return {
    memory: o["trace.memory"],
    noStack: o["trace.nostack"],
    returnData: o["trace.returndata"],
    callFrames: o["trace.callframes"]
  };
}

export {
  readText,
  hexArg,
  forkArg,
  positiveInt,
  traceOptions
};
