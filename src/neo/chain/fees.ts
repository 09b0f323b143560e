/**
 * The network fee of a transaction (neo `Wallets/Helper.CalculateNetworkFee`): its size with
 * the witnesses it will carry times the fee per byte, plus the verification cost of each
 * witness: standard and multisig accounts by their fixed script costs, contract accounts by
 * running their `verify` method.
 */
import { ScriptBuilder } from '../../neovm/index.js';
import { CallFlags } from '../contract/call-flags.js';
import { getMethod } from '../contract/manifest.js';
import { ParamType } from '../contract/parameter-type.js';
import { isSignatureContract } from '../contract/redeem.js';
import { ApplicationEngine } from '../engine/application-engine.js';
import { txContainer } from '../engine/container.js';
import {
  CHECK_SIG_PRICE,
  FEE_FACTOR,
  OPCODE_PRICE_TABLE,
  OPCODE_PRICES,
  TEST_MODE_GAS,
} from '../engine/prices.js';
import { TriggerType } from '../engine/trigger.js';
import { NeoTransactionError } from '../errors.js';
import { BinaryWriter, varIntSize } from '../io/binary.js';
import { getContract } from '../native/contract-management.js';
import { ledgerCurrentIndex } from '../native/ledger.js';
import { execFeeFactorRaw, feePerByte } from '../native/policy.js';
import { type Transaction, writeUnsigned } from '../payloads/transaction.js';
import { isHardforkEnabled, type ProtocolSettings } from '../settings.js';
import type { NeoStore } from '../storage/store.js';
import { hashToString } from '../uint.js';

export const SIGNATURE_CONTRACT_COST =
  OPCODE_PRICES.PUSHDATA1! * 2 + OPCODE_PRICES.SYSCALL! + CHECK_SIG_PRICE;

/** The price of the opcode that pushes n. */
function pushPrice(n: number): number {
  return OPCODE_PRICE_TABLE[new ScriptBuilder().emitPush(BigInt(n)).toArray()[0]!]!;
}

export function multiSigContractCost(m: number, n: number): number {
  return (
    OPCODE_PRICES.PUSHDATA1! * (m + n) +
    pushPrice(m) +
    pushPrice(n) +
    OPCODE_PRICES.SYSCALL! +
    CHECK_SIG_PRICE * n
  );
}

/** m and n of a standard multisig script, or null. */
function multiSigShape(script: Uint8Array): [number, number] | null {
  let i = 0;
  const readCount = (): number | null => {
    const b = script[i]!;
    if (b >= 0x11 && b <= 0x20) {
      i++;
      return b - 0x10;
    }
    if (b === 0x00) {
      i += 2;
      return script[i - 1]!;
    }
    if (b === 0x01) {
      i += 3;
      return script[i - 2]! | (script[i - 1]! << 8);
    }
    return null;
  };
  if (script.length < 42) return null;
  const m = readCount();
  if (m === null) return null;
  let n = 0;
  while (script[i] === 0x0c && script[i + 1] === 33) {
    i += 35;
    n++;
  }
  const n2 = readCount();
  if (n2 !== n || m < 1 || m > n || i + 5 !== script.length || script[i] !== 0x41) return null;
  return [m, n];
}

export function calculateNetworkFee(
  tx: Transaction,
  store: NeoStore,
  settings: ProtocolSettings,
  scriptOf: (hash: Uint8Array) => Uint8Array | null,
): bigint {
  const w = new BinaryWriter();
  writeUnsigned(w, tx);
  let size = w.length + varIntSize(tx.signers.length);
  const index = ledgerCurrentIndex(store) + 1;
  const raw = execFeeFactorRaw(store);
  const execFeeFactor = isHardforkEnabled(settings, 'HF_Faun', index) ? raw / BigInt(FEE_FACTOR) : raw;
  let fee = 0n;
  let budget = TEST_MODE_GAS;
  for (const signer of tx.signers) {
    const script = scriptOf(signer.account);
    if (script === null || script.length === 0) {
      const contract = getContract(store, signer.account);
      if (contract === null)
        throw new NeoTransactionError(`no key or contract for signer ${hashToString(signer.account)}`);
      const md = getMethod(contract.manifest.abi, 'verify', -1);
      if (md === undefined || md.returnType !== ParamType.Boolean) {
        throw new NeoTransactionError(`contract ${hashToString(contract.hash)} has no boolean verify method`);
      }
      const inv = new ScriptBuilder();
      for (const p of md.parameters) {
        if (p.type === ParamType.Boolean) inv.emitPush(true);
        else if (p.type === ParamType.Integer) inv.emit('PUSHINT256', new Uint8Array(32));
        else if (p.type === ParamType.Hash160) inv.emitPush(new Uint8Array(20));
        else if (p.type === ParamType.Hash256) inv.emitPush(new Uint8Array(32));
        else if (p.type === ParamType.PublicKey) inv.emitPush(new Uint8Array(33));
        else if (p.type === ParamType.Array) inv.emit('NEWARRAY0');
        else inv.emitPush(new Uint8Array(64));
      }
      const invocation = inv.toArray();
      size += 1 + varIntSize(invocation.length) + invocation.length;
      const engine = new ApplicationEngine({
        trigger: TriggerType.Verification,
        container: txContainer(tx),
        store,
        persistingBlock: null,
        settings,
        gas: budget,
      });
      try {
        engine.loadContract(contract, md, CallFlags.ReadOnly);
        if (md.parameters.length > 0)
          engine.loadScriptWith(invocation, -1, 0, (s) => (s.callFlags = CallFlags.None));
        engine.execute();
      } finally {
        engine.discard();
      }
      budget -= engine.feeConsumed;
      if (budget <= 0n)
        throw new NeoTransactionError('Insufficient GAS for the verification of the witnesses.');
      fee += engine.feeConsumed;
    } else if (isSignatureContract(script)) {
      size += 67 + varIntSize(script.length) + script.length;
      fee += execFeeFactor * BigInt(SIGNATURE_CONTRACT_COST);
    } else {
      const shape = multiSigShape(script);
      if (shape === null) throw new NeoTransactionError('unsupported verification script');
      const inv = 66 * shape[0];
      size += varIntSize(inv) + inv + varIntSize(script.length) + script.length;
      fee += execFeeFactor * BigInt(multiSigContractCost(shape[0], shape[1]));
    }
  }
  return fee + BigInt(size) * feePerByte(store);
}
