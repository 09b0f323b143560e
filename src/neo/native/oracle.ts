/**
 * OracleContract (neo `Native/OracleContract.cs`), id -9: requests (7 + id) made by contracts
 * for a URL with a filter and a callback, paid for with GAS for the response, pending ids per
 * URL hash (6), the next id (9) and the price (5, 0.5 GAS). `finish` runs in a response
 * transaction and calls the callback; PostPersist pays the designated oracle nodes.
 */

import { ArrayItem, ByteStringItem, NULL, type StackItem, VMFault } from '../../neovm/index.js';
import { CallFlags } from '../contract/call-flags.js';
import { ParamType } from '../contract/parameter-type.js';
import { signatureRedeemScriptHash } from '../contract/redeem.js';
import { hash160 } from '../crypto/hash.js';
import type { ApplicationEngine } from '../engine/application-engine.js';
import { arg } from '../engine/convert.js';
import { outOfRangeFault } from '../engine/faults.js';
import { FEE_FACTOR } from '../engine/prices.js';
import { strictUtf8, utf8 } from '../io/binary.js';
import { AttributeType, getAttribute, oracleResponseId, transactionHash } from '../payloads/transaction.js';
import { deserializeWithLimits, serializeItem } from '../serialization/binary-serializer.js';
import { be64, type NeoStore, nativeKey } from '../storage/store.js';
import type { UInt160, UInt256 } from '../uint.js';
import { isContract } from './contract-management.js';
import { gasToken } from './gas-token.js';
import { event, type HardforkChecker, method, NativeContract, type NativeTask } from './native.js';
import { assertCommittee } from './neo-token.js';
import { designatedByRole, Role } from './role-management.js';
import { bool, fields, int, readInt, readItem, requireInt, str, writeInt, writeItem } from './values.js';

const ID = -9;
const PREFIX_PRICE = 5;
const PREFIX_REQUEST_ID = 9;
const PREFIX_REQUEST = 7;
const PREFIX_ID_LIST = 6;

export interface OracleRequest {
  readonly originalTxid: UInt256;
  readonly gasForResponse: bigint;
  readonly url: string;
  readonly filter: string | null;
  readonly callbackContract: UInt160;
  readonly callbackMethod: string;
  readonly userData: Uint8Array;
}

function requestFrom(item: StackItem): OracleRequest {
  const f = fields(item);
  return {
    originalTxid: f[0]!.getSpan().slice(),
    gasForResponse: f[1]!.getInteger(),
    url: strictUtf8(f[2]!.getSpan()),
    filter: f[3]!.isNull ? null : strictUtf8(f[3]!.getSpan()),
    callbackContract: f[4]!.getSpan().slice(),
    callbackMethod: strictUtf8(f[5]!.getSpan()),
    userData: f[6]!.getSpan().slice(),
  };
}

function requestItem(r: OracleRequest): ArrayItem {
  return new ArrayItem([
    new ByteStringItem(r.originalTxid),
    int(r.gasForResponse),
    str(r.url),
    r.filter === null ? NULL : str(r.filter),
    new ByteStringItem(r.callbackContract),
    str(r.callbackMethod),
    new ByteStringItem(r.userData),
  ]);
}

export function oracleRequest(store: NeoStore, id: bigint): OracleRequest | null {
  const item = readItem(store, nativeKey(ID, PREFIX_REQUEST, be64(id)));
  return item === undefined ? null : requestFrom(item);
}

const urlHash = (url: string) => hash160(utf8(url));
const idListKey = (url: string) => nativeKey(ID, PREFIX_ID_LIST, urlHash(url));

function readIdList(store: NeoStore, url: string): bigint[] | null {
  const item = readItem(store, idListKey(url));
  return item === undefined ? null : fields(item).map((x) => x.getInteger());
}

function writeIdList(store: NeoStore, url: string, ids: bigint[]): void {
  writeItem(store, idListKey(url), new ArrayItem(ids.map((i) => int(i))));
}

function price(store: NeoStore): bigint {
  return requireInt(store, nativeKey(ID, PREFIX_PRICE));
}

