/**
 * `System.Runtime.*` (neo `ApplicationEngine.Runtime.cs`): platform and chain facts, script
 * hashes, witnesses, invocation counters, randomness (murmur128 over the nonce data, keyed by
 * network + a counter from Aspidochelone), logs and notifications (checked against the ABI
 * from Basilisk; name at most 32 bytes, state at most 1024 serialized bytes), GAS left and
 * burnt, signers.
 */

import {
  ArrayItem,
  BooleanItem,
  ByteStringItem,
  integer,
  integerOf,
  NULL,
  type StackItem,
  VMFault,
} from '../../neovm/index.js';
import { CallFlags } from '../contract/call-flags.js';
import { ParamType } from '../contract/parameter-type.js';
import { signatureRedeemScriptHash } from '../contract/redeem.js';
import { ECPoint } from '../crypto/ecpoint.js';
import { murmur128 } from '../crypto/murmur.js';
import type { ApplicationEngine } from '../engine/application-engine.js';
import { arg } from '../engine/convert.js';
import { argumentFault, outOfRangeFault } from '../engine/faults.js';
import { FEE_FACTOR } from '../engine/prices.js';
import { strictUtf8 } from '../io/binary.js';
import { signerToStackItem } from '../payloads/signer.js';
import { transactionToStackItem } from '../payloads/transaction.js';
import { serializeItem } from '../serialization/binary-serializer.js';
import { type Syscall, syscall } from './syscall.js';

export const MAX_EVENT_NAME = 32;
export const MAX_NOTIFICATION_SIZE = 1024;

const hashItem = (h: Uint8Array | null): StackItem => (h === null ? NULL : new ByteStringItem(h));

function checkItemType(item: StackItem, type: number): boolean {
  const t = item.type;
  const any = item.isNull;
  if (t === 0x10) return false; // Pointer
  const bytesLike = t === 0x28 || t === 0x30;
  switch (type) {
    case ParamType.Any:
      return true;
    case ParamType.Boolean:
      return t === 0x20;
    case ParamType.Integer:
      return t === 0x21;
    case ParamType.ByteArray:
      return any || bytesLike;
    case ParamType.String:
      if (!bytesLike) return false;
      try {
        strictUtf8(item.getSpan());
        return true;
      } catch {
        return false;
      }
    case ParamType.Hash160:
      return any || (bytesLike && item.getSpan().length === 20);
    case ParamType.Hash256:
      return any || (bytesLike && item.getSpan().length === 32);
    case ParamType.PublicKey:
      return any || (bytesLike && item.getSpan().length === 33);
    case ParamType.Signature:
      return any || (bytesLike && item.getSpan().length === 64);
    case ParamType.Array:
      return any || t === 0x40 || t === 0x41;
    case ParamType.Map:
      return any || t === 0x48;
    case ParamType.InteropInterface:
      return any || t === 0x60;
  }
  return false;
}

function notify(engine: ApplicationEngine, eventName: Uint8Array, state: ArrayItem): void {
  if (eventName.length > MAX_EVENT_NAME) {
    throw argumentFault(
      `Event name size ${eventName.length} exceeds maximum allowed size of ${MAX_EVENT_NAME} bytes`,
      'eventName',
    );
  }
  const name = strictUtf8(eventName);
  const contract = engine.currentState.contract;
  if (contract === null) throw new VMFault('Notifications are not allowed in dynamic scripts.');
  if (engine.isHardforkEnabled('HF_Basilisk')) {
    const ev = contract.manifest.abi.events.find((e) => e.name === name);
    if (ev === undefined) throw new VMFault(`Event \`${name}\` does not exist.`);
    if (ev.parameters.length !== state.count) {
      throw new VMFault('The number of the arguments does not match the formal parameters of the event.');
    }
    ev.parameters.forEach((p, i) => {
      if (!checkItemType(state.items[i]!, p.type)) {
        throw new VMFault(`The type of the argument \`${p.name}\` does not match the formal parameter.`);
      }
    });
  }
  serializeItem(state, MAX_NOTIFICATION_SIZE, engine.limits.maxStackSize);
  engine.sendNotification(engine.currentScriptHash!, name, state);
}

