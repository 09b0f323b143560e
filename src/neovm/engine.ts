/**
 * The NeoVM execution engine (neo-vm `src/Neo.VM/ExecutionEngine.cs`, plus the control
 * helpers of `JumpTable.Control.cs` that hosts need: throw, jump, call). A synchronous loop
 * runs the current context's instruction through the jump table; any error a handler
 * raises becomes the FAULT state. Hosts plug in through `EngineHooks` and `loadScript`.
 */
import { assertEngineOptions, assertLoadScript } from './boundary.js';
import { EvaluationStack } from './evaluation-stack.js';
import { ExecutionContext, TryState } from './execution-context.js';
import { VMFault } from './fault.js';
import { Instruction } from './instruction.js';
import { createJumpTable, type JumpTable } from './jump-table/index.js';
import { DEFAULT_LIMITS, type ExecutionEngineLimits } from './limits.js';
import { ReferenceCounter } from './reference-counter.js';
import { Script } from './script.js';
import { ArrayItem } from './types/array.js';
import { ByteStringItem } from './types/byte-string.js';
import type { StackItem } from './types/stack-item.js';
import { VMState } from './vm-state.js';

export { VMState };

/** Where a host (the Neo application engine, a tracer, a fee meter) joins the loop. */
export interface EngineHooks {
  /** Before each instruction; throwing faults the engine (e.g. out of gas). */
  preExecuteInstruction?(engine: ExecutionEngine, instruction: Instruction): void;
  /** After each instruction, even a failing one; `instruction` is null for an implicit RET. */
  postExecuteInstruction?(engine: ExecutionEngine, instruction: Instruction | null): void;
  /** SYSCALL with this method id; without it, SYSCALL faults. */
  syscall?(engine: ExecutionEngine, method: number, instruction: Instruction): void;
  /** When the engine faults, with the error that caused it. */
  onFault?(engine: ExecutionEngine, error: unknown): void;
  onStateChanged?(engine: ExecutionEngine, state: VMState): void;
  onContextUnloaded?(engine: ExecutionEngine, context: ExecutionContext): void;
}

export interface EngineOptions {
  limits?: ExecutionEngineLimits;
  jumpTable?: JumpTable;
  hooks?: EngineHooks;
}

/** The exception a script threw and nothing caught. */
export class VMUnhandledException extends VMFault {
  override name = 'VMUnhandledException';
  constructor(readonly exception: StackItem) {
    super(unhandledMessage(exception));
  }
}

function unhandledMessage(e: StackItem): string {
  let s: StackItem | undefined = e instanceof ByteStringItem ? e : undefined;
  if (s === undefined && e instanceof ArrayItem && e.count > 0 && e.items[0] instanceof ByteStringItem) {
    s = e.items[0];
  }
  const base = 'An unhandled exception was thrown.';
  return s ? `${base} ${new TextDecoder().decode((s as ByteStringItem).bytes)}` : base;
}

const DEFAULT_TABLE = createJumpTable();

export class ExecutionEngine {
  private stateValue: VMState = VMState.BREAK;
  /** Set by handlers that moved the instruction pointer themselves. */
  isJumping = false;
  readonly limits: ExecutionEngineLimits;
  readonly jumpTable: JumpTable;
  readonly hooks: EngineHooks;
  readonly referenceCounter: ReferenceCounter;
  /** Bottom first; the current context is the last element. */
  readonly invocationStack: ExecutionContext[] = [];
  currentContext: ExecutionContext | null = null;
  entryContext: ExecutionContext | null = null;
  readonly resultStack: EvaluationStack;
  uncaughtException: StackItem | null = null;
  /** The error that faulted the engine. */
  faultException: unknown = null;

  constructor(options: EngineOptions = {}) {
    assertEngineOptions(options);
    this.limits = options.limits ?? DEFAULT_LIMITS;
    this.jumpTable = options.jumpTable ?? DEFAULT_TABLE;
    this.hooks = options.hooks ?? {};
    this.referenceCounter = new ReferenceCounter(this.limits);
    this.resultStack = new EvaluationStack(this.referenceCounter);
  }

  get state(): VMState {
    return this.stateValue;
  }
  set state(value: VMState) {
    if (this.stateValue !== value) {
      this.stateValue = value;
      this.hooks.onStateChanged?.(this, value);
    }
  }

  /** The fault's message, or null. */
  get faultMessage(): string | null {
    if (this.stateValue !== VMState.FAULT) return null;
    const e = this.faultException;
    return e instanceof Error ? e.message : String(e);
  }

