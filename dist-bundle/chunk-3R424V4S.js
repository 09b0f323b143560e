// dist/core/wasm.js
var BLOCK = 2;
var LOOP = 3;
var IF = 4;
var END = 11;
var BR = 12;
var BR_IF = 13;
var RETURN = 15;
var CALL = 16;
var SELECT = 27;
var GET = 32;
var SET = 33;
var TEE = 34;
var I64_LOAD = 41;
var I64_LOAD32_U = 53;
var I64_STORE = 55;
var I64_STORE32 = 62;
var VOID = 64;
var I32_CONST = 65;
var I64_CONST = 66;
var I32_EQZ = 69;
var I32_LT_U = 73;
var I64_EQZ = 80;
var I32_ADD = 106;
var I32_SUB = 107;
var I32_SHL = 116;
var I64_ADD = 124;
var I64_SUB = 125;
var I64 = 126;
var I64_MUL = 126;
var I32 = 127;
var I64_AND = 131;
var I64_OR = 132;
var I64_XOR = 133;
var I64_SHR_U = 136;
var I64_ROTL = 137;
var I64_ROTR = 138;
var I32_WRAP_I64 = 167;
function uleb(n) {
  const out = [];
  do {
    let b = n & 127;
    n >>>= 7;
    if (n !== 0)
      b |= 128;
    out.push(b);
  } while (n !== 0);
  return out;
}
function sleb(v) {
  const out = [];
  for (; ; ) {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    if (v === 0n && (b & 64) === 0 || v === -1n && (b & 64) !== 0)
      return [...out, b];
    out.push(b | 128);
  }
}
var vec = (items) => [...uleb(items.length), ...items.flat()];
var section = (id, body) => [id, ...uleb(body.length), ...body];
var name = (s) => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
var HEADER = [0, 97, 115, 109, 1, 0, 0, 0];
function instantiate(bytes) {
  const wasm = globalThis.WebAssembly;
  return new wasm.Instance(new wasm.Module(bytes)).exports;
}

