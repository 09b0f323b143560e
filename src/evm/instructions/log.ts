/** LOG0-LOG4 (0xa0-0xa4): 375 per topic (static), 8 per data byte, memory expansion. */
import { expandMemory, type Frame, STATIC_WRITE, useGas } from '../frame.js';

export function makeLog(topics: number): (f: Frame) => void {
  return (f: Frame) => {
    if (f.msg.isStatic) {
      f.status = STATIC_WRITE;
      return;
    }
    const s = f.stack;
    const off = s[f.sp - 1]!;
    const size = s[f.sp - 2]!;
    if (size > 0xffffffffn) return void useGas(f, Number.MAX_SAFE_INTEGER);
    if (!useGas(f, 8 * Number(size)) || !expandMemory(f, off, size)) return;
    const list: bigint[] = [];
    for (let i = 0; i < topics; i++) list.push(s[f.sp - 3 - i]!);
    f.sp -= 2 + topics;
    const data = size === 0n ? new Uint8Array(0) : f.memory.read(Number(off), Number(size));
    f.ctx.world.logs.push({ address: f.msg.address, topics: list, data });
  };
}
