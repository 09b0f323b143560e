/** debug_ tracing methods (geth `eth/tracers/api.go`); see tracers.ts. */
import type { Methods } from './types.js';

export const debugMethods: Methods = {};