  /** Runs until HALT or FAULT. */
  execute(): VMState {
    if (this.stateValue === VMState.BREAK) this.state = VMState.NONE;
    while (this.stateValue !== VMState.HALT && this.stateValue !== VMState.FAULT) this.executeNext();
    return this.stateValue;
  }

  /** Runs one instruction (HALT when no context is left). */
  executeNext(): void {
    if (this.invocationStack.length === 0) {
      this.state = VMState.HALT;
      return;
    }
    try {
      const context = this.currentContext!;
      const current = context.currentInstruction;
      const instruction = current ?? Instruction.RET;
      this.hooks.preExecuteInstruction?.(this, instruction);
      try {
        this.jumpTable[instruction.opcode]!(this, instruction);
      } finally {
        this.hooks.postExecuteInstruction?.(this, current);
        this.referenceCounter.postExecuteInstruction();
      }
      if (!this.isJumping && current !== null) context.instructionPointer += instruction.size;
      this.isJumping = false;
    } catch (error) {
      this.faultException = error;
      this.state = VMState.FAULT;
      this.hooks.onFault?.(this, error);
    }
  }

  /** Pushes a context on the invocation stack; it becomes the current one. */
  loadContext(context: ExecutionContext): void {
    if (this.invocationStack.length >= this.limits.maxInvocationStackSize) {
      throw new VMFault(`MaxInvocationStackSize exceed: ${this.invocationStack.length}`);
    }
    this.invocationStack.push(context);
    this.entryContext ??= context;
    this.currentContext = context;
  }

  /** Loads a script (bytes or a Script) as a new context; `rvCount` -1 returns every item. */
  loadScript(script: Script | Uint8Array, rvCount = -1, initialPosition = 0): ExecutionContext {
    const s = script instanceof Script ? script : new Script(script);
    assertLoadScript(s.length, rvCount, initialPosition);
    const context = ExecutionContext.create(s, rvCount, this.referenceCounter, initialPosition);
    this.loadContext(context);
    return context;
  }

  /** Bookkeeping after a context left the invocation stack. */
  contextUnloaded(context: ExecutionContext): void {
    const stack = this.invocationStack;
    if (stack.length === 0) {
      this.currentContext = null;
      this.entryContext = null;
    } else {
      this.currentContext = stack[stack.length - 1]!;
    }
    if (context.staticFields !== undefined && context.staticFields !== this.currentContext?.staticFields) {
      context.staticFields.clearReferences();
    }
    context.localVariables?.clearReferences();
    context.arguments?.clearReferences();
    this.hooks.onContextUnloaded?.(this, context);
  }

  peek(index = 0): StackItem {
    return this.currentContext!.evaluationStack.peek(index);
  }
  pop(): StackItem {
    return this.currentContext!.evaluationStack.pop();
  }
  push(item: StackItem): void {
    this.currentContext!.evaluationStack.push(item);
  }

  /** Moves the current context's pointer to `position`, which must lie inside the script. */
  executeJump(position: number): void {
    const context = this.currentContext!;
    if (position < 0 || position >= context.script.length) {
      throw new VMFault(`Jump out of range for position: ${position}`);
    }
    context.instructionPointer = position;
    this.isJumping = true;
  }

  /** Calls `position` in the current script: a clone of the current context. */
  executeCall(position: number): void {
    this.loadContext(this.currentContext!.clone(position));
  }

  /**
   * Throws `ex` as a script exception: unwinds to the nearest TRY with a catch or finally
   * block, or faults with VMUnhandledException when there is none.
   */
  executeThrow(ex: StackItem): void {
    this.uncaughtException = ex;
    const stack = this.invocationStack;
    let pop = 0;
    for (let i = stack.length - 1; i >= 0; i--) {
      const context = stack[i]!;
      const tryStack = context.tryStack;
      if (tryStack !== undefined) {
        while (tryStack.length > 0) {
          const t = tryStack[tryStack.length - 1]!;
          if (t.state === TryState.Finally || (t.state === TryState.Catch && t.finallyPointer < 0)) {
            tryStack.pop();
            continue;
          }
          for (let k = 0; k < pop; k++) this.contextUnloaded(stack.pop()!);
          if (t.state === TryState.Try && t.catchPointer >= 0) {
            t.state = TryState.Catch;
            this.push(this.uncaughtException!);
            context.instructionPointer = t.catchPointer;
            this.uncaughtException = null;
          } else {
            t.state = TryState.Finally;
            context.instructionPointer = t.finallyPointer;
          }
          this.isJumping = true;
          return;
        }
      }
      pop++;
    }
    throw new VMUnhandledException(this.uncaughtException!);
  }
}
