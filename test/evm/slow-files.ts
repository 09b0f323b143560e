/**
 * State-test files too slow for CI's time budget. They run with POLYVM_SLOW_TESTS=1.
 *
 * None at the moment. The nine files once listed here now run in `npm test` (2-core machine,
 * 2026-11-21): stTimeConsuming/CALLBlake2f_MaxRounds (2^32 - 1 BLAKE2 rounds, WebAssembly)
 * about 40 s; VMTests/vmPerformance/loopMul about 30 s and loopExp about 15 s;
 * stTimeConsuming/static_Call50000_sha256 about 15 s (native SHA-256); the other 50,000-call
 * files (Call50000, Call50000_sha256, static_Call50000_identity2/_ecrec/_rip160) 1-3 s each.
 */
export const SLOW_FILES: Readonly<Record<string, string>> = {};

/**
 * Files with transactions that run for tens of seconds each. The suite runs them in a worker
 * thread (state-file-worker.ts): vitest's worker must answer its RPC calls within 60 s,
 * which it cannot do during a long synchronous run on a busy machine.
 */
export const WORKER_FILES: ReadonlySet<string> = new Set([
  'stTimeConsuming/CALLBlake2f_MaxRounds.json', // one case, about 40 s
  'VMTests/vmPerformance/loopMul.json', // three cases, about 25 s together
]);
