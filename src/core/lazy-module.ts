/**
 * Packages loaded on first use instead of at import, so that a process start pays only for
 * what it runs (the KZG trusted setup is 800 KB of source). Synchronous: Node.js 20.19 and
 * later load ES modules through `require`.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A function returning the package `specifier`, loaded on its first call. */
export function lazyModule<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(specifier) as T;
    return loaded;
  };
}
