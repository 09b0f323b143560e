/** Block information opcodes 0x40-0x4a (EIP-1344, 3198, 4399, 4844, 7516). */
import type { Frame } from '../frame.js';
import { big } from '../stack-word.js';

function push(f: Frame, v: bigint): void {
  f.stack[f.sp++] = v;
}

/** BLOCKHASH: pops 1, pushes 1; only the 256 most recent blocks. */
export function blockhash(f: Frame): void {
  const n = big(f.stack[f.sp - 1]!);
  const cur = f.ctx.block.number;
  f.stack[f.sp - 1] = n >= cur || n + 256n < cur ? 0n : f.ctx.block.blockHash(n);
}
/** COINBASE: pushes 1. */
export const coinbase = (f: Frame) => push(f, f.ctx.block.coinbase);
/** TIMESTAMP: pushes 1. */
export const timestamp = (f: Frame) => push(f, f.ctx.block.timestamp);
/** NUMBER: pushes 1. */
export const number = (f: Frame) => push(f, f.ctx.block.number);
/** PREVRANDAO (DIFFICULTY before the merge): pushes 1. */
export const prevrandao = (f: Frame) =>
  push(f, f.ctx.rules.hasRandao ? f.ctx.block.prevRandao : f.ctx.block.difficulty);
/** GASLIMIT: pushes 1. */
export const gaslimit = (f: Frame) => push(f, f.ctx.block.gasLimit);
/** CHAINID: pushes 1. */
export const chainid = (f: Frame) => push(f, f.ctx.block.chainId);
/** BASEFEE: pushes 1. */
export const basefee = (f: Frame) => push(f, f.ctx.block.baseFee);
/** BLOBBASEFEE: pushes 1. */
export const blobbasefee = (f: Frame) => push(f, f.ctx.block.blobBaseFee);
/** BLOBHASH: pops 1, pushes 1. */
export function blobhash(f: Frame): void {
  const i = big(f.stack[f.sp - 1]!);
  const hashes = f.ctx.tx.blobHashes;
  f.stack[f.sp - 1] = i < BigInt(hashes.length) ? hashes[Number(i)]! : 0n;
}
