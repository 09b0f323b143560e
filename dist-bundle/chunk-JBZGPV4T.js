import {
  JS_TX_FAILED
} from "./chunk-P24OGJJT.js";
import {
  openVm,
  parseGasLimit,
  printLogs,
  requireSigners
} from "./chunk-7T2JWIC2.js";
import {
  ContractValidationError,
  parseAbi,
  validateContract
} from "./chunk-V2JWBCNO.js";
import {
  EXIT_FAILED,
  EXIT_OK,
  cliPath,
  errorDocument,
  printJson
} from "./chunk-KJFF2XIJ.js";
import {
  InvalidInputFileError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/js-deploy.js
import { existsSync, readFileSync } from "node:fs";
function readText(path, what) {
  try {
    return readFileSync(path, "utf8");
  } catch (cause) {
    throw new InvalidInputFileError(`cannot read ${what} ${path}: ${cause.message}`, { cause });
  }
}
function abiPath(file, given, ctx) {
  if (given !== void 0)
    return cliPath(ctx, given);
  const candidates = [
    file.replace(/\.[^./]+$/, ".abi"),
    `${file}.abi`,
    `${file.replace(/\.js$/, "")}.js.abi`
  ];
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new InvalidInputFileError(`no ABI file for ${file}: tried ${candidates.join(", ")}; give --abi FILE`);
  return found;
}
function validate(file, code, abi) {
  try {
    validateContract(code, parseAbi(abi));
  } catch (e) {
    if (!(e instanceof ContractValidationError) || !e.location)
      throw e;
    throw new ContractValidationError(`${file}:${e.location.line}:${e.location.column}: ${e.rule}`, {
      cause: e
    });
  }
}
function readContract(ctx, file, opts) {
  const path = cliPath(ctx, file);
  const code = readText(path, "contract");
  const abi = readText(abiPath(path, opts.abi, ctx), "ABI");
  const signers = requireSigners(opts.signer);
  const gasLimit = parseGasLimit(opts.gasLimit);
  validate(file, code, abi);
  return { code, abi, signers, gasLimit };
}
async function jsDeploy(ctx, file, opts) {
  const { code, abi, signers, gasLimit } = readContract(ctx, file, opts);
  const vm = openVm(ctx, opts.state);
  try {
    const result = await vm.deploy({ code, abi, id: opts.id, signers, gasLimit });
    printLogs(ctx, result.logs);
    if (result.status === "success") {
      if (opts.json)
        printJson(ctx, { status: "success", id: result.id, gasUsed: result.gasUsed });
      else
        ctx.io.out(`deployed ${result.id} (gas used ${result.gasUsed})
`);
      return EXIT_OK;
    }
    if (opts.json)
      printJson(ctx, errorDocument(JS_TX_FAILED, result.error ?? ""));
    else
      ctx.io.err(`polyvm: deploy failed: ${result.error}
`);
    return EXIT_FAILED;
  } finally {
    await vm.close();
  }
}

export {
  readText,
  abiPath,
  validate,
  readContract,
  jsDeploy
};
