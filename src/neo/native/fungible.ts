/**
 * The NEP-17 base of NeoToken and GasToken (neo `Native/FungibleToken.cs`): balances under
 * prefix 20 (account → state struct whose first field is the balance), the total supply under
 * prefix 11, transfer with witness or calling-contract authorization, mint and burn, the
 * Transfer event and `onNEP17Payment` for receiving contracts.
 */

import { ArrayItem, ByteStringItem, NULL, type StackItem, VMFault } from '../../neovm/index.js';
import { CallFlags } from '../contract/call-flags.js';
import { ParamType } from '../contract/parameter-type.js';
import type { ApplicationEngine } from '../engine/application-engine.js';
import { arg } from '../engine/convert.js';
import { outOfRangeFault } from '../engine/faults.js';
import { type NeoStore, nativeKey } from '../storage/store.js';
import { equalHash, type UInt160 } from '../uint.js';
import { isContract } from './contract-management.js';
import {
  event,
  method,
  NativeContract,
  type NativeEvent,
  type NativeMethod,
  type NativeTask,
} from './native.js';
import { bool, int, readInt, readItem, str, writeInt, writeItem } from './values.js';

export const PREFIX_TOTAL_SUPPLY = 11;
export const PREFIX_ACCOUNT = 20;

export interface AccountState {
  balance: bigint;
}

export abstract class FungibleToken<S extends AccountState> extends NativeContract {
  abstract readonly symbol: string;
  abstract readonly decimals: number;

  protected abstract newState(): S;
  protected abstract decode(item: StackItem): S;
  protected abstract encode(state: S): StackItem;

  accountKey(account: UInt160): Uint8Array {
    return nativeKey(this.id, PREFIX_ACCOUNT, account);
  }

  readState(store: NeoStore, account: UInt160): S | null {
    const item = readItem(store, this.accountKey(account));
    return item === undefined ? null : this.decode(item);
  }

  writeState(store: NeoStore, account: UInt160, state: S): void {
    writeItem(store, this.accountKey(account), this.encode(state));
  }

  totalSupply(store: NeoStore): bigint {
    return readInt(store, nativeKey(this.id, PREFIX_TOTAL_SUPPLY)) ?? 0n;
  }

  balanceOf(store: NeoStore, account: UInt160): bigint {
    return this.readState(store, account)?.balance ?? 0n;
  }

  /** Called before a balance changes by `amount` (NeoToken distributes GAS here). */
  protected onBalanceChanging(
    _engine: ApplicationEngine,
    _account: UInt160,
    _state: S,
    _amount: bigint,
  ): void {}

  *mint(
    engine: ApplicationEngine,
    account: UInt160,
    amount: bigint,
    callOnPayment: boolean,
  ): NativeTask<void> {
    if (amount < 0n) throw outOfRangeFault('amount', 'cannot be negative');
    if (amount === 0n) return;
    const store = engine.store;
    const state = this.readState(store, account) ?? this.newState();
    this.onBalanceChanging(engine, account, state, amount);
    state.balance += amount;
    this.writeState(store, account, state);
    const key = nativeKey(this.id, PREFIX_TOTAL_SUPPLY);
    writeInt(store, key, (readInt(store, key) ?? 0n) + amount);
    yield* this.postTransfer(engine, null, account, amount, NULL, callOnPayment);
  }

  *burn(engine: ApplicationEngine, account: UInt160, amount: bigint): NativeTask<void> {
    if (amount < 0n) throw outOfRangeFault('amount', 'cannot be negative');
    if (amount === 0n) return;
    const store = engine.store;
    const state = this.readState(store, account);
    if (state === null) throw new VMFault('Object reference not set to an instance of an object.');
    if (state.balance < amount)
      throw new VMFault('Operation is not valid due to the current state of the object.');
    this.onBalanceChanging(engine, account, state, -amount);
    if (state.balance === amount) store.delete(this.accountKey(account));
    else {
      state.balance -= amount;
      this.writeState(store, account, state);
    }
    const key = nativeKey(this.id, PREFIX_TOTAL_SUPPLY);
    writeInt(store, key, (readInt(store, key) ?? 0n) - amount);
    yield* this.postTransfer(engine, account, null, amount, NULL, false);
  }

