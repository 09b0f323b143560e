/**
 * NeoToken (neo `Native/NeoToken.cs`), id -5, indivisible, 100,000,000 NEO minted at genesis to
 * the standby validators. Holding NEO accrues GAS (10% of GAS per block to holders, 10% to the
 * committee member of the block, 80% to voters of committee members); candidates register by
 * paying the register price, accounts vote for one candidate, and the committee is recomputed
 * every `committee size` blocks from the votes (the standby committee while turnout is below
 * 20% or candidates are too few).
 *
 * Storage: 1 voters count, 14 committee cache, 20 accounts (balance, balance height, vote,
 * last GAS per vote), 13 register price, 23 + key reward per vote, 29 + height GAS per block,
 * 33 + key candidates (registered, votes).
 */

import {
  ArrayItem,
  ByteStringItem,
  bigIntFromLE,
  InteropInterfaceItem,
  NULL,
  type StackItem,
  StructItem,
  VMFault,
} from '../../neovm/index.js';
import { CallFlags } from '../contract/call-flags.js';
import { ParamType } from '../contract/parameter-type.js';
import {
  bftAddress,
  committeeAddress,
  multiSigRedeemScriptHash,
  signatureRedeemScriptHash,
} from '../contract/redeem.js';
import { ECPoint, sortPoints } from '../crypto/ecpoint.js';
import type { ApplicationEngine } from '../engine/application-engine.js';
import { contextState } from '../engine/context-state.js';
import { arg } from '../engine/convert.js';
import { notEqualFault, outOfRangeFault } from '../engine/faults.js';
import { FEE_FACTOR } from '../engine/prices.js';
import { type ProtocolSettings, standbyValidators } from '../settings.js';
import { StorageIterator } from '../storage/iterator.js';
import { be32, type NeoStore, nativeKey } from '../storage/store.js';
import { equalHash, type UInt160 } from '../uint.js';
import { type AccountState, FungibleToken } from './fungible.js';
import { gasToken } from './gas-token.js';
import { ledgerCurrentIndex } from './ledger.js';
import type { HardforkChecker } from './native.js';
import { event, method, type NativeTask } from './native.js';
import { isBlocked } from './policy.js';
import { bool, fields, int, readInt, readItem, requireInt, writeInt, writeItem } from './values.js';

const ID = -5;
const TOTAL_AMOUNT = 100_000_000n;
const VOTE_FACTOR = 100_000_000n;
const PREFIX_VOTERS_COUNT = 1;
const PREFIX_CANDIDATE = 33;
const PREFIX_COMMITTEE = 14;
const PREFIX_GAS_PER_BLOCK = 29;
const PREFIX_REGISTER_PRICE = 13;
const PREFIX_VOTER_REWARD = 23;
const GAS_FACTOR = 100_000_000n;

export interface NeoAccountState extends AccountState {
  balanceHeight: number;
  voteTo: ECPoint | null;
  lastGasPerVote: bigint;
}

interface CandidateState {
  registered: boolean;
  votes: bigint;
}

type Member = [key: ECPoint, votes: bigint];

const candidateKey = (key: ECPoint) => nativeKey(ID, PREFIX_CANDIDATE, key.encodeCompressed());
const rewardKey = (key: ECPoint) => nativeKey(ID, PREFIX_VOTER_REWARD, key.encodeCompressed());
const votersKey = () => nativeKey(ID, PREFIX_VOTERS_COUNT);

function readCandidate(store: NeoStore, key: ECPoint): CandidateState | null {
  const item = readItem(store, candidateKey(key));
  if (item === undefined) return null;
  const f = fields(item);
  return { registered: f[0]!.getBoolean(), votes: f[1]!.getInteger() };
}

function writeCandidate(store: NeoStore, key: ECPoint, c: CandidateState): void {
  writeItem(store, candidateKey(key), new StructItem([bool(c.registered), int(c.votes)]));
}

