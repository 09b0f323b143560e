/**
 * Aleo types as snarkVM declares them (console/program/src/data_types): plaintext types
 * (literal, struct, array), value types with a visibility, register types, finalize
 * types, and the runtime values beyond plaintexts: records and futures.
 */
import type { AffinePoint, LiteralType, Plaintext } from './values.js';

export type PlaintextType =
  | { readonly kind: 'literal'; readonly type: LiteralType }
  | { readonly kind: 'struct'; readonly name: string }
  | { readonly kind: 'array'; readonly element: PlaintextType; readonly length: number };

export type Visibility = 'constant' | 'public' | 'private';

/** A program-qualified name, `foo.aleo/bar`, or a local one when `program` is undefined. */
export interface Locator {
  readonly program?: string;
  readonly name: string;
}

/** The type of a function input or output. */
export type ValueType =
  | { readonly kind: 'plaintext'; readonly type: PlaintextType; readonly visibility: Visibility }
  | { readonly kind: 'record'; readonly name: string }
  | { readonly kind: 'external_record'; readonly locator: Required<Locator> }
  | { readonly kind: 'future'; readonly locator: Required<Locator> };

/** The type of a register: what a value in it is, without visibility. */
export type RegisterType =
  | { readonly kind: 'plaintext'; readonly type: PlaintextType }
  | { readonly kind: 'record'; readonly name: string }
  | { readonly kind: 'external_record'; readonly locator: Required<Locator> }
  | { readonly kind: 'future'; readonly locator: Required<Locator> };

/** An entry of a record: a plaintext with its visibility. */
export interface RecordEntry {
  readonly visibility: Visibility;
  readonly value: Plaintext;
}

export interface RecordValue {
  readonly kind: 'record';
  readonly owner: { readonly visibility: 'public' | 'private'; readonly value: AffinePoint };
  /** Entries in declaration order. */
  readonly data: ReadonlyMap<string, RecordEntry>;
  readonly nonce: AffinePoint;
  /**
   * snarkVM's record version: 1 for records made by `cast` today ("hiding": the commitment
   * binds the record view key, outputs carry a sender ciphertext); 0 for legacy records.
   * Absent means 0 (a text record without `_version`).
   */
  readonly version?: number;
}

export interface FutureValue {
  readonly kind: 'future';
  readonly program: string;
  readonly function: string;
  readonly arguments: readonly (Plaintext | FutureValue)[];
}

/** Any value a register holds. */
export type Value = Plaintext | RecordValue | FutureValue;

export function plaintextTypeToString(t: PlaintextType): string {
  if (t.kind === 'literal') return t.type;
  if (t.kind === 'struct') return t.name;
  return `[${plaintextTypeToString(t.element)}; ${t.length}u32]`;
}

export function registerTypeToString(t: RegisterType): string {
  switch (t.kind) {
    case 'plaintext':
      return plaintextTypeToString(t.type);
    case 'record':
      return `${t.name}.record`;
    case 'external_record':
      return `${t.locator.program}/${t.locator.name}.record`;
    case 'future':
      return `${t.locator.program}/${t.locator.name}.future`;
  }
}

export function valueTypeToRegisterType(t: ValueType): RegisterType {
  return t.kind === 'plaintext' ? { kind: 'plaintext', type: t.type } : t;
}

export function plaintextTypeEquals(a: PlaintextType, b: PlaintextType): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'literal') return a.type === (b as typeof a).type;
  if (a.kind === 'struct') return a.name === (b as typeof a).name;
  const bb = b as typeof a;
  return a.length === bb.length && plaintextTypeEquals(a.element, bb.element);
}

export function registerTypeEquals(a: RegisterType, b: RegisterType): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'plaintext') return plaintextTypeEquals(a.type, (b as typeof a).type);
  return registerTypeToString(a) === registerTypeToString(b);
}
