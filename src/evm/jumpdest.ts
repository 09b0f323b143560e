/**
 * Jump-destination analysis (Yellow Paper 9.4.3): a JUMPDEST byte is a valid target only
 * when it is an opcode, not PUSH data. The bitmap is cached per code hash so that a
 * contract called many times is analysed once.
 */
import { bytesToHex } from '@noble/hashes/utils.js';

const cache = new Map<string, Uint8Array>();
const MAX_CACHED = 4096;

/** 1 at each offset that is a valid jump destination. */
export function analyseJumpdests(code: Uint8Array): Uint8Array {
  const map = new Uint8Array(code.length);
  for (let pc = 0; pc < code.length; pc++) {
    const op = code[pc]!;
    if (op === 0x5b) map[pc] = 1;
    else if (op >= 0x60 && op <= 0x7f) pc += op - 0x5f;
  }
  return map;
}

/** The bitmap of `code`, cached by `codeHash` when one is given. */
export function jumpdestsFor(code: Uint8Array, codeHash: Uint8Array | undefined): Uint8Array {
  if (!codeHash) return analyseJumpdests(code);
  const key = bytesToHex(codeHash);
  let map = cache.get(key);
  if (!map) {
    if (cache.size >= MAX_CACHED) cache.clear();
    map = analyseJumpdests(code);
    cache.set(key, map);
  }
  return map;
}
