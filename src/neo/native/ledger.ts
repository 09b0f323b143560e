/**
 * LedgerContract (neo `Native/LedgerContract.cs`), id -4: block hashes by index (9), trimmed
 * blocks by hash (5, header and transaction hashes), transactions with their block index and
 * VM state (11, also conflict records) and the current block (12). Blocks and transactions
 * older than MaxTraceableBlocks are not returned to contracts.
 */

import { ArrayItem, bigIntFromLE, integer, NULL, StructItem, VMFault } from '../../neovm/index.js';
import { CallFlags } from '../contract/call-flags.js';
import { ParamType } from '../contract/parameter-type.js';
import type { ApplicationEngine } from '../engine/application-engine.js';
import { arg } from '../engine/convert.js';
import { argumentFault } from '../engine/faults.js';
import {
  type Block,
  deserializeTrimmedBlock,
  headerHash,
  serializeTrimmedBlock,
  type TrimmedBlock,
  trimBlock,
  trimmedBlockToStackItem,
} from '../payloads/block.js';
import { signerToStackItem } from '../payloads/signer.js';
import {
  AttributeType,
  deserializeTransaction,
  serializeTransaction,
  type Transaction,
  transactionHash,
  transactionToStackItem,
} from '../payloads/transaction.js';
import { be32, type NeoStore, nativeKey } from '../storage/store.js';
import type { UInt256 } from '../uint.js';
import { method, NativeContract } from './native.js';
import { maxTraceableBlocks } from './policy.js';
import { bytes, fields, int, readItem, writeItem } from './values.js';

const ID = -4;
const PREFIX_BLOCK_HASH = 9;
const PREFIX_CURRENT_BLOCK = 12;
const PREFIX_BLOCK = 5;
const PREFIX_TRANSACTION = 11;

export const VMStateCode = { NONE: 0, HALT: 1, FAULT: 2, BREAK: 4 } as const;

export interface TransactionState {
  readonly blockIndex: number;
  readonly transaction: Transaction | null;
  readonly state: number;
}

/** The current block index; -1 before genesis is persisted... neo throws there, so do we. */
export function ledgerCurrentIndex(store: NeoStore): number {
  const item = readItem(store, nativeKey(ID, PREFIX_CURRENT_BLOCK));
  if (item === undefined) throw new VMFault('The given key was not present in the dictionary.');
  return Number(fields(item)[1]!.getInteger());
}

export function ledgerCurrentHash(store: NeoStore): UInt256 {
  const item = readItem(store, nativeKey(ID, PREFIX_CURRENT_BLOCK));
  if (item === undefined) throw new VMFault('The given key was not present in the dictionary.');
  return fields(item)[0]!.getSpan().slice();
}

/** True once the genesis block has been persisted. */
export function ledgerInitialized(store: NeoStore): boolean {
  return store.has(nativeKey(ID, PREFIX_CURRENT_BLOCK));
}

export function blockHashAt(store: NeoStore, index: number): UInt256 | null {
  return store.get(nativeKey(ID, PREFIX_BLOCK_HASH, be32(index)))?.slice() ?? null;
}

export function trimmedBlock(store: NeoStore, hash: UInt256): TrimmedBlock | null {
  const v = store.get(nativeKey(ID, PREFIX_BLOCK, hash));
  return v === undefined ? null : deserializeTrimmedBlock(v);
}

export function transactionState(store: NeoStore, hash: UInt256): TransactionState | null {
  const item = readItem(store, nativeKey(ID, PREFIX_TRANSACTION, hash));
  if (item === undefined) return null;
  const f = fields(item);
  if (f.length === 1) return null;
  return {
    blockIndex: Number(f[0]!.getInteger()),
    transaction: deserializeTransaction(f[1]!.getSpan()),
    state: Number(f[2]!.getInteger()),
  };
}

export function ledgerTransaction(store: NeoStore, hash: UInt256): Transaction | null {
  return transactionState(store, hash)?.transaction ?? null;
}

/** Records a transaction's final VM state (after it ran in its block). */
export function setTransactionVMState(
  store: NeoStore,
  tx: Transaction,
  blockIndex: number,
  state: number,
): void {
  writeItem(
    store,
    nativeKey(ID, PREFIX_TRANSACTION, transactionHash(tx)),
    new StructItem([int(blockIndex), bytes(serializeTransaction(tx)), int(state)]),
  );
}

function isTraceable(engine: ApplicationEngine, index: number): boolean {
  let mtb = engine.settings.maxTraceableBlocks;
  if (engine.isHardforkEnabled('HF_Echidna')) mtb = maxTraceableBlocks(engine.store);
  const current = ledgerCurrentIndex(engine.store);
  if (index > current) return false;
  return index + mtb > current;
}

