/**
 * Running a script to completion (neo `ApplicationEngine.Run`): an engine over the store,
 * executed, its writes kept on HALT and dropped on FAULT (or always dropped in test mode),
 * and the outcome as a value: state, GAS consumed, the fault message, the result stack,
 * notifications and logs.
 */
import type { StackItem } from '../../neovm/index.js';
import { ApplicationEngine, type LogEntry, type Notification } from '../engine/application-engine.js';
import type { ScriptContainer } from '../engine/container.js';
import { TriggerType } from '../engine/trigger.js';
import type { Block } from '../payloads/block.js';
import type { ProtocolSettings } from '../settings.js';
import type { NeoStore } from '../storage/store.js';

export interface ExecutionResult {
  readonly state: 'HALT' | 'FAULT';
  /** Datoshi, rounded up from picoGAS. */
  readonly gasConsumed: bigint;
  readonly exception: string | null;
  /** The result stack, bottom first (the order of neo's RPC `stack`). */
  readonly stack: readonly StackItem[];
  readonly notifications: readonly Notification[];
  readonly logs: readonly LogEntry[];
  readonly script: Uint8Array;
}

export interface RunOptions {
  readonly store: NeoStore;
  readonly settings: ProtocolSettings;
  readonly script: Uint8Array;
  readonly container: ScriptContainer | null;
  readonly persistingBlock: Block | null;
  /** Datoshi the execution may spend. */
  readonly gas: bigint;
  readonly trigger?: number;
  /** Keep the writes of a HALTed execution (default true); false runs in test mode. */
  readonly commit?: boolean;
}

function faultMessage(error: unknown): string {
  let e = error;
  while (
    e instanceof Error &&
    e.cause instanceof Error &&
    e.message === 'Exception has been thrown by the target of an invocation.'
  ) {
    e = e.cause;
  }
  return e instanceof Error ? e.message : String(e);
}

export function resultOf(engine: ApplicationEngine, script: Uint8Array): ExecutionResult {
  const halted = engine.state === 'HALT';
  return {
    state: halted ? 'HALT' : 'FAULT',
    gasConsumed: engine.feeConsumed,
    exception: halted ? null : faultMessage(engine.faultException),
    stack: [...engine.resultStack.items],
    notifications: [...engine.notifications],
    logs: [...engine.logs],
    script,
  };
}

export function runScript(opts: RunOptions): ExecutionResult {
  const engine = new ApplicationEngine({
    trigger: opts.trigger ?? TriggerType.Application,
    container: opts.container,
    store: opts.store,
    persistingBlock: opts.persistingBlock,
    settings: opts.settings,
    gas: opts.gas,
  });
  try {
    engine.loadScript(opts.script);
    engine.execute();
  } catch (error) {
    engine.discard();
    throw error;
  }
  const result = resultOf(engine, opts.script);
  if (result.state === 'HALT' && opts.commit !== false) engine.commit();
  else engine.discard();
  return result;
}
