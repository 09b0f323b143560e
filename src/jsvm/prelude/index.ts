/**
 * The script every sandbox context runs once before any contract. Its top level declares the
 * metering counters and helpers as script-level bindings (`let`/`const`, visible to contract
 * scripts of the context by name only, and every `_IOST` name is refused at deploy); all else
 * lives in one closure: the captured built-ins, BigNumber, Int64, Float64, the metered
 * built-ins and JSON, the host API and the frame runner, then lockdown. It takes nothing from
 * the host, so that a V8 snapshot of a context that ran it can stand for running it
 * (sandbox-snapshot.ts): `BOOT_JS`, run next in each context, hands `_IOSTrt.boot` the bridge
 * `__pvm_h` (removed from the global object before any contract code exists), seals the
 * context and completes with the frozen `{run, install}` pair the host keeps references to.
 */
import { ALL_NAMES, COUNTERS, FAILURES } from '../meter-names.js';
import { API_JS } from './api.js';
import { BIGNUMBER_JS } from './bignumber.js';
import { BRIDGE_GLOBAL } from './bridge.js';
import { BUILTINS_JS } from './builtins.js';
import { SANDBOX_GLOBAL, sandboxBundle } from './bundle.js';
import { JSON_JS } from './json.js';
import { METER_JS } from './meter.js';
import { RUNTIME_JS } from './runtime.js';

export { BRIDGE_GLOBAL };

/** The script the host runs in each context after the prelude (or its snapshot): binds the bridge, seals the context. */
export const BOOT_JS = `_IOSTrt.boot(globalThis.${BRIDGE_GLOBAL});`;

const counters: readonly string[] = Object.values(COUNTERS);
const internal: Record<string, string> = { [FAILURES.outOfGas]: 'outOfGas', [FAILURES.tooDeep]: 'tooDeep' };
const helpers = ALL_NAMES.filter((n) => !counters.includes(n));

let prelude: string | undefined;

/** The prelude's text, made once per thread (the TypeScript modules are bundled then). */
export function preludeJs(): string {
  prelude ??= `'use strict';
let ${COUNTERS.gas} = 0, ${COUNTERS.limit} = 0, ${COUNTERS.depth} = 0;
const _IOSTrt = (function (global) {
'use strict';
let H = null;
${METER_JS}
${BIGNUMBER_JS}
${sandboxBundle()}
const { realm, ownValue, Int64, Float64 } = ${SANDBOX_GLOBAL};
${BUILTINS_JS}
${JSON_JS}
${API_JS}
${RUNTIME_JS}
return objectFreeze({ boot, h: objectFreeze({ ${helpers.map((n) => `${n}: ${internal[n] ?? n}`).join(', ')} }) });
})(globalThis);
${helpers.map((n) => `const ${n} = _IOSTrt.h.${n};`).join('\n')}
`;
  return prelude;
}

/** Wraps instrumented contract source into the factory the runner calls once per frame. */
export function wrapContract(instrumented: string): string {
  return `(function (module, exports, require) {'use strict';\n${instrumented}\n})`;
}
