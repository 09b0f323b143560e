/**
 * `polyvm neovm run SCRIPT [--trace] [--json] [--gas DATOSHI]`: runs a script on a bare NeoVM,
 * metered as neo's RPC `invokescript` meters it: each instruction costs neo's opcode price
 * times the default execution fee factor, up to MaxGasInvoke (10 GAS) unless --gas says
 * otherwise; past the limit the script faults with "Insufficient GAS.".
 */
import { UsageError } from '../../core/errors.js';
import {
  DEFAULT_EXEC_FEE_FACTOR,
  FEE_FACTOR,
  FeeMeter,
  MAX_GAS_INVOKE,
  OPCODE_PRICE_TABLE,
} from '../../neo/index.js';
import {
  ExecutionEngine,
  formatInstruction,
  type Instruction,
  OPCODE_BY_CODE,
  type StackItem,
  stackItemToJson,
} from '../../neovm/index.js';
import { type CliContext, EXIT_FAILED, EXIT_OK, printJson } from '../io.js';
import { readScriptArg } from './neovm-script-arg.js';

interface RunOptions {
  trace?: boolean;
  json?: boolean;
  gas?: string;
}

function gasLimit(text: string | undefined): bigint {
  if (text === undefined) return MAX_GAS_INVOKE;
  if (!/^\d+$/.test(text) || BigInt(text) === 0n) {
    throw new UsageError(`--gas: expected a positive integer of datoshi, got ${JSON.stringify(text)}`);
  }
  return BigInt(text);
}

interface TraceLine {
  ip: number;
  opcode: string;
  stack: unknown[];
}

function compact(item: StackItem): string {
  const j = stackItemToJson(item) as { type: string; value?: unknown };
  return j.value === undefined ? j.type : `${j.type}(${JSON.stringify(j.value)})`;
}

function text(instruction: Instruction, ip: number): string {
  const info = OPCODE_BY_CODE[instruction.opcode]!;
  return formatInstruction({ offset: ip, info, instruction });
}

export function run(ctx: CliContext, script: string, opts: RunOptions): number {
  const bytes = readScriptArg(ctx, script, true);
  const limit = gasLimit(opts.gas);
  const trace: TraceLine[] = [];
  const meter = new FeeMeter(limit, BigInt(DEFAULT_EXEC_FEE_FACTOR * FEE_FACTOR));
  const charge = (instruction: Instruction) => meter.addUnits(OPCODE_PRICE_TABLE[instruction.opcode]!);
  const engine = new ExecutionEngine({
    hooks: opts.trace
      ? {
          preExecuteInstruction(e, instruction) {
            charge(instruction);
            const context = e.currentContext!;
            const items = [...context.evaluationStack.items].reverse();
            const ip = context.instructionPointer;
            if (opts.json) {
              trace.push({ ip, opcode: text(instruction, ip), stack: items.map((i) => stackItemToJson(i)) });
            } else {
              const depth = e.invocationStack.length;
              ctx.io.out(
                `${String(ip).padStart(4, '0')} ${'  '.repeat(depth - 1)}${text(instruction, ip).padEnd(24)} [${items.map(compact).join(', ')}]\n`,
              );
            }
          },
        }
      : { preExecuteInstruction: (_e, instruction) => charge(instruction) },
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
      ...(opts.trace ? { trace } : {}),
    });
  } else {
    ctx.io.out(`state: ${engine.state}\ngas consumed: ${meter.feeConsumed} datoshi (limit ${limit})\n`);
    if (engine.faultMessage !== null) ctx.io.out(`exception: ${engine.faultMessage}\n`);
    ctx.io.out(`result stack (${result.length}, top first):\n`);
    for (const item of result) ctx.io.out(`  ${JSON.stringify(item)}\n`);
  }
  return engine.state === 'HALT' ? EXIT_OK : EXIT_FAILED;
}
