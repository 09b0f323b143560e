/**
 * gas.iost, native, as go-iost `vm/native/gas.go` (pledge, unpledge) over the gas state of
 * `vm/database/gas_handler.go` and `vm/host/gas_manager.go`: per account the iost pledged for
 * it (`gt`), its gas limit (`gl`), its gas stock (`gs`) and when that stock was last refreshed
 * (`gu`); per pledger what it pledged for whom (`gp`). Each iost pledged gives 100,000 gas at
 * once and then 1.15 gas a second (GasIncreaseRate: (300,000 - 100,000) / 172,800 s, truncated
 * to the gas decimals), up to 300,000 gas per iost; at most 3 days of increase are counted at a
 * time. Unpledged iost comes back frozen for 3 days (token.iost transferFreeze).
 */
import type { AbiArgType } from './abi.js';
import { TxFailure } from './errors.js';
import {
  add,
  type Decimal,
  dec,
  decFromText,
  decInt,
  decString,
  decText,
  divInt,
  lessThan,
  mul,
  mulFloat,
  neg,
  parseDecimal,
  rescale,
  sub,
} from './gas-decimal.js';
import { keys } from './keys.js';
import type { NativeEnv } from './natives.js';
import { TOKEN_CONTRACT } from './token.js';
import { GAS_CONTRACT } from './types.js';

/** Gas has two decimals (GasDecimal). */
export const GAS_DECIMALS = 2;
export const GAS_IMMEDIATE_REWARD = decInt(100_000, 2);
export const GAS_LIMIT_PER_IOST = decInt(300_000, 2);
export const GAS_FULFILL_SECONDS = 2 * 24 * 3600;
export const GAS_INCREASE_RATE = divInt(sub(GAS_LIMIT_PER_IOST, GAS_IMMEDIATE_REWARD), GAS_FULFILL_SECONDS);
const GAS_MAX_INCREASE_SECONDS = 3 * 24 * 3600;
export const GAS_MIN_PLEDGE_OF_USER = decInt(10, 8);
export const GAS_MIN_PLEDGE_PER_ACTION = decInt(1, 8);
/** UnpledgeFreezeSeconds. */
export const UNPLEDGE_FREEZE_SECONDS = 3 * 24 * 3600;

export const GAS_METHODS: Readonly<Record<string, readonly AbiArgType[]>> = {
  pledge: ['string', 'string', 'string'],
  unpledge: ['string', 'string', 'string'],
};

/** The state gas.go reads and writes, in gas.iost's storage. */
export interface GasStore {
  get(key: string): string | undefined;
  put(key: string, value: string): void;
  pledgeOf(pledger: string, name: string): string | undefined;
  setPledge(pledger: string, name: string, value: string | undefined): void;
}

const zeroGas = (): Decimal => dec(0n, GAS_DECIMALS);

export class GasState {
  constructor(private readonly db: GasStore) {}

  private fixed(key: string): Decimal {
    const t = this.db.get(key);
    return t === undefined ? zeroGas() : decFromText(t);
  }
  pledgeTotal = (name: string) => this.fixed(`${name}gt`);
  limit = (name: string) => this.fixed(`${name}gl`);
  stock = (name: string) => this.fixed(`${name}gs`);
  updateTime(name: string): bigint {
    const t = this.db.get(`${name}gu`);
    return t === undefined ? 0n : BigInt(t);
  }
  setPledgeTotal = (name: string, d: Decimal) => this.db.put(`${name}gt`, decText(d));
  setLimit = (name: string, d: Decimal) => this.db.put(`${name}gl`, decText(d));
  setStock = (name: string, d: Decimal) => this.db.put(`${name}gs`, decText(d));
  setUpdateTime = (name: string, t: bigint) => this.db.put(`${name}gu`, t.toString());
  pledge(name: string, pledger: string): Decimal {
    const t = this.db.pledgeOf(pledger, name);
    return t === undefined ? dec(0n, 8) : decFromText(t);
  }

  /** PGasAtTime: min(limit, stock + seconds since the refresh (at most 3 days) × pledged × rate), 2 decimals. */
  gasAt(name: string, t: bigint): Decimal {
    const stock = this.stock(name);
    const updated = this.updateTime(name);
    let seconds = 0;
    if (updated > 0n) seconds = Math.min(Number(t - updated) / 1e9, GAS_MAX_INCREASE_SECONDS);
    const rate = mul(this.pledgeTotal(name), GAS_INCREASE_RATE);
    const total = add(mulFloat(rate, seconds), stock);
    const limit = this.limit(name);
    return rescale(lessThan(limit, total) ? limit : total, GAS_DECIMALS);
  }

  refresh(name: string, t: bigint): void {
    this.setStock(name, this.gasAt(name, t));
    this.setUpdateTime(name, t);
  }

  /** CostGas: the stock refreshed, then `cost` taken from it (`gas not enough! …` when short). */
  costGas(name: string, cost: Decimal, t: bigint): void {
    this.refresh(name, t);
    const current = this.stock(name);
    if (lessThan(current, cost))
      throw new TxFailure(
        `gas not enough! Now: ${decString(current)}(tgas:0,pgas:${decString(current)}), Need ${decString(cost)}`,
      );
    this.setStock(name, sub(current, cost));
  }