// dist/core/keccak-wasm.js
var RATE = 136;
var RC_AT = 200;
var INPUT = 512;
var INPUT_BYTES = 65536 - INPUT;
function rhoOffsets() {
  const r = new Array(25).fill(0);
  let [x, y] = [1, 0];
  for (let t = 0; t < 24; t++) {
    r[x + 5 * y] = (t + 1) * (t + 2) / 2 % 64;
    [x, y] = [y, (2 * x + 3 * y) % 5];
  }
  return r;
}
function roundConstants() {
  const rc = (t) => {
    if (t % 255 === 0)
      return 1;
    let r = 128;
    for (let i = 1; i <= t % 255; i++) {
      const b8 = r & 1;
      r >>= 1;
      if (b8)
        r ^= 128 | 8 | 4 | 2;
    }
    return r >> 7;
  };
  const out = [];
  for (let ir = 0; ir < 24; ir++) {
    let c = 0n;
    for (let j = 0; j <= 6; j++)
      if (rc(j + 7 * ir))
        c |= 1n << BigInt(2 ** j - 1);
    out.push(c);
  }
  return out;
}
var A = (i) => 2 + i;
var C = (x) => 27 + x;
var D = 32;
var B = (i) => 33 + i;
var ROUND = 58;
var get = (l) => [GET, ...uleb(l)];
var set = (l) => [SET, ...uleb(l)];
function permutationRound(rho) {
  const code = [];
  for (let x = 0; x < 5; x++) {
    code.push(...get(A(x)));
    for (let y = 1; y < 5; y++)
      code.push(...get(A(x + 5 * y)), I64_XOR);
    code.push(...set(C(x)));
  }
  for (let x = 0; x < 5; x++) {
    code.push(...get(C((x + 4) % 5)), ...get(C((x + 1) % 5)), I64_CONST, 1, I64_ROTL, I64_XOR, ...set(D));
    for (let y = 0; y < 5; y++)
      code.push(...get(A(x + 5 * y)), ...get(D), I64_XOR, ...set(A(x + 5 * y)));
  }
  for (let x = 0; x < 5; x++)
    for (let y = 0; y < 5; y++) {
      const to = y + 5 * ((2 * x + 3 * y) % 5);
      code.push(...get(A(x + 5 * y)), I64_CONST, ...uleb(rho[x + 5 * y]), I64_ROTL, ...set(B(to)));
    }
  for (let y = 0; y < 5; y++)
    for (let x = 0; x < 5; x++) {
      const b = (i) => B((x + i) % 5 + 5 * y);
      code.push(...get(b(0)), ...get(b(1)), I64_CONST, 127, I64_XOR, ...get(b(2)), I64_AND, I64_XOR, ...set(A(x + 5 * y)));
    }
  code.push(...get(A(0)), ...get(ROUND), I32_CONST, 3, I32_SHL, I64_LOAD, 3, ...uleb(RC_AT), I64_XOR, ...set(A(0)));
  return code;
}
function absorbBody() {
  const rho = rhoOffsets();
  const code = [];
  for (let i = 0; i < 25; i++)
    code.push(I32_CONST, 0, I64_LOAD, 3, ...uleb(8 * i), ...set(A(i)));
  code.push(BLOCK, VOID, LOOP, VOID);
  code.push(...get(1), I32_EQZ, BR_IF, 1);
  for (let i = 0; i < RATE / 8; i++)
    code.push(...get(A(i)), ...get(0), I64_LOAD, 3, ...uleb(8 * i), I64_XOR, ...set(A(i)));
  code.push(...get(0), I32_CONST, ...uleb(RATE), I32_ADD, ...set(0));
  code.push(...get(1), I32_CONST, 1, I32_SUB, ...set(1));
  code.push(I32_CONST, 0, ...set(ROUND), LOOP, VOID, ...permutationRound(rho));
  code.push(...get(ROUND), I32_CONST, 1, I32_ADD, ...set(ROUND), ...get(ROUND), I32_CONST, 24, I32_LT_U, BR_IF, 0, END);
  code.push(BR, 0, END, END);
  for (let i = 0; i < 25; i++)
    code.push(I32_CONST, 0, ...get(A(i)), I64_STORE, 3, ...uleb(8 * i));
  code.push(END);
  return code;
}
function moduleBytes() {
  const locals = vec([
    [...uleb(56), I64],
    [...uleb(1), I32]
  ]);
  const body = [...locals, ...absorbBody()];
  return Uint8Array.from([
    ...HEADER,
    ...section(1, vec([[96, ...vec([[I32], [I32]]), ...vec([])]])),
    // (i32 ptr, i32 n) -> ()
    ...section(3, vec([[0]])),
    ...section(5, vec([[0, 1]])),
    ...section(7, vec([
      [...name("absorb"), 0, 0],
      [...name("m"), 2, 0]
    ])),
    ...section(10, vec([[...uleb(body.length), ...body]]))
  ]);
}

export {
  BLOCK,
  LOOP,
  IF,
  END,
  BR,
  BR_IF,
  RETURN,
  CALL,
  SELECT,
  GET,
  SET,
  TEE,
  I64_LOAD,
  I64_LOAD32_U,
  I64_STORE,
  I64_STORE32,
  VOID,
  I32_CONST,
  I64_CONST,
  I32_EQZ,
  I64_EQZ,
  I32_ADD,
  I32_SUB,
  I64_ADD,
  I64_SUB,
  I64,
  I64_MUL,
  I32,
  I64_AND,
  I64_OR,
  I64_XOR,
  I64_SHR_U,
  I64_ROTR,
  I32_WRAP_I64,
  uleb,
  sleb,
  vec,
  section,
  name,
  HEADER,
  instantiate,
  RATE,
  INPUT,
  INPUT_BYTES,
  rhoOffsets,
  roundConstants,
  moduleBytes
};
