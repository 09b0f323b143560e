/**
 * The parsed form of an Aleo instructions program (synthesizer/program/src): program id,
 * imports, mappings, structs, records, closures, functions with their finalize blocks.
 */
import type { InstructionSpec } from './instructions/spec.js';
import type { Locator, PlaintextType, RegisterType, ValueType, Visibility } from './types.js';
import type { Literal, LiteralType } from './values.js';

export interface Pos {
  readonly line: number;
  readonly column: number;
}

export type Access =
  | { readonly kind: 'member'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number };

export type Operand =
  | { readonly kind: 'literal'; readonly literal: Literal }
  | { readonly kind: 'register'; readonly index: number; readonly path: readonly Access[] }
  | { readonly kind: 'program_id'; readonly id: string }
  | { readonly kind: 'signer' | 'caller' | 'block_height' | 'network_id' };

/** The `as` type of `cast`, `hash.*`, `commit.*` and `rand.chacha`; `group.x` / `group.y` read a coordinate. */
export type CastType =
  | { readonly kind: 'group_x' | 'group_y' }
  | { readonly kind: 'plaintext'; readonly type: PlaintextType }
  | { readonly kind: 'record'; readonly name: string }
  | { readonly kind: 'external_record'; readonly locator: Required<Locator> };

export interface Instruction {
  readonly opcode: string;
  /** The opcode's spec, looked up once when parsing. */
  readonly spec: InstructionSpec;
  readonly operands: readonly Operand[];
  readonly destinations: readonly number[];
  readonly castType?: CastType;
  /** The `(TYPE)` after the operand of `serialize.*` / `deserialize.*` (their destination's goes in castType). */
  readonly operandType?: PlaintextType;
  /** `call` / `async` target. */
  readonly callee?: Locator;
  readonly pos: Pos;
}

export type Command =
  | { readonly kind: 'instruction'; readonly instruction: Instruction; readonly pos: Pos }
  | {
      readonly kind: 'get';
      readonly mapping: Locator;
      readonly key: Operand;
      readonly destination: number;
      readonly pos: Pos;
    }
  | {
      readonly kind: 'get.or_use';
      readonly mapping: Locator;
      readonly key: Operand;
      readonly fallback: Operand;
      readonly destination: number;
      readonly pos: Pos;
    }
  | {
      readonly kind: 'contains';
      readonly mapping: Locator;
      readonly key: Operand;
      readonly destination: number;
      readonly pos: Pos;
    }
  | {
      readonly kind: 'set';
      readonly mapping: string;
      readonly key: Operand;
      readonly value: Operand;
      readonly pos: Pos;
    }
  | { readonly kind: 'remove'; readonly mapping: string; readonly key: Operand; readonly pos: Pos }
  | {
      readonly kind: 'rand.chacha';
      readonly operands: readonly Operand[];
      readonly destination: number;
      readonly type: LiteralType;
      readonly pos: Pos;
    }
  | {
      readonly kind: 'branch.eq' | 'branch.neq';
      readonly first: Operand;
      readonly second: Operand;
      readonly label: string;
      readonly pos: Pos;
    }
  | { readonly kind: 'position'; readonly label: string; readonly pos: Pos }
  | { readonly kind: 'await'; readonly register: number; readonly pos: Pos };

export interface MappingDef {
  readonly name: string;
  readonly key: PlaintextType;
  readonly value: PlaintextType;
  readonly pos: Pos;
}

export interface StructDef {
  readonly name: string;
  readonly members: ReadonlyMap<string, PlaintextType>;
  readonly pos: Pos;
}

export interface RecordDef {
  readonly name: string;
  readonly ownerVisibility: 'public' | 'private';
  readonly entries: ReadonlyMap<string, { readonly type: PlaintextType; readonly visibility: Visibility }>;
  readonly pos: Pos;
}

export interface Input<T> {
  readonly register: number;
  readonly type: T;
  readonly pos: Pos;
}

export interface Output<T> {
  readonly operand: Operand;
  readonly type: T;
  readonly pos: Pos;
}

export interface ClosureDef {
  readonly name: string;
  readonly inputs: readonly Input<RegisterType>[];
  readonly instructions: readonly Instruction[];
  readonly outputs: readonly Output<RegisterType>[];
  readonly pos: Pos;
}

/** A finalize input: a public plaintext or a future. */
export type FinalizeType =
  | { readonly kind: 'plaintext'; readonly type: PlaintextType }
  | { readonly kind: 'future'; readonly locator: Required<Locator> };

export interface FinalizeDef {
  readonly name: string;
  readonly inputs: readonly Input<FinalizeType>[];
  readonly commands: readonly Command[];
  /** Label -> index of its `position` command. */
  readonly positions: ReadonlyMap<string, number>;
  readonly pos: Pos;
}

export interface FunctionDef {
  readonly name: string;
  readonly inputs: readonly Input<ValueType>[];
  readonly instructions: readonly Instruction[];
  readonly outputs: readonly Output<ValueType>[];
  readonly finalize?: FinalizeDef;
  readonly pos: Pos;
}

export interface ProgramAst {
  readonly id: string;
  readonly imports: readonly string[];
  readonly mappings: ReadonlyMap<string, MappingDef>;
  readonly structs: ReadonlyMap<string, StructDef>;
  readonly records: ReadonlyMap<string, RecordDef>;
  readonly closures: ReadonlyMap<string, ClosureDef>;
  readonly functions: ReadonlyMap<string, FunctionDef>;
  readonly ctor?: FinalizeDef;
  /** The program text as given. */
  readonly source: string;
}
