/**
 * Aleo values as snarkVM models them (console/program/src/data): literals, plaintexts
 * (literal, struct, array). The shapes of `Literal` and `Plaintext` are shared by the
 * instruction layer and the hash functions (which read a plaintext's bits); keep them
 * stable. Records, futures and visibilities are built on top of these elsewhere.
 */

export const INTEGER_TYPES = ['i8', 'i16', 'i32', 'i64', 'i128', 'u8', 'u16', 'u32', 'u64', 'u128'] as const;
export type IntegerType = (typeof INTEGER_TYPES)[number];

/** snarkVM's LiteralType, in its variant order (the order matters for bit encodings). */
export const LITERAL_TYPES = [
  'address',
  'boolean',
  'field',
  'group',
  'i8',
  'i16',
  'i32',
  'i64',
  'i128',
  'u8',
  'u16',
  'u32',
  'u64',
  'u128',
  'scalar',
  'signature',
  'string',
] as const;
export type LiteralType = (typeof LITERAL_TYPES)[number];

/** An affine point of the Edwards BLS12-377 curve; coordinates are base-field elements. */
export interface AffinePoint {
  readonly x: bigint;
  readonly y: bigint;
}

/** A Schnorr signature: challenge and response scalars and the signer's compute key. */
export interface Signature {
  readonly challenge: bigint;
  readonly response: bigint;
  readonly pkSig: AffinePoint;
  readonly prSig: AffinePoint;
}

export type Literal =
  | { readonly type: 'address'; readonly value: AffinePoint }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'field'; readonly value: bigint }
  | { readonly type: 'group'; readonly value: AffinePoint }
  | { readonly type: IntegerType; readonly value: bigint }
  | { readonly type: 'scalar'; readonly value: bigint }
  | { readonly type: 'signature'; readonly value: Signature }
  | { readonly type: 'string'; readonly value: string };

export type Plaintext =
  | { readonly kind: 'literal'; readonly literal: Literal }
  /** Members in declaration order. */
  | { readonly kind: 'struct'; readonly members: ReadonlyMap<string, Plaintext> }
  | { readonly kind: 'array'; readonly elements: readonly Plaintext[] };
