/**
 * One decoded instruction (neo-vm `src/Neo.VM/Instruction.cs`): opcode, operand bytes and
 * total size, read from the opcode table. Decoding faults on an unknown opcode or an
 * operand that runs past the end of the script.
 */
import { BadScriptFault } from './fault.js';
import { OPCODE_BY_CODE, OpCode } from './opcodes.js';
import type { StackItem } from './types/stack-item.js';

const EMPTY = new Uint8Array(0);

export class Instruction {
  /** The implicit RET run when a context's instruction pointer reaches the end. */
  static readonly RET = new Instruction(OpCode.RET!, EMPTY, 1);

  /** A constant item this instruction pushes, cached by the push handlers. */
  cached: StackItem | undefined = undefined;

  constructor(
    readonly opcode: number,
    readonly operand: Uint8Array,
    readonly size: number,
  ) {}

  /** Decodes the instruction at `ip`. */
  static decode(script: Uint8Array, ip: number): Instruction {
    const code = script[ip]!;
    const info = OPCODE_BY_CODE[code];
    if (info === undefined) {
      throw new BadScriptFault(`Invalid opcode 0x${code.toString(16).padStart(2, '0')} at position ${ip}.`);
    }
    let p = ip + 1;
    let size = info.operand;
    const prefix = info.prefix;
    if (prefix !== 0) {
      if (p + prefix > script.length) {
        throw new BadScriptFault(`Instruction out of bounds. InstructionPointer: ${p}`);
      }
      if (prefix === 1) size = script[p]!;
      else if (prefix === 2) size = script[p]! | (script[p + 1]! << 8);
      else {
        size = script[p]! | (script[p + 1]! << 8) | (script[p + 2]! << 16) | (script[p + 3]! << 24);
        if (size < 0) {
          throw new BadScriptFault(
            `Instruction out of bounds. InstructionPointer: ${p}, operandSize: ${size}`,
          );
        }
      }
      p += prefix;
    }
    if (p + size > script.length) {
      throw new BadScriptFault(
        `Instruction out of bounds. InstructionPointer: ${p}, operandSize: ${size}, length: ${script.length}`,
      );
    }
    const operand = size > 0 ? script.subarray(p, p + size) : EMPTY;
    return new Instruction(code, operand, 1 + prefix + size);
  }

  get tokenI8(): number {
    return (this.operand[0]! << 24) >> 24;
  }
  get tokenI8_1(): number {
    return (this.operand[1]! << 24) >> 24;
  }
  get tokenU8(): number {
    return this.operand[0]!;
  }
  get tokenU8_1(): number {
    return this.operand[1]!;
  }
  get tokenU16(): number {
    return this.operand[0]! | (this.operand[1]! << 8);
  }
  get tokenI32(): number {
    const o = this.operand;
    return o[0]! | (o[1]! << 8) | (o[2]! << 16) | (o[3]! << 24);
  }
  get tokenI32_1(): number {
    const o = this.operand;
    return o[4]! | (o[5]! << 8) | (o[6]! << 16) | (o[7]! << 24);
  }
  get tokenU32(): number {
    return this.tokenI32 >>> 0;
  }
}
