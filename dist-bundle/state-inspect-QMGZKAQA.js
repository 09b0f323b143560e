import {
  EXIT_OK,
  cliPath,
  printJson
} from "./chunk-KJFF2XIJ.js";
import {
  LmdbStore
} from "./chunk-VN6NVGIK.js";
import "./chunk-ACMAOO3W.js";
import {
  bytesToHex,
  hexToBytes
} from "./chunk-IXTBPKQN.js";
import {
  UsageError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/state-inspect.js
async function inspect(ctx, opts) {
  const prefix = opts.prefix === void 0 ? void 0 : hexToBytes(opts.prefix, "--prefix");
  const limit = opts.limit === void 0 ? void 0 : parseLimit(opts.limit);
  const store = new LmdbStore(cliPath(ctx, opts.state), { readOnly: true });
  try {
    const entries = [...store.range({ prefix, limit })].map(([k, v]) => ({
      key: bytesToHex(k),
      value: bytesToHex(v)
    }));
    if (opts.json) {
      printJson(ctx, { path: store.path, count: entries.length, entries });
      return EXIT_OK;
    }
    ctx.io.out(`${store.path}: ${entries.length} entr${entries.length === 1 ? "y" : "ies"}
`);
    for (const { key, value } of entries)
      ctx.io.out(`${printable(key)}  ${value}
`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
function parseLimit(text) {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`--limit: expected a positive integer, got ${JSON.stringify(text)}`);
  return n;
}
function printable(hex) {
  const bytes = Buffer.from(hex, "hex");
  let text = "";
  for (const b of bytes) {
    if (b >= 33 && b < 127 && b !== 92)
      text += String.fromCharCode(b);
    else
      text += `\\x${b.toString(16).padStart(2, "0")}`;
  }
  return text;
}
export {
  inspect
};
