/**
 * PolicyContract (neo `Native/PolicyContract.cs`), id -7: fee per byte (10), execution fee
 * factor (18, in picoGAS from Faun), storage price (19), attribute fees (20 + type), block
 * time, maximum valid-until increment and traceable blocks (21-23, Echidna), blocked accounts
 * (15, with the blocking time from Faun) and fee-whitelisted contract methods (16, Faun).
 * Setters need the committee's witness.
 */

import {
  ArrayItem,
  ByteStringItem,
  DEFAULT_LIMITS,
  InteropInterfaceItem,
  integer,
  NULL,
  type StackItem,
  StructItem,
  VMFault,
} from '../../neovm/index.js';
import { CallFlags } from '../contract/call-flags.js';
import type { ContractState } from '../contract/contract-state.js';
import type { MethodDescriptor } from '../contract/manifest.js';
import { ParamType } from '../contract/parameter-type.js';
import type { ApplicationEngine } from '../engine/application-engine.js';
import { arg } from '../engine/convert.js';
import { negativeFault, outOfRangeFault } from '../engine/faults.js';
import { DEFAULT_EXEC_FEE_FACTOR, DEFAULT_STORAGE_PRICE, FEE_FACTOR } from '../engine/prices.js';
import { strictUtf8 } from '../io/binary.js';
import { AttributeType } from '../payloads/transaction.js';
import { deserializeWithLimits } from '../serialization/binary-serializer.js';
import { StorageIterator } from '../storage/iterator.js';
import { be32s, type NeoStore, nativeKey } from '../storage/store.js';
import { hashToString, type UInt160 } from '../uint.js';
import { getContract } from './contract-management.js';
import { nativeByHash } from './index.js';
import { event, method, NativeContract, type NativeTask } from './native.js';
import { assertAlmostFullCommittee, assertCommittee, checkCommittee, neoToken } from './neo-token.js';
import { treasury } from './treasury.js';
import { bool, fields, int, readInt, readItem, requireInt, str, writeInt, writeItem } from './values.js';

const ID = -7;
const PREFIX_BLOCKED = 15;
const PREFIX_WHITELIST = 16;
const PREFIX_FEE_PER_BYTE = 10;
const PREFIX_EXEC_FEE_FACTOR = 18;
const PREFIX_STORAGE_PRICE = 19;
const PREFIX_ATTRIBUTE_FEE = 20;
const PREFIX_MS_PER_BLOCK = 21;
const PREFIX_MAX_VUB = 22;
const PREFIX_MAX_TRACEABLE = 23;

export const DEFAULT_FEE_PER_BYTE = 1000;
const DEFAULT_NOTARY_ASSISTED_FEE = 1000_0000;
const MAX_EXEC_FEE_FACTOR = 100;
const MAX_ATTRIBUTE_FEE = 10_0000_0000;
const MAX_STORAGE_PRICE = 10000000;
const MAX_MS_PER_BLOCK = 30_000;
const MAX_MAX_VUB = 86400;
const MAX_MAX_TRACEABLE = 2102400;
const RECOVER_DELAY = 365n * 24n * 60n * 60n * 1000n;
const WHITELIST_EVENT = 'WhitelistFeeChanged';

const key = (prefix: number, ...parts: Uint8Array[]) => nativeKey(ID, prefix, ...parts);
const ATTRIBUTE_TYPES = new Set<number>(Object.values(AttributeType));

/** The stored execution fee factor: datoshi per unit before Faun, picoGAS per unit after. */
export function execFeeFactorRaw(store: NeoStore): bigint {
  return readInt(store, key(PREFIX_EXEC_FEE_FACTOR)) ?? BigInt(DEFAULT_EXEC_FEE_FACTOR);
}

export function policyStoragePrice(store: NeoStore): number {
  return Number(readInt(store, key(PREFIX_STORAGE_PRICE)) ?? BigInt(DEFAULT_STORAGE_PRICE));
}

