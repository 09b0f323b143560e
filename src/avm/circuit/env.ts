/**
 * The constraint environment (snarkVM circuit/environment: circuit.rs, helpers/{variable,
 * linear_combination,r1cs,constraint,mode}.rs) over the BLS12-377 scalar field (Aleo's `field`).
 * One circuit is under construction at a time (snarkVM keeps it thread-local); `synthesizeWith`
 * runs a builder on a fresh one. Variables: constants (values only, never in a term), public
 * (index 0 is the constant one) and private, each indexed in allocation order. A linear
 * combination is a constant plus terms over public/private variables with non-zero coefficients
 * (a term whose coefficient cancels to zero is dropped, as snarkVM's LinearCombination does).
 * A constraint whose three sides are all constant is only checked, never recorded.
 */
import { Fq } from '../crypto/modular.js';
import { CircuitHalt } from './errors.js';

export type Mode = 'constant' | 'public' | 'private';
const P = Fq.p;

/** A public variable i has key 2i, a private variable j has key 2j + 1. */
export type VarKey = number;

export class LC {
  constructor(
    public constant: bigint,
    public terms: Map<VarKey, bigint>,
    public value: bigint,
  ) {}
  static constant(v: bigint): LC {
    return new LC(v, new Map(), v);
  }
  static variable(key: VarKey, value: bigint): LC {
    return new LC(0n, new Map([[key, 1n]]), value);
  }
  /** Σ coefficient_i · lc_i in one pass (the same terms as repeated scale and add). */
  static combine(parts: readonly (readonly [LC, bigint])[]): LC {
    const terms = new Map<VarKey, bigint>();
    let constant = 0n;
    let value = 0n;
    for (const [lc, f] of parts) {
      if (f === 0n) continue;
      constant += lc.constant * f;
      value += lc.value * f;
      for (const [k, c] of lc.terms) terms.set(k, (terms.get(k) ?? 0n) + c * f);
    }
    for (const [k, c] of terms) {
      const r = c % P;
      if (r === 0n) terms.delete(k);
      else terms.set(k, r);
    }
    return new LC(constant % P, terms, value % P);
  }
  isConstant(): boolean {
    return this.terms.size === 0;
  }
  /** snarkVM LinearCombination::is_public: no constant and exactly one public term with coefficient one. */
  isPublic(): boolean {
    if (this.constant !== 0n || this.terms.size !== 1) return false;
    const [[k, c]] = this.terms as unknown as [[number, bigint]];
    return (k & 1) === 0 && c === 1n;
  }
  mode(): Mode {
    return this.isConstant() ? 'constant' : this.isPublic() ? 'public' : 'private';
  }
  add(o: LC): LC {
    if (o.constant === 0n && o.terms.size === 0) return this;
    if (this.constant === 0n && this.terms.size === 0) return o;
    const [big, small] = this.terms.size >= o.terms.size ? [this, o] : [o, this];
    const terms = new Map(big.terms);
    for (const [k, c] of small.terms) {
      const s = (terms.get(k) ?? 0n) + c;
      const r = s >= P ? s - P : s;
      if (r === 0n) terms.delete(k);
      else terms.set(k, r);
    }
    return new LC(Fq.add(this.constant, o.constant), terms, Fq.add(this.value, o.value));
  }
  neg(): LC {
    const terms = new Map<VarKey, bigint>();
    for (const [k, c] of this.terms) terms.set(k, P - c);
    return new LC(Fq.neg(this.constant), terms, Fq.neg(this.value));
  }
  sub(o: LC): LC {
    return this.add(o.neg());
  }
  scale(f: bigint): LC {
    const terms = new Map<VarKey, bigint>();
    if (f !== 0n) for (const [k, c] of this.terms) terms.set(k, (c * f) % P);
    return new LC((this.constant * f) % P, terms, (this.value * f) % P);
  }
  /** Non-zero entries this side of a constraint contributes (snarkVM num_nonzeros). */
  nonZeros(): number {
    return this.terms.size + (this.constant === 0n ? 0 : 1);
  }
}

export const ZERO = LC.constant(0n);
export const ONE = LC.constant(1n);
/** The public variable 0 (the constant one) as a term, as snarkVM's Boolean NOT writes it. */
export const ONE_VAR = LC.variable(0, 1n);

export interface Constraint {
  readonly a: LC;
  readonly b: LC;
  readonly c: LC;
}

export class R1CS {
  readonly publicValues: bigint[] = [1n];
  readonly privateValues: bigint[] = [];
  readonly constraints: Constraint[] = [];
  numConstants = 0;
  inWitness = false;
  constraintLimit: number | undefined;
  variableLimit: number | undefined;
}

let cs = new R1CS();

export function current(): R1CS {
  return cs;
}

/** Runs `build` on a fresh circuit and returns that circuit (the previous one is restored). */
export function synthesizeWith<T>(
  build: () => T,
  limits?: { constraints?: number; variables?: number },
): { r1cs: R1CS; result: T } {
  const saved = cs;
  cs = new R1CS();
  cs.constraintLimit = limits?.constraints;
  cs.variableLimit = limits?.variables;
  try {
    const result = build();
    return { r1cs: cs, result };
  } finally {
    cs = saved;
  }
}

export function numVariables(r: R1CS = cs): number {
  return r.numConstants + r.publicValues.length + r.privateValues.length;
}

export function newVariable(mode: Mode, value: bigint): LC {
  if (cs.inWitness) throw new CircuitHalt('Tried to initialize a new variable in witness mode');
  if (cs.variableLimit !== undefined && numVariables() > cs.variableLimit)
    throw new CircuitHalt(`Surpassed the variable limit (${cs.variableLimit})`);
  if (mode === 'constant') {
    cs.numConstants++;
    return LC.constant(value);
  }
  if (mode === 'public') {
    cs.publicValues.push(value);
    return LC.variable(2 * (cs.publicValues.length - 1), value);
  }
  cs.privateValues.push(value);
  return LC.variable(2 * (cs.privateValues.length - 1) + 1, value);
}

/** `n` constant variables whose values nothing reads (snarkVM still counts each new_constant). */
export function allocConstants(n: number): void {
  for (let i = 0; i < n; i++) newVariable('constant', 0n);
}

/** Adds (a · b = c); an all-constant constraint is checked only. */
export function enforce(a: LC, b: LC, c: LC): void {
  if (cs.inWitness) throw new CircuitHalt('Tried to add a new constraint in witness mode');
  if (cs.constraintLimit !== undefined && cs.constraints.length > cs.constraintLimit)
    throw new CircuitHalt(`Surpassed the constraint limit (${cs.constraintLimit})`);
  if (a.isConstant() && b.isConstant() && c.isConstant()) {
    if (Fq.mul(a.value, b.value) !== c.value) throw new CircuitHalt('Constant constraint failed');
    return;
  }
  cs.constraints.push({ a, b, c });
}

export function assertTrue(b: LC): void {
  enforce(b, ONE, ONE);
}

export function assertEq(a: LC, b: LC): void {
  enforce(a, ONE, b);
}

/** The mode of a witness computed from these operands: constant only if all are constant. */
export function witnessMode(...lcs: { isConstant(): boolean }[]): Mode {
  return lcs.every((x) => x.isConstant()) ? 'constant' : 'private';
}
