/**
 * A debugger over an engine (neo-vm `src/Neo.VM/Debugger.cs`): step into, over and out,
 * and run until a breakpoint at (script, position), which leaves the engine in BREAK.
 */
import { InvalidArgumentError } from '../core/errors.js';
import { ExecutionEngine } from './engine.js';
import type { Script } from './script.js';
import { VMState } from './vm-state.js';

export class Debugger {
  private readonly breakPoints = new Map<Script, Set<number>>();

  constructor(readonly engine: ExecutionEngine) {
    if (!(engine instanceof ExecutionEngine))
      throw new InvalidArgumentError('Debugger: expected an ExecutionEngine');
  }

  addBreakPoint(script: Script, position: number): void {
    let set = this.breakPoints.get(script);
    if (set === undefined) this.breakPoints.set(script, (set = new Set()));
    set.add(position);
  }

  removeBreakPoint(script: Script, position: number): boolean {
    const set = this.breakPoints.get(script);
    if (set === undefined || !set.delete(position)) return false;
    if (set.size === 0) this.breakPoints.delete(script);
    return true;
  }

  /** Runs until HALT, FAULT or a breakpoint. */
  execute(): VMState {
    const engine = this.engine;
    if (engine.state === VMState.BREAK) engine.state = VMState.NONE;
    while (engine.state === VMState.NONE) this.executeAndCheckBreakPoints();
    return engine.state;
  }

  /** Runs one instruction. */
  stepInto(): VMState {
    const engine = this.engine;
    if (engine.state === VMState.HALT || engine.state === VMState.FAULT) return engine.state;
    engine.executeNext();
    if (engine.state === VMState.NONE) engine.state = VMState.BREAK;
    return engine.state;
  }

  /** Runs until the current context returns. */
  stepOut(): VMState {
    const engine = this.engine;
    if (engine.state === VMState.BREAK) engine.state = VMState.NONE;
    const depth = engine.invocationStack.length;
    while (engine.state === VMState.NONE && engine.invocationStack.length >= depth) {
      this.executeAndCheckBreakPoints();
    }
    if (engine.state === VMState.NONE) engine.state = VMState.BREAK;
    return engine.state;
  }

  /** Runs one instruction, and the whole call if it is one. */
  stepOver(): VMState {
    const engine = this.engine;
    if (engine.state === VMState.HALT || engine.state === VMState.FAULT) return engine.state;
    engine.state = VMState.NONE;
    const depth = engine.invocationStack.length;
    do {
      this.executeAndCheckBreakPoints();
    } while (engine.state === VMState.NONE && engine.invocationStack.length > depth);
    if (engine.state === VMState.NONE) engine.state = VMState.BREAK;
    return engine.state;
  }

  private executeAndCheckBreakPoints(): void {
    const engine = this.engine;
    engine.executeNext();
    if (engine.state === VMState.NONE && engine.invocationStack.length > 0 && this.breakPoints.size > 0) {
      const context = engine.currentContext!;
      if (this.breakPoints.get(context.script)?.has(context.instructionPointer)) engine.state = VMState.BREAK;
    }
  }
}