/** Deletes a candidate that is neither registered nor voted for. */
function checkCandidate(store: NeoStore, key: ECPoint, c: CandidateState): boolean {
  if (!c.registered && c.votes === 0n) {
    store.delete(rewardKey(key));
    store.delete(candidateKey(key));
    return true;
  }
  return false;
}

export function committeeCache(store: NeoStore): Member[] {
  const item = readItem(store, nativeKey(ID, PREFIX_COMMITTEE));
  if (item === undefined) throw new VMFault('The given key was not present in the dictionary.');
  return fields(item).map((m) => {
    const [k, v] = fields(m);
    return [ECPoint.decode(k!.getSpan()), v!.getInteger()];
  });
}

function writeCommittee(store: NeoStore, members: Member[]): void {
  writeItem(
    store,
    nativeKey(ID, PREFIX_COMMITTEE),
    new ArrayItem(
      members.map(([k, v]) => new StructItem([new ByteStringItem(k.encodeCompressed()), int(v)])),
    ),
  );
}

/** The committee's keys, ascending. */
export function getCommittee(store: NeoStore): ECPoint[] {
  return sortPoints(committeeCache(store).map(([k]) => k));
}

export function getCommitteeAddress(store: NeoStore): UInt160 {
  return committeeAddress(getCommittee(store));
}

export function nextBlockValidators(store: NeoStore, count: number): ECPoint[] {
  return sortPoints(
    committeeCache(store)
      .slice(0, count)
      .map(([k]) => k),
  );
}

export function checkCommittee(engine: ApplicationEngine): boolean {
  return engine.checkWitnessInternal(getCommitteeAddress(engine.store));
}

export function assertCommittee(engine: ApplicationEngine): void {
  if (!checkCommittee(engine)) {
    throw new VMFault(
      'Invalid committee signature. It should be a multisig(len(committee) - (len(committee) - 1) / 2)).',
    );
  }
}

/** Signed by max(half the committee + 1, committee - 2) members; returns that address. */
export function assertAlmostFullCommittee(engine: ApplicationEngine): UInt160 {
  const committee = getCommittee(engine.store);
  const n = committee.length;
  const min = Math.max(1, n - Math.floor((n - 1) / 2));
  const address = multiSigRedeemScriptHash(Math.max(min, n - 2), committee);
  if (!engine.checkWitnessInternal(address)) {
    throw new VMFault('Invalid committee signature. It should be a multisig(max(1,len(committee) - 2))).');
  }
  return address;
}

/** Registered, unblocked candidates in key order. */
function candidates(store: NeoStore): [Uint8Array, Uint8Array, ECPoint, CandidateState][] {
  const out: [Uint8Array, Uint8Array, ECPoint, CandidateState][] = [];
  for (const [k, v] of store.find(nativeKey(ID, PREFIX_CANDIDATE))) {
    const key = ECPoint.decode(k.subarray(5));
    const c = readCandidate(store, key)!;
    if (!c.registered) continue;
    if (isBlocked(store, signatureRedeemScriptHash(key))) continue;
    out.push([k, v, key, c]);
  }
  return out;
}

function computeCommitteeMembers(store: NeoStore, settings: ProtocolSettings): Member[] {
  const votersCount = requireInt(store, votersKey());
  const list = candidates(store).map(([, , k, c]): Member => [k, c.votes]);
  const m = settings.standbyCommittee.length;
  if (votersCount * 5n < TOTAL_AMOUNT || list.length < m) {
    return settings.standbyCommittee.map((p): Member => [p, list.find(([k]) => k.equals(p))?.[1] ?? 0n]);
  }
  return list.sort((a, b) => (a[1] === b[1] ? a[0].compareTo(b[0]) : a[1] > b[1] ? -1 : 1)).slice(0, m);
}

