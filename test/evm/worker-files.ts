/**
 * Files with transactions that run for tens of seconds each. The suite runs them in a worker
 * thread (fixture-worker.ts): vitest's worker must answer its RPC calls within 60 s,
 * which it cannot do during a long synchronous run on a busy machine.
 */
export const WORKER_FILES: ReadonlySet<string> = new Set([
  'stTimeConsuming/CALLBlake2f_MaxRounds.json', // one case, about 40 s
  'VMTests/vmPerformance/loopMul.json', // three cases, about 25 s together
]);
