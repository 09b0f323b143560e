/**
 * The interpreter loop: fetch, check stack bounds and static gas from the per-fork table,
 * dispatch to a handler. Synchronous; returns when the frame ends or suspends for a child.
 */
import { type Frame, INVALID_OPCODE, OUT_OF_GAS, RUNNING, STACK_OVERFLOW, STACK_UNDERFLOW } from './frame.js';
import type { InstructionTable } from './instructions/table.js';

export function run(f: Frame, t: InstructionTable): void {
  const code = f.code;
  const len = code.length;
  const { handlers, staticGas, minStack, maxStack } = t;
  const tracer = f.ctx.tracer;
  while (f.status === RUNNING) {
    const pc = f.pc;
    const op = pc < len ? code[pc]! : 0;
    const g = staticGas[op]!;
    if (tracer) {
      tracer.step({
        pc,
        op,
        gas: f.gas,
        gasCost: Math.max(g, 0),
        memSize: f.memory.size,
        stack: f.stack.slice(0, f.sp),
        depth: f.msg.depth + 1,
        returnData: f.returnData,
        refund: f.ctx.world.refund,
      });
    }
    if (g < 0) {
      f.status = INVALID_OPCODE;
      break;
    }
    const sp = f.sp;
    if (sp < minStack[op]!) {
      f.status = STACK_UNDERFLOW;
      break;
    }
    if (sp > maxStack[op]!) {
      f.status = STACK_OVERFLOW;
      break;
    }
    if (f.gas < g) {
      f.status = OUT_OF_GAS;
      break;
    }
    f.gas -= g;
    f.pc = pc + 1;
    handlers[op]!(f);
  }
}
