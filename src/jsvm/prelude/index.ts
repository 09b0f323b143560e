/**
 * The script every sandbox context runs once before any contract: BigNumber, Int64,
 * Float64, the host API and the frame runner, then lockdown. Its completion value is the
 * frozen `{run, install}` pair the host keeps references to; the bridge `__pvm_h` is removed
 * from the global object before any contract code exists.
 */
import { API_JS } from './api.js';
import { BIGNUMBER_JS } from './bignumber.js';
import { NUMERIC_JS } from './numeric.js';
import { RUNTIME_JS } from './runtime.js';

/** Name of the global the host sets to the bridge callback before running the prelude. */
export const BRIDGE_GLOBAL = '__pvm_h';

export const PRELUDE_JS = `(function (global, H) {
'use strict';
delete global.${BRIDGE_GLOBAL};
${BIGNUMBER_JS}
${NUMERIC_JS}
${API_JS}
${RUNTIME_JS}
return Object.freeze({ run, install });
})(globalThis, globalThis.${BRIDGE_GLOBAL});
`;

/** Wraps instrumented contract source into the factory the runner calls once per frame. */
export function wrapContract(instrumented: string): string {
  return `(function (__pvm_m, __pvm_oog, __pvm_deep, module, exports, require) {'use strict';\n${instrumented}\n})`;
}
