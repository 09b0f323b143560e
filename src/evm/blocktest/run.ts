/**
 * Running blockchain tests as geth's `evm blocktest` does (tests/block_test_util.go), in the
 * ethereum/tests and execution-spec-tests format: the genesis state from `pre` must give
 * the genesis header's state root and `genesisRLP` the genesis hash; each block is
 * imported from its RLP (a block listed with `expectException`, or without `blockHeader`,
 * must be rejected and leaves the chain as it was); the head must end as `lastblockhash`
 * and the state equal `postState` (or `postStateHash`). The network is a fork or a
 * transition (`CancunToPragueAtTime15k`); blob parameters come from `config.blobSchedule`.
 */
import { bytesToPrefixedHex, hexToBytes } from '../../core/bytes.js';
import { InvalidInputFileError, PolyvmError } from '../../core/errors.js';
import { JournaledCache, type MemoryStore } from '../../state/index.js';
import { allocStore, parseAlloc } from '../alloc.js';
import { type Block, decodeBlock } from '../block/body.js';
import { InvalidBlockError } from '../block/errors.js';
import { type ChainContext, executeBlock } from '../block/execute.js';
import { headerHash } from '../block/header.js';
import {
  type ChainConfig,
  networkConfig,
  parseBlobSchedule,
  terminalTotalDifficulty,
} from '../chain-config.js';
import { Fields, type Obj, parseJson } from '../json-fields.js';
import { computeStateRoot, StateRootMemo } from '../state-root.js';
import { postStateDiff } from '../statetest/post-state.js';
import type { Tracer } from '../tracer.js';

export interface BlockTestResult {
  name: string;
  pass: boolean;
  /** The network the test runs (a fork or a transition). */
  fork: string;
  error?: string;
  /** Gas used by the blocks that imported (for throughput figures). */
  gasUsed?: bigint;
}

export interface BlockTestOptions {
  /** Only tests of this network (geth `--fork`). */
  network?: string;
  tracer?: Tracer;
}

interface ChainBlock {
  block: Block;
  hash: string;
  parent?: ChainBlock;
  totalDifficulty: bigint;
  merged: boolean;
}

const key = (b: Uint8Array) => Buffer.from(b).toString('hex');

class TestChain {
  readonly blocks = new Map<string, ChainBlock>();
  head: ChainBlock;
  private headState: JournaledCache;
  gasUsed = 0n;
  readonly memo = new StateRootMemo();

  constructor(
    readonly config: ChainConfig,
    readonly store: MemoryStore,
    genesis: Block,
    private readonly tracer?: Tracer,
  ) {
    const ttd = terminalTotalDifficulty(config);
    this.head = {
      block: genesis,
      hash: key(headerHash(genesis.header)),
      totalDifficulty: genesis.header.difficulty,
      merged: ttd === 0n,
    };
    this.blocks.set(this.head.hash, this.head);
    this.headState = new JournaledCache(store);
  }

  get state(): JournaledCache {
    return this.headState;
  }

  private context(parent: ChainBlock): ChainContext {
    const ttd = terminalTotalDifficulty(this.config);
    return {
      config: this.config,
      parent: parent.block.header,
      parentMerged: parent.merged,
      merged: ttd !== undefined && parent.totalDifficulty >= ttd,
      blockHash: (n) => {
        for (let b: ChainBlock | undefined = parent; b; b = b.parent)
          if (b.block.header.number === n) return BigInt(`0x${b.hash}`);
        return 0n;
      },
      ancestors: () => {
        const out = [];
        for (let b: ChainBlock | undefined = parent, i = 0; b && i < 7; b = b.parent, i++)
          out.push({ header: b.block.header, hash: hexToBytes(b.hash), ommers: b.block.ommers });
        return out;
      },
    };
  }

  /** The state after `b`: the head's, or rebuilt by replaying b's branch from genesis. */
  private stateAfter(b: ChainBlock): JournaledCache {
    if (b === this.head) return this.headState;
    const branch: ChainBlock[] = [];
    for (let x: ChainBlock | undefined = b; x?.parent; x = x.parent) branch.unshift(x);
    const cache = new JournaledCache(this.store);
    for (const x of branch) executeBlock(cache, x.block, this.context(x.parent!), { memo: this.memo });
    return cache;
  }

