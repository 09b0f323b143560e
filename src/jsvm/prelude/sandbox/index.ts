/**
 * Entry of the sandbox modules written as TypeScript: esbuild bundles it (prelude/bundle.ts)
 * into the prelude's closure, where the bindings below become the prelude's.
 */
export { ownValue, realm } from './realm.js';
