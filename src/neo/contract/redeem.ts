/**
 * Standard account scripts (neo `SmartContract/Contract.cs`, `Helper.cs`): the single-key
 * verification script `PUSHDATA1 <key> SYSCALL CheckSig`, the m-of-n multisig script
 * `PUSH m, keys ascending, PUSH n, SYSCALL CheckMultisig`, and their script hashes.
 */
import { ScriptBuilder } from '../../neovm/index.js';
import { type ECPoint, sortPoints } from '../crypto/ecpoint.js';
import { hash160 } from '../crypto/hash.js';
import { NeoArgumentError } from '../errors.js';
import { interopId } from '../interop/id.js';
import type { UInt160 } from '../uint.js';

export const CHECK_SIG = interopId('System.Crypto.CheckSig');
export const CHECK_MULTISIG = interopId('System.Crypto.CheckMultisig');

export function signatureRedeemScript(key: ECPoint): Uint8Array {
  return new ScriptBuilder().emitPush(key.encodeCompressed()).emitSysCall(CHECK_SIG).toArray();
}

export function signatureRedeemScriptHash(key: ECPoint): UInt160 {
  return hash160(signatureRedeemScript(key));
}

export function multiSigRedeemScript(m: number, keys: readonly ECPoint[]): Uint8Array {
  if (!(m >= 1 && m <= keys.length && keys.length <= 1024)) {
    throw new NeoArgumentError(`Invalid multisig parameters: m=${m}, publicKeys.Count=${keys.length}`);
  }
  const sb = new ScriptBuilder().emitPush(BigInt(m));
  for (const k of sortPoints(keys)) sb.emitPush(k.encodeCompressed());
  return sb.emitPush(BigInt(keys.length)).emitSysCall(CHECK_MULTISIG).toArray();
}

const multiSigHashes = new Map<string, UInt160>();

/** The hash of a multisig script (memoized: committee checks compute it on every call). */
export function multiSigRedeemScriptHash(m: number, keys: readonly ECPoint[]): UInt160 {
  const id = `${m}:${keys.map((k) => k.toString()).join(',')}`;
  let h = multiSigHashes.get(id);
  if (h === undefined) {
    h = hash160(multiSigRedeemScript(m, keys));
    if (multiSigHashes.size >= 1024) multiSigHashes.clear();
    multiSigHashes.set(id, h);
  }
  return h;
}

/** The consensus address of validators: m = n - (n - 1) / 3 (neo's `GetBFTAddress`). */
export function bftAddress(keys: readonly ECPoint[]): UInt160 {
  return multiSigRedeemScriptHash(keys.length - Math.floor((keys.length - 1) / 3), keys);
}

/** The committee address: m = n - (n - 1) / 2. */
export function committeeAddress(keys: readonly ECPoint[]): UInt160 {
  return multiSigRedeemScriptHash(keys.length - Math.floor((keys.length - 1) / 2), keys);
}

export function isSignatureContract(script: Uint8Array): boolean {
  if (script.length !== 40) return false;
  if (script[0] !== 0x0c || script[1] !== 33 || script[35] !== 0x41) return false;
  return new DataView(script.buffer, script.byteOffset).getUint32(36, true) === CHECK_SIG;
}
