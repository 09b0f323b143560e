/**
 * EIP-3155 tracing: one JSON line per executed instruction, written only when a tracer is
 * attached (the untraced loop never builds strings).
 */
import { opcodeName } from './opcodes.js';

export interface Tracer {
  step(line: TraceStep): void;
}

export interface TraceStep {
  pc: number;
  op: number;
  gas: number;
  gasCost: number;
  memSize: number;
  stack: readonly bigint[];
  depth: number;
  returnData: Uint8Array;
  refund: number;
  error?: string;
}

const hex = (n: number | bigint) => `0x${n.toString(16)}`;

/** An EIP-3155 line (without the newline). */
export function formatStep(s: TraceStep): string {
  const o: Record<string, unknown> = {
    pc: s.pc,
    op: s.op,
    gas: hex(s.gas),
    gasCost: hex(s.gasCost),
    memSize: s.memSize,
    stack: s.stack.map(hex),
    depth: s.depth,
    returnData: `0x${Buffer.from(s.returnData).toString('hex')}`,
    refund: s.refund,
    opName: opcodeName(s.op),
  };
  if (s.error) o.error = s.error;
  return JSON.stringify(o);
}

/** A tracer that writes EIP-3155 lines through `write`. */
export function jsonLineTracer(write: (line: string) => void): Tracer {
  return { step: (s) => write(`${formatStep(s)}\n`) };
}
