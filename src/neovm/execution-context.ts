/**
 * An execution context (neo-vm `src/Neo.VM/ExecutionContext.cs`): a script with an
 * instruction pointer, local variables, arguments and a try stack. Clones made by CALL share
 * the script, the evaluation stack and the static fields with their origin.
 */
import { EvaluationStack } from './evaluation-stack.js';
import { VMFault } from './fault.js';
import { Instruction } from './instruction.js';
import type { ReferenceCounter } from './reference-counter.js';
import type { Script } from './script.js';
import type { Slot } from './slot.js';

/** Where a TRY block is (neo-vm `ExceptionHandlingState`). */
export const TryState = { Try: 0, Catch: 1, Finally: 2 } as const;
export type TryState = (typeof TryState)[keyof typeof TryState];

/** One TRY block (neo-vm `ExceptionHandlingContext`); pointers are -1 when absent. */
export interface TryContext {
  readonly catchPointer: number;
  readonly finallyPointer: number;
  endPointer: number;
  state: TryState;
}

/** What clones share. */
interface SharedStates {
  readonly script: Script;
  readonly evaluationStack: EvaluationStack;
  staticFields: Slot | undefined;
  readonly states: Map<unknown, unknown>;
}

export class ExecutionContext {
  private readonly shared: SharedStates;
  private ip = 0;
  /** How many items RET must find on the stack; -1 for any number. */
  readonly rvCount: number;
  localVariables: Slot | undefined = undefined;
  arguments: Slot | undefined = undefined;
  tryStack: TryContext[] | undefined = undefined;

  private constructor(shared: SharedStates, rvCount: number, initialPosition: number) {
    if (rvCount < -1 || rvCount > 0xffff) throw new VMFault(`Out of range: ${rvCount}`);
    this.shared = shared;
    this.rvCount = rvCount;
    this.instructionPointer = initialPosition;
  }

  static create(
    script: Script,
    rvCount: number,
    rc: ReferenceCounter,
    initialPosition = 0,
  ): ExecutionContext {
    const shared: SharedStates = {
      script,
      evaluationStack: new EvaluationStack(rc),
      staticFields: undefined,
      states: new Map(),
    };
    return new ExecutionContext(shared, rvCount, initialPosition);
  }

  get script(): Script {
    return this.shared.script;
  }
  get evaluationStack(): EvaluationStack {
    return this.shared.evaluationStack;
  }
  get staticFields(): Slot | undefined {
    return this.shared.staticFields;
  }
  set staticFields(slot: Slot | undefined) {
    this.shared.staticFields = slot;
  }

  get instructionPointer(): number {
    return this.ip;
  }
  /** Sets the pointer; it may equal the script length (an implicit RET), no more. */
  set instructionPointer(value: number) {
    if (value < 0 || value > this.shared.script.length) {
      throw new VMFault(`Out of script bounds: ${value}/${this.shared.script.length}`);
    }
    this.ip = value;
  }

  /** The instruction at the pointer, or null at the end of the script. */
  get currentInstruction(): Instruction | null {
    return this.ip >= this.shared.script.length ? null : this.shared.script.getInstruction(this.ip);
  }

  /** The instruction after the current one, or null. */
  get nextInstruction(): Instruction | null {
    const current = this.currentInstruction;
    if (current === null) return null;
    const next = this.ip + current.size;
    return next >= this.shared.script.length ? null : this.shared.script.getInstruction(next);
  }

  /** A context on the same script, stack and static fields, at `initialPosition` (default: here). */
  clone(initialPosition = this.ip): ExecutionContext {
    return new ExecutionContext(this.shared, 0, initialPosition);
  }

  /** Host state attached to this context and its clones, created by `factory` on first use. */
  getState<T>(key: unknown, factory: () => T): T {
    if (!this.shared.states.has(key)) this.shared.states.set(key, factory());
    return this.shared.states.get(key) as T;
  }

  /** Advances past the current instruction; false at the end. */
  moveNext(): boolean {
    const current = this.currentInstruction;
    if (current === null) return false;
    this.instructionPointer = this.ip + current.size;
    return this.ip < this.shared.script.length;
  }
}

export { Instruction };
