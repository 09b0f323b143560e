/**
 * The script every sandbox context runs once before any contract. Its top level declares the
 * metering counters and helpers as script-level bindings (`let`/`const`, visible to contract
 * scripts of the context by name only, and every `_IOST` name is refused at deploy); all else
 * lives in one closure: the captured built-ins, BigNumber, Int64, Float64, the metered
 * built-ins and JSON, the host API and the frame runner, then lockdown. The script's
 * completion value is the frozen `{run, install}` pair the host keeps references to; the
 * bridge `__pvm_h` is removed from the global object before any contract code exists.
 */
import { ALL_NAMES, COUNTERS, FAILURES } from '../meter-names.js';
import { API_JS } from './api.js';
import { BIGNUMBER_JS } from './bignumber.js';
import { BUILTINS_JS } from './builtins.js';
import { SANDBOX_GLOBAL, sandboxBundle } from './bundle.js';
import { JSON_JS } from './json.js';
import { METER_JS } from './meter.js';
import { RUNTIME_JS } from './runtime.js';

/** Name of the global the host sets to the bridge callback before running the prelude. */
export const BRIDGE_GLOBAL = '__pvm_h';

const counters: readonly string[] = Object.values(COUNTERS);
const internal: Record<string, string> = { [FAILURES.outOfGas]: 'outOfGas', [FAILURES.tooDeep]: 'tooDeep' };
const helpers = ALL_NAMES.filter((n) => !counters.includes(n));

let prelude: string | undefined;

/** The prelude's text, made once per thread (the TypeScript modules are bundled then). */
export function preludeJs(): string {
  prelude ??= `'use strict';
let ${COUNTERS.gas} = 0, ${COUNTERS.limit} = 0, ${COUNTERS.depth} = 0;
const _IOSTrt = (function (global, H) {
'use strict';
delete global.${BRIDGE_GLOBAL};
${METER_JS}
${BIGNUMBER_JS}
${sandboxBundle()}
const { realm, ownValue, Int64, Float64 } = ${SANDBOX_GLOBAL};
${BUILTINS_JS}
${JSON_JS}
${API_JS}
${RUNTIME_JS}
return objectFreeze({ api: objectFreeze({ run, install }), h: objectFreeze({ ${helpers.map((n) => `${n}: ${internal[n] ?? n}`).join(', ')} }) });
})(globalThis, globalThis.${BRIDGE_GLOBAL});
${helpers.map((n) => `const ${n} = _IOSTrt.h.${n};`).join('\n')}
_IOSTrt.api;
`;
  return prelude;
}

/** Wraps instrumented contract source into the factory the runner calls once per frame. */
export function wrapContract(instrumented: string): string {
  return `(function (module, exports, require) {'use strict';\n${instrumented}\n})`;
}