  /** gas.go pledge(): a positive amount pledges, a negative one unpledges. */
  change(pledger: string, name: string, amount: Decimal, t: bigint): void {
    if (amount.v === 0n) throw new TxFailure(`invalid pledge amount ${decString(amount)}`);
    if (amount.v < 0n) {
      const un = neg(amount);
      const total = this.pledgeTotal(name);
      if (lessThan(sub(total, un), GAS_MIN_PLEDGE_OF_USER))
        throw new TxFailure(
          `unpledge too much (${decString(total)} - ${decString(un)}) less than ${decString(GAS_MIN_PLEDGE_OF_USER)}`,
        );
      const pledged = this.pledge(name, pledger);
      if (sub(pledged, un).v < 0n)
        throw new TxFailure(
          `you cannot unpledge more than your pledge ${decString(un)} > ${decString(pledged)}`,
        );
    }
    const limitDelta = mul(amount, GAS_LIMIT_PER_IOST);
    const gasDelta = amount.v < 0n ? zeroGas() : mul(amount, GAS_IMMEDIATE_REWARD);
    if (this.updateTime(name) === 0n) {
      if (amount.v < 0n) throw new TxFailure('cannot unpledge! No pledge before');
      this.db.setPledge(pledger, name, decText(amount));
      this.setUpdateTime(name, t);
      this.setPledgeTotal(name, amount);
      this.setLimit(name, limitDelta);
      this.setStock(name, gasDelta);
      return;
    }
    this.refresh(name, t);
    const totalOld = this.pledgeTotal(name);
    const totalNew = add(totalOld, amount);
    if (totalNew.v <= 0n)
      throw new TxFailure(
        `change gasPledgeTotal failed! current: ${decString(totalOld)}, delta ${decString(amount)}`,
      );
    this.setPledgeTotal(name, totalNew);
    const limitOld = this.limit(name);
    const limitNew = add(limitOld, limitDelta);
    if (limitNew.v <= 0n)
      throw new TxFailure(
        `change gasLimit failed! current: ${decString(limitOld)}, delta ${decString(limitDelta)}`,
      );
    this.setLimit(name, limitNew);
    let gasNew = add(this.stock(name), gasDelta);
    if (lessThan(limitNew, gasNew)) gasNew = limitNew;
    this.setStock(name, gasNew);
    const pledgedNew = add(this.pledge(name, pledger), amount);
    this.db.setPledge(pledger, name, pledgedNew.v === 0n ? undefined : decText(pledgedNew));
  }
}

/** The gas state of gas.iost's storage in the ledger's maps (`gp` per pledger, the rest as values). */
export function gasStore(env: Pick<NativeEnv, 'ledger'>): GasStore {
  const maps = env.ledger.nativeMaps(GAS_CONTRACT);
  const cache = env.ledger.cache;
  const dec8 = new TextDecoder();
  return {
    get: (key) => {
      const raw = cache.get(keys.value(GAS_CONTRACT, key));
      return raw === undefined ? undefined : dec8.decode(raw);
    },
    put: (key, value) => cache.put(keys.value(GAS_CONTRACT, key), new TextEncoder().encode(value)),
    pledgeOf: (pledger, name) => maps.get(`${pledger}gp`, name),
    setPledge: (pledger, name, value) =>
      value === undefined ? maps.del(`${pledger}gp`, name) : maps.put(`${pledger}gp`, name, value),
  };
}

/** go-iost fmt of `%d` with a *Decimal: the struct's fields. */
const goDecimalD = (d: Decimal) => `&{${d.v} ${d.s} %!d(<nil>)}`;

/** gas.iost pledge(pledger, gasUser, amount) and unpledge(pledger, gasUser, amount), gas.go. */
export function gasCall(env: NativeEnv, t: bigint, argv: unknown[]): string[] {
  const [pledger, gasUser, amountText] = argv as [string, string, string];
  const api = env.api;
  if (!env.isValidAccount(pledger))
    throw new TxFailure(`invalid user name ${api === 'pledge' ? pledger : gasUser}`);
  if (!env.isValidAccount(gasUser))
    throw new TxFailure(`invalid user name ${api === 'pledge' ? gasUser : pledger}`);
  if (!env.tx.requireAuth(pledger, 'transfer')) throw new TxFailure('transaction has no permission');
  let amount: Decimal;
  try {
    amount = parseDecimal(amountText, 8);
  } catch {
    throw new TxFailure(`invalid amount ${amountText}`);
  }
  if (amount.v <= 0n) throw new TxFailure(`invalid amount ${amountText}`);
  if (lessThan(amount, GAS_MIN_PLEDGE_PER_ACTION))
    throw new TxFailure(
      `min ${api === 'pledge' ? '' : 'un'}pledge num is ${goDecimalD(GAS_MIN_PLEDGE_PER_ACTION)}`,
    );
  const state = new GasState(gasStore(env));
  if (api === 'pledge') {
    state.change(pledger, gasUser, amount, t);
    if (pledger !== TOKEN_CONTRACT)
      env.call(TOKEN_CONTRACT, 'transfer', ['iost', pledger, GAS_CONTRACT, amountText, '']);
  } else {
    if (state.pledge(gasUser, pledger).v === 0n)
      throw new TxFailure(`${pledger} did not pledge for ${gasUser}`);
    state.change(pledger, gasUser, neg(amount), t);
    if (pledger !== TOKEN_CONTRACT) {
      // CallWithAuth token.iost transferFreeze: gas.iost lends its own authority; run natively,
      // as the freeze time (nanoseconds) is beyond what a number argument may carry.
      const freezeTime = t + BigInt(UNPLEDGE_FREEZE_SECONDS) * 1_000_000_000n;
      env.tokenAs(GAS_CONTRACT, 'transferFreeze', [
        'iost',
        GAS_CONTRACT,
        pledger,
        decString(amount),
        Number(freezeTime),
        '',
      ]);
    }
  }
  env.tx.receipts.push({ func_name: `${GAS_CONTRACT}/${api}`, content: JSON.stringify(argv) });
  return [];
}
