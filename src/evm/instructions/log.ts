/**
 * LOG0-LOG4 (0xa0-0xa4): 375, 375 per topic, 8 per data byte and memory expansion, all
 * dynamic as geth charges them; a static context fails after the charge (geth: in execution).
 */
import { chargeMemory, type Frame, STATIC_WRITE } from '../frame.js';
import { big } from '../stack-word.js';

const LOG_GAS = 375;
const TOPIC_GAS = 375;
const DATA_GAS = 8;

export function makeLog(topics: number): (f: Frame) => void {
  return (f: Frame) => {
    const s = f.stack;
    const off = big(s[f.sp - 1]!);
    const size = big(s[f.sp - 2]!);
    const dataGas = size > 0xffff_ffffn ? Number(size) * DATA_GAS : DATA_GAS * Number(size);
    if (!chargeMemory(f, off, size, LOG_GAS + TOPIC_GAS * topics + dataGas)) return;
    if (f.msg.isStatic) {
      f.status = STATIC_WRITE;
      return;
    }
    const list: bigint[] = [];
    for (let i = 0; i < topics; i++) list.push(big(s[f.sp - 3 - i]!));
    f.sp -= 2 + topics;
    const data = size === 0n ? new Uint8Array(0) : f.memory.read(Number(off), Number(size));
    f.ctx.world.logs.push({ address: f.msg.address, topics: list, data });
  };
}
