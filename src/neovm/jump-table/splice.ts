/** Byte strings and buffers (neo-vm `JumpTable.Splice.cs`); results are Buffers. */
import { toInt32 } from '../bigint.js';
import { VMFault } from '../fault.js';
import { assertMaxItemSize } from '../limits.js';
import { BufferItem } from '../types/buffer.js';
import type { HandlerMap } from './index.js';

export const spliceHandlers: HandlerMap = {
  /** Pops length, pushes a zeroed buffer. */
  NEWBUFFER: (engine) => {
    const length = toInt32(engine.pop().getInteger());
    assertMaxItemSize(engine.limits, length);
    engine.push(new BufferItem(length));
  },
  /** Pops count, si, src, di, dst: copies src[si..si+count] into dst at di. */
  MEMCPY: (engine) => {
    const count = toInt32(engine.pop().getInteger());
    if (count < 0) throw new VMFault(`The count can not be negative for MEMCPY, count: ${count}.`);
    const si = toInt32(engine.pop().getInteger());
    if (si < 0) throw new VMFault(`The source index can not be negative for MEMCPY, index: ${si}.`);
    const src = engine.pop().getSpan();
    if (si + count > src.length) {
      throw new VMFault(
        `The source index + count is out of range for MEMCPY, index: ${si}, count: ${count}, ${si}/[0, ${src.length}].`,
      );
    }
    const di = toInt32(engine.pop().getInteger());
    if (di < 0) throw new VMFault(`The destination index can not be negative for MEMCPY, index: ${si}.`);
    const dst = engine.currentContext!.evaluationStack.popAs(BufferItem);
    if (di + count > dst.size) {
      throw new VMFault(
        `The destination index + count is out of range for MEMCPY, index: ${di}, count: ${count}, ${di}/[0, ${dst.size}].`,
      );
    }
    dst.bytes.set(src.subarray(si, si + count), di);
  },
  /** Pops x2, x1: pushes x1 followed by x2. */
  CAT: (engine) => {
    const x2 = engine.pop().getSpan();
    const x1 = engine.pop().getSpan();
    const length = x1.length + x2.length;
    assertMaxItemSize(engine.limits, length);
    const out = new Uint8Array(length);
    out.set(x1, 0);
    out.set(x2, x1.length);
    engine.push(BufferItem.wrap(out));
  },
  /** Pops count, index, x: pushes x[index..index+count]. */
  SUBSTR: (engine) => {
    const count = toInt32(engine.pop().getInteger());
    if (count < 0) throw new VMFault(`The count can not be negative for SUBSTR, count: ${count}.`);
    const index = toInt32(engine.pop().getInteger());
    if (index < 0) throw new VMFault(`The index can not be negative for SUBSTR, index: ${index}.`);
    const x = engine.pop().getSpan();
    if (index + count > x.length) {
      throw new VMFault(
        `The index + count is out of range for SUBSTR, index: ${index}, count: ${count}, ${index + count}/[0, ${x.length}].`,
      );
    }
    engine.push(new BufferItem(x.subarray(index, index + count)));
  },
  /** Pops count, x: pushes the first count bytes. */
  LEFT: (engine) => {
    const count = toInt32(engine.pop().getInteger());
    if (count < 0) throw new VMFault(`The count can not be negative for LEFT, count: ${count}.`);
    const x = engine.pop().getSpan();
    if (count > x.length) throw new VMFault(`The count is out of range for LEFT, ${count}/[0, ${x.length}].`);
    engine.push(new BufferItem(x.subarray(0, count)));
  },
  /** Pops count, x: pushes the last count bytes. */
  RIGHT: (engine) => {
    const count = toInt32(engine.pop().getInteger());
    if (count < 0) throw new VMFault(`The count can not be negative for RIGHT, count: ${count}.`);
    const x = engine.pop().getSpan();
    if (count > x.length)
      throw new VMFault(`The count is out of range for RIGHT, ${count}/[0, ${x.length}].`);
    engine.push(new BufferItem(x.subarray(x.length - count)));
  },
};
