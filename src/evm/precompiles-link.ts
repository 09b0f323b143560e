/**
 * The precompiled contracts (src/evm/precompiles) as the interpreter wants them: keyed by
 * address as a BigInt, built once per fork.
 */
import type { ForkName } from './fork-names.js';
import { type Precompile, precompilesFor } from './precompiles/index.js';

export type { Precompile };

const cache = new Map<ForkName, ReadonlyMap<bigint, Precompile>>();

export function precompileMap(fork: ForkName): ReadonlyMap<bigint, Precompile> {
  let m = cache.get(fork);
  if (!m) {
    m = new Map([...precompilesFor(fork)].map(([addr, p]) => [BigInt(`0x${addr}`), p]));
    cache.set(fork, m);
  }
  return m;
}
