/**
 * Ethash difficulty (Yellow Paper 4.3.4): Frontier's 13-second rule, EIP-2's Homestead
 * adjustment, EIP-100's uncle-aware one from Byzantium, and the difficulty bomb pushed
 * back by the fork's `bombDelay` (EIP-649, 1234, 2384, 3554, 4345, 5133).
 */
import type { ForkRules } from '../fork-rules.js';
import { EMPTY_OMMERS_HASH } from './header.js';

const MIN_DIFFICULTY = 131072n;
const BOUND_DIVISOR = 2048n;
const PERIOD = 100000n;

export interface DifficultyParent {
  number: bigint;
  timestamp: bigint;
  difficulty: bigint;
  ommersHash: Uint8Array;
}

function bomb(blockNumber: bigint): bigint {
  const periods = blockNumber / PERIOD;
  return periods > 1n ? 2n ** (periods - 2n) : 0n;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The difficulty of a block at `timestamp` over `parent`, under the block's rules. */
export function calcDifficulty(rules: ForkRules, timestamp: bigint, parent: DifficultyParent): bigint {
  const adjust = parent.difficulty / BOUND_DIVISOR;
  const elapsed = timestamp - parent.timestamp;
  let d: bigint;
  if (rules.difficulty === 'frontier') {
    d = elapsed < 13n ? parent.difficulty + adjust : parent.difficulty - adjust;
  } else {
    let x =
      rules.difficulty === 'homestead'
        ? 1n - elapsed / 10n
        : (sameBytes(parent.ommersHash, EMPTY_OMMERS_HASH) ? 1n : 2n) - elapsed / 9n;
    if (x < -99n) x = -99n;
    d = parent.difficulty + adjust * x;
  }
  if (d < MIN_DIFFICULTY) d = MIN_DIFFICULTY;
  const delayed =
    rules.bombDelay === 0n
      ? parent.number + 1n
      : parent.number >= rules.bombDelay - 1n
        ? parent.number - (rules.bombDelay - 1n)
        : 0n;
  d += bomb(delayed);
  return d < MIN_DIFFICULTY ? MIN_DIFFICULTY : d;
}
