import {
  JsVmWorker
} from "./chunk-V2JWBCNO.js";
import {
  cliPath
} from "./chunk-KJFF2XIJ.js";
import {
  UsageError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/js-shared.js
function openVm(ctx, state) {
  return new JsVmWorker({ stateDir: cliPath(ctx, state), autoFlush: true });
}
function parseGasLimit(text) {
  if (text === void 0)
    return void 0;
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`--gas-limit: expected a positive integer, got ${JSON.stringify(text)}`);
  return n;
}
function requireSigners(signers) {
  if (signers.length === 0)
    throw new UsageError("at least one --signer NAME is required");
  return signers;
}
function printLogs(ctx, logs) {
  for (const l of logs ?? [])
    ctx.io.err(`[${l.level}] ${l.text}
`);
}

export {
  openVm,
  parseGasLimit,
  requireSigners,
  printLogs
};
