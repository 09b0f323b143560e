import {
  INPUT,
  INPUT_BYTES,
  RATE,
  instantiate,
  moduleBytes,
  roundConstants
} from "./chunk-3R424V4S.js";

// dist/core/keccak.js
var absorb;
var mem;
function init() {
  const exp = instantiate(moduleBytes());
  absorb = exp.absorb;
  mem = new Uint8Array(exp.m.buffer);
  const rc = new DataView(exp.m.buffer);
  for (const [i, c] of roundConstants().entries())
    rc.setBigUint64(200 + 8 * i, c, true);
}
var CHUNK = Math.floor(INPUT_BYTES / RATE) * RATE;
function keccak_256(data) {
  if (!mem)
    init();
  mem.fill(0, 0, 200);
  let off = 0;
  while (data.length - off >= RATE) {
    const take = Math.min(CHUNK, data.length - off - (data.length - off) % RATE);
    mem.set(data.subarray(off, off + take), INPUT);
    absorb(INPUT, take / RATE);
    off += take;
  }
  const rest = data.length - off;
  mem.fill(0, INPUT, INPUT + RATE);
  mem.set(data.subarray(off), INPUT);
  mem[INPUT + rest] ^= 1;
  mem[INPUT + RATE - 1] ^= 128;
  absorb(INPUT, 1);
  return mem.slice(0, 32);
}

export {
  keccak_256
};
