/**
 * ContractManagement (neo `Native/ContractManagement.cs`), id -1: deployed contracts under
 * prefix 8 (hash → state) and 12 (id → hash), the next id (15) and the minimum deployment fee
 * (20). Deploying charges max(StoragePrice × (NEF + manifest bytes), minimum fee), checks the
 * NEF, manifest and script, calls `_deploy(data, update)` and notifies Deploy; update and
 * destroy act on the calling contract. At each initialization block it deploys or updates the
 * native contracts themselves.
 */

import {
  ArrayItem,
  BooleanItem,
  InteropInterfaceItem,
  NULL,
  type StackItem,
  VMFault,
} from '../../neovm/index.js';
import { bytesToKey } from '../../state/index.js';
import { CallFlags, callFlagsName } from '../contract/call-flags.js';
import { checkScript, isValidManifest } from '../contract/check.js';
import {
  type ContractState,
  contractFromStackItem,
  contractToStackItem,
} from '../contract/contract-state.js';
import { getMethod, parseManifest } from '../contract/manifest.js';
import { parseNef } from '../contract/nef.js';
import { ParamType } from '../contract/parameter-type.js';
import type { ApplicationEngine } from '../engine/application-engine.js';
import { arg } from '../engine/convert.js';
import { outOfRangeFault } from '../engine/faults.js';
import { FEE_FACTOR } from '../engine/prices.js';
import { isHardforkEnabled } from '../settings.js';
import { StorageIterator } from '../storage/iterator.js';
import { be32s, type NeoStore, nativeKey, storageKey } from '../storage/store.js';
import { hashToString, type UInt160 } from '../uint.js';
import { contractHash, event, method, NativeContract, type NativeTask } from './native.js';
import { assertCommittee } from './neo-token.js';
import { blockAccountInternal, cleanWhitelist, isBlocked } from './policy.js';
import { bool, bytes, int, readItem, requireInt, writeInt, writeItem } from './values.js';

export const ID = -1;
const PREFIX_MIN_FEE = 20;
const PREFIX_NEXT_ID = 15;
const PREFIX_CONTRACT = 8;
const PREFIX_HASH = 12;

const byBytes = new WeakMap<Uint8Array, ContractState>();
const byContent = new Map<string, ContractState>();

/** The state of a deployed contract, or null (decoded states are cached by their bytes). */
export function getContract(store: NeoStore, hash: UInt160): ContractState | null {
  const value = store.get(nativeKey(ID, PREFIX_CONTRACT, hash));
  if (value === undefined) return null;
  let c = byBytes.get(value);
  if (c !== undefined) return c;
  const k = bytesToKey(value);
  c = byContent.get(k);
  if (c === undefined) {
    c = contractFromStackItem(readItem(store, nativeKey(ID, PREFIX_CONTRACT, hash))!, false);
    if (byContent.size >= 1024) byContent.clear();
    byContent.set(k, c);
  }
  byBytes.set(value, c);
  return c;
}

export function isContract(store: NeoStore, hash: UInt160): boolean {
  return store.has(nativeKey(ID, PREFIX_CONTRACT, hash));
}

export function getContractById(store: NeoStore, id: number): ContractState | null {
  const hash = store.get(nativeKey(ID, PREFIX_HASH, be32s(id)));
  return hash === undefined ? null : getContract(store, hash);
}

export function putContract(store: NeoStore, c: ContractState): void {
  writeItem(store, nativeKey(ID, PREFIX_CONTRACT, c.hash), contractToStackItem(c));
}

/** Every deployed contract (natives included), in storage order. */
export function listContracts(store: NeoStore): ContractState[] {
  const out: ContractState[] = [];
  for (const [k] of store.find(nativeKey(ID, PREFIX_CONTRACT))) out.push(getContract(store, k.subarray(5))!);
  return out;
}

function minimumDeploymentFee(store: NeoStore): bigint {
  return requireInt(store, nativeKey(ID, PREFIX_MIN_FEE));
}

