/**
 * EIP-3155 tracing as geth's JSON logger writes it (eth/tracers/logger/logger_json.go): one
 * line per executed instruction (`pc`, `op`, `gas` before it, `gasCost` static plus dynamic,
 * `memSize` before expansion, `stack`, `depth`, `refund`, `opName`, `error`; `memory` and
 * `returnData` on request), a second line with the error when an instruction fails while
 * executing, an `{"output","gasUsed","error"}` line when a call frame ends, and with call
 * frames enabled a line when one begins. Only a traced run builds any of this.
 */
import { OPCODE_BY_CODE } from './opcodes.js';
import { addressToHex } from './words.js';

export interface TraceStep {
  pc: number;
  op: number;
  gas: bigint;
  gasCost: bigint;
  memSize: number;
  stack: readonly bigint[];
  depth: number;
  refund: number;
  returnData: Uint8Array;
  memory?: Uint8Array;
  error?: string;
}

export interface TraceEnter {
  depth: number;
  /** CALL, CALLCODE, DELEGATECALL, STATICCALL, CREATE, CREATE2 or SELFDESTRUCT. */
  kind: number;
  from: bigint;
  to: bigint;
  input: Uint8Array;
  gas: bigint;
  /** undefined for STATICCALL (geth writes null). */
  value: bigint | undefined;
}

export interface TraceExit {
  depth: number;
  output: Uint8Array;
  gasUsed: bigint;
  error?: string;
}

export interface Tracer {
  step(s: TraceStep): void;
  enter?(e: TraceEnter): void;
  exit?(e: TraceExit): void;
  /** Whether steps should carry the memory (geth `--trace.memory`). */
  readonly wantsMemory?: boolean;
}

// geth's names of the bytes it knows beyond our table (EOF) and of 0x44.
const GETH_NAMES: Readonly<Record<number, string>> = {
  68: 'DIFFICULTY',
  208: 'DATALOAD',
  209: 'DATALOADN',
  210: 'DATASIZE',
  211: 'DATACOPY',
  224: 'RJUMP',
  225: 'RJUMPI',
  226: 'RJUMPV',
  227: 'CALLF',
  228: 'RETF',
  229: 'JUMPF',
  230: 'DUPN',
  231: 'SWAPN',
  232: 'EXCHANGE',
  236: 'EOFCREATE',
  238: 'RETURNCONTRACT',
  247: 'RETURNDATALOAD',
  248: 'EXTCALL',
  249: 'EXTDELEGATECALL',
  251: 'EXTSTATICCALL',
};

/** geth's `vm.OpCode.String`: the mnemonic of any fork, else `opcode 0xc not defined`. */
export function gethOpName(op: number): string {
  return GETH_NAMES[op] ?? OPCODE_BY_CODE[op]?.name ?? `opcode 0x${op.toString(16)} not defined`;
}

const hex = (n: number | bigint) => `0x${n.toString(16)}`;
const bytesHex = (b: Uint8Array) => Buffer.from(b).toString('hex');

export interface JsonTraceOptions {
  /** Include `memory` (geth `--trace.memory`; off by default, as in geth). */
  memory?: boolean;
  /** Leave out `stack` (geth `--trace.nostack`). */
  noStack?: boolean;
  /** Include `returnData` (geth `--trace.returndata`). */
  returnData?: boolean;
  /** Write a line when a call frame begins (geth `--trace.callframes`). */
  callFrames?: boolean;
}

/** An instruction's line, fields in geth's order (without the newline). */
export function formatStep(s: TraceStep, opts: JsonTraceOptions = {}): string {
  let line = `{"pc":${s.pc},"op":${s.op},"gas":"${hex(s.gas)}","gasCost":"${hex(s.gasCost)}"`;
  if (opts.memory && s.memory && s.memory.length > 0) line += `,"memory":"0x${bytesHex(s.memory)}"`;
  line += `,"memSize":${s.memSize}`;
  line += opts.noStack ? ',"stack":null' : `,"stack":[${s.stack.map((v) => `"${hex(v)}"`).join(',')}]`;
  if (opts.returnData && s.returnData.length > 0) line += `,"returnData":"0x${bytesHex(s.returnData)}"`;
  line += `,"depth":${s.depth},"refund":${s.refund},"opName":"${gethOpName(s.op)}"`;
  if (s.error) line += `,"error":${JSON.stringify(s.error)}`;
  return `${line}}`;
}

/** A frame's end line: output without 0x, as geth writes it. */
export function formatExit(e: TraceExit): string {
  const error = e.error ? `,"error":${JSON.stringify(e.error)}` : '';
  return `{"output":"${bytesHex(e.output)}","gasUsed":"${hex(e.gasUsed)}"${error}}`;
}

/** A frame's begin line (geth's callFrame; `input` only with memory). */
export function formatEnter(e: TraceEnter, opts: JsonTraceOptions = {}): string {
  const o: Record<string, unknown> = { from: `0x${addressToHex(e.from)}`, to: `0x${addressToHex(e.to)}` };
  if (opts.memory && e.input.length > 0) o.input = `0x${bytesHex(e.input)}`;
  o.gas = hex(e.gas);
  o.value = e.value === undefined ? null : hex(e.value);
  o.type = gethOpName(e.kind);
  return JSON.stringify(o);
}

/** A tracer that writes geth's JSON lines through `write`. */
export function jsonLineTracer(write: (line: string) => void, opts: JsonTraceOptions = {}): Tracer {
  return {
    wantsMemory: opts.memory === true,
    step: (s) => write(`${formatStep(s, opts)}\n`),
    exit: (e) => write(`${formatExit(e)}\n`),
    enter: opts.callFrames ? (e) => write(`${formatEnter(e, opts)}\n`) : undefined,
  };
}
