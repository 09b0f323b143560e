import {
  readScriptArg
} from "./chunk-DCFPIDVL.js";
import {
  assemble,
  disassemble
} from "./chunk-67AMXDAE.js";
import {
  EXIT_OK,
  cliPath
} from "./chunk-KJFF2XIJ.js";
import "./chunk-IXTBPKQN.js";
import {
  InvalidInputFileError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/neovm-asm.js
import { readFileSync } from "node:fs";
function asm(ctx, file) {
  let text;
  try {
    text = readFileSync(cliPath(ctx, file), "utf8");
  } catch (error) {
    throw new InvalidInputFileError(`${file}: cannot read: ${error.message}`, { cause: error });
  }
  ctx.io.out(`0x${Buffer.from(assemble(text, file)).toString("hex")}
`);
  return EXIT_OK;
}
function disasm(ctx, script) {
  ctx.io.out(disassemble(readScriptArg(ctx, script, false)));
  return EXIT_OK;
}
export {
  asm,
  disasm
};
