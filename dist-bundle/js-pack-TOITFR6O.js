import {
  validateContract
} from "./chunk-V2JWBCNO.js";
import "./chunk-B7JO3TSC.js";
import "./chunk-CIILX6KK.js";
import {
  EXIT_OK,
  cliPath
} from "./chunk-KJFF2XIJ.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import "./chunk-XXQMZ22L.js";

// dist/cli/commands/js-pack.js
import { writeFileSync } from "node:fs";
async function jsPack(ctx, dir, opts) {
  const { packProject } = await import("./pack-4FWG7JEX.js");
  const source = await packProject(cliPath(ctx, dir));
  validateContract(source, { lang: "javascript", version: "1.0.0", abi: [] });
  const out = cliPath(ctx, opts.output);
  writeFileSync(out, source);
  ctx.io.out(`packed ${dir} into ${out} (${source.length} characters)
`);
  return EXIT_OK;
}
export {
  jsPack
};
