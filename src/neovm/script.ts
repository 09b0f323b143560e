/**
 * A script (neo-vm `src/Neo.VM/Script.cs`): its bytes and the instructions decoded from
 * them, cached by position. In strict mode the whole script is decoded up front and every
 * jump, call, try and type operand is checked.
 */
import { InvalidArgumentError } from '../core/errors.js';
import { assertScriptBytes } from './boundary.js';
import { BadScriptFault, VMFault } from './fault.js';
import { Instruction } from './instruction.js';
import { OpCode } from './opcodes.js';
import { isStackItemType, StackItemType } from './types/stack-item-type.js';

const I8_TARGETS = new Set(
  ['JMP', 'JMPIF', 'JMPIFNOT', 'JMPEQ', 'JMPNE', 'JMPGT', 'JMPGE', 'JMPLT', 'JMPLE', 'CALL', 'ENDTRY'].map(
    (n) => OpCode[n]!,
  ),
);
const I32_TARGETS = new Set(
  [
    'PUSHA',
    'JMP_L',
    'JMPIF_L',
    'JMPIFNOT_L',
    'JMPEQ_L',
    'JMPNE_L',
    'JMPGT_L',
    'JMPGE_L',
    'JMPLT_L',
    'JMPLE_L',
    'CALL_L',
    'ENDTRY_L',
  ].map((n) => OpCode[n]!),
);

export class Script {
  readonly length: number;
  private readonly instructions: (Instruction | undefined)[];

  constructor(
    readonly bytes: Uint8Array,
    readonly strictMode = false,
  ) {
    assertScriptBytes(bytes, 'Script: bytes');
    if (typeof strictMode !== 'boolean')
      throw new InvalidArgumentError('Script: strictMode: expected a boolean');
    this.length = bytes.length;
    this.instructions = new Array(bytes.length);
    if (strictMode) this.validate();
  }

  /** The instruction at `ip` (decoded once, then cached). */
  getInstruction(ip: number): Instruction {
    let instruction = this.instructions[ip];
    if (instruction === undefined) {
      if (ip >= this.length || ip < 0)
        throw new VMFault(`Instruction position out of range: ${ip}/${this.length}`);
      if (this.strictMode) throw new VMFault(`Instruction not found at position ${ip} in strict mode.`);
      instruction = Instruction.decode(this.bytes, ip);
      this.instructions[ip] = instruction;
    }
    return instruction;
  }

  /** The opcode byte at `index`. */
  opcodeAt(index: number): number {
    return this.bytes[index]!;
  }

  private validate(): void {
    const at = new Map<number, Instruction>();
    for (let ip = 0; ip < this.length; ) {
      const instruction = Instruction.decode(this.bytes, ip);
      this.instructions[ip] = instruction;
      at.set(ip, instruction);
      ip += instruction.size;
    }
    const bad = (ip: number, i: Instruction) =>
      new BadScriptFault(`ip: ${ip}, opcode: 0x${i.opcode.toString(16).padStart(2, '0')}`);
    for (const [ip, i] of at) {
      const op = i.opcode;
      if (I8_TARGETS.has(op) && !at.has(ip + i.tokenI8)) throw bad(ip, i);
      if (I32_TARGETS.has(op) && !at.has(ip + i.tokenI32)) throw bad(ip, i);
      if (op === OpCode.TRY && (!at.has(ip + i.tokenI8) || !at.has(ip + i.tokenI8_1))) throw bad(ip, i);
      if (op === OpCode.TRY_L && (!at.has(ip + i.tokenI32) || !at.has(ip + i.tokenI32_1))) throw bad(ip, i);
      if (op === OpCode.NEWARRAY_T || op === OpCode.ISTYPE || op === OpCode.CONVERT) {
        const type = i.tokenU8;
        if (!isStackItemType(type)) throw bad(ip, i);
        if (op !== OpCode.NEWARRAY_T && type === StackItemType.Any) throw bad(ip, i);
      }
    }
  }
}