/** GAS-per-block records at or below `end`, newest first. */
function sortedGasRecords(store: NeoStore, end: number): [number, bigint][] {
  const out: [number, bigint][] = [];
  const start = nativeKey(ID, PREFIX_GAS_PER_BLOCK, be32(end));
  for (const [k, v] of store.findRange(start, nativeKey(ID, PREFIX_GAS_PER_BLOCK), true)) {
    const index = new DataView(k.buffer, k.byteOffset).getUint32(k.length - 4, false);
    out.push([index, bigIntFromLE(v)]);
  }
  return out;
}

export function gasPerBlock(store: NeoStore): bigint {
  const first = sortedGasRecords(store, ledgerCurrentIndex(store) + 1)[0];
  if (first === undefined) throw new VMFault('Sequence contains no elements');
  return first[1];
}

function calculateBonus(store: NeoStore, state: NeoAccountState, end: number): bigint {
  if (state.balance === 0n) return 0n;
  if (state.balance < 0n) throw outOfRangeFault('Balance', 'cannot be negative');
  if (state.balanceHeight >= end) return 0n;
  const start = state.balanceHeight;
  let sum = 0n;
  let e = end;
  for (const [index, gpb] of sortedGasRecords(store, end - 1)) {
    if (index > start) {
      sum += gpb * BigInt(e - index);
      e = index;
    } else {
      sum += gpb * BigInt(e - start);
      break;
    }
  }
  let voteReward = 0n;
  if (state.voteTo !== null) {
    const latest = readInt(store, rewardKey(state.voteTo)) ?? 0n;
    voteReward = (state.balance * (latest - state.lastGasPerVote)) / VOTE_FACTOR;
  }
  return (state.balance * sum * 10n) / 100n / TOTAL_AMOUNT + voteReward;
}

class NeoToken extends FungibleToken<NeoAccountState> {
  readonly name = 'NeoToken';
  readonly id = ID;
  readonly symbol = 'NEO';
  readonly decimals = 0;

  protected newState(): NeoAccountState {
    return { balance: 0n, balanceHeight: 0, voteTo: null, lastGasPerVote: 0n };
  }
  protected decode(item: StackItem): NeoAccountState {
    const f = fields(item);
    return {
      balance: f[0]!.getInteger(),
      balanceHeight: Number(f[1]!.getInteger()),
      voteTo: f[2]!.isNull ? null : ECPoint.decode(f[2]!.getSpan()),
      lastGasPerVote: f[3]!.getInteger(),
    };
  }
  protected encode(s: NeoAccountState): StackItem {
    return new StructItem([
      int(s.balance),
      int(s.balanceHeight),
      s.voteTo === null ? NULL : new ByteStringItem(s.voteTo.encodeCompressed()),
      int(s.lastGasPerVote),
    ]);
  }

  override totalSupply(): bigint {
    return TOTAL_AMOUNT;
  }

  protected override supportedStandards(hf: HardforkChecker, height: number): string[] {
    return hf('HF_Echidna', height) ? ['NEP-17', 'NEP-27'] : ['NEP-17'];
  }

  private distributeGas(engine: ApplicationEngine, account: UInt160, state: NeoAccountState) {
    const block = engine.persistingBlock;
    if (block === null) return null;
    const amount = calculateBonus(engine.store, state, block.index);
    state.balanceHeight = block.index;
    if (state.voteTo !== null) state.lastGasPerVote = readInt(engine.store, rewardKey(state.voteTo)) ?? 0n;
    return amount === 0n ? null : { account, amount };
  }

  protected override onBalanceChanging(
    engine: ApplicationEngine,
    account: UInt160,
    state: NeoAccountState,
    amount: bigint,
  ) {
    const distribution = this.distributeGas(engine, account, state);
    if (distribution !== null) {
      const s = contextState(engine.currentContext!);
      (s.gasDistributions ??= []).push(distribution);
    }
    if (amount === 0n || state.voteTo === null) return;
    const store = engine.store;
    writeInt(store, votersKey(), requireInt(store, votersKey()) + amount);
    const candidate = readCandidate(store, state.voteTo)!;
    candidate.votes += amount;
    writeCandidate(store, state.voteTo, candidate);
    checkCandidate(store, state.voteTo, candidate);
  }