  *transfer(
    engine: ApplicationEngine,
    from: UInt160,
    to: UInt160,
    amount: bigint,
    data: StackItem,
  ): NativeTask<boolean> {
    if (amount < 0n) throw outOfRangeFault('amount', 'cannot be negative');
    if (!equalHash(from, engine.callingScriptHash) && !engine.checkWitnessInternal(from)) return false;
    const store = engine.store;
    const stateFrom = this.readState(store, from);
    if (amount === 0n) {
      if (stateFrom !== null) {
        this.onBalanceChanging(engine, from, stateFrom, 0n);
        this.writeState(store, from, stateFrom);
      }
    } else {
      if (stateFrom === null || stateFrom.balance < amount) return false;
      if (equalHash(from, to)) {
        this.onBalanceChanging(engine, from, stateFrom, 0n);
        this.writeState(store, from, stateFrom);
      } else {
        this.onBalanceChanging(engine, from, stateFrom, -amount);
        if (stateFrom.balance === amount) store.delete(this.accountKey(from));
        else {
          stateFrom.balance -= amount;
          this.writeState(store, from, stateFrom);
        }
        const stateTo = this.readState(store, to) ?? this.newState();
        this.onBalanceChanging(engine, to, stateTo, amount);
        stateTo.balance += amount;
        this.writeState(store, to, stateTo);
      }
    }
    yield* this.postTransfer(engine, from, to, amount, data, true);
    return true;
  }

  protected *postTransfer(
    engine: ApplicationEngine,
    from: UInt160 | null,
    to: UInt160 | null,
    amount: bigint,
    data: StackItem,
    callOnPayment: boolean,
  ): NativeTask<void> {
    const item = (h: UInt160 | null): StackItem => (h === null ? NULL : new ByteStringItem(h));
    engine.sendNotification(this.hash, 'Transfer', new ArrayItem([item(from), item(to), int(amount)]));
    if (!callOnPayment || to === null || !isContract(engine.store, to)) return;
    yield {
      hash: to,
      method: 'onNEP17Payment',
      args: [item(from), int(amount), data],
      hasReturnValue: false,
      callingScriptHash: this.hash,
    };
  }

  protected override defineEvents(): NativeEvent[] {
    return [
      event(0, 'Transfer', [
        ['from', ParamType.Hash160],
        ['to', ParamType.Hash160],
        ['amount', ParamType.Integer],
      ]),
    ];
  }

  protected tokenMethods(): NativeMethod[] {
    const R = CallFlags.ReadStates;
    return [
      method('symbol', [], ParamType.String, {}, () => str(this.symbol)),
      method('decimals', [], ParamType.Integer, {}, () => int(this.decimals)),
      method('totalSupply', [], ParamType.Integer, { cpuFee: 1 << 15, flags: R }, (e) =>
        int(this.totalSupply(e.store)),
      ),
      method(
        'balanceOf',
        [arg('account', 'hash160')],
        ParamType.Integer,
        { cpuFee: 1 << 15, flags: R },
        (e, [a]) => int(this.balanceOf(e.store, a as UInt160)),
      ),
      method(
        'transfer',
        [arg('from', 'hash160'), arg('to', 'hash160'), arg('amount', 'bigint'), arg('data', 'item')],
        ParamType.Boolean,
        {
          cpuFee: 1 << 17,
          storageFee: 50,
          flags: CallFlags.States | CallFlags.AllowCall | CallFlags.AllowNotify,
        },
        (e, [f, t, a, d]) =>
          this.boolTask(this.transfer(e, f as UInt160, t as UInt160, a as bigint, d as StackItem)),
      ),
    ];
  }

  protected *boolTask(task: NativeTask<boolean>): NativeTask {
    return bool(yield* task);
  }
}
