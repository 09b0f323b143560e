import {
  readScriptArg
} from "./chunk-DCFPIDVL.js";
import {
  DEFAULT_EXEC_FEE_FACTOR,
  FEE_FACTOR,
  FeeMeter,
  MAX_GAS_INVOKE,
  OPCODE_PRICE_TABLE
} from "./chunk-MBX3FAV5.js";
import {
  ExecutionEngine,
  OPCODE_BY_CODE,
  formatInstruction,
  stackItemToJson
} from "./chunk-67AMXDAE.js";
import "./chunk-CIILX6KK.js";
import {
  EXIT_FAILED,
  EXIT_OK,
  printJson
} from "./chunk-KJFF2XIJ.js";
import "./chunk-KZLTWOWN.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-3R424V4S.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import {
  UsageError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/neovm-run.js
function gasLimit(text2) {
  if (text2 === void 0)
    return MAX_GAS_INVOKE;
  if (!/^\d+$/.test(text2) || BigInt(text2) === 0n) {
    throw new UsageError(`--gas: expected a positive integer of datoshi, got ${JSON.stringify(text2)}`);
  }
  return BigInt(text2);
}
function compact(item) {
  const j = stackItemToJson(item);
  return j.value === void 0 ? j.type : `${j.type}(${JSON.stringify(j.value)})`;
}
function text(instruction, ip) {
  const info = OPCODE_BY_CODE[instruction.opcode];
  return formatInstruction({ offset: ip, info, instruction });
}
function run(ctx, script, opts) {
  const bytes = readScriptArg(ctx, script, true);
  const limit = gasLimit(opts.gas);
  const trace = [];
  const meter = new FeeMeter(limit, BigInt(DEFAULT_EXEC_FEE_FACTOR * FEE_FACTOR));
  const charge = (instruction) => meter.addUnits(OPCODE_PRICE_TABLE[instruction.opcode]);
  const engine = new ExecutionEngine({
    hooks: opts.trace ? {
      preExecuteInstruction(e, instruction) {
        charge(instruction);
        const context = e.currentContext;
        const items = [...context.evaluationStack.items].reverse();
        const ip = context.instructionPointer;
        if (opts.json) {
          trace.push({ ip, opcode: text(instruction, ip), stack: items.map((i) => stackItemToJson(i)) });
        } else {
          const depth = e.invocationStack.length;
          ctx.io.out(`${String(ip).padStart(4, "0")} ${"  ".repeat(depth - 1)}${text(instruction, ip).padEnd(24)} [${items.map(compact).join(", ")}]
`);
        }
      }
    } : { preExecuteInstruction: (_e, instruction) => charge(instruction) }
  });
  engine.loadScript(bytes);
  engine.execute();
  const result = [...engine.resultStack.items].reverse().map((i) => stackItemToJson(i));
  if (opts.json) {
    printJson(ctx, {
      state: engine.state,
      exception: engine.faultMessage,
      gasconsumed: meter.feeConsumed.toString(),
      resultStack: result,
      ...opts.trace ? { trace } : {}
    });
  } else {
    ctx.io.out(`state: ${engine.state}
gas consumed: ${meter.feeConsumed} datoshi (limit ${limit})
`);
    if (engine.faultMessage !== null)
      ctx.io.out(`exception: ${engine.faultMessage}
`);
    ctx.io.out(`result stack (${result.length}, top first):
`);
    for (const item of result)
      ctx.io.out(`  ${JSON.stringify(item)}
`);
  }
  return engine.state === "HALT" ? EXIT_OK : EXIT_FAILED;
}
export {
  run
};