  protected override *postTransfer(
    engine: ApplicationEngine,
    from: UInt160 | null,
    to: UInt160 | null,
    amount: bigint,
    data: StackItem,
    callOnPayment: boolean,
  ): NativeTask<void> {
    yield* super.postTransfer(engine, from, to, amount, data, callOnPayment);
    const list = contextState(engine.currentContext!).gasDistributions ?? [];
    for (const d of list) yield* gasToken.mint(engine, d.account, d.amount, callOnPayment);
  }

  /** The account's bonus up to block `end` (neo's `UnclaimedGas` after its height check). */
  unclaimedGas(store: NeoStore, account: UInt160, end: number): bigint {
    const state = this.readState(store, account);
    return state === null ? 0n : calculateBonus(store, state, end);
  }

  private registerInternal(engine: ApplicationEngine, key: ECPoint): boolean {
    if (!engine.checkWitnessInternal(signatureRedeemScriptHash(key))) return false;
    const store = engine.store;
    const state = readCandidate(store, key) ?? { registered: false, votes: 0n };
    if (state.registered) return true;
    state.registered = true;
    writeCandidate(store, key, state);
    engine.sendNotification(
      this.hash,
      'CandidateStateChanged',
      new ArrayItem([new ByteStringItem(key.encodeCompressed()), bool(true), int(state.votes)]),
    );
    return true;
  }

  private registerCandidate(engine: ApplicationEngine, key: ECPoint): StackItem {
    if (
      !engine.isHardforkEnabled('HF_Echidna') &&
      !engine.checkWitnessInternal(signatureRedeemScriptHash(key))
    ) {
      return bool(false);
    }
    engine.addFeeBig(BigInt.asIntN(64, this.registerPrice(engine.store) * BigInt(FEE_FACTOR)));
    return bool(this.registerInternal(engine, key));
  }

  private unregisterCandidate(engine: ApplicationEngine, key: ECPoint): StackItem {
    if (!engine.checkWitnessInternal(signatureRedeemScriptHash(key))) return bool(false);
    const store = engine.store;
    const state = readCandidate(store, key);
    if (state === null || !state.registered) return bool(true);
    state.registered = false;
    writeCandidate(store, key, state);
    checkCandidate(store, key, state);
    engine.sendNotification(
      this.hash,
      'CandidateStateChanged',
      new ArrayItem([new ByteStringItem(key.encodeCompressed()), bool(false), int(state.votes)]),
    );
    return bool(true);
  }

  registerPrice(store: NeoStore): bigint {
    return requireInt(store, nativeKey(ID, PREFIX_REGISTER_PRICE));
  }

  /** neo's `VoteInternal`: moves the account's votes to `voteTo` (null to stop voting). */
  *voteInternal(engine: ApplicationEngine, account: UInt160, voteTo: ECPoint | null): NativeTask<boolean> {
    const store = engine.store;
    const state = this.readState(store, account);
    if (state === null || state.balance === 0n) return false;
    let validatorNew: CandidateState | null = null;
    if (voteTo !== null) {
      validatorNew = readCandidate(store, voteTo);
      if (validatorNew === null || !validatorNew.registered) return false;
    }
    if ((state.voteTo === null) !== (voteTo === null)) {
      writeInt(
        store,
        votersKey(),
        requireInt(store, votersKey()) + (state.voteTo === null ? state.balance : -state.balance),
      );
    }
    const distribution = this.distributeGas(engine, account, state);
    const old = state.voteTo;
    if (old !== null) {
      const same = voteTo !== null && old.equals(voteTo);
      const oldState = same ? validatorNew! : readCandidate(store, old)!;
      oldState.votes -= state.balance;
      writeCandidate(store, old, oldState);
      checkCandidate(store, old, oldState);
    }
    if (voteTo !== null && (old === null || !voteTo.equals(old))) {
      state.lastGasPerVote = readInt(store, rewardKey(voteTo)) ?? 0n;
    }
    state.voteTo = voteTo;
    if (validatorNew !== null) {
      validatorNew.votes += state.balance;
      writeCandidate(store, voteTo!, validatorNew);
    } else {
      state.lastGasPerVote = 0n;
    }
    this.writeState(store, account, state);
    const key = (k: ECPoint | null) => (k === null ? NULL : new ByteStringItem(k.encodeCompressed()));
    engine.sendNotification(
      this.hash,
      'Vote',
      new ArrayItem([new ByteStringItem(account), key(old), key(voteTo), int(state.balance)]),
    );
    if (distribution !== null) yield* gasToken.mint(engine, distribution.account, distribution.amount, true);
    return true;
  }

