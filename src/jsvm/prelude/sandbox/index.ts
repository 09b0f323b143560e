/**
 * Entry of the sandbox modules written as TypeScript: esbuild bundles it (prelude/bundle.ts)
 * into the prelude's closure, where the bindings below become the prelude's.
 */

export { Float64, Int64 } from './numeric.js';
export { ownValue, realm } from './realm.js';
