/**
 * Builds scripts byte by byte (neo-vm `src/Neo.VM/ScriptBuilder.cs`): opcodes, the
 * shortest pushes of integers, bytes, strings and booleans, jumps, calls and syscalls.
 */
import { assertSafeInteger } from '../core/assert.js';
import { InvalidArgumentError } from '../core/errors.js';
import { bigIntToLE } from './bigint.js';
import { assertByteList } from './boundary.js';
import { OPCODE_BY_CODE, OPCODE_BY_NAME, OpCode } from './opcodes.js';

const PUSHINT_SIZES: [number, string][] = [
  [1, 'PUSHINT8'],
  [2, 'PUSHINT16'],
  [4, 'PUSHINT32'],
  [8, 'PUSHINT64'],
  [16, 'PUSHINT128'],
  [32, 'PUSHINT256'],
];

function opcodeOf(op: number | string): number {
  if (typeof op === 'string') {
    const info = OPCODE_BY_NAME.get(op);
    if (info === undefined) throw new InvalidArgumentError(`unknown opcode '${op}'`);
    return info.code;
  }
  if (!Number.isInteger(op) || OPCODE_BY_CODE[op] === undefined)
    throw new InvalidArgumentError(
      `unknown opcode ${typeof op === 'number' ? `0x${op.toString(16)}` : typeof op}`,
    );
  return op;
}

function le32(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];
}

export class ScriptBuilder {
  private bytes: number[] = [];

  get length(): number {
    return this.bytes.length;
  }

  /** An opcode (by byte or name) followed by raw operand bytes. */
  emit(op: number | string, operand: ArrayLike<number> = []): this {
    assertByteList(operand, 'emit: operand');
    this.bytes.push(opcodeOf(op));
    for (let i = 0; i < operand.length; i++) this.bytes.push(operand[i]! & 0xff);
    return this;
  }

  emitRaw(bytes: ArrayLike<number>): this {
    assertByteList(bytes, 'emitRaw: bytes');
    for (let i = 0; i < bytes.length; i++) this.bytes.push(bytes[i]! & 0xff);
    return this;
  }

  /** CALL with an 8-bit offset when it fits, else CALL_L. */
  emitCall(offset: number): this {
    assertSafeInteger(offset, 'emitCall: offset', -(2 ** 31), 2 ** 31 - 1);
    if (offset < -128 || offset > 127) return this.emit(OpCode.CALL_L!, le32(offset));
    return this.emit(OpCode.CALL!, [offset & 0xff]);
  }

  /** A JMP* opcode; a short form becomes its _L form when the offset needs 32 bits. */
  emitJump(op: number | string, offset: number): this {
    assertSafeInteger(offset, 'emitJump: offset', -(2 ** 31), 2 ** 31 - 1);
    let code = opcodeOf(op);
    if (code < OpCode.JMP! || code > OpCode.JMPLE_L!) {
      throw new InvalidArgumentError(`not a jump opcode: ${OPCODE_BY_CODE[code]!.name}`);
    }
    if (code % 2 === 0 && (offset < -128 || offset > 127)) code += 1;
    return code % 2 === 0 ? this.emit(code, [offset & 0xff]) : this.emit(code, le32(offset));
  }

  /** The shortest push of an integer, boolean, byte array or (UTF-8) string. */
  emitPush(value: bigint | number | boolean | Uint8Array | string): this {
    if (typeof value === 'boolean') return this.emit(value ? OpCode.PUSHT! : OpCode.PUSHF!);
    if (typeof value === 'string') return this.emitPush(new TextEncoder().encode(value));
    if (value instanceof Uint8Array) return this.pushData(value);
    if (typeof value !== 'number' && typeof value !== 'bigint')
      throw new InvalidArgumentError(
        `emitPush: expected a bigint, number, boolean, Uint8Array or string, got ${value === null ? 'null' : typeof value}`,
      );
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      throw new InvalidArgumentError(`emitPush: ${value} is not a safe integer; pass a bigint`);
    }
    const v = BigInt(value);
    if (v >= -1n && v <= 16n) return this.emit(OpCode.PUSH0! + Number(v));
    const data = bigIntToLE(v);
    const row = PUSHINT_SIZES.find(([size]) => data.length <= size);
    if (row === undefined) throw new InvalidArgumentError(`emitPush: ${v} does not fit in 32 bytes`);
    const operand = new Array<number>(row[0]).fill(v < 0n ? 0xff : 0);
    for (let i = 0; i < data.length; i++) operand[i] = data[i]!;
    return this.emit(row[1], operand);
  }

  emitSysCall(api: number): this {
    assertSafeInteger(api, 'emitSysCall: api', 0, 2 ** 32 - 1);
    return this.emit(OpCode.SYSCALL!, le32(api >>> 0));
  }

  toArray(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }

  private pushData(data: Uint8Array): this {
    const n = data.length;
    if (n < 0x100) this.emit(OpCode.PUSHDATA1!, [n]);
    else if (n < 0x10000) this.emit(OpCode.PUSHDATA2!, [n & 0xff, n >> 8]);
    else this.emit(OpCode.PUSHDATA4!, le32(n));
    return this.emitRaw(data);
  }
}