  /** Imports a block; throws InvalidBlockError (or another PolyvmError) when it is invalid. */
  import(block: Block): void {
    const parent = this.blocks.get(key(block.header.parentHash));
    if (!parent) throw new InvalidBlockError('UNKNOWN_PARENT', 'unknown ancestor');
    const ctx = this.context(parent);
    const cache = this.stateAfter(parent);
    this.gasUsed += executeBlock(cache, block, ctx, { tracer: this.tracer, memo: this.memo }).gasUsed;
    const entry: ChainBlock = {
      block,
      hash: key(headerHash(block.header)),
      parent,
      totalDifficulty: parent.totalDifficulty + block.header.difficulty,
      merged: ctx.merged,
    };
    this.blocks.set(entry.hash, entry);
    // After the merge the newest block is the head; before it, the heaviest chain.
    if (entry.merged || entry.totalDifficulty > this.head.totalDifficulty || parent === this.head) {
      this.head = entry;
      this.headState = cache;
    }
  }
}

function genesisBlock(f: Fields, t: Obj): Block {
  const rlp = f.bytes(t.genesisRLP, 'genesisRLP');
  try {
    return decodeBlock(rlp);
  } catch (e) {
    return f.err('genesisRLP', (e as PolyvmError).shortMessage);
  }
}

function runOne(file: string, name: string, t: Obj, opts: BlockTestOptions): BlockTestResult {
  const f = new Fields(file, `${name}.`);
  const network = String(t.network ?? '');
  const result = (pass: boolean, error?: string): BlockTestResult =>
    error ? { name, pass, fork: network, error } : { name, pass, fork: network };
  const base = networkConfig(network);
  if (!base) return result(false, `unsupported fork ${JSON.stringify(network)}`);
  const cfg = t.config === undefined ? {} : f.obj(t.config, 'config');
  const config: ChainConfig = {
    ...base,
    chainId: cfg.chainid === undefined ? 1n : f.big(cfg.chainid, 'config.chainid'),
    blobSchedule: parseBlobSchedule(cfg.blobSchedule),
  };
  const store = allocStore(parseAlloc(f, t.pre, 'pre'));
  const genesis = genesisBlock(f, t);
  const genesisJson = f.obj(t.genesisBlockHeader, 'genesisBlockHeader');
  const chain = new TestChain(config, store, genesis, opts.tracer);
  const root = computeStateRoot(chain.state, chain.memo);
  if (key(root) !== key(genesis.header.stateRoot))
    return result(false, `genesis state root ${bytesToPrefixedHex(root)} differs from the genesis header's`);
  if (`0x${chain.head.hash}` !== String(genesisJson.hash).toLowerCase())
    return result(false, `genesis hash 0x${chain.head.hash} differs from genesisBlockHeader.hash`);
  const blocks = t.blocks;
  if (!Array.isArray(blocks)) return f.err('blocks', 'expected an array');
  for (const [i, raw] of blocks.entries()) {
    const b = f.obj(raw, `blocks[${i}]`);
    const invalid = b.expectException !== undefined || b.blockHeader === undefined;
    let error: string | undefined;
    try {
      chain.import(decodeBlock(f.bytes(b.rlp, `blocks[${i}].rlp`)));
    } catch (e) {
      if (e instanceof InvalidInputFileError || !(e instanceof PolyvmError)) throw e;
      error = e instanceof InvalidBlockError ? `${e.reason}: ${e.shortMessage}` : e.shortMessage;
    }
    if (invalid && error === undefined)
      return result(false, `block ${i} imported but should fail with ${String(b.expectException)}`);
    if (!invalid && error !== undefined) return result(false, `block ${i} rejected: ${error}`);
  }
  const last = String(t.lastblockhash ?? '').toLowerCase();
  if (`0x${chain.head.hash}` !== last) return result(false, `head 0x${chain.head.hash}, want ${last}`);
  if (t.postState !== undefined) {
    const diff = postStateDiff(chain.state, f.obj(t.postState, 'postState') as never);
    if (diff) return result(false, `post state differs${diff}`);
  } else if (t.postStateHash !== undefined) {
    const got = bytesToPrefixedHex(computeStateRoot(chain.state, chain.memo));
    if (got !== String(t.postStateHash).toLowerCase())
      return result(false, `post state root ${got}, want ${t.postStateHash}`);
  }
  return { ...result(true), gasUsed: chain.gasUsed };
}

/** Runs the blockchain tests of one file (text already read), in name order like geth. */
export function runBlockTests(file: string, text: string, opts: BlockTestOptions = {}): BlockTestResult[] {
  const root = new Fields(file, '').obj(parseJson(file, text), '(top level)');
  const out: BlockTestResult[] = [];
  for (const name of Object.keys(root).sort()) {
    const t = new Fields(file, '').obj(root[name], name, 'expected an object (not a blockchain test)');
    for (const k of ['genesisRLP', 'blocks', 'pre', 'network'])
      if (!(k in t)) new Fields(file, `${name}.`).err(k, 'missing (not a blockchain test)');
    if (opts.network && t.network !== opts.network) continue;
    out.push(runOne(file, name, t, opts));
  }
  return out;
}
