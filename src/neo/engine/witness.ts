/**
 * `CheckWitness` (neo `ApplicationEngine.Runtime.cs` `CheckWitnessInternal`, `Conditions/
 * *.Match`): the calling contract is always a witness; otherwise a transaction's signer for
 * the hash must have a rule that matches the current call, evaluated in order, the first match
 * deciding Allow or Deny. Other containers answer with their script hashes for verifying.
 */

import { VMFault } from '../../neovm/index.js';
import { CallFlags } from '../contract/call-flags.js';
import { hash160 } from '../crypto/hash.js';
import { getContract } from '../native/contract-management.js';
import { ledgerTransaction, trimmedBlock } from '../native/ledger.js';
import { oracleRequest } from '../native/oracle.js';
import type { Block } from '../payloads/block.js';
import { signerRules } from '../payloads/signer.js';
import { AttributeType, getAttribute, oracleResponseId } from '../payloads/transaction.js';
import type { WitnessCondition } from '../payloads/witness-rule.js';
import { equalHash, hashToString, UINT256_ZERO, type UInt160 } from '../uint.js';
import type { ApplicationEngine } from './application-engine.js';
import { contextState } from './context-state.js';

export function matchCondition(c: WitnessCondition, engine: ApplicationEngine): boolean {
  switch (c.type) {
    case 'Boolean':
      return c.expression;
    case 'Not':
      return !matchCondition(c.expression, engine);
    case 'And':
      return c.expressions.every((e) => matchCondition(e, engine));
    case 'Or':
      return c.expressions.some((e) => matchCondition(e, engine));
    case 'ScriptHash':
      return equalHash(engine.currentScriptHash, c.hash);
    case 'CalledByContract':
      return equalHash(engine.callingScriptHash, c.hash);
    case 'CalledByEntry': {
      const state = engine.currentState;
      if (state.callingContext === null) return true;
      return contextState(state.callingContext).callingContext === null;
    }
    case 'Group': {
      engine.validateCallFlags(CallFlags.ReadStates);
      const contract = getContract(engine.store, engine.currentScriptHash!);
      return contract?.manifest.groups.some((g) => g.pubKey.equals(c.group)) ?? false;
    }
    case 'CalledByGroup': {
      engine.validateCallFlags(CallFlags.ReadStates);
      const calling = engine.callingScriptHash;
      if (calling === null) return false;
      const contract = getContract(engine.store, calling);
      return contract?.manifest.groups.some((g) => g.pubKey.equals(c.group)) ?? false;
    }
  }
}

export function checkWitnessInternal(engine: ApplicationEngine, hash: UInt160): boolean {
  if (equalHash(hash, engine.callingScriptHash)) return true;
  const container = engine.container;
  if (container?.kind === 'transaction') {
    let signers = container.tx.signers;
    const response = getAttribute(container.tx, AttributeType.OracleResponse);
    if (response !== undefined) {
      const request = oracleRequest(engine.store, oracleResponseId(response))!;
      signers = ledgerTransaction(engine.store, request.originalTxid)!.signers;
    }
    const signer = signers.find((s) => equalHash(s.account, hash));
    if (signer === undefined) return false;
    for (const rule of signerRules(signer)) {
      if (matchCondition(rule.condition, engine)) return rule.action === 'Allow';
    }
    return false;
  }
  if (container === null) return false;
  engine.validateCallFlags(CallFlags.ReadStates);
  if (container.kind === 'verifiable') return container.scriptHashes.some((h) => equalHash(h, hash));
  return blockScriptHashes(engine, container.block).some((h) => equalHash(h, hash));
}

/** A block's witnesses: the genesis block's own verification script, else the previous block's next consensus. */
function blockScriptHashes(engine: ApplicationEngine, block: Block): UInt160[] {
  if (equalHash(block.header.prevHash, UINT256_ZERO))
    return [hash160(block.header.witness.verificationScript)];
  const prev = trimmedBlock(engine.store, block.header.prevHash);
  if (prev === null) throw new VMFault(`Block ${hashToString(block.header.prevHash)} was not found`);
  return [prev.header.nextConsensus];
}