  protected override defineEvents() {
    return [
      ...super.defineEvents(),
      event(1, 'CandidateStateChanged', [
        ['pubkey', ParamType.PublicKey],
        ['registered', ParamType.Boolean],
        ['votes', ParamType.Integer],
      ]),
      event(2, 'Vote', [
        ['account', ParamType.Hash160],
        ['from', ParamType.PublicKey],
        ['to', ParamType.PublicKey],
        ['amount', ParamType.Integer],
      ]),
      event(
        3,
        'CommitteeChanged',
        [
          ['old', ParamType.Array],
          ['new', ParamType.Array],
        ],
        { activeIn: 'HF_Cockatrice' },
      ),
    ];
  }

  protected defineMethods() {
    const R = CallFlags.ReadStates;
    const S = CallFlags.States;
    const SN = CallFlags.States | CallFlags.AllowNotify;
    const pubkey = arg('pubkey', 'ecpoint');
    const keys = (list: ECPoint[]) =>
      new ArrayItem(list.map((k) => new ByteStringItem(k.encodeCompressed())));
    return [
      ...this.tokenMethods(),
      method(
        'setGasPerBlock',
        [arg('gasPerBlock', 'bigint')],
        ParamType.Void,
        { cpuFee: 1 << 15, flags: S },
        (e, [g]) => {
          const v = g as bigint;
          if (v < 0n || v > 10n * GAS_FACTOR)
            throw outOfRangeFault('gasPerBlock', `GasPerBlock must be between [0, ${10n * GAS_FACTOR}]`);
          assertCommittee(e);
          writeInt(e.store, nativeKey(ID, PREFIX_GAS_PER_BLOCK, be32(e.persistingBlock!.index + 1)), v);
          return undefined;
        },
      ),
      method('getGasPerBlock', [], ParamType.Integer, { cpuFee: 1 << 15, flags: R }, (e) =>
        int(gasPerBlock(e.store)),
      ),
      method(
        'setRegisterPrice',
        [arg('registerPrice', 'int64')],
        ParamType.Void,
        { cpuFee: 1 << 15, flags: S },
        (e, [p]) => {
          if ((p as bigint) <= 0n) throw outOfRangeFault('registerPrice', 'RegisterPrice must be positive');
          assertCommittee(e);
          writeInt(e.store, nativeKey(ID, PREFIX_REGISTER_PRICE), p as bigint);
          return undefined;
        },
      ),
      method('getRegisterPrice', [], ParamType.Integer, { cpuFee: 1 << 15, flags: R }, (e) =>
        int(this.registerPrice(e.store)),
      ),
      method(
        'unclaimedGas',
        [arg('account', 'hash160'), arg('end', 'uint32')],
        ParamType.Integer,
        { cpuFee: 1 << 17, flags: R },
        (e, [a, end]) => {
          const expect = e.persistingBlock?.index ?? ledgerCurrentIndex(e.store) + 1;
          if (end !== expect) throw notEqualFault('end', end as number, expect);
          return int(this.unclaimedGas(e.store, a as UInt160, end as number));
        },
      ),
      method(
        'onNEP17Payment',
        [arg('from', 'hash160'), arg('amount', 'bigint'), arg('data', 'item')],
        ParamType.Void,
        { flags: SN, activeIn: 'HF_Echidna' },
        (e, [, amount, data]) => this.onPayment(e, amount as bigint, data as StackItem),
      ),
      method(
        'registerCandidate',
        [pubkey],
        ParamType.Boolean,
        { flags: S, deprecatedIn: 'HF_Echidna' },
        (e, [k]) => this.registerCandidate(e, k as ECPoint),
      ),
      method(
        'registerCandidate',
        [pubkey],
        ParamType.Boolean,
        { flags: SN, activeIn: 'HF_Echidna' },
        (e, [k]) => this.registerCandidate(e, k as ECPoint),
      ),
      method(
        'unregisterCandidate',
        [pubkey],
        ParamType.Boolean,
        { cpuFee: 1 << 16, flags: S, deprecatedIn: 'HF_Echidna' },
        (e, [k]) => this.unregisterCandidate(e, k as ECPoint),
      ),
      method(
        'unregisterCandidate',
        [pubkey],
        ParamType.Boolean,
        { cpuFee: 1 << 16, flags: SN, activeIn: 'HF_Echidna' },
        (e, [k]) => this.unregisterCandidate(e, k as ECPoint),
      ),
      method(
        'vote',
        [arg('account', 'hash160'), arg('voteTo', 'ecpoint', { nullable: true })],
        ParamType.Boolean,
        { cpuFee: 1 << 16, flags: S, deprecatedIn: 'HF_Echidna' },
        (e, [a, v]) => this.vote(e, a as UInt160, v as ECPoint | null),
      ),
      method(
        'vote',
        [arg('account', 'hash160'), arg('voteTo', 'ecpoint', { nullable: true })],
        ParamType.Boolean,
        { cpuFee: 1 << 16, flags: SN, activeIn: 'HF_Echidna' },
        (e, [a, v]) => this.vote(e, a as UInt160, v as ECPoint | null),
      ),
      method(
        'getCandidates',
        [],
        ParamType.Array,
        { cpuFee: 1 << 22, flags: R },
        (e) =>
          new ArrayItem(
            candidates(e.store)
              .slice(0, 256)
              .map(([, , k, c]) => new StructItem([new ByteStringItem(k.encodeCompressed()), int(c.votes)])),
          ),
      ),
      method('getAllCandidates', [], ParamType.InteropInterface, { cpuFee: 1 << 22, flags: R }, (e) => {
        const store = e.store;
        const source = () => candidates(store).map(([k, v]): [Uint8Array, Uint8Array] => [k, v]);
        return new InteropInterfaceItem(new StorageIterator(source, 1, 0b10_1010));
      }),
      method(
        'getCandidateVote',
        [arg('pubKey', 'ecpoint')],
        ParamType.Integer,
        { cpuFee: 1 << 15, flags: R },
        (e, [k]) => {
          const c = readCandidate(e.store, k as ECPoint);
          return int(c?.registered ? c.votes : -1n);
        },
      ),
      method('getCommittee', [], ParamType.Array, { cpuFee: 1 << 16, flags: R }, (e) =>
        keys(getCommittee(e.store)),
      ),
      method(
        'getAccountState',
        [arg('account', 'hash160')],
        ParamType.Array,
        { cpuFee: 1 << 15, flags: R },
        (e, [a]) => {
          const s = this.readState(e.store, a as UInt160);
          return s === null ? NULL : this.encode(s);
        },
      ),
      method(
        'getCommitteeAddress',
        [],
        ParamType.Hash160,
        { cpuFee: 1 << 16, flags: R, activeIn: 'HF_Cockatrice' },
        (e) => new ByteStringItem(getCommitteeAddress(e.store)),
      ),
      method('getNextBlockValidators', [], ParamType.Array, { cpuFee: 1 << 16, flags: R }, (e) =>
        keys(nextBlockValidators(e.store, e.settings.validatorsCount)),
      ),
    ];
  }

