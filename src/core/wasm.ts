/**
 * What the WebAssembly modules generated in this code base share (WebAssembly core spec
 * 1.0, section 5: binary format): LEB128 integers, vectors, sections, names, the module
 * header and instantiation. The modules: core/keccak-wasm.ts, evm/secp256k1/field-wasm.ts,
 * evm/precompiles/blake2f-wasm.ts.
 */

// Opcodes (section 5.4) and value types (5.3.1) the generated modules use.
export const BLOCK = 0x02;
export const LOOP = 0x03;
export const IF = 0x04;
export const ELSE = 0x05;
export const END = 0x0b;
export const BR = 0x0c;
export const BR_IF = 0x0d;
export const RETURN = 0x0f;
export const CALL = 0x10;
export const SELECT = 0x1b;
export const GET = 0x20;
export const SET = 0x21;
export const TEE = 0x22;
export const I64_LOAD = 0x29;
export const I32_LOAD8_U = 0x2d;
export const I64_LOAD32_U = 0x35;
export const I64_STORE = 0x37;
export const I64_STORE32 = 0x3e;
export const VOID = 0x40;
export const I32_CONST = 0x41;
export const I64_CONST = 0x42;
export const I32_EQZ = 0x45;
export const I32_LT_U = 0x49;
export const I32_GE_U = 0x4f;
export const I64_EQZ = 0x50;
export const I32_ADD = 0x6a;
export const I32_SUB = 0x6b;
export const I32_MUL = 0x6c;
export const I32_SHL = 0x74;
export const I64_ADD = 0x7c;
export const I64_SUB = 0x7d;
export const I64 = 0x7e;
export const I64_MUL = 0x7e;
export const I32 = 0x7f;
export const I64_AND = 0x83;
export const I64_OR = 0x84;
export const I64_XOR = 0x85;
export const I64_SHR_U = 0x88;
export const I64_ROTL = 0x89;
export const I64_ROTR = 0x8a;
export const I32_WRAP_I64 = 0xa7;

/** Unsigned LEB128 (section 5.2.2), for indices, sizes and memory offsets. */
export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 (section 5.2.2), for i32.const and i64.const immediates. */
export function sleb(v: bigint): number[] {
  const out: number[] = [];
  for (;;) {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) return [...out, b];
    out.push(b | 0x80);
  }
}

export const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
export const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
export const name = (s: string): number[] => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];

/** "\0asm", version 1. */
export const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

/** The part of the WebAssembly JS API used here (the project's TypeScript lib has no DOM types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}

/** Compiles and instantiates a module without imports, synchronously; its exports. */
export function instantiate<T>(bytes: Uint8Array): T {
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  return new wasm.Instance(new wasm.Module(bytes)).exports as T;
}