function requireAllFlags(engine: ApplicationEngine, what: string): void {
  if (!engine.isHardforkEnabled('HF_Aspidochelone')) return;
  const flags = engine.currentState.callFlags;
  if ((flags & CallFlags.All) !== CallFlags.All) {
    throw new VMFault(`Cannot call ${what} with the flag ${callFlagsName(flags)}.`);
  }
}

function* onDeploy(
  engine: ApplicationEngine,
  c: ContractState,
  data: StackItem,
  update: boolean,
): NativeTask<void> {
  const md = getMethod(c.manifest.abi, '_deploy', 2);
  if (md !== undefined) {
    yield {
      hash: c.hash,
      method: md.name,
      args: [data, BooleanItem.of(update)],
      hasReturnValue: false,
      callingScriptHash: contractManagement.hash,
    };
  }
  engine.sendNotification(
    contractManagement.hash,
    update ? 'Update' : 'Deploy',
    new ArrayItem([bytes(c.hash)]),
  );
}

function* deploy(
  engine: ApplicationEngine,
  nefFile: Uint8Array,
  manifestBytes: Uint8Array,
  data: StackItem,
): NativeTask {
  requireAllFlags(engine, 'Deploy');
  const container = engine.container;
  if (container?.kind !== 'transaction')
    throw new VMFault('Operation is not valid due to the current state of the object.');
  if (nefFile.length === 0) throw new VMFault('NEF file length cannot be zero.');
  if (manifestBytes.length === 0) throw new VMFault('Manifest length cannot be zero.');
  const store = engine.store;
  const sizeFee = BigInt(engine.storagePrice) * BigInt(nefFile.length + manifestBytes.length);
  const minFee = minimumDeploymentFee(store);
  engine.addFeeBig((sizeFee > minFee ? sizeFee : minFee) * BigInt(FEE_FACTOR));
  const nef = parseNef(nefFile);
  const manifest = parseManifest(manifestBytes);
  checkScript(nef.script, manifest.abi, engine.isHardforkEnabled('HF_Basilisk'));
  const sender = container.tx.signers[0]!.account;
  const hash = contractHash(sender, nef.checksum, manifest.name);
  if (isBlocked(store, hash)) throw new VMFault(`The contract ${hashToString(hash)} has been blocked.`);
  const key = nativeKey(ID, PREFIX_CONTRACT, hash);
  if (store.has(key)) throw new VMFault(`Contract Already Exists: ${hashToString(hash)}`);
  const idKey = nativeKey(ID, PREFIX_NEXT_ID);
  const id = Number(requireInt(store, idKey));
  writeInt(store, idKey, BigInt(id) + 1n);
  const contract: ContractState = { id, updateCounter: 0, nef, hash, manifest };
  if (!isValidManifest(manifest, engine.limits, hash))
    throw new VMFault(`Invalid Manifest: ${hashToString(hash)}`);
  putContract(store, contract);
  store.put(nativeKey(ID, PREFIX_HASH, be32s(id)), hash);
  yield* onDeploy(engine, contract, data, false);
  return contractToStackItem(contract);
}