export function feePerByte(store: NeoStore): bigint {
  return requireInt(store, key(PREFIX_FEE_PER_BYTE));
}

export function isBlocked(store: NeoStore, account: UInt160): boolean {
  return store.has(key(PREFIX_BLOCKED, account));
}

export function attributeFee(store: NeoStore, type: number, allowNotary = true): number {
  if (!ATTRIBUTE_TYPES.has(type) || (!allowNotary && type === AttributeType.NotaryAssisted)) {
    throw new VMFault(`Attribute type ${type} is not supported.`);
  }
  return Number(readInt(store, key(PREFIX_ATTRIBUTE_FEE, Uint8Array.of(type))) ?? 0n);
}

export function maxValidUntilBlockIncrement(store: NeoStore): number {
  return Number(requireInt(store, key(PREFIX_MAX_VUB)));
}

export function maxTraceableBlocks(store: NeoStore): number {
  return Number(requireInt(store, key(PREFIX_MAX_TRACEABLE)));
}

export function millisecondsPerBlock(store: NeoStore): number {
  return Number(requireInt(store, key(PREFIX_MS_PER_BLOCK)));
}

/** The fixed fee (datoshi) of a fee-whitelisted contract method, or null. */
export function whitelistFee(store: NeoStore, hash: UInt160, method: MethodDescriptor): bigint | null {
  if (getContract(store, hash) === null) return null;
  const item = readItem(store, key(PREFIX_WHITELIST, hash, be32s(method.offset)));
  return item === undefined ? null : fields(item)[3]!.getInteger();
}

function whitelistEvent(
  engine: ApplicationEngine,
  hash: UInt160,
  name: string,
  argCount: bigint,
  fee: StackItem,
) {
  engine.sendNotification(
    policy.hash,
    WHITELIST_EVENT,
    new ArrayItem([new ByteStringItem(hash), str(name), int(argCount), fee]),
  );
}

/** Removes a contract's whitelist entries, notifying each (on update and destroy). */
export function cleanWhitelist(engine: ApplicationEngine, contract: ContractState): number {
  let count = 0;
  for (const [k, v] of [...engine.store.find(key(PREFIX_WHITELIST, contract.hash))]) {
    engine.store.delete(k);
    count++;
    const f = fields(deserializeWithLimits(v, DEFAULT_LIMITS));
    whitelistEvent(engine, contract.hash, strictUtf8(f[1]!.getSpan()), f[2]!.getInteger(), NULL);
  }
  return count;
}

/** Blocks an account (not a native); from Faun its votes are withdrawn first. */
export function* blockAccountInternal(engine: ApplicationEngine, account: UInt160): NativeTask<boolean> {
  if (nativeByHash(account) !== undefined) throw new VMFault('Cannot block a native contract.');
  const k = key(PREFIX_BLOCKED, account);
  if (engine.store.has(k)) return false;
  const faun = engine.isHardforkEnabled('HF_Faun');
  if (faun) yield* neoToken.voteInternal(engine, account, null);
  if (faun) writeInt(engine.store, k, engine.getTime());
  else engine.store.put(k, new Uint8Array(0));
  return true;
}

function methodOf(
  engine: ApplicationEngine,
  hash: UInt160,
  name: string,
  argCount: number,
): MethodDescriptor {
  const contract = getContract(engine.store, hash);
  if (contract === null) throw new VMFault('Is not a valid contract');
  const matches = contract.manifest.abi.methods.filter(
    (m) => m.name === name && m.parameters.length === argCount,
  );
  if (matches.length > 1) throw new VMFault('Sequence contains more than one matching element');
  if (matches.length === 0) {
    throw new VMFault(`Method ${name} with ${argCount} args was not found in ${hashToString(hash)}`);
  }
  return matches[0]!;
}

