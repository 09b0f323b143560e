/**
 * The block API: executeBlock imports an execution-spec-tests block, and buildBlock, given
 * the same parent, attributes and transactions, builds exactly that block (same header
 * hash: every root, the bloom, the gas and the requests hash as the EEST filler computed
 * them); a transaction that cannot be included is left out and reported.
 */
import { describe, expect, it } from 'vitest';
import { hexToBytes } from '../../src/core/bytes.js';
import {
  allocStore,
  type Block,
  buildBlock,
  type ChainContext,
  decodeBlock,
  executeBlock,
  headerHash,
  InvalidBlockError,
  networkConfig,
  parseAlloc,
  parseBlobSchedule,
  readFixtureText,
} from '../../src/evm/index.js';
import { JournaledCache } from '../../src/state/index.js';
import { conformanceSuite } from '../conformance-dir.js';

const suite = conformanceSuite('eest/blockchain_tests/prague/eip6110_deposits/test_eip_6110.json.gz');

function load() {
  interface Fixture {
    network: string;
    config: { blobSchedule: unknown };
    genesisRLP: string;
    pre: unknown;
    blocks: { rlp: string; blockHeader: { hash: string } }[];
  }
  const [name, t] = Object.entries(JSON.parse(readFixtureText(suite.path)))[0] as [string, Fixture];
  const config = { ...networkConfig(t.network)!, blobSchedule: parseBlobSchedule(t.config.blobSchedule) };
  const genesis = decodeBlock(hexToBytes(t.genesisRLP));
  const block = decodeBlock(hexToBytes(t.blocks[0].rlp));
  const pre = parseAlloc(t.pre, name);
  const chain: ChainContext = {
    config,
    parent: genesis.header,
    parentMerged: true,
    merged: true,
    blockHash: (n) =>
      n === 0n ? BigInt(`0x${Buffer.from(headerHash(genesis.header)).toString('hex')}`) : 0n,
  };
  return { t, chain, block, cache: () => new JournaledCache(allocStore(pre)) };
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe.skipIf(!suite.found)(`block API on an EEST Prague block ${suite.skipReason}`, () => {
  it('executeBlock imports it with its receipts and requests', () => {
    const { t, chain, block, cache } = load();
    const r = executeBlock(cache(), block, chain);
    expect(`0x${hex(r.hash)}`).toBe(t.blocks[0].blockHeader.hash);
    expect(r.fork).toBe('Prague');
    expect(r.receipts).toHaveLength(1);
    expect(r.requests?.[0]?.[0]).toBe(0); // a deposit request (EIP-6110)
  });

  it('buildBlock builds the same block from the same transactions and attributes', () => {
    const { chain, block, cache } = load();
    const h = block.header;
    const built = buildBlock(
      cache(),
      chain,
      block.transactions.map((x) => x.tx),
      {
        timestamp: h.timestamp,
        coinbase: h.coinbase,
        prevRandao: h.mixHash,
        gasLimit: h.gasLimit,
        extraData: h.extraData,
        withdrawals: block.withdrawals,
        parentBeaconBlockRoot: h.parentBeaconBlockRoot,
      },
    );
    expect(built.rejected).toEqual([]);
    expect(hex(headerHash(built.block.header))).toBe(hex(headerHash(h)));
  });

  it('buildBlock leaves out a transaction that cannot be included', () => {
    const { chain, block, cache } = load();
    const tx = block.transactions[0]!.tx;
    const h = block.header;
    const attrs = {
      timestamp: h.timestamp,
      coinbase: h.coinbase,
      parentBeaconBlockRoot: h.parentBeaconBlockRoot,
    };
    // The same transaction twice: the second has a stale nonce.
    const built = buildBlock(cache(), chain, [tx, tx], attrs);
    expect(built.block.transactions).toHaveLength(1);
    expect(built.rejected).toHaveLength(1);
    expect(built.rejected[0]!.reason).toBe('TransactionException.NONCE_MISMATCH_TOO_LOW');
    // The built block imports over the parent state.
    const again = executeBlock(cache(), built.block as Block, chain);
    expect(hex(again.hash)).toBe(hex(headerHash(built.block.header)));
  });

  it('a block with a wrong state root is rejected and leaves the state as it was', () => {
    const { chain, block, cache } = load();
    const state = cache();
    const bad = { ...block, header: { ...block.header, stateRoot: new Uint8Array(32) } };
    expect(() => executeBlock(state, bad, chain)).toThrow(InvalidBlockError);
    expect([...state.changes()]).toEqual([]);
  });
});