function getRandom(engine: ApplicationEngine): StackItem {
  let buffer: Uint8Array;
  let price: number;
  const network = engine.settings.network >>> 0;
  if (engine.isHardforkEnabled('HF_Aspidochelone')) {
    buffer = murmur128(engine.nonceData, (network + engine.randomTimes++) >>> 0);
    price = 1 << 13;
  } else {
    buffer = engine.nonceData = murmur128(engine.nonceData, network);
    price = 1 << 4;
  }
  engine.addFeeBig(BigInt(price) * engine.execFeePicoFactor);
  let v = 0n;
  for (let i = buffer.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(buffer[i]!);
  return integer(v);
}

function checkWitness(engine: ApplicationEngine, hashOrPubkey: Uint8Array): StackItem {
  let hash: Uint8Array;
  if (hashOrPubkey.length === 20) hash = hashOrPubkey;
  else if (hashOrPubkey.length === 33) hash = signatureRedeemScriptHash(ECPoint.decode(hashOrPubkey));
  else throw argumentFault('Invalid hashOrPubkey length', 'hashOrPubkey');
  return BooleanItem.of(engine.checkWitnessInternal(hash));
}

function loadScript(
  engine: ApplicationEngine,
  script: Uint8Array,
  callFlags: number,
  args: ArrayItem,
): undefined {
  if ((callFlags & ~CallFlags.All) !== 0)
    throw outOfRangeFault('callFlags', `Invalid call flags: ${callFlags}`);
  const state = engine.currentState;
  const calling = engine.currentContext;
  const context = engine.loadScriptWith(engine.strictScript(script), -1, 0, (p) => {
    p.callingContext = calling;
    p.callFlags = callFlags & state.callFlags & CallFlags.ReadOnly;
    p.isDynamicCall = true;
  });
  for (let i = args.count - 1; i >= 0; i--) context.evaluationStack.push(args.items[i]!);
  return undefined;
}

function getNotifications(engine: ApplicationEngine, hash: Uint8Array | null): StackItem {
  const list = engine.notifications.filter((n) => hash === null || Buffer.compare(n.scriptHash, hash) === 0);
  if (list.length > engine.limits.maxStackSize)
    throw new VMFault('Operation is not valid due to the current state of the object.');
  const domovoi = engine.isHardforkEnabled('HF_Domovoi');
  return new ArrayItem(
    list.map(
      (n) =>
        new ArrayItem([
          new ByteStringItem(n.scriptHash),
          ByteStringItem.fromString(n.eventName),
          domovoi ? engine.deepCopyImmutable(n.state) : n.state,
        ]),
    ),
  );
}

const N = CallFlags.None;

export const runtimeSyscalls: Syscall[] = [
  syscall('System.Runtime.Platform', 1 << 3, N, [], () => ByteStringItem.fromString('NEO')),
  syscall('System.Runtime.GetNetwork', 1 << 3, N, [], (e) => integer(BigInt(e.settings.network >>> 0))),
  syscall('System.Runtime.GetAddressVersion', 1 << 3, N, [], (e) => integerOf(e.settings.addressVersion)),
  syscall('System.Runtime.GetTrigger', 1 << 3, N, [], (e) => integerOf(e.trigger)),
  syscall('System.Runtime.GetTime', 1 << 3, N, [], (e) => integer(e.getTime())),
  syscall('System.Runtime.GetScriptContainer', 1 << 3, N, [], (e) => {
    if (e.container?.kind !== 'transaction')
      throw new VMFault('Operation is not valid due to the current state of the object.');
    return transactionToStackItem(e.container.tx);
  }),
  syscall('System.Runtime.GetExecutingScriptHash', 1 << 4, N, [], (e) => hashItem(e.currentScriptHash)),
  syscall('System.Runtime.GetCallingScriptHash', 1 << 4, N, [], (e) => hashItem(e.callingScriptHash)),
  syscall('System.Runtime.GetEntryScriptHash', 1 << 4, N, [], (e) => hashItem(e.entryScriptHash)),
  /** Pops script, call flags, arguments: runs the script as a dynamic call with read-only flags. */
  syscall(
    'System.Runtime.LoadScript',
    1 << 15,
    CallFlags.AllowCall,
    [arg('script', 'bytes'), arg('callFlags', 'uint8'), arg('args', 'array')],
    (e, [s, f, a]) => loadScript(e, s as Uint8Array, f as number, a as ArrayItem),
  ),
  /** Pops a script hash or a public key; pushes whether it witnesses this call. */
  syscall('System.Runtime.CheckWitness', 1 << 10, N, [arg('hashOrPubkey', 'bytes')], (e, [h]) =>
    checkWitness(e, h as Uint8Array),
  ),
  syscall('System.Runtime.GetInvocationCounter', 1 << 4, N, [], (e) => integerOf(e.getInvocationCounter())),
  syscall('System.Runtime.GetRandom', 0, N, [], getRandom),
  /** Pops a UTF-8 message of at most 1024 bytes. */
  syscall('System.Runtime.Log', 1 << 15, CallFlags.AllowNotify, [arg('state', 'bytes')], (e, [m]) => {
    const bytes = m as Uint8Array;
    if (bytes.length > MAX_NOTIFICATION_SIZE) {
      throw argumentFault(
        `Notification size ${bytes.length} exceeds maximum allowed size of ${MAX_NOTIFICATION_SIZE} bytes`,
        'state',
      );
    }
    let text: string;
    try {
      text = strictUtf8(bytes);
    } catch {
      throw argumentFault('Failed to convert byte array to string: Invalid UTF-8 sequence', 'state');
    }
    e.log(text);
    return undefined;
  }),
  /** Pops event name, state array. */
  syscall(
    'System.Runtime.Notify',
    1 << 15,
    CallFlags.AllowNotify,
    [arg('eventName', 'bytes'), arg('state', 'array')],
    (e, [n, s]) => {
      notify(e, n as Uint8Array, s as ArrayItem);
      return undefined;
    },
  ),
  /** Pops a script hash or Null; pushes the notifications sent so far. */
  syscall(
    'System.Runtime.GetNotifications',
    1 << 12,
    N,
    [arg('hash', 'hash160', { nullable: true })],
    (e, [h]) => getNotifications(e, h as Uint8Array | null),
  ),
  syscall('System.Runtime.GasLeft', 1 << 4, N, [], (e) => integer(e.gasLeft)),
  /** Pops a positive amount of datoshi and charges it. */
  syscall('System.Runtime.BurnGas', 1 << 4, N, [arg('datoshi', 'int64')], (e, [d]) => {
    const datoshi = d as bigint;
    if (datoshi <= 0n) throw new VMFault('GAS must be positive.');
    e.addFeeBig(BigInt.asIntN(64, datoshi * BigInt(FEE_FACTOR)));
    return undefined;
  }),
  syscall('System.Runtime.CurrentSigners', 1 << 4, N, [], (e) =>
    e.container?.kind === 'transaction' ? new ArrayItem(e.container.tx.signers.map(signerToStackItem)) : NULL,
  ),
];