function timeLeft(remaining: bigint): string {
  const days = remaining / 86_400_000n;
  const hours = (remaining % 86_400_000n) / 3_600_000n;
  const minutes = (remaining % 3_600_000n) / 60_000n;
  const seconds = (remaining % 60_000n) / 1_000n;
  if (days > 0n) return `${days}d ${hours}h ${minutes}m`;
  if (hours > 0n) return `${hours}h ${minutes}m ${seconds}s`;
  if (minutes > 0n) return `${minutes}m ${seconds}s`;
  return `${seconds}s`;
}

function* recoverFund(engine: ApplicationEngine, account: UInt160, token: UInt160): NativeTask {
  assertAlmostFullCommittee(engine);
  const entry = readInt(engine.store, key(PREFIX_BLOCKED, account));
  if (entry === undefined) throw new VMFault('Request not found.');
  const elapsed = engine.getTime() - entry;
  if (elapsed < RECOVER_DELAY) {
    throw new VMFault(
      `Request must be signed at least 1 year ago. Remaining time: ${timeLeft(RECOVER_DELAY - elapsed)}.`,
    );
  }
  const contract = getContract(engine.store, token);
  if (contract === null) throw new VMFault(`Contract ${hashToString(token)} does not exist.`);
  if (!contract.manifest.supportedStandards.includes('NEP-17')) {
    throw new VMFault(`Contract ${hashToString(token)} does not implement NEP-17 standard.`);
  }
  const acc = new ByteStringItem(account);
  const balance = (yield {
    hash: token,
    method: 'balanceOf',
    args: [acc],
    hasReturnValue: true,
    callingScriptHash: account,
  })!.getInteger();
  if (balance <= 0n) return bool(false);
  const ok = (yield {
    hash: token,
    method: 'transfer',
    args: [acc, new ByteStringItem(treasury.hash), integer(balance), NULL],
    hasReturnValue: true,
    callingScriptHash: account,
  })!.getBoolean();
  if (!ok) {
    throw new VMFault(
      `Transfer of ${balance} from ${hashToString(account)} to ${hashToString(treasury.hash)} failed in contract ${hashToString(token)}.`,
    );
  }
  engine.sendNotification(policy.hash, 'RecoveredFund', new ArrayItem([acc]));
  return bool(true);
}

function setter(
  name: string,
  kind: 'int64' | 'uint32' | 'uint64',
  prefix: number,
  check: (e: ApplicationEngine, v: bigint) => void,
  opts: { activeIn?: 'HF_Echidna' } = {},
) {
  return method(
    name,
    [arg('value', kind)],
    ParamType.Void,
    { cpuFee: 1 << 15, flags: CallFlags.States, ...opts },
    (e, [v]) => {
      const value = BigInt(v as number | bigint);
      check(e, value);
      assertCommittee(e);
      writeInt(e.store, key(prefix), value);
      return undefined;
    },
  );
}

const range = (what: string, lo: bigint, hi: bigint, v: bigint) => {
  if (v < lo || v > hi) throw outOfRangeFault('value', `${what} must be between [${lo}, ${hi}], got ${v}`);
};

class PolicyContract extends NativeContract {
  readonly name = 'PolicyContract';
  readonly id = ID;

  protected override defineEvents() {
    return [
      event(
        0,
        'MillisecondsPerBlockChanged',
        [
          ['old', ParamType.Integer],
          ['new', ParamType.Integer],
        ],
        { activeIn: 'HF_Echidna' },
      ),
      event(
        1,
        WHITELIST_EVENT,
        [
          ['contract', ParamType.Hash160],
          ['method', ParamType.String],
          ['argCount', ParamType.Integer],
          ['fee', ParamType.Any],
        ],
        { activeIn: 'HF_Faun' },
      ),
      event(2, 'RecoveredFund', [['account', ParamType.Hash160]], { activeIn: 'HF_Faun' }),
    ];
  }

