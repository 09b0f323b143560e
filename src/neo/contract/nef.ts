/**
 * The NEO Executable Format 3 (neo `SmartContract/NefFile.cs`, `MethodToken.cs`):
 *
 *   magic u32 "NEF3" | compiler 64 bytes | source var-string (<= 256) | reserved 0 |
 *   tokens (<= 128) | reserved u16 0 | script var-bytes (<= MaxItemSize) | checksum u32
 *
 * The checksum is the first four bytes of Hash256 of everything before it. A method token
 * is hash | method var-string (<= 32, not starting with '_') | parameter count u16 |
 * has-return bool | call flags.
 */
import { DEFAULT_LIMITS } from '../../neovm/index.js';
import { hash256 } from '../crypto/hash.js';
import { NefError, NeoFormatError } from '../errors.js';
import { BinaryReader, BinaryWriter, utf8, varIntSize } from '../io/binary.js';
import type { UInt160 } from '../uint.js';
import { CallFlags } from './call-flags.js';

export const NEF_MAGIC = 0x3346454e;

export interface MethodToken {
  readonly hash: UInt160;
  readonly method: string;
  readonly parametersCount: number;
  readonly hasReturnValue: boolean;
  readonly callFlags: number;
}

export interface NefFile {
  readonly compiler: string;
  readonly source: string;
  readonly tokens: readonly MethodToken[];
  readonly script: Uint8Array;
  readonly checksum: number;
}

function readToken(r: BinaryReader): MethodToken {
  const hash = r.readBytes(20).slice();
  const method = r.readVarString(32);
  if (method.startsWith('_')) throw new NefError(`Method('${method}') cannot start with '_'`);
  const parametersCount = r.readUInt16();
  const hasReturnValue = r.readBoolean();
  const callFlags = r.readByte();
  if ((callFlags & ~CallFlags.All) !== 0) throw new NefError(`CallFlags(${callFlags}) is not valid`);
  return { hash, method, parametersCount, hasReturnValue, callFlags };
}

function writeToken(w: BinaryWriter, t: MethodToken): void {
  w.writeBytes(t.hash).writeVarString(t.method).writeUInt16(t.parametersCount);
  w.writeBoolean(t.hasReturnValue).writeByte(t.callFlags);
}

/** Parses NEF bytes; with `verify`, checks the checksum and the overall size as neo does. */
export function parseNef(bytes: Uint8Array, verify = true): NefFile {
  const r = new BinaryReader(bytes);
  try {
    if (r.readUInt32() !== NEF_MAGIC) throw new NefError('Wrong magic');
    const compiler = r.readFixedString(64);
    const source = r.readVarString(256);
    if (r.readByte() !== 0) throw new NefError('Reserved bytes must be 0');
    const tokens = r.readArray(readToken, 128);
    if (r.readUInt16() !== 0) throw new NefError('Reserved bytes must be 0');
    const script = r.readVarBytes(DEFAULT_LIMITS.maxItemSize).slice();
    if (script.length === 0) throw new NefError('Script cannot be empty.');
    const checksum = r.readUInt32();
    const nef: NefFile = { compiler, source, tokens, script, checksum };
    if (verify) {
      if (checksum !== computeNefChecksum(nef)) throw new NefError('CRC verification fail');
      if (r.position > DEFAULT_LIMITS.maxItemSize) throw new NefError('Max vm item size exceed');
    }
    return nef;
  } catch (error) {
    if (error instanceof NeoFormatError)
      throw new NefError(`malformed NEF: ${error.shortMessage}`, { cause: error });
    throw error;
  }
}

export function serializeNef(nef: NefFile): Uint8Array {
  const w = new BinaryWriter();
  w.writeUInt32(NEF_MAGIC).writeFixedString(nef.compiler, 64).writeVarString(nef.source).writeByte(0);
  w.writeArray(nef.tokens, writeToken).writeUInt16(0).writeVarBytes(nef.script).writeUInt32(nef.checksum);
  return w.toBytes();
}

export function computeNefChecksum(nef: NefFile): number {
  const bytes = serializeNef({ ...nef, checksum: 0 });
  const h = hash256(bytes.subarray(0, bytes.length - 4));
  return (h[0]! | (h[1]! << 8) | (h[2]! << 16) | (h[3]! << 24)) >>> 0;
}

/** A NEF with its checksum computed (for building one from a script). */
export function makeNef(fields: Omit<NefFile, 'checksum'>): NefFile {
  const nef = { ...fields, checksum: 0 };
  return { ...nef, checksum: computeNefChecksum(nef) };
}

/** The serialized size (neo's `NefFile.Size`). */
export function nefSize(nef: NefFile): number {
  const source = utf8(nef.source).length;
  let tokens = varIntSize(nef.tokens.length);
  for (const t of nef.tokens) tokens += 20 + varIntSize(utf8(t.method).length) + utf8(t.method).length + 4;
  return (
    4 +
    64 +
    varIntSize(source) +
    source +
    1 +
    tokens +
    2 +
    varIntSize(nef.script.length) +
    nef.script.length +
    4
  );
}
