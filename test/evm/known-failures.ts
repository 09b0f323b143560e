/**
 * Cancun state-test cases that are known to fail, each with its reason. The conformance
 * runner fails when a listed case passes (remove it) or an unlisted case fails.
 * Keys: `<folder>/<file>.json <test>[d<data>,g<gas>,v<value>]`.
 */
export const KNOWN_FAILURES: Readonly<Record<string, string>> = {};