  private *vote(engine: ApplicationEngine, account: UInt160, voteTo: ECPoint | null): NativeTask {
    if (!engine.checkWitnessInternal(account)) return bool(false);
    return bool(yield* this.voteInternal(engine, account, voteTo));
  }

  private *onPayment(engine: ApplicationEngine, amount: bigint, data: StackItem): NativeTask {
    if (!equalHash(engine.callingScriptHash, gasToken.hash))
      throw new VMFault('Only GAS contract can call this method');
    if (amount < -(1n << 63n) || amount >= 1n << 63n)
      throw new VMFault('Value was either too large or too small for an Int64.');
    const price = this.registerPrice(engine.store);
    if (amount !== price)
      throw new VMFault(`Incorrect GAS amount. Expected ${price} GAS, but received ${amount} GAS.`);
    const key = ECPoint.decode(data.getSpan());
    if (!this.registerInternal(engine, key)) throw new VMFault('Failed to register candidate');
    yield* gasToken.burn(engine, this.hash, amount);
    return undefined;
  }

  override initialize(engine: ApplicationEngine, hardfork: string | null): NativeTask<void> | undefined {
    if (hardfork !== this.activeIn) return undefined;
    const store = engine.store;
    writeCommittee(
      store,
      engine.settings.standbyCommittee.map((k): Member => [k, 0n]),
    );
    store.put(votersKey(), new Uint8Array(0));
    writeInt(store, nativeKey(ID, PREFIX_GAS_PER_BLOCK, be32(0)), 5n * GAS_FACTOR);
    writeInt(store, nativeKey(ID, PREFIX_REGISTER_PRICE), 1000n * GAS_FACTOR);
    return this.mint(engine, bftAddress(standbyValidators(engine.settings)), TOTAL_AMOUNT, false);
  }

