/** `polyvm neovm run SCRIPT [--trace] [--json]`: runs a script on a bare NeoVM. */
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
  const trace: TraceLine[] = [];
  const engine = new ExecutionEngine({
    hooks: opts.trace
      ? {
          preExecuteInstruction(e, instruction) {
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
      : {},
  });
  engine.loadScript(bytes);
  engine.execute();
  const result = [...engine.resultStack.items].reverse().map((i) => stackItemToJson(i));
  if (opts.json) {
    printJson(ctx, {
      state: engine.state,
      exception: engine.faultMessage,
      resultStack: result,
      ...(opts.trace ? { trace } : {}),
    });
  } else {
    ctx.io.out(`state: ${engine.state}\n`);
    if (engine.faultMessage !== null) ctx.io.out(`exception: ${engine.faultMessage}\n`);
    ctx.io.out(`result stack (${result.length}, top first):\n`);
    for (const item of result) ctx.io.out(`  ${JSON.stringify(item)}\n`);
  }
  return engine.state === 'HALT' ? EXIT_OK : EXIT_FAILED;
}