  protected defineMethods() {
    const R = CallFlags.ReadStates;
    const S = CallFlags.States;
    const SN = CallFlags.States | CallFlags.AllowNotify;
    const F = 1 << 15;
    const account = arg('account', 'hash160');
    const type = arg('attributeType', 'uint8');
    return [
      method('getFeePerByte', [], ParamType.Integer, { cpuFee: F, flags: R }, (e) =>
        int(feePerByte(e.store)),
      ),
      method('getExecFeeFactor', [], ParamType.Integer, { cpuFee: F, flags: R }, (e) => {
        const raw = requireInt(e.store, key(PREFIX_EXEC_FEE_FACTOR));
        return int(e.isHardforkEnabled('HF_Faun') ? raw / BigInt(FEE_FACTOR) : raw);
      }),
      method(
        'getExecPicoFeeFactor',
        [],
        ParamType.Integer,
        { cpuFee: F, flags: R, activeIn: 'HF_Faun' },
        (e) => int(requireInt(e.store, key(PREFIX_EXEC_FEE_FACTOR))),
      ),
      method('getStoragePrice', [], ParamType.Integer, { cpuFee: F, flags: R }, (e) =>
        int(requireInt(e.store, key(PREFIX_STORAGE_PRICE))),
      ),
      method(
        'getMillisecondsPerBlock',
        [],
        ParamType.Integer,
        { cpuFee: F, flags: R, activeIn: 'HF_Echidna' },
        (e) => int(millisecondsPerBlock(e.store)),
      ),
      method(
        'getMaxValidUntilBlockIncrement',
        [],
        ParamType.Integer,
        { cpuFee: F, flags: R, activeIn: 'HF_Echidna' },
        (e) => int(maxValidUntilBlockIncrement(e.store)),
      ),
      method(
        'getMaxTraceableBlocks',
        [],
        ParamType.Integer,
        { cpuFee: F, flags: R, activeIn: 'HF_Echidna' },
        (e) => int(maxTraceableBlocks(e.store)),
      ),
      method(
        'getAttributeFee',
        [type],
        ParamType.Integer,
        { cpuFee: F, flags: R, deprecatedIn: 'HF_Echidna' },
        (e, [t]) => int(attributeFee(e.store, t as number, false)),
      ),
      method(
        'getAttributeFee',
        [type],
        ParamType.Integer,
        { cpuFee: F, flags: R, activeIn: 'HF_Echidna' },
        (e, [t]) => int(attributeFee(e.store, t as number, true)),
      ),
      method('isBlocked', [account], ParamType.Boolean, { cpuFee: F, flags: R }, (e, [a]) =>
        bool(isBlocked(e.store, a as UInt160)),
      ),
      method(
        'removeWhitelistFeeContract',
        [arg('contractHash', 'hash160'), arg('method', 'string'), arg('argCount', 'int32')],
        ParamType.Void,
        { cpuFee: F, flags: SN, activeIn: 'HF_Faun' },
        (e, [h, m, n]) => {
          if (!checkCommittee(e)) throw new VMFault('Invalid committee signature');
          const md = methodOf(e, h as UInt160, m as string, n as number);
          const k = key(PREFIX_WHITELIST, h as UInt160, be32s(md.offset));
          if (!e.store.has(k)) throw new VMFault('Whitelist not found');
          e.store.delete(k);
          whitelistEvent(e, h as UInt160, m as string, BigInt(n as number), NULL);
          return undefined;
        },
      ),
      method(
        'setWhitelistFeeContract',
        [
          arg('contractHash', 'hash160'),
          arg('method', 'string'),
          arg('argCount', 'int32'),
          arg('fixedFee', 'int64'),
        ],
        ParamType.Void,
        { cpuFee: F, flags: SN, activeIn: 'HF_Faun' },
        (e, [h, m, n, fee]) => {
          if ((fee as bigint) < 0n) throw negativeFault('fixedFee', fee as bigint);
          if (!checkCommittee(e)) throw new VMFault('Invalid committee signature');
          const md = methodOf(e, h as UInt160, m as string, n as number);
          const entry = new StructItem([
            new ByteStringItem(h as UInt160),
            str(m as string),
            int(n as number),
            int(fee as bigint),
          ]);
          writeItem(e.store, key(PREFIX_WHITELIST, h as UInt160, be32s(md.offset)), entry);
          whitelistEvent(e, h as UInt160, m as string, BigInt(n as number), int(fee as bigint));
          return undefined;
        },
      ),
      method(
        'setMillisecondsPerBlock',
        [arg('value', 'uint32')],
        ParamType.Void,
        { cpuFee: F, flags: SN, activeIn: 'HF_Echidna' },
        (e, [v]) => {
          const value = v as number;
          if (value === 0 || value > MAX_MS_PER_BLOCK) {
            throw outOfRangeFault(
              'value',
              `MillisecondsPerBlock must be between [1, ${MAX_MS_PER_BLOCK}], got ${value}`,
            );
          }
          assertCommittee(e);
          const old = millisecondsPerBlock(e.store);
          writeInt(e.store, key(PREFIX_MS_PER_BLOCK), BigInt(value));
          e.sendNotification(this.hash, 'MillisecondsPerBlockChanged', new ArrayItem([int(old), int(value)]));
          return undefined;
        },
      ),
      ...[false, true].map((v1) =>
        method(
          'setAttributeFee',
          [type, arg('value', 'uint32')],
          ParamType.Void,
          {
            cpuFee: F,
            flags: S,
            ...(v1 ? { activeIn: 'HF_Echidna' as const } : { deprecatedIn: 'HF_Echidna' as const }),
          },
          (e, [t, v]) => {
            attributeFee(e.store, t as number, v1);
            if ((v as number) > MAX_ATTRIBUTE_FEE)
              throw outOfRangeFault('value', `AttributeFee must be less than ${MAX_ATTRIBUTE_FEE}`);
            assertCommittee(e);
            writeInt(e.store, key(PREFIX_ATTRIBUTE_FEE, Uint8Array.of(t as number)), BigInt(v as number));
            return undefined;
          },
        ),
      ),
      setter('setFeePerByte', 'int64', PREFIX_FEE_PER_BYTE, (_e, v) =>
        range('FeePerByte', 0n, 1_00000000n, v),
      ),
      setter('setExecFeeFactor', 'uint64', PREFIX_EXEC_FEE_FACTOR, (e, v) =>
        range(
          'ExecFeeFactor',
          1n,
          BigInt(e.isHardforkEnabled('HF_Faun') ? FEE_FACTOR * MAX_EXEC_FEE_FACTOR : MAX_EXEC_FEE_FACTOR),
          v,
        ),
      ),
      setter('setStoragePrice', 'uint32', PREFIX_STORAGE_PRICE, (_e, v) =>
        range('StoragePrice', 1n, BigInt(MAX_STORAGE_PRICE), v),
      ),
      setter(
        'setMaxValidUntilBlockIncrement',
        'uint32',
        PREFIX_MAX_VUB,
        (e, v) => {
          range('MaxValidUntilBlockIncrement', 1n, BigInt(MAX_MAX_VUB), v);
          const mtb = maxTraceableBlocks(e.store);
          if (v >= BigInt(mtb)) {
            throw new VMFault(
              `MaxValidUntilBlockIncrement must be lower than MaxTraceableBlocks (${v} vs ${mtb})`,
            );
          }
        },
        { activeIn: 'HF_Echidna' },
      ),
      setter(
        'setMaxTraceableBlocks',
        'uint32',
        PREFIX_MAX_TRACEABLE,
        (e, v) => {
          range('MaxTraceableBlocks', 1n, BigInt(MAX_MAX_TRACEABLE), v);
          const old = maxTraceableBlocks(e.store);
          if (v > BigInt(old))
            throw new VMFault(`MaxTraceableBlocks can not be increased (old ${old}, new ${v})`);
          const vub = maxValidUntilBlockIncrement(e.store);
          if (v <= BigInt(vub)) {
            throw new VMFault(
              `MaxTraceableBlocks must be larger than MaxValidUntilBlockIncrement (${v} vs ${vub})`,
            );
          }
        },
        { activeIn: 'HF_Echidna' },
      ),
      method(
        'blockAccount',
        [account],
        ParamType.Boolean,
        { cpuFee: F, flags: S, deprecatedIn: 'HF_Faun' },
        (e, [a]) => this.block(e, a as UInt160),
      ),
      method(
        'blockAccount',
        [account],
        ParamType.Boolean,
        { cpuFee: F, flags: SN, activeIn: 'HF_Faun' },
        (e, [a]) => this.block(e, a as UInt160),
      ),
      method('unblockAccount', [account], ParamType.Boolean, { cpuFee: F, flags: S }, (e, [a]) => {
        assertCommittee(e);
        const k = key(PREFIX_BLOCKED, a as UInt160);
        if (!e.store.has(k)) return bool(false);
        e.store.delete(k);
        return bool(true);
      }),
      method(
        'getBlockedAccounts',
        [],
        ParamType.InteropInterface,
        { cpuFee: F, flags: R, activeIn: 'HF_Faun' },
        (e) => {
          const store = e.store;
          return new InteropInterfaceItem(
            new StorageIterator(() => store.find(key(PREFIX_BLOCKED)), 1, 0b11),
          );
        },
      ),
      method(
        'recoverFund',
        [account, arg('token', 'hash160')],
        ParamType.Boolean,
        { cpuFee: F, flags: CallFlags.All, activeIn: 'HF_Faun' },
        (e, [a, t]) => recoverFund(e, a as UInt160, t as UInt160),
      ),
      method(
        'getWhitelistFeeContracts',
        [],
        ParamType.InteropInterface,
        { cpuFee: F, flags: R, activeIn: 'HF_Faun' },
        (e) => {
          const store = e.store;
          return new InteropInterfaceItem(
            new StorageIterator(() => store.find(key(PREFIX_WHITELIST)), 1, 0b1110),
          );
        },
      ),
    ];
  }

