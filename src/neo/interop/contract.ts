/**
 * `System.Contract.*` (neo `ApplicationEngine.Contract.cs`): dynamic contract calls, the
 * native-contract entry point, call flags, standard and multisig account hashes (charged as
 * many CheckSig prices as keys from Aspidochelone), and the natives' OnPersist/PostPersist.
 */

import { type ArrayItem, ByteStringItem, integerOf, VMFault } from '../../neovm/index.js';
import { CallFlags } from '../contract/call-flags.js';
import { getMethod } from '../contract/manifest.js';
import { ParamType } from '../contract/parameter-type.js';
import { multiSigRedeemScriptHash, signatureRedeemScriptHash } from '../contract/redeem.js';
import type { ECPoint } from '../crypto/ecpoint.js';
import type { ApplicationEngine } from '../engine/application-engine.js';
import { contextState } from '../engine/context-state.js';
import { arg } from '../engine/convert.js';
import { argumentFault, outOfRangeFault } from '../engine/faults.js';
import { CHECK_SIG_PRICE } from '../engine/prices.js';
import { TriggerType } from '../engine/trigger.js';
import { getContract } from '../native/contract-management.js';
import { ledgerCurrentIndex } from '../native/ledger.js';
import type { NativeTask } from '../native/native.js';
import { hashToString, type UInt160 } from '../uint.js';
import { type Syscall, syscall } from './syscall.js';

function callContract(
  engine: ApplicationEngine,
  hash: UInt160,
  method: string,
  callFlags: number,
  args: ArrayItem,
) {
  if (method.startsWith('_'))
    throw argumentFault(`Method name '${method}' cannot start with underscore.`, 'method');
  if ((callFlags & ~CallFlags.All) !== 0) throw outOfRangeFault('callFlags');
  const contract = getContract(engine.store, hash);
  if (contract === null) throw new VMFault(`Called Contract Does Not Exist: ${hashToString(hash)}.${method}`);
  const md = getMethod(contract.manifest.abi, method, args.count);
  if (md === undefined) {
    throw new VMFault(
      `Method "${method}" with ${args.count} parameter(s) doesn't exist in the contract ${hashToString(hash)}.`,
    );
  }
  const context = engine.callContractInternal(
    contract,
    md,
    callFlags,
    md.returnType !== ParamType.Void,
    args.items,
  );
  contextState(context).isDynamicCall = true;
  return undefined;
}

function callNative(engine: ApplicationEngine, version: number) {
  const native = engine.nativeContract(engine.currentScriptHash!);
  if (native === undefined)
    throw new VMFault('It is not allowed to use "System.Contract.CallNative" directly.');
  if (!native.isActive(engine.settings, ledgerCurrentIndex(engine.store))) {
    throw new VMFault(`The native contract ${native.name} is not active.`);
  }
  native.invoke(engine, version);
  return undefined;
}

function persist(engine: ApplicationEngine, trigger: number, run: 'onPersist' | 'postPersist') {
  if (engine.trigger !== trigger)
    throw new VMFault('Operation is not valid due to the current state of the object.');
  const index = engine.persistingBlock!.index;
  const natives = engine.natives;
  function* all(): NativeTask<void> {
    for (const native of natives) {
      if (!native.isActive(engine.settings, index)) continue;
      const task = native[run](engine);
      if (task) yield* task;
    }
  }
  engine.runNativeTask(all(), () => {});
  return undefined;
}

export const contractSyscalls: Syscall[] = [
  /** Pops hash, method, call flags, arguments: calls the contract (a dynamic call, one result). */
  syscall(
    'System.Contract.Call',
    1 << 15,
    CallFlags.ReadStates | CallFlags.AllowCall,
    [
      arg('contractHash', 'hash160'),
      arg('method', 'string'),
      arg('callFlags', 'uint8'),
      arg('args', 'array'),
    ],
    (e, [h, m, f, a]) => callContract(e, h as UInt160, m as string, f as number, a as ArrayItem),
  ),
  /** Pops the version; runs the native method whose stub is executing. */
  syscall('System.Contract.CallNative', 0, CallFlags.None, [arg('version', 'uint8')], (e, [v]) =>
    callNative(e, v as number),
  ),
  syscall('System.Contract.GetCallFlags', 1 << 10, CallFlags.None, [], (e) =>
    integerOf(e.currentState.callFlags),
  ),
  /** Pops a public key; pushes its standard account hash. */
  syscall(
    'System.Contract.CreateStandardAccount',
    0,
    CallFlags.None,
    [arg('pubKey', 'ecpoint')],
    (e, [k]) => {
      const fee = e.isHardforkEnabled('HF_Aspidochelone') ? CHECK_SIG_PRICE : 1 << 8;
      e.addFeeBig(BigInt(fee) * e.execFeePicoFactor);
      return new ByteStringItem(signatureRedeemScriptHash(k as ECPoint));
    },
  ),
  /** Pops m and public keys; pushes the m-of-n multisig account hash. */
  syscall(
    'System.Contract.CreateMultisigAccount',
    0,
    CallFlags.None,
    [arg('m', 'int32'), arg('pubKeys', 'ecpoint', { elements: 'ecpoint' })],
    (e, [m, keys]) => {
      const list = keys as ECPoint[];
      const fee = e.isHardforkEnabled('HF_Aspidochelone') ? CHECK_SIG_PRICE * list.length : 1 << 8;
      e.addFeeBig(BigInt(fee) * e.execFeePicoFactor);
      return new ByteStringItem(multiSigRedeemScriptHash(m as number, list));
    },
  ),
  syscall('System.Contract.NativeOnPersist', 0, CallFlags.States, [], (e) =>
    persist(e, TriggerType.OnPersist, 'onPersist'),
  ),
  syscall('System.Contract.NativePostPersist', 0, CallFlags.States, [], (e) =>
    persist(e, TriggerType.PostPersist, 'postPersist'),
  ),
];
