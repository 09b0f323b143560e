/**
 * The readable text form of a script: one instruction per line, `OPCODE operand`, with the
 * byte offset (and jump targets) as a `;` comment, so the output assembles back to the
 * same bytes. Bytes that do not decode end the listing as a raw `0x...` line.
 */
import { bigIntFromLE } from './bigint.js';
import { BadScriptFault } from './fault.js';
import { Instruction } from './instruction.js';
import { OPCODE_BY_CODE, type OpCodeInfo } from './opcodes.js';
import { isStackItemType, stackItemTypeName } from './types/stack-item-type.js';
import { testHex } from './vmjson/stack-json.js';

export interface DecodedInstruction {
  readonly offset: number;
  readonly info: OpCodeInfo;
  readonly instruction: Instruction;
}

/** Decodes every instruction; `rest` holds the offset and reason where decoding stopped. */
export function decodeScript(script: Uint8Array): {
  instructions: DecodedInstruction[];
  rest: { offset: number; reason: string } | null;
} {
  const instructions: DecodedInstruction[] = [];
  let ip = 0;
  while (ip < script.length) {
    try {
      const instruction = Instruction.decode(script, ip);
      instructions.push({ offset: ip, info: OPCODE_BY_CODE[instruction.opcode]!, instruction });
      ip += instruction.size;
    } catch (error) {
      if (!(error instanceof BadScriptFault)) throw error;
      return { instructions, rest: { offset: ip, reason: error.message } };
    }
  }
  return { instructions, rest: null };
}

/** The operand in text form (empty when there is none). */
function operandText(d: DecodedInstruction): string {
  const i = d.instruction;
  switch (d.info.kind) {
    case 'none':
      return '';
    case 'int':
      return bigIntFromLE(i.operand).toString();
    case 'data':
      return i.operand.length === 0 ? '0x' : testHex(i.operand);
    case 'i8':
      return String(i.tokenI8);
    case 'i32':
      return String(i.tokenI32);
    case 'i8x2':
      return `${i.tokenI8} ${i.tokenI8_1}`;
    case 'i32x2':
      return `${i.tokenI32} ${i.tokenI32_1}`;
    case 'u8':
      return String(i.tokenU8);
    case 'u8x2':
      return `${i.tokenU8} ${i.tokenU8_1}`;
    case 'u16':
      return String(i.tokenU16);
    case 'u32':
      return `0x${i.tokenU32.toString(16).padStart(8, '0')}`;
    case 'type':
      return isStackItemType(i.tokenU8)
        ? stackItemTypeName(i.tokenU8)
        : `0x${i.tokenU8.toString(16).padStart(2, '0')}`;
  }
}

/** `OPCODE operand` for one instruction. */
export function formatInstruction(d: DecodedInstruction): string {
  const op = operandText(d);
  return op === '' ? d.info.name : `${d.info.name} ${op}`;
}

function targets(d: DecodedInstruction): string {
  const i = d.instruction;
  switch (d.info.kind) {
    case 'i8':
      return ` -> ${d.offset + i.tokenI8}`;
    case 'i32':
      return ` -> ${d.offset + i.tokenI32}`;
    case 'i8x2':
      return ` catch ${i.tokenI8 ? d.offset + i.tokenI8 : '-'} finally ${i.tokenI8_1 ? d.offset + i.tokenI8_1 : '-'}`;
    case 'i32x2':
      return ` catch ${i.tokenI32 ? d.offset + i.tokenI32 : '-'} finally ${i.tokenI32_1 ? d.offset + i.tokenI32_1 : '-'}`;
    default:
      return '';
  }
}

/** The whole script as text, one line per instruction. */
export function disassemble(script: Uint8Array): string {
  const { instructions, rest } = decodeScript(script);
  const lines = instructions.map((d) => {
    const text = formatInstruction(d);
    return `${text.padEnd(28)} ; ${String(d.offset).padStart(4, '0')}${targets(d)}`;
  });
  if (rest) {
    lines.push(
      `${testHex(script.subarray(rest.offset)).padEnd(28)} ; ${String(rest.offset).padStart(4, '0')} ${rest.reason}`,
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