function* update(
  engine: ApplicationEngine,
  nefFile: Uint8Array | null,
  manifestBytes: Uint8Array | null,
  data: StackItem,
): NativeTask {
  requireAllFlags(engine, 'Update');
  if (nefFile === null && manifestBytes === null)
    throw new VMFault('NEF file and manifest cannot both be null.');
  engine.addFeeBig(
    BigInt.asIntN(
      64,
      BigInt(engine.storagePrice) *
        BigInt(FEE_FACTOR) *
        BigInt((nefFile?.length ?? 0) + (manifestBytes?.length ?? 0)),
    ),
  );
  const store = engine.store;
  const calling = engine.callingScriptHash!;
  let contract = getContract(store, calling);
  if (contract === null) throw new VMFault(`Updating Contract Does Not Exist: ${hashToString(calling)}`);
  if (contract.updateCounter === 0xffff)
    throw new VMFault('The contract reached the maximum number of updates.');
  if (nefFile !== null) {
    if (nefFile.length === 0) throw new VMFault('NEF file length cannot be zero.');
    contract = { ...contract, nef: parseNef(nefFile) };
  }
  cleanWhitelist(engine, contract);
  if (manifestBytes !== null) {
    if (manifestBytes.length === 0) throw new VMFault('Manifest length cannot be zero.');
    const manifest = parseManifest(manifestBytes);
    if (manifest.name !== contract.manifest.name)
      throw new VMFault("The name of the contract can't be changed.");
    if (!isValidManifest(manifest, engine.limits, contract.hash)) {
      throw new VMFault(`Invalid Manifest: ${hashToString(contract.hash)}`);
    }
    contract = { ...contract, manifest };
  }
  checkScript(contract.nef.script, contract.manifest.abi, engine.isHardforkEnabled('HF_Basilisk'));
  contract = { ...contract, updateCounter: contract.updateCounter + 1 };
  putContract(store, contract);
  yield* onDeploy(engine, contract, data, true);
  return undefined;
}

function* destroy(engine: ApplicationEngine, blockBeforeErase: boolean): NativeTask {
  const store = engine.store;
  const hash = engine.callingScriptHash!;
  const contract = getContract(store, hash);
  if (contract === null) return undefined;
  if (blockBeforeErase) {
    yield* blockAccountInternal(engine, hash);
    cleanWhitelist(engine, contract);
  }
  store.delete(nativeKey(ID, PREFIX_CONTRACT, hash));
  store.delete(nativeKey(ID, PREFIX_HASH, be32s(contract.id)));
  for (const [k] of [...store.find(storageKey(contract.id, new Uint8Array(0)))]) store.delete(k);
  if (!blockBeforeErase) {
    yield* blockAccountInternal(engine, hash);
    cleanWhitelist(engine, contract);
  }
  engine.sendNotification(contractManagement.hash, 'Destroy', new ArrayItem([bytes(hash)]));
  return undefined;
}

const R = CallFlags.ReadStates;
const SN = CallFlags.States | CallFlags.AllowNotify;
const hash = arg('hash', 'hash160');

class ContractManagement extends NativeContract {
  readonly name = 'ContractManagement';
  readonly id = ID;

  protected override defineEvents() {
    return [
      event(0, 'Deploy', [['Hash', ParamType.Hash160]]),
      event(1, 'Update', [['Hash', ParamType.Hash160]]),
      event(2, 'Destroy', [['Hash', ParamType.Hash160]]),
    ];
  }

