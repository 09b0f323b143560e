/**
 * Persisting a block (neo `Ledger/Blockchain.Persist`): the OnPersist script
 * (`System.Contract.NativeOnPersist`), each transaction as an Application execution limited to
 * its system fee and kept only if it HALTs, then the PostPersist script; and the genesis block
 * of a network (neo `NeoSystem.CreateGenesisBlock`).
 */
import { ScriptBuilder } from '../../neovm/index.js';
import { bftAddress } from '../contract/redeem.js';
import { txContainer } from '../engine/container.js';
import { TriggerType } from '../engine/trigger.js';
import { NeoTransactionError } from '../errors.js';
import { interopId } from '../interop/id.js';
import { setTransactionVMState, VMStateCode } from '../native/ledger.js';
import { type Block, type Header, makeBlock } from '../payloads/block.js';
import { type ProtocolSettings, standbyValidators } from '../settings.js';
import type { NeoStore } from '../storage/store.js';
import { UINT256_ZERO } from '../uint.js';
import { type ExecutionResult, runScript } from './execute.js';

const ON_PERSIST = new ScriptBuilder().emitSysCall(interopId('System.Contract.NativeOnPersist')).toArray();
const POST_PERSIST = new ScriptBuilder()
  .emitSysCall(interopId('System.Contract.NativePostPersist'))
  .toArray();

/** 2016-07-15T15:08:21Z, and the nonce of Bitcoin's genesis block. */
export const GENESIS_TIMESTAMP = 1468595301000n;
export const GENESIS_NONCE = 2083236893n;

export function genesisBlock(settings: ProtocolSettings): Block {
  const header: Header = {
    version: 0,
    prevHash: UINT256_ZERO,
    merkleRoot: UINT256_ZERO,
    timestamp: GENESIS_TIMESTAMP,
    nonce: GENESIS_NONCE,
    index: 0,
    primaryIndex: 0,
    nextConsensus: bftAddress(standbyValidators(settings)),
    witness: { invocationScript: new Uint8Array(0), verificationScript: Uint8Array.of(0x11) },
  };
  return makeBlock(header, []);
}

export interface PersistResult {
  readonly onPersist: ExecutionResult;
  readonly transactions: readonly ExecutionResult[];
  readonly postPersist: ExecutionResult;
}

function system(
  store: NeoStore,
  settings: ProtocolSettings,
  block: Block,
  trigger: number,
  script: Uint8Array,
) {
  const r = runScript({ store, settings, script, container: null, persistingBlock: block, gas: 0n, trigger });
  if (r.state !== 'HALT') {
    const what = trigger === TriggerType.OnPersist ? 'OnPersist' : 'PostPersist';
    throw new NeoTransactionError(`block ${block.index}: ${what} failed: ${r.exception}`);
  }
  return r;
}

/** Persists a block into the store's current cache level (the caller flushes it). */
export function persistBlock(store: NeoStore, settings: ProtocolSettings, block: Block): PersistResult {
  store.checkpoint();
  try {
    const onPersist = system(store, settings, block, TriggerType.OnPersist, ON_PERSIST);
    const transactions = block.transactions.map((tx) => {
      const r = runScript({
        store,
        settings,
        script: tx.script,
        container: txContainer(tx),
        persistingBlock: block,
        gas: tx.systemFee,
      });
      setTransactionVMState(
        store,
        tx,
        block.index,
        r.state === 'HALT' ? VMStateCode.HALT : VMStateCode.FAULT,
      );
      return r;
    });
    const postPersist = system(store, settings, block, TriggerType.PostPersist, POST_PERSIST);
    store.commit();
    return { onPersist, transactions, postPersist };
  } catch (error) {
    store.revert();
    throw error;
  }
}
