/**
 * Notary (neo `Native/Notary.cs`), id -10, from Echidna: GAS deposits (1 + account: amount,
 * till height) that pay for NotaryAssisted transactions, the maximum NotValidBefore delta (10),
 * the notary reward per key at each block, and `verify` for the notary's own witness.
 */
import { ArrayItem, ByteStringItem, NULL, type StackItem, StructItem, VMFault } from '../../neovm/index.js';
import { CallFlags } from '../contract/call-flags.js';
import { ParamType } from '../contract/parameter-type.js';
import { signatureRedeemScriptHash } from '../contract/redeem.js';
import { verifySignature } from '../crypto/signature.js';
import type { ApplicationEngine } from '../engine/application-engine.js';
import { containerHash } from '../engine/container.js';
import { arg, checkedInteger } from '../engine/convert.js';
import { WitnessScope } from '../payloads/signer.js';
import { AttributeType, getAttribute, signData, transactionSender } from '../payloads/transaction.js';
import { type NeoStore, nativeKey } from '../storage/store.js';
import { equalHash, hashToString, type UInt160 } from '../uint.js';
import { gasToken } from './gas-token.js';
import { ledgerCurrentIndex } from './ledger.js';
import type { HardforkChecker, NativeTask } from './native.js';
import { method, NativeContract } from './native.js';
import { assertCommittee } from './neo-token.js';
import { attributeFee, maxValidUntilBlockIncrement } from './policy.js';
import { designatedByRole, Role } from './role-management.js';
import { bool, fields, int, readItem, requireInt, writeInt, writeItem } from './values.js';

const ID = -10;
const PREFIX_DEPOSIT = 1;
const PREFIX_MAX_NVB_DELTA = 10;
const DEFAULT_MAX_NVB_DELTA = 140;
const DEFAULT_DEPOSIT_DELTA_TILL = 5760;

interface Deposit {
  amount: bigint;
  till: number;
}

const depositKey = (account: UInt160) => nativeKey(ID, PREFIX_DEPOSIT, account);

function getDeposit(store: NeoStore, account: UInt160): Deposit | null {
  const item = readItem(store, depositKey(account));
  if (item === undefined) return null;
  const f = fields(item);
  return { amount: f[0]!.getInteger(), till: Number(f[1]!.getInteger()) };
}

function putDeposit(store: NeoStore, account: UInt160, d: Deposit): void {
  writeItem(store, depositKey(account), new StructItem([int(d.amount), int(d.till)]));
}

function notaryNodes(store: NeoStore) {
  return designatedByRole(store, Role.P2PNotary, ledgerCurrentIndex(store) + 1);
}

function onPayment(engine: ApplicationEngine, from: UInt160, amount: bigint, data: StackItem): void {
  if (!equalHash(engine.callingScriptHash, gasToken.hash)) {
    throw new VMFault(`only GAS can be accepted for deposit, got ${hashToString(engine.callingScriptHash!)}`);
  }
  if (!(data instanceof ArrayItem) || data.count !== 2)
    throw new VMFault('`data` parameter should be an array of 2 elements');
  const store = engine.store;
  let to = from;
  if (!data.items[0]!.isNull) {
    const b = data.items[0]!.getSpan();
    if (b.length < 20) throw new VMFault(`Position 0 + Wanted 20 is exceeded boundary(${b.length})`);
    to = b.slice(0, 20);
  }
  let till = Number(checkedInteger(data.items[1]!, 'uint32'));
  const c = engine.container;
  if (c?.kind !== 'transaction') throw new VMFault('Unable to cast object to type Transaction.');
  const allowedChangeTill = equalHash(transactionSender(c.tx), to);
  const current = ledgerCurrentIndex(store);
  if (till < current + 2)
    throw new VMFault(`\`till\` shouldn't be less than the chain's height ${current + 1} + 1`);
  let deposit = getDeposit(store, to);
  if (deposit !== null && till < deposit.till) {
    throw new VMFault(`\`till\` shouldn't be less than the previous value ${deposit.till}`);
  }
  if (deposit === null) {
    const feePerKey = BigInt(attributeFee(store, AttributeType.NotaryAssisted));
    if (amount < 2n * feePerKey)
      throw new VMFault(`first deposit can not be less than ${2n * feePerKey}, got ${amount}`);
    deposit = { amount: 0n, till: 0 };
    if (!allowedChangeTill) till = current + DEFAULT_DEPOSIT_DELTA_TILL;
  } else if (!allowedChangeTill) {
    till = deposit.till;
  }
  deposit.amount += amount;
  deposit.till = till;
  putDeposit(store, to, deposit);
}

function* withdraw(engine: ApplicationEngine, from: UInt160, to: UInt160 | null): NativeTask {
  if (!engine.checkWitnessInternal(from)) return bool(false);
  const receive = to ?? from;
  const store = engine.store;
  const deposit = getDeposit(store, from);
  if (deposit === null) return bool(false);
  if (ledgerCurrentIndex(store) < deposit.till) return bool(false);
  store.delete(depositKey(from));
  const ok = (yield {
    hash: gasToken.hash,
    method: 'transfer',
    args: [new ByteStringItem(notary.hash), new ByteStringItem(receive), int(deposit.amount), NULL],
    hasReturnValue: true,
    callingScriptHash: notary.hash,
  })!.getBoolean();
  if (!ok) throw new VMFault(`Transfer to ${hashToString(receive)} has failed`);
  return bool(true);
}

