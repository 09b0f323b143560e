/**
 * Ommers (uncles) before the merge (Yellow Paper 11.1, geth `ethash.VerifyUncles` and
 * `accumulateRewards`): at most two, each a valid header over an ancestor within six
 * generations, neither an ancestor itself nor already included; the miner earns 1/32 of
 * the block reward per ommer and each ommer's miner (8 - depth)/8 of it.
 */
import type { JournaledCache } from '../../state/index.js';
import { forkAt, rulesFor } from '../chain-config.js';
import type { ForkRules } from '../fork-rules.js';
import { WorldState } from '../world-state.js';
import type { Block } from './body.js';
import { InvalidBlockError } from './errors.js';
import type { ChainContext } from './execute.js';
import { type BlockHeader, headerHash } from './header.js';
import { validateHeader } from './validate.js';

const MAX_OMMERS = 2;
const key = (h: Uint8Array) => Buffer.from(h).toString('hex');
const fail = (reason: string, message: string): never => {
  throw new InvalidBlockError(reason, message);
};

/** An ommer is checked against its own parent as a header (geth's verifyHeader, uncle=true). */
function validateOmmerHeader(o: BlockHeader, parent: BlockHeader, chain: ChainContext): void {
  const rules = rulesFor(chain.config, forkAt(chain.config, o.number, o.timestamp, false));
  const parentRules = rulesFor(chain.config, forkAt(chain.config, parent.number, parent.timestamp, false));
  try {
    validateHeader(o, parent, rules, parentRules, false);
  } catch (e) {
    if (e instanceof InvalidBlockError) fail('UNCLE_PARENT_INCORRECT', `invalid ommer: ${e.shortMessage}`);
    throw e;
  }
}

export function validateOmmers(block: Block, chain: ChainContext): void {
  if (block.ommers.length > MAX_OMMERS) fail('TOO_MANY_UNCLES', `too many uncles (${block.ommers.length})`);
  if (block.ommers.length === 0) return;
  const ancestors = new Map<string, BlockHeader>();
  const seen = new Set<string>();
  for (const a of chain.ancestors?.() ?? []) {
    ancestors.set(key(a.hash), a.header);
    for (const o of a.ommers) seen.add(key(headerHash(o)));
  }
  const self = key(headerHash(block.header));
  ancestors.set(self, block.header);
  seen.add(self);
  for (const o of block.ommers) {
    const hash = key(headerHash(o));
    if (seen.has(hash)) fail('DUPLICATE_UNCLE', 'duplicate uncle');
    seen.add(hash);
    if (ancestors.has(hash)) fail('UNCLE_IS_ANCESTOR', 'uncle is ancestor');
    const parent = ancestors.get(key(o.parentHash));
    if (!parent || key(o.parentHash) === key(block.header.parentHash))
      fail('UNCLE_PARENT_INCORRECT', "uncle's parent is not ancestor");
    validateOmmerHeader(o, parent!, chain);
  }
}

export function applyOmmerRewards(cache: JournaledCache, block: Block, rules: ForkRules): void {
  const world = new WorldState(cache);
  const base = rules.blockReward;
  let reward = base;
  for (const o of block.ommers) {
    const a = world.get(o.coinbase);
    world.setBalance(a, a.balance + ((o.number + 8n - block.header.number) * base) / 8n);
    world.touch(a);
    reward += base / 32n;
  }
  const miner = world.get(block.header.coinbase);
  world.setBalance(miner, miner.balance + reward);
  world.touch(miner);
  cache.checkpoint();
  world.writeBack(rules.emptyIsDead);
  cache.commit();
}
