/**
 * Cancun state-test cases that are known to fail, each with its reason. The conformance
 * runner fails when a listed case passes (remove it) or an unlisted case fails.
 * Keys: `<folder>/<file>.json <test>[d<data>,g<gas>,v<value>]`.
 */
const GAS_ABOVE_2_53 =
  "transaction gas 0x7fe0000000000001 exceeds the interpreter's float64 gas (exact below 2^53): " +
  'the code forwards all its gas (GAS) through 1024 nested STATICCALLs and the innermost frame ' +
  'halts (CREATE in a static context), burning what it was given, an amount proportional to the ' +
  'whole gas; transaction.ts can hold back gas above 2^53 only where execution does not see it';

export const KNOWN_FAILURES: Readonly<Record<string, string>> = {
  'stStaticCall/static_LoopCallsDepthThenRevert2.json static_LoopCallsDepthThenRevert2[d0,g0,v0]':
    GAS_ABOVE_2_53,
  'stStaticCall/static_LoopCallsDepthThenRevert3.json static_LoopCallsDepthThenRevert3[d0,g0,v0]':
    GAS_ABOVE_2_53,
};
