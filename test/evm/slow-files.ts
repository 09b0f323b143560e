/**
 * State-test files too slow for CI's time budget. They run with POLYVM_SLOW_TESTS=1.
 * Times measured on a 2-core machine (BigInt words; the precompiles are pure JavaScript).
 */
export const SLOW_FILES: Readonly<Record<string, string>> = {
  'VMTests/vmPerformance/loopExp.json': 'about 27 s: EXP over 256-bit exponents in a loop',
  'VMTests/vmPerformance/loopMul.json': 'about 5 min: 10 million iterations of a MUL loop',
  'stTimeConsuming/CALLBlake2f_MaxRounds.json': 'minutes: blake2f with 2^32-1 rounds',
  'stTimeConsuming/static_Call50000_sha256.json': 'minutes: 50,000 SHA-256 precompile calls',
  'stQuadraticComplexityTest/Call50000_sha256.json': 'minutes: 50,000 SHA-256 precompile calls',
  'stQuadraticComplexityTest/Call50000.json': 'about 18 s: 50,000 calls',
  'stStaticCall/static_Call50000_identity2.json': 'about 17 s: 50,000 identity precompile calls',
  'stStaticCall/static_Call50000_ecrec.json': 'about 10 s: 50,000 ecrecover calls',
  'stStaticCall/static_Call50000_rip160.json': 'about 9 s: 50,000 RIPEMD-160 calls',
};
