/**
 * The ledger in the state store (src/avm/ledger: header.ts, block.ts, store.ts; snarkVM
 * ledger/block, ledger/store, console/program/src/state_path).
 *
 * Oracles: the genesis blocks snarkVM ships for mainnet, testnet and canary
 * (parameters/src/{network}/resources/block.genesis at ProvableHQ/snarkVM 3d42aa04): their
 * header fields and block hashes are written below, and polyvm's header tree, metadata hash
 * and block hash must turn the fields into the hashes; the SDK's OfflineQuery, which must read
 * the state paths the ledger hands out; the inclusion circuit (its SDK key's circuit id,
 * checked in circuit/inclusion.test.ts), which must be satisfied by a ledger path of a record
 * made by one execution and spent by the next.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { synthesizeInclusion } from '../../src/avm/circuit/inclusion.js';
import { assignment, circuitId, firstUnsatisfied, toMatrices } from '../../src/avm/circuit/r1cs.js';
import { bech32mDecode } from '../../src/avm/crypto/bech32m.js';
import { bytesToBigintLe } from '../../src/avm/crypto/bits.js';
import {
  AleoLedgerError,
  aleoLedger,
  blockHashToString,
  checkProgram,
  DEV_PRIVATE_KEY,
  parseInputs,
  parsePrivateKey,
  parseStatePath,
  requestNonce,
  statePathToString,
  stateRootToString,
  verifyStatePath,
} from '../../src/avm/index.js';
import { transitionLeaves } from '../../src/avm/ledger/block.js';
import { type Header, headerLeafIds, headerTree } from '../../src/avm/ledger/header.js';
import {
  appendLeaf,
  bhpMerkleTree,
  EMPTY_FRONTIER,
  frontierRoot,
  hashChildren,
  hashLeaf,
} from '../../src/avm/ledger/merkle.js';
import { blockHash, blockTree, globalStatePath } from '../../src/avm/ledger/state-path.js';
import { type AleoProgram, runFunction } from '../../src/avm/process.js';
import { type TransitionJson, transitionToJson } from '../../src/avm/transition/json.js';
import type { Transition } from '../../src/avm/transition/request.js';
import type { Value } from '../../src/avm/types.js';
import { heightCheck, inclusionVerifierInputs, prepareInclusion } from '../../src/avm/varuna/inclusion.js';
import { JournaledCache, LmdbStore, MemoryStore } from '../../src/state/index.js';
import { runCli } from '../cli-io.js';

const dir = mkdtempSync(join(tmpdir(), 'polyvm-aleo-ledger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Genesis headers (Header::read_le of each block.genesis after its version, hash and previous
// hash; previous hash zero) and the block hashes the files hold.
const meta = (network: number, ts: bigint) => ({
  network,
  round: 0n,
  height: 0,
  cumulativeWeight: 0n,
  cumulativeProofTarget: 0n,
  coinbaseTarget: 536870911n,
  proofTarget: 134217728n,
  lastCoinbaseTarget: 536870911n,
  lastCoinbaseTimestamp: ts,
  timestamp: ts,
});
const GENESIS: [string, Header, string][] = [
  [
    'mainnet',
    {
      previousStateRoot: 0n,
      transactionsRoot: 4035423126578141205530950321011047260434062165156342052517186048435222015114n,
      finalizeRoot: 803107333740631196711813867264618322872728443340420270708893355272477996939n,
      ratificationsRoot: 6701210049320844088765023442008963474924577059865519254276507158093251663465n,
      solutionsRoot: 0n,
      subdagRoot: 0n,
      metadata: meta(0, 1725462000n),
    },
    'ab19dklwl9vp63zu3hwg57wyhvmqf92fx5g8x0t6dr72py8r87pxupqfne5t9',
  ],
  [
    'testnet',
    {
      previousStateRoot: 0n,
      transactionsRoot: 2459245027586889930220340184017108373885119205946524168986822041054345236048n,
      finalizeRoot: 491828000426354287607748371088026179484275631378301065407545352796958467759n,
      ratificationsRoot: 6836120089237128137431835552311310221271533547701839169841145645396522661814n,
      solutionsRoot: 0n,
      subdagRoot: 0n,
      metadata: meta(1, 1715776496n),
    },
    'ab1sm6kyqle2ftg4z8gegafqrjy0jwjhzu6fmy73726dgszrtxhxvfqha0eee',
  ],
  [
    'canary',
    {
      previousStateRoot: 0n,
      transactionsRoot: 1982666082930319234699889286578225508399994431934268680271991327790644522377n,
      finalizeRoot: 4193898997219278218462773737630391708297359321272375581137335692258882892280n,
      ratificationsRoot: 1276278497459489764113391791554052905397678827057114828754405014844011252100n,
      solutionsRoot: 0n,
      subdagRoot: 0n,
      metadata: meta(2, 1715776496n),
    },
    'ab104qf735j04sfw8pkqt040ke5l9vzn4h89neqgl966k44kj5ft58qlhdcvk',
  ],
];

describe("block header and block hash (snarkVM's genesis blocks)", () => {
  for (const [network, header, hash] of GENESIS)
    it(`${network}: BHP1024(previous hash ‖ header root) is the genesis block hash`, () => {
      expect(blockHashToString(blockHash(0n, headerTree(header).root))).toBe(hash);
      // Any field of the header, the metadata hash's included, changes it.
      expect(blockHashToString(blockHash(0n, headerTree({ ...header, subdagRoot: 1n }).root))).not.toBe(hash);
      const m = { ...header.metadata, timestamp: header.metadata.timestamp + 1n };
      expect(blockHashToString(blockHash(0n, headerTree({ ...header, metadata: m }).root))).not.toBe(hash);
      expect(blockHashToString(blockHash(1n, headerTree(header).root))).not.toBe(hash);
    });
});

// c_xbase.aleo: mint makes a token record, spend spends one.
const xbase = readFileSync(new URL('programs/circuits/c_xbase.aleo', import.meta.url), 'utf8');
const program: AleoProgram = checkProgram(xbase);
const account = parsePrivateKey(DEV_PRIVATE_KEY);
function exec(fn: string, inputs: Value[], seed: bigint) {
  let k = 0;
  const list: Transition[] = [];
  const r = runFunction(
    program,
    fn,
    inputs,
    {
      signer: account.address,
      transitions: { account, next: () => ({ nonce: requestNonce(seed, k++) }), list, callGraph: new Map() },
    },
    account.address,
  );
  return { outputs: r.outputs, list, json: list.map(transitionToJson) as TransitionJson[] };
}
const mint = (amount: string, seed: bigint) =>
  exec('mint', parseInputs(program, 'mint', [amount], account.viewKey), seed);
const fieldOf = (t: string) => BigInt(t.replace(/field$/, ''));

describe('the ledger over a store', () => {
  it("state paths from the block tree's stored nodes equal the rebuilt tree's, every block of ledgers of 1 to 9 blocks", () => {
    const ledger = aleoLedger(new JournaledCache(new MemoryStore()));
    const made: { commitment: bigint; hash: bigint }[] = [];
    for (let n = 1; n <= 9; n++) {
      const x = mint(`${n}u64`, BigInt(100 + n));
      const b = ledger.appendExecution(x.json);
      made.push({ commitment: fieldOf(x.json[0]?.outputs[0]?.id ?? ''), hash: b.hash });
      const tree = blockTree(made.map((m) => m.hash));
      expect(ledger.stateRoot()).toBe(tree.root);
      made.forEach((m, h) => {
        const p = ledger.statePath(m.commitment);
        expect(p?.blockPath).toEqual(tree.prove(h));
        expect(p?.globalStateRoot).toBe(tree.root);
      });
      // Under an older root too.
      if (n > 2)
        expect(ledger.statePath(made[0]?.commitment ?? 0n, 2)?.blockPath).toEqual(
          blockTree(made.slice(0, 2).map((m) => m.hash)).prove(0),
        );
    }
  }, 120_000);

  it("the block tree's frontier gives the root bhpMerkleTree gives, for 0 to 9 leaves", () => {
    let f = EMPTY_FRONTIER;
    const leaves: boolean[][] = [];
    for (let n = 0; n <= 9; n++) {
      expect(frontierRoot(f, 5)).toBe(bhpMerkleTree(5, leaves).root);
      if (n === 5) expect(frontierRoot(f, 32)).toBe(bhpMerkleTree(32, leaves).root);
      const leaf = Array.from({ length: 20 }, (_, j) => (n * 7 + j * 3) % 5 === 0);
      leaves.push(leaf);
      f = appendLeaf(f, leaf);
    }
  });
  it('each execution is a block; the root is the block tree over the block hashes; paths verify under it', () => {
    const cache = new JournaledCache(new MemoryStore());
    const ledger = aleoLedger(cache);
    const empty = ledger.stateRoot();
    expect(empty).toBe(blockTree([]).root);
    expect(ledger.height()).toBe(0);
    const a = mint('5u64', 1n);
    const b0 = ledger.appendExecution(a.json);
    const root0 = ledger.stateRoot();
    const b = mint('6u64', 2n);
    const b1 = ledger.appendExecution(b.json);
    expect(ledger.height()).toBe(2);
    // Block 0: previous hash and previous state root zero (as the genesis header); block 1 chains on it.
    expect([b0.previousHash, b0.header.previousStateRoot]).toEqual([0n, 0n]);
    expect([b1.previousHash, b1.header.previousStateRoot]).toEqual([b0.hash, root0]);
    expect(b1.hash).toBe(blockHash(b0.hash, headerTree(b1.header).root));
    expect(root0).toBe(blockTree([b0.hash]).root);
    expect(ledger.stateRoot()).toBe(blockTree([b0.hash, b1.hash]).root);
    // The transaction id is the execution tree's root; its transition's id the SDK's form au1….
    const tx = b0.transactions[0];
    expect(tx?.transitions.map((t) => t.id)).toEqual([
      bytesToBigintLe(bech32mDecode(a.json[0]?.id ?? '', 'au', 'id')),
    ]);
    // The state path of block 0's record, under the current root and under block 0's own.
    const commitment = fieldOf(a.json[0]?.outputs[0]?.id ?? '');
    const p = ledger.statePath(commitment);
    if (!p) throw new Error('no state path');
    expect(p.globalStateRoot).toBe(ledger.stateRoot());
    expect(p.blockPath.leafIndex).toBe(0n);
    expect(verifyStatePath(p, true, 0n)).toBe(true);
    expect(verifyStatePath({ ...p, tcm: p.tcm + 1n }, true, 0n)).toBe(false);
    expect(p.blockHash).toBe(b0.hash);
    // The same path as the BlockShape route gives, which rebuilds every block's header and hash.
    const shape = (x: typeof b0) => ({
      previousHash: x.previousHash,
      headerIds: headerLeafIds(x.header),
      transactionIds: x.transactions.map((t) => t.id),
    });
    const tr = tx?.transitions[0];
    if (!tr) throw new Error('no transition');
    const loc = {
      transitionIds: [tr.id],
      transitionIndex: 0,
      transitionLeaves: transitionLeaves(tr),
      tcm: tr.tcm,
      leafIndex: tr.inputs.length,
    };
    expect(globalStatePath([shape(b0), shape(b1)], 0, 0, loc)).toEqual(p);
    // Under the root of block 0 alone; a record of block 1 is not there yet; an unknown one never.
    expect(ledger.statePath(commitment, 1)).toEqual(globalStatePath([shape(b0)], 0, 0, loc));
    expect(ledger.statePath(fieldOf(b.json[0]?.outputs[0]?.id ?? ''), 1)).toBeUndefined();
    expect(ledger.statePath(commitment + 1n)).toBeUndefined();
    expect(empty).not.toBe(root0);
  });
});

describe('spending a record of the ledger', () => {
  it("a later execution's record input gets the ledger's global path; the inclusion circuit is satisfied by it", async () => {
    const cache = new JournaledCache(new MemoryStore());
    const ledger = aleoLedger(cache);
    ledger.appendExecution(mint('1u64', 7n).json);
    const a = mint('5u64', 3n);
    ledger.appendExecution(a.json);
    ledger.appendExecution(mint('2u64', 8n).json);
    const token = a.outputs[0] as Value;
    const s = exec('spend', [token], 4n);
    const root = ledger.stateRoot();
    const entries = s.json as never[];
    const [inc, ...more] = prepareInclusion(
      root,
      s.list.map((t, i) => ({ entry: entries[i] as never, request: t })),
      (c) => ledger.statePath(c),
    );
    expect(more).toHaveLength(0);
    if (!inc) throw new Error('no inclusion assignment');
    expect(inc.isGlobal).toBe(true);
    expect(inc.commitment).toBe(fieldOf(a.json[0]?.outputs[0]?.id ?? ''));
    expect(inc.statePath.blockPath.leafIndex).toBe(1n);
    expect(verifyStatePath(inc.statePath, true, 0n)).toBe(true);
    const r1cs = synthesizeInclusion(inc);
    const m = toMatrices(r1cs);
    // The SDK's bundled inclusion key's circuit id (circuit/inclusion.test.ts checks it against the key).
    expect(circuitId(m).id.slice(0, 8)).toBe('6a02316a');
    expect(r1cs.publicValues).toEqual(inclusionVerifierInputs(root, entries)[0]);
    expect(firstUnsatisfied(m, assignment(r1cs))).toBe(-1);
    // The spend is a block; the same serial number again is a double spend, refused, nothing written.
    const spent = ledger.appendExecution(s.json);
    expect(ledger.spentAt(fieldOf(s.json[0]?.inputs[0]?.id ?? ''))).toBe(spent.height);
    const again = exec('spend', [token], 5n);
    expect(again.json[0]?.inputs[0]?.id).toBe(s.json[0]?.inputs[0]?.id);
    const before = [ledger.height(), ledger.stateRoot()];
    let err: unknown;
    try {
      ledger.appendExecution(again.json);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AleoLedgerError);
    expect((err as AleoLedgerError).code).toBe('AVM_LEDGER');
    // VM::check_transaction's ensure_is_unique: a record input's id is its serial number.
    expect((err as AleoLedgerError).shortMessage).toBe(
      `The input ID '${again.json[0]?.inputs[0]?.id}' already exists in the ledger`,
    );
    expect([ledger.height(), ledger.stateRoot()]).toEqual(before);
    // A record no block holds: snarkVM's Inclusion::prepare error.
    const fresh = mint('9u64', 11n);
    const s2 = exec('spend', [fresh.outputs[0] as Value], 12n);
    expect(() =>
      prepareInclusion(
        ledger.stateRoot(),
        s2.list.map((t, i) => ({ entry: s2.json[i] as never, request: t })),
        (c) => ledger.statePath(c),
      ),
    ).toThrow(/Commitment '\d+field' does not exist/);
  }, 120_000);

  it("the SDK's OfflineQuery reads the ledger's root and path texts and writes them back unchanged", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the SDK's WASM classes are used untyped
    const sdk: any = await import('@provablehq/sdk/mainnet.js');
    const ledger = aleoLedger(new JournaledCache(new MemoryStore()));
    const a = mint('5u64', 3n);
    ledger.appendExecution(a.json);
    ledger.appendExecution(mint('2u64', 8n).json);
    const commitment = a.json[0]?.outputs[0]?.id ?? '';
    const p = ledger.statePath(fieldOf(commitment));
    if (!p) throw new Error('no state path');
    const text = statePathToString(p);
    expect(parseStatePath(text)).toEqual(p);
    const root = stateRootToString(ledger.stateRoot());
    const q = new sdk.OfflineQuery(ledger.height(), root);
    q.addStatePath(commitment, text);
    const back = JSON.parse(q.toString());
    expect(back.state_paths).toEqual({ [commitment]: text });
    expect(back.state_root).toBe(root);
  }, 60_000);
});

describe('the ledger on disk', () => {
  it('survives closing and reopening the LMDB store; a block lands with the flush or not at all', async () => {
    const path = join(dir, 'lmdb');
    let store = new LmdbStore(path, { create: true });
    let cache = new JournaledCache(store);
    const a = mint('5u64', 3n);
    aleoLedger(cache).appendExecution(a.json);
    cache.flush();
    // A block appended to a cache that is discarded is not stored.
    aleoLedger(cache).appendExecution(mint('2u64', 8n).json);
    cache.discard();
    const root = aleoLedger(store).stateRoot();
    const p = aleoLedger(store).statePath(fieldOf(a.json[0]?.outputs[0]?.id ?? ''));
    await store.close();
    store = new LmdbStore(path);
    cache = new JournaledCache(store);
    const l = aleoLedger(store);
    expect(l.height()).toBe(1);
    expect(l.stateRoot()).toBe(root);
    expect(l.statePath(fieldOf(a.json[0]?.outputs[0]?.id ?? ''))).toEqual(p);
    await store.close();
  });
});

const cli = (...argv: string[]) => runCli(dir, argv);

describe('polyvm aleo execute --state keeps a ledger', () => {
  it('each execution is a block; `aleo ledger` and `aleo state-path` read it', async () => {
    writeFileSync(join(dir, 'c_xbase.aleo'), xbase);
    expect((await cli('aleo', 'deploy', 'c_xbase.aleo', '--state', 'st')).code).toBe(0);
    const first = JSON.parse((await cli('aleo', 'ledger', '--state', 'st', '--json')).out);
    expect(first).toEqual({
      blocks: 0,
      global_state_root: stateRootToString(blockTree([]).root),
      latest_block_hash: null,
    });
    const x = await cli(
      'aleo',
      'execute',
      'c_xbase.aleo',
      'mint',
      '5u64',
      '--state',
      'st',
      '--seed',
      '3',
      '--json',
    );
    expect(x.code).toBe(0);
    const t = JSON.parse(x.out).transitions[0];
    await cli('aleo', 'execute', 'c_xbase.aleo', 'mint', '6u64', '--state', 'st', '--seed', '4');
    const l = JSON.parse((await cli('aleo', 'ledger', '--state', 'st', '--json')).out);
    expect(l.blocks).toBe(2);
    const sp = await cli('aleo', 'state-path', t.outputs[0].id, '--state', 'st', '--json');
    expect(sp.code).toBe(0);
    const doc = JSON.parse(sp.out);
    expect(doc.global_state_root).toBe(l.global_state_root);
    const p = parseStatePath(doc.state_path);
    expect(verifyStatePath(p, true, 0n)).toBe(true);
    expect(p.transitionLeaf.id).toBe(fieldOf(t.outputs[0].id));
    expect(blockHashToString(p.blockHash)).not.toBe(l.latest_block_hash);
    const missing = await cli('aleo', 'state-path', '5field', '--state', 'st', '--json');
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.out).code).toBe('AVM_LEDGER');
    expect((await cli('aleo', 'state-path', 'abc', '--state', 'st')).code).toBe(2);
    // Spending the record twice: the second execution is refused and stores nothing.
    const rec = JSON.parse(x.out).outputs[0];
    expect(
      (await cli('aleo', 'execute', 'c_xbase.aleo', 'spend', rec, '--state', 'st', '--seed', '5')).code,
    ).toBe(0);
    const twice = await cli(
      'aleo',
      'execute',
      'c_xbase.aleo',
      'spend',
      rec,
      '--state',
      'st',
      '--seed',
      '6',
      '--json',
    );
    expect(twice.code).toBe(2);
    expect(JSON.parse(twice.out).code).toBe('AVM_LEDGER');
    expect(JSON.parse((await cli('aleo', 'ledger', '--state', 'st', '--json')).out).blocks).toBe(3);
  }, 60_000);
});

describe('credits.aleo records (the record-height check of Inclusion V1)', () => {
  const credits: AleoProgram = checkProgram(
    readFileSync(new URL('programs/circuits/credits.aleo', import.meta.url), 'utf8'),
  );
  const run = (fn: string, inputs: Value[], seed: bigint) => {
    let k = 0;
    const list: Transition[] = [];
    const r = runFunction(
      credits,
      fn,
      inputs,
      {
        signer: account.address,
        transitions: {
          account,
          next: () => ({ nonce: requestNonce(seed, k++) }),
          list,
          callGraph: new Map(),
        },
      },
      account.address,
    );
    return { outputs: r.outputs, list, json: list.map(transitionToJson) as TransitionJson[] };
  };
  const address = 'aleo1rhgdu77hgyqd3xjj8ucu3jj9r2krwz6mnzyd80gncr5fxcwlh5rsvzp9px';

  it('INCLUSION_UPGRADE_HEIGHT + 1 and !is_upgrade for credits.aleo, the null check for other programs', () => {
    const t = (program: string, fn: string, inputs: number, outputs: number) => ({
      program,
      function: fn,
      inputs: Array.from({ length: inputs }, () => ({ type: 'record', id: '1field' })),
      outputs: Array.from({ length: outputs }, () => ({ type: 'record', id: '2field' })),
    });
    expect(heightCheck(t('credits.aleo', 'transfer_private', 3, 2))).toEqual([true, 9_430_001]);
    expect(heightCheck(t('credits.aleo', 'upgrade', 1, 2))).toEqual([false, 9_430_001]);
    // is_upgrade also counts inputs and outputs.
    expect(heightCheck(t('credits.aleo', 'upgrade', 1, 1))).toEqual([true, 9_430_001]);
    expect(heightCheck(t('credits.aleo', 'join', 2, 1), 1)).toEqual([true, 9_173_001]);
    expect(heightCheck(t('c_xbase.aleo', 'spend', 1, 1))).toEqual([true, 0]);
    expect(() => heightCheck(t('credits.aleo', 'join', 2, 1), 7)).toThrow(
      /no INCLUSION_UPGRADE_HEIGHT .* network 7/,
    );
  });

  it('a record of block 0: transfer_private is refused, upgrade spends it; the circuit checks the block height', async () => {
    const ledger = aleoLedger(new JournaledCache(new MemoryStore()));
    const made = run(
      'transfer_public_to_private',
      parseInputs(credits, 'transfer_public_to_private', [address, '100u64'], account.viewKey),
      21n,
    );
    ledger.appendExecution(made.json);
    const record = made.outputs[0] as Value;
    const root = ledger.stateRoot();
    const spend = (fn: string, inputs: Value[], seed: bigint) => {
      const s = run(fn, inputs, seed);
      return {
        s,
        prepare: () =>
          prepareInclusion(
            root,
            s.list.map((t, i) => ({ entry: s.json[i] as never, request: t })),
            (c) => ledger.statePath(c),
          ),
      };
    };
    const transfer = spend(
      'transfer_private',
      [
        record,
        ...parseInputs(
          credits,
          'transfer_private',
          [
            '{ owner: aleo1rhgdu77hgyqd3xjj8ucu3jj9r2krwz6mnzyd80gncr5fxcwlh5rsvzp9px.private, microcredits: 1u64.private, _nonce: 0group.public }',
            address,
            '5u64',
          ],
          account.viewKey,
        ).slice(1),
      ],
      22n,
    );
    expect(transfer.prepare).toThrow(/made at block 0, before INCLUSION_UPGRADE_HEIGHT \+ 1 \(9430001\)/);
    const up = spend('upgrade', [record], 23n);
    const [a] = up.prepare();
    if (!a) throw new Error('no inclusion assignment');
    expect([a.isGlobal, a.isRecordBlockHeightReached, a.upgradeBlockHeight]).toEqual([
      true,
      false,
      9_430_001,
    ]);
    const r1cs = synthesizeInclusion(a);
    const m = toMatrices(r1cs);
    expect(r1cs.publicValues).toEqual(inclusionVerifierInputs(root, up.s.json as never)[0]);
    expect(r1cs.publicValues.slice(4)).toEqual([0n, 9_430_001n]);
    expect(firstUnsatisfied(m, assignment(r1cs))).toBe(-1);
    // The same record as if its block were 9,430,001 or 9,430,000 (its block path's leaf index, the
    // root folded up from it as MerklePath::verify does): reached holds from 9,430,001 on.
    const at = (height: bigint) => {
      const path = { leafIndex: height, siblings: a.statePath.blockPath.siblings };
      let h = hashLeaf(fieldBitsOf(a.statePath.blockHash));
      path.siblings.forEach((s, i) => {
        h = ((height >> BigInt(i)) & 1n) === 0n ? hashChildren(h, s) : hashChildren(s, h);
      });
      return {
        ...a,
        statePath: { ...a.statePath, blockPath: path, globalStateRoot: h },
        isRecordBlockHeightReached: true,
      };
    };
    for (const [height, ok] of [
      [9_430_001n, true],
      [9_430_000n, false],
    ] as const) {
      const c = synthesizeInclusion(at(height));
      expect(verifyStatePath(at(height).statePath, true, 0n)).toBe(true);
      expect(firstUnsatisfied(toMatrices(c), assignment(c)) === -1).toBe(ok);
    }
  }, 180_000);
});

const fieldBitsOf = (f: bigint): boolean[] => {
  const b: boolean[] = [];
  for (let i = 0; i < 253; i++) b.push(((f >> BigInt(i)) & 1n) === 1n);
  return b;
};
