/**
 * The GAS meter (neo `ApplicationEngine.AddFee`, `FeeConsumed`, `GasLeft`): picoGAS consumed
 * against a limit of `gas × FEE_FACTOR`. The sum includes the addition that crosses the limit,
 * as neo's does. Amounts stay JavaScript numbers while the limit is at most 2^52 (so every sum
 * that stays under it is exact) and move to bigints otherwise.
 */
import { VMFault } from '../../neovm/index.js';
import { FEE_FACTOR } from './prices.js';

const EXACT = 2 ** 52;
const EXACT_BIG = BigInt(EXACT);
const F = BigInt(FEE_FACTOR);

export class FeeMeter {
  readonly limit: bigint;
  private readonly limitNum: number;
  private big: boolean;
  private consumedNum = 0;
  private consumedBig = 0n;

  constructor(gasDatoshi: bigint) {
    this.limit = gasDatoshi * F;
    this.big = this.limit > EXACT_BIG;
    this.limitNum = Number(this.limit);
  }

  /** Adds picoGAS given as a safe integer (opcode and syscall prices). */
  add(pico: number): void {
    const total = this.consumedNum + pico;
    if (this.big || pico < 0 || pico > EXACT || total > this.limitNum) this.addBig(BigInt(pico));
    else this.consumedNum = total;
  }

  addBig(pico: bigint): void {
    const total = this.consumed + pico;
    if (!this.big && total >= 0n && total <= EXACT_BIG) this.consumedNum = Number(total);
    else {
      this.big = true;
      this.consumedBig = total;
    }
    if (total > this.limit) throw new VMFault('Insufficient GAS.');
  }

  /** picoGAS consumed. */
  get consumed(): bigint {
    return this.big ? this.consumedBig : BigInt(this.consumedNum);
  }

  /** Datoshi consumed, rounded up (`FeeConsumed`). */
  get feeConsumed(): bigint {
    return divideCeiling(this.consumed, F);
  }

  /** Datoshi left, truncated (`GasLeft`). */
  get gasLeft(): bigint {
    return (this.limit - this.consumed) / F;
  }
}

/** neo's `BigInteger.DivideCeiling`. */
export function divideCeiling(a: bigint, b: bigint): bigint {
  const [n, d] = b > 0n ? [a, b] : [-a, -b];
  const q = n / d;
  return n % d > 0n ? q + 1n : q;
}
