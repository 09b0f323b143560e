/**
 * `System.Crypto.*` (neo `ApplicationEngine.Crypto.cs`): secp256r1 signatures over the
 * container's sign data (network + hash). CheckMultisig charges one CheckSig price per key
 * and walks signatures and keys in order, failing as soon as too few keys are left.
 */
import { BooleanItem, VMFault } from '../../neovm/index.js';
import { CallFlags } from '../contract/call-flags.js';
import { verifySignature, verifySignatureV0 } from '../crypto/signature.js';
import type { ApplicationEngine } from '../engine/application-engine.js';
import { containerHash } from '../engine/container.js';
import { arg } from '../engine/convert.js';
import { CHECK_SIG_PRICE } from '../engine/prices.js';
import { signData } from '../payloads/transaction.js';
import { type Syscall, syscall } from './syscall.js';

function message(engine: ApplicationEngine): Uint8Array {
  if (engine.container === null) throw new VMFault('Object reference not set to an instance of an object.');
  return signData(containerHash(engine.container), engine.settings.network);
}

function verifier(engine: ApplicationEngine) {
  return engine.isHardforkEnabled('HF_Gorgon') ? verifySignature : verifySignatureV0;
}

function checkMultisig(engine: ApplicationEngine, pubkeys: Uint8Array[], signatures: Uint8Array[]): boolean {
  const msg = message(engine);
  const m = signatures.length;
  const n = pubkeys.length;
  if (n === 0) throw new VMFault('pubkeys array cannot be empty.');
  if (m === 0) throw new VMFault('signatures array cannot be empty.');
  if (m > n) throw new VMFault(`signatures count (${m}) cannot be greater than pubkeys count (${n}).`);
  engine.addFeeBig(BigInt(CHECK_SIG_PRICE * n) * engine.execFeePicoFactor);
  const verify = verifier(engine);
  for (let i = 0, j = 0; i < m && j < n; ) {
    if (verify(msg, signatures[i]!, pubkeys[j]!)) i++;
    j++;
    if (m - i > n - j) return false;
  }
  return true;
}

export const cryptoSyscalls: Syscall[] = [
  /** Pops public key, signature; pushes whether the signature signs the container. */
  syscall(
    'System.Crypto.CheckSig',
    CHECK_SIG_PRICE,
    CallFlags.None,
    [arg('pubkey', 'bytes'), arg('signature', 'bytes')],
    (e, [k, s]) => BooleanItem.of(verifier(e)(message(e), s as Uint8Array, k as Uint8Array)),
  ),
  /** Pops public keys, signatures (arrays, or counts followed by items). */
  syscall(
    'System.Crypto.CheckMultisig',
    0,
    CallFlags.None,
    [arg('pubkeys', 'bytes', { elements: 'bytes' }), arg('signatures', 'bytes', { elements: 'bytes' })],
    (e, [k, s]) => BooleanItem.of(checkMultisig(e, k as Uint8Array[], s as Uint8Array[])),
  ),
];