function originalTxid(engine: ApplicationEngine): UInt256 {
  const c = engine.container;
  if (c?.kind !== 'transaction') throw new VMFault('Object reference not set to an instance of an object.');
  const response = getAttribute(c.tx, AttributeType.OracleResponse);
  if (response === undefined) return transactionHash(c.tx);
  return oracleRequest(engine.store, oracleResponseId(response))!.originalTxid;
}

function* request(
  engine: ApplicationEngine,
  url: string,
  filter: string | null,
  callback: string,
  userData: StackItem,
  gasForResponse: bigint,
): NativeTask {
  const size = (s: string) => utf8(s).length;
  if (size(url) > 256)
    throw new VMFault(`URL size ${size(url)} bytes exceeds maximum allowed size of 256 bytes.`);
  if (filter !== null && size(filter) > 128) {
    throw new VMFault(`Filter size ${size(filter)} bytes exceeds maximum allowed size of 128 bytes.`);
  }
  if (size(callback) > 32)
    throw new VMFault(`Callback size ${size(callback)} bytes exceeds maximum allowed size of 32 bytes.`);
  if (callback.startsWith('_')) throw new VMFault('Callback cannot start with underscore.');
  if (gasForResponse < 10_000_000n) {
    throw new VMFault(`gasForResponse ${gasForResponse} must be at least 10000000 Datoshi.`);
  }
  const store = engine.store;
  engine.addFeeBig(BigInt.asIntN(64, price(store) * BigInt(FEE_FACTOR)));
  engine.addFeeBig(BigInt.asIntN(64, gasForResponse * BigInt(FEE_FACTOR)));
  yield* gasToken.mint(engine, oracle.hash, gasForResponse, false);
  const idKey = nativeKey(ID, PREFIX_REQUEST_ID);
  const id = BigInt.asUintN(64, requireInt(store, idKey));
  writeInt(store, idKey, (readInt(store, idKey) ?? 0n) + 1n);
  const calling = engine.callingScriptHash!;
  if (!isContract(store, calling)) throw new VMFault('Only contracts can make Oracle requests');
  const req: OracleRequest = {
    originalTxid: originalTxid(engine),
    gasForResponse,
    url,
    filter,
    callbackContract: calling,
    callbackMethod: callback,
    userData: serializeItem(userData, 512, engine.limits.maxStackSize),
  };
  writeItem(store, nativeKey(ID, PREFIX_REQUEST, be64(id)), requestItem(req));
  const ids = readIdList(store, url) ?? [];
  if (ids.length >= 256) throw new VMFault('There are too many pending responses for this url');
  ids.push(id);
  writeIdList(store, url, ids);
  engine.sendNotification(
    oracle.hash,
    'OracleRequest',
    new ArrayItem([int(id), new ByteStringItem(calling), str(url), filter === null ? NULL : str(filter)]),
  );
  return undefined;
}

function* finish(engine: ApplicationEngine): NativeTask {
  if (engine.invocationStack.length !== 2)
    throw new VMFault('Operation is not valid due to the current state of the object.');
  if (engine.getInvocationCounter() !== 1)
    throw new VMFault('Operation is not valid due to the current state of the object.');
  const c = engine.container;
  if (c?.kind !== 'transaction') throw new VMFault('Unable to cast object to type Transaction.');
  const response = getAttribute(c.tx, AttributeType.OracleResponse);
  if (response === undefined) throw new VMFault('Oracle response not found');
  const id = oracleResponseId(response);
  const req = oracleRequest(engine.store, id);
  if (req === null) throw new VMFault('Oracle request not found');
  engine.sendNotification(
    oracle.hash,
    'OracleResponse',
    new ArrayItem([int(id), new ByteStringItem(req.originalTxid)]),
  );
  const userData = deserializeWithLimits(req.userData, engine.limits);
  const code = response.data[8]!;
  const result = response.data.subarray(9 + varIntLength(response.data, 9));
  yield {
    hash: req.callbackContract,
    method: req.callbackMethod,
    args: [str(req.url), userData, int(code), new ByteStringItem(result.slice())],
    hasReturnValue: false,
    callingScriptHash: oracle.hash,
  };
  return undefined;
}

