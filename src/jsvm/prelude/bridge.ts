/** Name of the global the host sets to the bridge callback before booting a context (prelude/runtime.ts `boot`). */
export const BRIDGE_GLOBAL = '__pvm_h';