function verify(engine: ApplicationEngine, signature: Uint8Array | null): boolean {
  if (signature === null || signature.length !== 64) return false;
  const c = engine.container;
  if (c?.kind !== 'transaction') return false;
  const tx = c.tx;
  if (getAttribute(tx, AttributeType.NotaryAssisted) === undefined) return false;
  for (const s of tx.signers) {
    if (equalHash(s.account, notary.hash)) {
      if (s.scopes !== WitnessScope.None) return false;
      break;
    }
  }
  if (equalHash(transactionSender(tx), notary.hash)) {
    if (tx.signers.length !== 2) return false;
    const d = getDeposit(engine.store, tx.signers[1]!.account);
    if (d === null || d.amount < tx.networkFee + tx.systemFee) return false;
  }
  const message = signData(containerHash(c), engine.settings.network);
  return notaryNodes(engine.store).some((n) => verifySignature(message, signature, n));
}

class Notary extends NativeContract {
  readonly name = 'Notary';
  readonly id = ID;
  override readonly activations = ['HF_Echidna' as const, 'HF_Faun' as const];

  protected override supportedStandards(hf: HardforkChecker, height: number): string[] {
    return hf('HF_Faun', height) ? ['NEP-27', 'NEP-30'] : ['NEP-27'];
  }

  protected defineMethods() {
    const R = CallFlags.ReadStates;
    const S = CallFlags.States;
    const F = 1 << 15;
    return [
      method('verify', [arg('signature', 'bytes')], ParamType.Boolean, { cpuFee: F, flags: R }, (e, [s]) =>
        bool(verify(e, s as Uint8Array)),
      ),
      method(
        'onNEP17Payment',
        [arg('from', 'hash160'), arg('amount', 'bigint'), arg('data', 'item')],
        ParamType.Void,
        { cpuFee: F, flags: S },
        (e, [f, a, d]) => {
          onPayment(e, f as UInt160, a as bigint, d as StackItem);
          return undefined;
        },
      ),
      method(
        'lockDepositUntil',
        [arg('account', 'hash160'), arg('till', 'uint32')],
        ParamType.Boolean,
        { cpuFee: F, flags: S },
        (e, [a, t]) => {
          const account = a as UInt160;
          if (!e.checkWitnessInternal(account)) return bool(false);
          if ((t as number) < ledgerCurrentIndex(e.store) + 2) return bool(false);
          const d = getDeposit(e.store, account);
          if (d === null || (t as number) < d.till) return bool(false);
          d.till = t as number;
          putDeposit(e.store, account, d);
          return bool(true);
        },
      ),
      method(
        'expirationOf',
        [arg('account', 'hash160')],
        ParamType.Integer,
        { cpuFee: F, flags: R },
        (e, [a]) => int(getDeposit(e.store, a as UInt160)?.till ?? 0),
      ),
      method('balanceOf', [arg('account', 'hash160')], ParamType.Integer, { cpuFee: F, flags: R }, (e, [a]) =>
        int(getDeposit(e.store, a as UInt160)?.amount ?? 0n),
      ),
      method(
        'withdraw',
        [arg('from', 'hash160'), arg('to', 'hash160', { nullable: true })],
        ParamType.Boolean,
        { cpuFee: F, flags: CallFlags.All },
        (e, [f, t]) => withdraw(e, f as UInt160, t as UInt160 | null),
      ),
      method('getMaxNotValidBeforeDelta', [], ParamType.Integer, { cpuFee: F, flags: R }, (e) =>
        int(requireInt(e.store, nativeKey(ID, PREFIX_MAX_NVB_DELTA))),
      ),
      method(
        'setMaxNotValidBeforeDelta',
        [arg('value', 'uint32')],
        ParamType.Void,
        { cpuFee: F, flags: S },
        (e, [v]) => {
          const vub = e.isHardforkEnabled('HF_Echidna')
            ? maxValidUntilBlockIncrement(e.store)
            : e.settings.maxValidUntilBlockIncrement;
          const value = v as number;
          if (value > Math.floor(vub / 2) || value < e.settings.validatorsCount) {
            throw new VMFault(
              `MaxNotValidBeforeDelta cannot be more than ${Math.floor(vub / 2)} or less than ${e.settings.validatorsCount}`,
            );
          }
          assertCommittee(e);
          writeInt(e.store, nativeKey(ID, PREFIX_MAX_NVB_DELTA), BigInt(value));
          return undefined;
        },
      ),
    ];
  }

  override initialize(engine: ApplicationEngine, hardfork: string | null) {
    if (hardfork === this.activeIn)
      writeInt(engine.store, nativeKey(ID, PREFIX_MAX_NVB_DELTA), BigInt(DEFAULT_MAX_NVB_DELTA));
    return undefined;
  }

  override *onPersist(engine: ApplicationEngine): NativeTask<void> {
    let nFees = 0n;
    let notaries: ReturnType<typeof notaryNodes> | null = null;
    const store = engine.store;
    for (const tx of engine.persistingBlock!.transactions) {
      const attr = getAttribute(tx, AttributeType.NotaryAssisted);
      if (attr === undefined) continue;
      notaries ??= notaryNodes(store);
      nFees += BigInt(attr.data[0]!) + 1n;
      if (equalHash(transactionSender(tx), notary.hash)) {
        const payer = tx.signers[1]!.account;
        const d = getDeposit(store, payer);
        if (d !== null) {
          d.amount -= tx.systemFee + tx.networkFee;
          if (d.amount === 0n) store.delete(depositKey(payer));
          else putDeposit(store, payer, d);
        }
      }
    }
    if (nFees === 0n || notaries === null) return;
    if (notaries.length === 0) throw new VMFault('Attempted to divide by zero.');
    const reward =
      (nFees * BigInt(attributeFee(store, AttributeType.NotaryAssisted))) / BigInt(notaries.length);
    for (const n of notaries) yield* gasToken.mint(engine, signatureRedeemScriptHash(n), reward, false);
  }
}

export const notary = new Notary();