/** Length of the var-int prefix at `at` (the response result's length). */
function varIntLength(b: Uint8Array, at: number): number {
  const x = b[at]!;
  return x < 0xfd ? 1 : x === 0xfd ? 3 : x === 0xfe ? 5 : 9;
}

class OracleContract extends NativeContract {
  readonly name = 'OracleContract';
  readonly id = ID;
  override readonly activations = [null, 'HF_Faun' as const];

  protected override supportedStandards(hf: HardforkChecker, height: number): string[] {
    return hf('HF_Faun', height) ? ['NEP-30'] : [];
  }

  protected override defineEvents() {
    return [
      event(0, 'OracleRequest', [
        ['Id', ParamType.Integer],
        ['RequestContract', ParamType.Hash160],
        ['Url', ParamType.String],
        ['Filter', ParamType.String],
      ]),
      event(1, 'OracleResponse', [
        ['Id', ParamType.Integer],
        ['OriginalTx', ParamType.Hash256],
      ]),
    ];
  }

  protected defineMethods() {
    return [
      method(
        'setPrice',
        [arg('price', 'int64')],
        ParamType.Void,
        { cpuFee: 1 << 15, flags: CallFlags.States },
        (e, [p]) => {
          if ((p as bigint) <= 0n) throw outOfRangeFault('price', 'Price must be positive');
          assertCommittee(e);
          writeInt(e.store, nativeKey(ID, PREFIX_PRICE), p as bigint);
          return undefined;
        },
      ),
      method('getPrice', [], ParamType.Integer, { cpuFee: 1 << 15, flags: CallFlags.ReadStates }, (e) =>
        int(price(e.store)),
      ),
      method(
        'finish',
        [],
        ParamType.Void,
        { flags: CallFlags.States | CallFlags.AllowCall | CallFlags.AllowNotify },
        (e) => finish(e),
      ),
      method(
        'request',
        [
          arg('url', 'string'),
          arg('filter', 'string', { nullable: true }),
          arg('callback', 'string'),
          arg('userData', 'item'),
          arg('gasForResponse', 'int64'),
        ],
        ParamType.Void,
        { flags: CallFlags.States | CallFlags.AllowNotify },
        (e, [u, f, c, d, g]) =>
          request(e, u as string, f as string | null, c as string, d as StackItem, g as bigint),
      ),
      method('verify', [], ParamType.Boolean, { cpuFee: 1 << 15 }, (e) =>
        bool(
          e.container?.kind === 'transaction' &&
            getAttribute(e.container.tx, AttributeType.OracleResponse) !== undefined,
        ),
      ),
    ];
  }

  override initialize(engine: ApplicationEngine, hardfork: string | null) {
    if (hardfork === this.activeIn) {
      writeInt(engine.store, nativeKey(ID, PREFIX_REQUEST_ID), 0n);
      writeInt(engine.store, nativeKey(ID, PREFIX_PRICE), 50_000_000n);
    }
    return undefined;
  }

  override *postPersist(engine: ApplicationEngine): NativeTask<void> {
    let nodes: [UInt160, bigint][] | null = null;
    const block = engine.persistingBlock!;
    const store = engine.store;
    for (const tx of block.transactions) {
      const response = getAttribute(tx, AttributeType.OracleResponse);
      if (response === undefined) continue;
      const id = oracleResponseId(response);
      const req = oracleRequest(store, id);
      if (req === null) continue;
      store.delete(nativeKey(ID, PREFIX_REQUEST, be64(id)));
      const ids = readIdList(store, req.url)!;
      const at = ids.indexOf(id);
      if (at < 0) throw new VMFault('Operation is not valid due to the current state of the object.');
      ids.splice(at, 1);
      if (ids.length === 0) store.delete(idListKey(req.url));
      else writeIdList(store, req.url, ids);
      nodes ??= designatedByRole(store, Role.Oracle, block.index).map((k): [UInt160, bigint] => [
        signatureRedeemScriptHash(k),
        0n,
      ]);
      if (nodes.length > 0) nodes[Number(id % BigInt(nodes.length))]![1] += price(store);
    }
    if (nodes === null) return;
    for (const [account, gas] of nodes) if (gas > 0n) yield* gasToken.mint(engine, account, gas, false);
  }
}

export const oracle = new OracleContract();
