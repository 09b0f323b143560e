/**
 * ethereum/execution-apis' test chain (hive rpc-compat): its geth genesis and the 54 blocks of
 * chain.rlp, which run from Homestead through every fork by block number, the merge by total
 * difficulty, then Shanghai to BPO2 by time. Every block must import as geth imported it
 * (header checks, ommers, receipts with intermediate state roots before Byzantium, state
 * roots), and the head must be the block hive's forkchoiceUpdated names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../../src/core/bytes.js';
import {
  type BlockHeader,
  type ChainContext,
  decodeBlock,
  executeBlock,
  forkAt,
  headerHash,
  parseGenesis,
  splitRlp,
} from '../../src/evm/index.js';
import { JournaledCache } from '../../src/state/index.js';
import { conformanceSuite } from '../conformance-dir.js';

const suite = conformanceSuite('execution-apis/tests');

describe.skipIf(!suite.found)(`execution-apis chain.rlp on its genesis ${suite.skipReason}`, () => {
  it('the genesis hash is block 1 parent; all 54 blocks import; the head is headfcu.json', () => {
    const read = (f: string) => readFileSync(join(suite.path, f));
    const genesis = parseGenesis(JSON.parse(read('genesis.json').toString('utf8')), 'genesis.json');
    const blocks = splitRlp(read('chain.rlp')).map(decodeBlock);
    expect(blocks.length).toBe(54);
    expect(bytesToHex(headerHash(genesis.header))).toBe(bytesToHex(blocks[0]!.header.parentHash));

    const cache = new JournaledCache(genesis.store);
    const ttd = genesis.config.activations.find((a) => a.fork === 'Paris')!.totalDifficulty!;
    const chain: {
      header: BlockHeader;
      hash: Uint8Array;
      ommers: readonly BlockHeader[];
      merged: boolean;
    }[] = [{ header: genesis.header, hash: headerHash(genesis.header), ommers: [], merged: false }];
    let td = genesis.header.difficulty; // the parent's total difficulty
    const forks = new Set<string>();
    for (const block of blocks) {
      const parent = chain.at(-1)!;
      const ctx: ChainContext = {
        config: genesis.config,
        parent: parent.header,
        parentMerged: parent.merged,
        merged: td >= ttd,
        blockHash: (n) => BigInt(`0x${bytesToHex(chain[Number(n)]?.hash ?? new Uint8Array(32))}`),
        ancestors: () => chain.slice(-7).reverse(),
      };
      const r = executeBlock(cache, block, ctx);
      forks.add(r.fork);
      td += block.header.difficulty;
      chain.push({ header: block.header, hash: r.hash, ommers: block.ommers, merged: ctx.merged });
    }
    const fcu = JSON.parse(read('headfcu.json').toString('utf8'));
    expect(`0x${bytesToHex(chain.at(-1)!.hash)}`).toBe(fcu.params[0].headBlockHash);
    // The chain crossed every fork of its config.
    expect(forks).toEqual(new Set(genesis.config.activations.map((a) => a.fork).concat('Homestead')));
    expect(forkAt(genesis.config, 54n, 540n, true)).toBe('BPO2');
  });
});