  override onPersist(engine: ApplicationEngine): undefined {
    const block = engine.persistingBlock!;
    const m = engine.settings.standbyCommittee.length;
    if (block.index % m !== 0) return undefined;
    const store = engine.store;
    const prev = committeeCache(store).map(([k]) => k);
    const next = computeCommitteeMembers(store, engine.settings);
    writeCommittee(store, next);
    if (engine.isHardforkEnabled('HF_Cockatrice')) {
      const keys = next.map(([k]) => k);
      const changed = keys.length !== prev.length || keys.some((k, i) => !k.equals(prev[i]!));
      if (changed) {
        const list = (l: ECPoint[]) => new ArrayItem(l.map((k) => new ByteStringItem(k.encodeCompressed())));
        engine.sendNotification(this.hash, 'CommitteeChanged', new ArrayItem([list(prev), list(keys)]));
      }
    }
    return undefined;
  }

  override *postPersist(engine: ApplicationEngine): NativeTask<void> {
    const store = engine.store;
    const block = engine.persistingBlock!;
    const m = engine.settings.standbyCommittee.length;
    const n = engine.settings.validatorsCount;
    const gpb = gasPerBlock(store);
    const committee = committeeCache(store);
    const account = signatureRedeemScriptHash(committee[block.index % m]![0]);
    yield* gasToken.mint(engine, account, (gpb * 10n) / 100n, false);
    if (block.index % m !== 0) return;
    const perMember = (gpb * 80n * VOTE_FACTOR * BigInt(m)) / BigInt(m + n) / 100n;
    committee.forEach(([key, votes], i) => {
      if (votes <= 0n) return;
      const perNeo = (BigInt(i < n ? 2 : 1) * perMember) / votes;
      const k = rewardKey(key);
      writeInt(store, k, (readInt(store, k) ?? 0n) + perNeo);
    });
  }
}

export const neoToken = new NeoToken();