  private *block(engine: ApplicationEngine, account: UInt160): NativeTask {
    assertCommittee(engine);
    return bool(yield* blockAccountInternal(engine, account));
  }

  override initialize(engine: ApplicationEngine, hardfork: string | null) {
    const store = engine.store;
    const s = engine.settings;
    if (hardfork === this.activeIn) {
      writeInt(store, key(PREFIX_FEE_PER_BYTE), BigInt(DEFAULT_FEE_PER_BYTE));
      writeInt(store, key(PREFIX_EXEC_FEE_FACTOR), BigInt(DEFAULT_EXEC_FEE_FACTOR));
      writeInt(store, key(PREFIX_STORAGE_PRICE), BigInt(DEFAULT_STORAGE_PRICE));
    }
    if (hardfork === 'HF_Echidna') {
      writeInt(
        store,
        key(PREFIX_ATTRIBUTE_FEE, Uint8Array.of(AttributeType.NotaryAssisted)),
        BigInt(DEFAULT_NOTARY_ASSISTED_FEE),
      );
      writeInt(store, key(PREFIX_MS_PER_BLOCK), BigInt(s.millisecondsPerBlock));
      writeInt(store, key(PREFIX_MAX_VUB), BigInt(s.maxValidUntilBlockIncrement));
      writeInt(store, key(PREFIX_MAX_TRACEABLE), BigInt(s.maxTraceableBlocks));
    }
    if (hardfork === 'HF_Faun') {
      const factor = readInt(store, key(PREFIX_EXEC_FEE_FACTOR));
      if (factor === undefined) throw new VMFault('Policy was not initialized');
      writeInt(store, key(PREFIX_EXEC_FEE_FACTOR), BigInt.asUintN(32, factor * BigInt(FEE_FACTOR)));
      const time = engine.getTime();
      for (const [k] of [...store.find(key(PREFIX_BLOCKED))]) writeInt(store, k, time);
    }
    return undefined;
  }
}

export const policy = new PolicyContract();
