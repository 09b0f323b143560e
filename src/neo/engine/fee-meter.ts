/**
 * The GAS meter (neo `ApplicationEngine.AddFee`, `FeeConsumed`, `GasLeft`): picoGAS consumed
 * against a limit of `gas × FEE_FACTOR`, faulting with "Insufficient GAS." once the sum
 * passes the limit (the sum keeps the addition that crossed it, as neo's does).
 *
 * Opcode prices arrive once per instruction, so they are summed as small integers (price
 * units, the table's numbers) and turned into picoGAS only when read or when another fee is
 * added: `units × factor` passes `limit − base` exactly when `units` passes
 * ⌊(limit − base) / factor⌋, the `budget`, which is what the per-instruction check compares.
 */
import { VMFault } from '../../neovm/index.js';
import { FEE_FACTOR } from './prices.js';

const F = BigInt(FEE_FACTOR);
const MAX_BUDGET = 2 ** 52;

export class FeeMeter {
  readonly limit: bigint;
  /** picoGAS per price unit (the execution fee factor in picoGAS). */
  private readonly factor: bigint;
  /** picoGAS before the current run of opcode units. */
  private base = 0n;
  private units = 0;
  private budget = 0;

  constructor(gasDatoshi: bigint, factorPico: bigint) {
    this.limit = gasDatoshi * F;
    this.factor = factorPico;
    this.rebudget();
  }

  /** Adds an opcode's price units (the hot path: one addition and one comparison). */
  addUnits(units: number): void {
    this.units += units;
    if (this.units > this.budget) throw new VMFault('Insufficient GAS.');
  }

  /** Adds picoGAS (syscall prices, storage fees, native method fees). */
  addBig(pico: bigint): void {
    this.base = this.consumed + pico;
    this.units = 0;
    this.rebudget();
    if (this.base > this.limit) throw new VMFault('Insufficient GAS.');
  }

  private rebudget(): void {
    const left = this.limit - this.base;
    if (left < 0n) this.budget = -1;
    else if (this.factor <= 0n) this.budget = MAX_BUDGET;
    else {
      const b = left / this.factor;
      this.budget = b > BigInt(MAX_BUDGET) ? MAX_BUDGET : Number(b);
    }
  }

  /** picoGAS consumed. */
  get consumed(): bigint {
    return this.units === 0 ? this.base : this.base + BigInt(this.units) * this.factor;
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