function blockHashOf(engine: ApplicationEngine, indexOrHash: Uint8Array, what: string): UInt256 | null {
  if (indexOrHash.length < 32) {
    const v = bigIntFromLE(indexOrHash);
    if (v < 0n || v > 0xffffffffn) throw new VMFault('Value was either too large or too small for a UInt32.');
    return blockHashAt(engine.store, Number(v));
  }
  if (indexOrHash.length === 32) return indexOrHash;
  throw argumentFault(`Invalid ${what} length: ${indexOrHash.length}`, what);
}

function traceableTx(engine: ApplicationEngine, hash: UInt256): TransactionState | null {
  const s = transactionState(engine.store, hash);
  return s === null || !isTraceable(engine, s.blockIndex) ? null : s;
}

class LedgerContract extends NativeContract {
  readonly name = 'LedgerContract';
  readonly id = ID;

  protected defineMethods() {
    const R = CallFlags.ReadStates;
    const F = 1 << 15;
    const hash = arg('hash', 'hash256');
    return [
      method('currentHash', [], ParamType.Hash256, { cpuFee: F, flags: R }, (e) =>
        bytes(ledgerCurrentHash(e.store)),
      ),
      method('currentIndex', [], ParamType.Integer, { cpuFee: F, flags: R }, (e) =>
        int(ledgerCurrentIndex(e.store)),
      ),
      method(
        'getBlock',
        [arg('indexOrHash', 'bytes')],
        ParamType.Array,
        { cpuFee: F, flags: R },
        (e, [x]) => {
          const h = blockHashOf(e, x as Uint8Array, 'indexOrHash');
          if (h === null) return NULL;
          const block = trimmedBlock(e.store, h);
          return block === null || !isTraceable(e, block.header.index)
            ? NULL
            : trimmedBlockToStackItem(block);
        },
      ),
      method('getTransaction', [hash], ParamType.Array, { cpuFee: F, flags: R }, (e, [h]) => {
        const s = traceableTx(e, h as UInt256);
        return s === null ? NULL : transactionToStackItem(s.transaction!);
      }),
      method('getTransactionSigners', [hash], ParamType.Array, { cpuFee: F, flags: R }, (e, [h]) => {
        const s = traceableTx(e, h as UInt256);
        return s === null ? NULL : new ArrayItem(s.transaction!.signers.map(signerToStackItem));
      }),
      method('getTransactionVMState', [hash], ParamType.Integer, { cpuFee: F, flags: R }, (e, [h]) =>
        int(traceableTx(e, h as UInt256)?.state ?? VMStateCode.NONE),
      ),
      method('getTransactionHeight', [hash], ParamType.Integer, { cpuFee: F, flags: R }, (e, [h]) =>
        int(traceableTx(e, h as UInt256)?.blockIndex ?? -1),
      ),
      method(
        'getTransactionFromBlock',
        [arg('blockIndexOrHash', 'bytes'), arg('txIndex', 'int32')],
        ParamType.Array,
        { cpuFee: 1 << 16, flags: R },
        (e, [x, i]) => {
          const h = blockHashOf(e, x as Uint8Array, 'blockIndexOrHash');
          if (h === null) return NULL;
          const block = trimmedBlock(e.store, h);
          if (block === null || !isTraceable(e, block.header.index)) return NULL;
          const index = i as number;
          if (index < 0 || index >= block.hashes.length) {
            throw new VMFault(
              "Specified argument was out of the range of valid values. (Parameter 'txIndex')",
            );
          }
          const tx = ledgerTransaction(e.store, block.hashes[index]!);
          return tx === null ? NULL : transactionToStackItem(tx);
        },
      ),
    ];
  }

  override onPersist(engine: ApplicationEngine): undefined {
    const block = engine.persistingBlock as Block;
    const store = engine.store;
    const hash = headerHash(block.header);
    store.put(nativeKey(ID, PREFIX_BLOCK_HASH, be32(block.header.index)), hash);
    store.put(nativeKey(ID, PREFIX_BLOCK, hash), serializeTrimmedBlock(trimBlock(block)));
    for (const tx of block.transactions) {
      setTransactionVMState(store, tx, block.header.index, VMStateCode.NONE);
      const conflict = new StructItem([integer(BigInt(block.header.index))]);
      for (const attr of tx.attributes) {
        if (attr.type !== AttributeType.Conflicts) continue;
        writeItem(store, nativeKey(ID, PREFIX_TRANSACTION, attr.data), conflict);
        for (const s of tx.signers)
          writeItem(store, nativeKey(ID, PREFIX_TRANSACTION, attr.data, s.account), conflict);
      }
    }
    return undefined;
  }

  override postPersist(engine: ApplicationEngine): undefined {
    const block = engine.persistingBlock!;
    writeItem(
      engine.store,
      nativeKey(ID, PREFIX_CURRENT_BLOCK),
      new StructItem([bytes(headerHash(block.header)), int(block.header.index)]),
    );
    return undefined;
  }
}

export const ledger = new LedgerContract();
