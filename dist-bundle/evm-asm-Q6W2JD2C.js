import {
  hexArg,
  readText
} from "./chunk-TYHROJIW.js";
import {
  EXIT_OK,
  printJson
} from "./chunk-KJFF2XIJ.js";
import {
  assemble,
  disassemble,
  formatDisassembly
} from "./chunk-SOI3VE3B.js";
import "./chunk-KZLTWOWN.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-36UFO7KE.js";
import "./chunk-3R424V4S.js";
import "./chunk-ACMAOO3W.js";
import {
  bytesToPrefixedHex
} from "./chunk-IXTBPKQN.js";
import "./chunk-XXQMZ22L.js";

// dist/cli/commands/evm-asm.js
function evmDisasm(ctx, code, opts) {
  const lines = disassemble(hexArg(ctx, code, "code"));
  if (opts.json)
    printJson(ctx, lines);
  else
    ctx.io.out(formatDisassembly(lines));
  return EXIT_OK;
}
function evmAsm(ctx, file) {
  ctx.io.out(`${bytesToPrefixedHex(assemble(readText(ctx, file, "asm"), file))}
`);
  return EXIT_OK;
}
export {
  evmAsm,
  evmDisasm
};