  protected defineMethods() {
    const nef = arg('nefFile', 'bytes');
    const manifest = arg('manifest', 'bytes');
    const data = arg('data', 'item');
    return [
      method('getMinimumDeploymentFee', [], ParamType.Integer, { cpuFee: 1 << 15, flags: R }, (e) =>
        int(minimumDeploymentFee(e.store)),
      ),
      method(
        'setMinimumDeploymentFee',
        [arg('value', 'bigint')],
        ParamType.Void,
        { cpuFee: 1 << 15, flags: CallFlags.States },
        (e, [v]) => {
          if ((v as bigint) < 0n) throw outOfRangeFault('value', 'cannot be negative');
          assertCommittee(e);
          writeInt(e.store, nativeKey(ID, PREFIX_MIN_FEE), v as bigint);
          return undefined;
        },
      ),
      method('getContract', [hash], ParamType.Array, { cpuFee: 1 << 15, flags: R }, (e, [h]) => {
        const c = getContract(e.store, h as UInt160);
        return c === null ? NULL : contractToStackItem(c);
      }),
      method(
        'isContract',
        [hash],
        ParamType.Boolean,
        { cpuFee: 1 << 14, flags: R, activeIn: 'HF_Echidna' },
        (e, [h]) => bool(isContract(e.store, h as UInt160)),
      ),
      method(
        'getContractById',
        [arg('id', 'int32')],
        ParamType.Array,
        { cpuFee: 1 << 15, flags: R },
        (e, [id]) => {
          const c = getContractById(e.store, id as number);
          return c === null ? NULL : contractToStackItem(c);
        },
      ),
      method('getContractHashes', [], ParamType.InteropInterface, { cpuFee: 1 << 15, flags: R }, (e) => {
        const store = e.store;
        const entries = () =>
          [...store.find(nativeKey(ID, PREFIX_HASH))].filter(
            ([k]) => new DataView(k.buffer, k.byteOffset).getInt32(5, false) >= 0,
          );
        return new InteropInterfaceItem(new StorageIterator(entries, 1, 2));
      }),
      method(
        'hasMethod',
        [hash, arg('method', 'string'), arg('pcount', 'int32')],
        ParamType.Boolean,
        { cpuFee: 1 << 15, flags: R },
        (e, [h, m, p]) => {
          const c = getContract(e.store, h as UInt160);
          return bool(c !== null && getMethod(c.manifest.abi, m as string, p as number) !== undefined);
        },
      ),
      method('deploy', [nef, manifest], ParamType.Array, { flags: SN }, (e, [n, m]) =>
        deploy(e, n as Uint8Array, m as Uint8Array, NULL),
      ),
      method('deploy', [nef, manifest, data], ParamType.Array, { flags: SN }, (e, [n, m, d]) =>
        deploy(e, n as Uint8Array, m as Uint8Array, d as StackItem),
      ),
      method(
        'update',
        [
          { ...nef, nullable: true },
          { ...manifest, nullable: true },
        ],
        ParamType.Void,
        { flags: SN },
        (e, [n, m]) => update(e, n as Uint8Array | null, m as Uint8Array | null, NULL),
      ),
      method(
        'update',
        [{ ...nef, nullable: true }, { ...manifest, nullable: true }, data],
        ParamType.Void,
        { flags: SN },
        (e, [n, m, d]) => update(e, n as Uint8Array | null, m as Uint8Array | null, d as StackItem),
      ),
      method('destroy', [], ParamType.Void, { cpuFee: 1 << 15, flags: SN, deprecatedIn: 'HF_Gorgon' }, (e) =>
        destroy(e, false),
      ),
      method('destroy', [], ParamType.Void, { cpuFee: 1 << 15, flags: SN, activeIn: 'HF_Gorgon' }, (e) =>
        destroy(e, true),
      ),
    ];
  }

  override initialize(engine: ApplicationEngine, hardfork: string | null) {
    if (hardfork === this.activeIn) {
      writeInt(engine.store, nativeKey(ID, PREFIX_MIN_FEE), 10_00000000n);
      writeInt(engine.store, nativeKey(ID, PREFIX_NEXT_ID), 1n);
    }
    return undefined;
  }

  override *onPersist(engine: ApplicationEngine): NativeTask<void> {
    const index = engine.persistingBlock!.index;
    const settings = engine.settings;
    const hf = (h: Parameters<typeof isHardforkEnabled>[1], height: number) =>
      isHardforkEnabled(settings, h, height);
    for (const native of engine.natives) {
      const hfs = native.initializeHardforks(settings, index);
      if (hfs === null) continue;
      const state = native.contractState(hf, index);
      const old = getContract(engine.store, native.hash);
      if (old === null) {
        putContract(engine.store, state);
        engine.store.put(nativeKey(ID, PREFIX_HASH, be32s(native.id)), native.hash);
        if (native.activeIn === null) {
          const t = native.initialize(engine, null);
          if (t) yield* t;
        }
      } else {
        putContract(engine.store, {
          ...old,
          updateCounter: old.updateCounter + 1,
          nef: state.nef,
          manifest: state.manifest,
        });
      }
      for (const h of hfs) {
        const t = native.initialize(engine, h);
        if (t) yield* t;
      }
      engine.sendNotification(
        this.hash,
        old === null ? 'Deploy' : 'Update',
        new ArrayItem([bytes(native.hash)]),
      );
    }
  }
}

export const contractManagement = new ContractManagement();
