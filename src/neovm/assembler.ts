/**
 * Assembles the readable text form into a script. One instruction per line: `OPCODE
 * operand...`; `label:` names the next instruction's offset, and jump, call, try and PUSHA
 * operands may name a label instead of a relative offset; `;` or `//` start a comment; a
 * line that is a `0x...` literal emits raw bytes. Operands by kind: integers (decimal or
 * 0x hex) for PUSHINT*, offsets, slot indexes and SYSCALL ids; `0x...` or a "string" for
 * PUSHDATA*; a type name (Integer, ByteString, ...) for NEWARRAY_T, ISTYPE and CONVERT.
 */
import { PolyvmError } from '../core/errors.js';
import { OPCODE_BY_NAME, type OpCodeInfo } from './opcodes.js';
import { stackItemTypeByName } from './types/stack-item-type.js';

/** A line of assembly that cannot be assembled. */
export class AssemblyError extends PolyvmError {
  override name = 'AssemblyError';
  constructor(message: string, line: number, source = 'assembly') {
    super('NEOVM_ASSEMBLY', `${source}:${line}: ${message}`);
  }
}

interface Line {
  readonly no: number;
  readonly info: OpCodeInfo | null;
  readonly args: string[];
  readonly raw: Uint8Array | null;
  offset: number;
  size: number;
}

const LABEL = /^([A-Za-z_.$][\w.$]*):/;

function tokenize(text: string, no: number, source: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const m of text.matchAll(re)) {
    if (m[1] !== undefined) {
      try {
        out.push(`"${JSON.parse(`"${m[1]}"`) as string}`);
      } catch {
        throw new AssemblyError(`bad string literal ${m[0]}`, no, source);
      }
    } else out.push(m[2]!);
  }
  return out;
}

function stripComment(line: string): string {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"' && line[i - 1] !== '\\') inString = !inString;
    if (!inString && (c === ';' || (c === '/' && line[i + 1] === '/'))) return line.slice(0, i);
  }
  return line;
}

function hexBytes(token: string, no: number, source: string): Uint8Array {
  const h = token.slice(2);
  if (h.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(h))
    throw new AssemblyError(`bad hex ${token}`, no, source);
  return Uint8Array.from(Buffer.from(h, 'hex'));
}

function dataOf(token: string, no: number, source: string): Uint8Array {
  if (token.startsWith('"')) return new TextEncoder().encode(token.slice(1));
  if (token.startsWith('0x')) return hexBytes(token, no, source);
  throw new AssemblyError(`expected 0x... or "string", got ${token}`, no, source);
}

function intOf(token: string, no: number, source: string): bigint {
  if (!/^-?(0x[0-9a-fA-F]+|\d+)$/.test(token))
    throw new AssemblyError(`expected an integer, got ${token}`, no, source);
  return token.startsWith('-') ? -BigInt(token.slice(1)) : BigInt(token);
}

function le(value: bigint, size: number, signed: boolean, no: number, source: string): number[] {
  const bits = BigInt(size * 8);
  const min = signed ? -(1n << (bits - 1n)) : 0n;
  const max = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (value < min || value > max)
    throw new AssemblyError(`${value} does not fit in ${size} byte(s)`, no, source);
  const x = value < 0n ? (1n << bits) + value : value;
  const out: number[] = [];
  for (let i = 0n; i < BigInt(size); i++) out.push(Number((x >> (8n * i)) & 0xffn));
  return out;
}

function operandSize(info: OpCodeInfo, args: string[], no: number, source: string): number {
  if (info.kind !== 'data') return info.operand;
  return info.prefix + dataOf(args[0] ?? '', no, source).length;
}

export function assemble(text: string, source = 'assembly'): Uint8Array {
  const labels = new Map<string, number>();
  const lines: Line[] = [];
  let offset = 0;
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const no = i + 1;
    let body = stripComment(rawLine).trim();
    for (let m = LABEL.exec(body); m; m = LABEL.exec(body)) {
      if (labels.has(m[1]!)) throw new AssemblyError(`label '${m[1]}' defined twice`, no, source);
      labels.set(m[1]!, offset);
      body = body.slice(m[0].length).trim();
    }
    if (body === '') return;
    const tokens = tokenize(body, no, source);
    const head = tokens[0]!;
    if (head.startsWith('0x')) {
      const raw = hexBytes(head, no, source);
      if (tokens.length > 1) throw new AssemblyError('raw bytes take one 0x... literal', no, source);
      lines.push({ no, info: null, args: [], raw, offset, size: raw.length });
      offset += raw.length;
      return;
    }
    const info = OPCODE_BY_NAME.get(head.toUpperCase());
    if (info === undefined) throw new AssemblyError(`unknown opcode '${head}'`, no, source);
    const args = tokens.slice(1);
    const want = info.kind === 'none' ? 0 : info.kind.endsWith('x2') ? 2 : 1;
    if (args.length !== want) {
      throw new AssemblyError(`${info.name} takes ${want} operand(s), got ${args.length}`, no, source);
    }
    const size = 1 + operandSize(info, args, no, source);
    lines.push({ no, info, args, raw: null, offset, size });
    offset += size;
  });

  const out: number[] = [];
  for (const line of lines) {
    if (line.raw) {
      out.push(...line.raw);
      continue;
    }
    const { info, args, no } = line;
    out.push(info!.code);
    const rel = (token: string): bigint => {
      const target = labels.get(token);
      return target !== undefined ? BigInt(target - line.offset) : intOf(token, no, source);
    };
    switch (info!.kind) {
      case 'none':
        break;
      case 'int':
        out.push(...le(intOf(args[0]!, no, source), info!.operand, true, no, source));
        break;
      case 'data': {
        const data = dataOf(args[0]!, no, source);
        out.push(...le(BigInt(data.length), info!.prefix, false, no, source), ...data);
        break;
      }
      case 'i8':
      case 'i32':
        out.push(...le(rel(args[0]!), info!.operand, true, no, source));
        break;
      case 'i8x2':
      case 'i32x2': {
        const half = info!.operand / 2;
        for (const a of args) out.push(...le(a === '0' ? 0n : rel(a), half, true, no, source));
        break;
      }
      case 'u8':
      case 'u16':
      case 'u32':
        out.push(...le(intOf(args[0]!, no, source), info!.operand, false, no, source));
        break;
      case 'u8x2':
        for (const a of args) out.push(...le(intOf(a, no, source), 1, false, no, source));
        break;
      case 'type': {
        const a = args[0]!;
        const code = stackItemTypeByName(a);
        out.push(code !== undefined ? code : Number(le(intOf(a, no, source), 1, false, no, source)[0]));
        break;
      }
    }
  }
  return Uint8Array.from(out);
}
