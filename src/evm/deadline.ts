/**
 * A wall-clock bound on EVM execution, for RPC calls only (geth: `eth_call` and
 * `eth_simulateV1` under `--rpc.evmtimeout`, tracers under TraceConfig.timeout). geth's
 * `evm.Cancel()` makes every later JUMP and JUMPI stop its frame (core/vm/instructions.go,
 * `errStopToken`), so the run unwinds at the next jump of each frame and the caller throws
 * its result away. Here the interpreter's jumps count down `jumpClock.left` and look at the
 * clock when it reaches zero, so an unbounded run costs one decrement per jump.
 *
 * Transactions that are mined or imported never run under a deadline: their result must
 * not depend on the machine's speed.
 */
import { InvalidArgumentError } from '../core/errors.js';

/** Jumps between two looks at the clock. */
const JUMPS_PER_CHECK = 4096;

/** Decremented by every JUMP and JUMPI; `deadlinePassed()` when it reaches zero. */
export const jumpClock = { left: JUMPS_PER_CHECK };

let deadline = Number.POSITIVE_INFINITY;
let expired = false;

/** Whether the current deadline has passed; once it has, every later jump stops. */
export function deadlinePassed(): boolean {
  if (!expired && performance.now() >= deadline) expired = true;
  jumpClock.left = expired ? 0 : JUMPS_PER_CHECK;
  return expired;
}

export interface Bounded<T> {
  value: T;
  /** The deadline passed during `fn`: its value is a run cut short, to be discarded. */
  timedOut: boolean;
}

/**
 * Runs `fn` (synchronous EVM work) with a deadline `ms` milliseconds from now (Infinity:
 * none; 0 or less: already passed). A bound inside another keeps the earlier deadline.
 * `timedOut` when the deadline passed before `fn` returned, as geth's `evm.Cancelled()`.
 */
export function withDeadline<T>(ms: number, fn: () => T): Bounded<T> {
  if (Number.isNaN(ms)) throw new InvalidArgumentError('withDeadline: ms must be a number');
  const outer = { deadline, expired };
  deadline = Math.min(deadline, performance.now() + ms);
  expired = outer.expired || ms <= 0;
  jumpClock.left = expired ? 0 : JUMPS_PER_CHECK;
  try {
    const value = fn();
    return { value, timedOut: expired || performance.now() >= deadline };
  } finally {
    deadline = outer.deadline;
    expired = outer.expired;
    jumpClock.left = expired ? 0 : JUMPS_PER_CHECK;
  }
}

/** A duration as Go's time.Duration prints it ("5s", "500ms", "1m30s"), as geth's messages. */
export function goDuration(ms: number): string {
  if (ms === 0) return '0s';
  if (ms < 1) return `${trim(ms * 1000)}µs`;
  if (ms < 1000) return `${trim(ms)}ms`;
  let s = ms / 1000;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${trim(s)}s`;
}

const trim = (x: number) => String(Number(x.toFixed(9)));

const UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Go's time.ParseDuration ("5s", "1.5m", "1h2m3.5s", "-1s"), in milliseconds; undefined if invalid. */
export function parseGoDuration(text: string): number | undefined {
  const m = /^([-+]?)((?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+|0)$/.exec(text);
  if (!m) return undefined;
  let ms = 0;
  for (const [, n, unit] of m[2]!.matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g))
    ms += Number(n) * UNITS[unit!]!;
  return m[1] === '-' ? -ms : ms;
}
