/**
 * The inclusion circuit and the state path it proves (snarkVM trace/inclusion/assignment.rs,
 * circuit/program/src/state_path, circuit/collections/src/merkle_tree).
 *
 * Oracles: the transition of an SDK authorization (fixtures/oracle-transitions.json: its id
 * `au1…` is BHP512 of the transition tree's root and tcm, so the console Merkle tree is checked
 * against snarkVM); the counts snarkVM's own circuit tests pin (`assert_scope!` tuples at
 * ProvableHQ/snarkVM 3d42aa04: merkle_tree/mod.rs test_new_private, merkle_tree/verify.rs
 * test_verify_bhp512_private, state_path/mod.rs test_state_path_new_private, state_path/verify.rs
 * test_state_path_verify_global_private); and the inclusion verifying key the SDK bundles
 * (fixtures/oracle-inclusion.json, `npx tsx scripts/avm/gen-oracle-inclusion.ts`), whose circuit
 * info and circuit id polyvm's synthesis must reproduce. Proving it needs SRS powers of degree
 * 2^18, past the 2^16 available offline, so no proof is made here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gMul } from '../../../src/avm/account/keys.js';
import { Bool } from '../../../src/avm/circuit/boolean.js';
import { current, synthesizeWith } from '../../../src/avm/circuit/env.js';
import { Fld } from '../../../src/avm/circuit/field.js';
import { type InclusionAssignment, synthesizeInclusion } from '../../../src/avm/circuit/inclusion.js';
import { injectMerklePath, verifyMerklePathBhp } from '../../../src/avm/circuit/merkle.js';
import { assignment, circuitId, firstUnsatisfied, toMatrices } from '../../../src/avm/circuit/r1cs.js';
import { injectStatePath, verifyStatePath as verifyInCircuit } from '../../../src/avm/circuit/state-path.js';
import { bech32mEncode } from '../../../src/avm/crypto/bech32m.js';
import { bhpHash } from '../../../src/avm/crypto/bhp.js';
import { pushUintBits } from '../../../src/avm/crypto/bits.js';
import { Fq } from '../../../src/avm/crypto/modular.js';
import {
  checkProgram,
  DEV_PRIVATE_KEY,
  parseInputs,
  parsePrivateKey,
  requestNonce,
} from '../../../src/avm/index.js';
import { bhpMerkleTree, verifyMerklePath } from '../../../src/avm/ledger/merkle.js';
import {
  type BlockShape,
  globalStatePath,
  localStatePath,
  type RecordLocation,
  type TransitionLeaf,
  transitionTree,
  verifyStatePath,
} from '../../../src/avm/ledger/state-path.js';
import {
  encodeStatePath,
  parseStatePath,
  statePathToString,
} from '../../../src/avm/ledger/state-path-bytes.js';
import { type AleoProgram, runFunction } from '../../../src/avm/process.js';
import { transitionToJson } from '../../../src/avm/transition/json.js';
import { transitionIdToString } from '../../../src/avm/transition/merkle.js';
import { serialNumberFromGamma } from '../../../src/avm/transition/record.js';
import type { Transition } from '../../../src/avm/transition/request.js';
import { inclusionVerifierInputs, prepareInclusion } from '../../../src/avm/varuna/inclusion.js';
import { decodeVerifyingKey, initVaruna } from '../../../src/avm/varuna/index.js';

type Counts = [constants: number, publicVars: number, privateVars: number, constraints: number];
function measure(setup: () => unknown, gadget: (s: never) => unknown): Counts {
  let out: Counts = [0, 0, 0, 0];
  synthesizeWith(() => {
    const s = setup();
    const c = current();
    const before = [c.numConstants, c.publicValues.length, c.privateValues.length, c.constraints.length];
    gadget(s as never);
    out = [
      c.numConstants - (before[0] as number),
      c.publicValues.length - (before[1] as number),
      c.privateValues.length - (before[2] as number),
      c.constraints.length - (before[3] as number),
    ];
  });
  return out;
}
const fieldBits = (f: bigint) => {
  const b: boolean[] = [];
  pushUintBits(b, f, Fq.bits);
  return b;
};

// Input/Output variants of a transition leaf (ledger/block/src/transition/{input,output}).
const VARIANT: Record<string, number> = {
  constant: 0,
  public: 1,
  private: 2,
  record: 3,
  external_record: 4,
  future: 5,
};
const oracle = JSON.parse(
  readFileSync(new URL('../fixtures/oracle-transitions.json', import.meta.url), 'utf8'),
);
// rec.aleo/mint: three inputs, then a record output (leaf 3), a private and a public output.
const sdkTransition = oracle.cases[0].transitions[0];
const field = (s: string) => BigInt(s.replace(/field$/, ''));
const leaves: TransitionLeaf[] = [...sdkTransition.inputs, ...sdkTransition.outputs].map(
  (x: { type: string; id: string }, index: number) => ({
    version: 1,
    index,
    variant: VARIANT[x.type] as number,
    id: field(x.id),
  }),
);
const tcm = field(sdkTransition.tcm);
const transitionIdOf = (root: bigint) => bhpHash('bhp512', [...fieldBits(root), ...fieldBits(tcm)]);

describe('console Merkle tree and state path', () => {
  it("the transition tree of an SDK transition gives the SDK's transition id", () => {
    const tree = transitionTree(leaves);
    expect(transitionIdToString(transitionIdOf(tree.root))).toBe(sdkTransition.id);
    // Every leaf's path leads to that root, and no other leaf's.
    leaves.forEach((l, i) => {
      const bits = [...tree.prove(i).siblings];
      expect(bits).toHaveLength(5);
      expect(verifyMerklePath(tree.prove(i), 5, tree.root, transitionTreeLeaf(l))).toBe(true);
      expect(verifyMerklePath(tree.prove(i), 5, tree.root, transitionTreeLeaf({ ...l, id: l.id + 1n }))).toBe(
        false,
      );
    });
  });

  it('refuses more leaves than the depth holds and an index out of bounds', () => {
    expect(() => bhpMerkleTree(2, [[], [], [], [], []])).toThrow(/at most 4 leaves/);
    expect(() => bhpMerkleTree(2, [[true]]).prove(1)).toThrow(/out of bounds/);
  });
});

function transitionTreeLeaf(l: TransitionLeaf): boolean[] {
  const b: boolean[] = [];
  pushUintBits(b, BigInt(l.version), 8);
  pushUintBits(b, BigInt(l.index), 8);
  pushUintBits(b, BigInt(l.variant), 8);
  pushUintBits(b, l.id, Fq.bits);
  return b;
}

const transitionId = transitionIdOf(transitionTree(leaves).root);
// The record made by the SDK's transition, spent by a later one (local) or from a block (global).
const loc: RecordLocation = {
  transitionIds: [transitionId, 424242n],
  transitionIndex: 0,
  transitionLeaves: leaves,
  tcm,
  leafIndex: 3,
};
const commitment = field(sdkTransition.outputs[0].id);
// A ledger of three blocks; the record's transaction is the second of block 1.
const blocks = (txId: bigint): BlockShape[] => [
  { previousHash: 0n, headerIds: [1n, 0n, 3n, 4n, 5n, 6n, 7n, 8n], transactionIds: [11n] },
  { previousHash: 99n, headerIds: [9n, 0n, 10n, 11n, 12n, 13n, 14n, 15n], transactionIds: [21n, txId, 23n] },
  { previousHash: 98n, headerIds: [16n, 0n], transactionIds: [31n] },
];

describe('state paths (console)', () => {
  it('a local path verifies against the transaction id as local root, not globally', () => {
    const p = localStatePath(5n, loc);
    expect(p.transitionLeaf.id).toBe(commitment);
    expect(verifyStatePath(p, false, p.transactionId)).toBe(true);
    expect(verifyStatePath(p, false, p.transactionId + 1n)).toBe(false);
    expect(verifyStatePath({ ...p, tcm: tcm + 1n }, false, p.transactionId)).toBe(false);
  });
  it('a global path verifies against the block tree root', () => {
    const local = localStatePath(5n, loc);
    const p = globalStatePath(blocks(local.transactionId), 1, 1, loc);
    expect(p.blockPath.leafIndex).toBe(1n);
    expect(verifyStatePath(p, true, 0n)).toBe(true);
    expect(verifyStatePath({ ...p, globalStateRoot: p.globalStateRoot + 1n }, true, 0n)).toBe(false);
    expect(verifyStatePath({ ...p, previousBlockHash: 97n }, true, 0n)).toBe(false);
    expect(() => globalStatePath(blocks(local.transactionId), 1, 0, loc)).toThrow(/has not this transaction/);
  });
});

describe('state path bytes (`path1…`) through the SDK', () => {
  it("the SDK's OfflineQuery reads polyvm's local and global paths and writes them back unchanged", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the SDK's WASM classes are used untyped
    const sdk: any = await import('@provablehq/sdk/mainnet.js');
    const local = localStatePath(5n, loc);
    for (const p of [local, globalStatePath(blocks(local.transactionId), 1, 1, loc)]) {
      const text = statePathToString(p);
      expect(encodeStatePath(p)).toHaveLength(2448);
      expect(parseStatePath(text)).toEqual(p);
      const q = new sdk.OfflineQuery(5, 'sr1p93gpsezrjzdhcd2wujznx5s07k8qa39t6vfcej35zew8vn2jyrs46te8q');
      q.addStatePath(`${commitment}field`, text);
      expect(JSON.parse(q.toString()).state_paths).toEqual({ [`${commitment}field`]: text });
      // State path version 2, transition leaf versions 0 and 3: both refuse them; leaf version 2
      // both read.
      for (const [at, v] of [
        [0, 2],
        [2448 - 35, 0],
        [2448 - 35, 3],
      ] as const) {
        const b = encodeStatePath(p);
        b[at] = v;
        const bad = bech32mEncode('path', b);
        expect(() => parseStatePath(bad)).toThrow(/version/);
        expect(() => q.addStatePath(`${commitment}field`, bad)).toThrow(/version/);
      }
      const b = encodeStatePath(p);
      b[2448 - 35] = 2;
      const v2 = bech32mEncode('path', b);
      expect(parseStatePath(v2).transitionLeaf.version).toBe(2);
      q.addStatePath(`${commitment}field`, v2);
      expect(JSON.parse(q.toString()).state_paths[`${commitment}field`]).toBe(v2);
    }
  }, 60_000);
});

describe("circuit counts (snarkVM's assert_scope! tuples)", () => {
  const tree = bhpMerkleTree(
    32,
    Array.from({ length: 3 }, (_, i) => Array.from({ length: 1024 }, (_, j) => (i * 31 + j * 7) % 3 === 0)),
  );
  it('MerklePath::new, private, depth 32: (0, 0, 96, 64)', () => {
    expect(
      measure(
        () => 0,
        () => injectMerklePath('private', 32, tree.prove(2)),
      ),
    ).toEqual([0, 0, 96, 64]);
  });
  it('MerklePath::verify, BHP1024 leaves of 1024 bits, BHP512 path, private: (13501, 0, 61938, 62066)', () => {
    const leaf = Array.from({ length: 1024 }, (_, j) => (2 * 31 + j * 7) % 3 === 0);
    let ok = false;
    const counts = measure(
      () => ({
        path: injectMerklePath('private', 32, tree.prove(2)),
        root: Fld.new('private', tree.root),
        leaf: leaf.map((b) => Bool.new('private', b)),
      }),
      (s: { path: never; root: Fld; leaf: Bool[] }) => {
        ok = verifyMerklePathBhp(s.path, s.root, s.leaf).value;
      },
    );
    expect(ok).toBe(true);
    expect(counts).toEqual([13501, 0, 61938, 62066]);
  });
  it('StatePath::new, private: (0, 1, 450, 376)', () => {
    const p = localStatePath(5n, loc);
    expect(
      measure(
        () => 0,
        () => injectStatePath('private', p),
      ),
    ).toEqual([0, 1, 450, 376]);
  });
  it('StatePath::verify of a global path, private, injection included: (29450, 1, 131319, 131522)', () => {
    const p = globalStatePath(blocks(localStatePath(5n, loc).transactionId), 1, 1, loc);
    let ok = false;
    const counts = measure(
      () => 0,
      () => {
        const isGlobal = Bool.new('private', true);
        const localRoot = Fld.new('private', 7n);
        ok = verifyInCircuit(injectStatePath('private', p), isGlobal, localRoot).value;
      },
    );
    expect(ok).toBe(true);
    expect(counts).toEqual([29450, 1, 131319, 131522]);
  }, 60_000);
});

describe("the inclusion circuit against the SDK's inclusion key", () => {
  const sdk = JSON.parse(readFileSync(new URL('../fixtures/oracle-inclusion.json', import.meta.url), 'utf8'));
  const gamma = gMul(98765n);
  const serialNumber = serialNumberFromGamma(gamma, commitment);
  // A record of a program other than credits.aleo: Inclusion::prepare_verifier_inputs' (true, 0).
  const base = { commitment, gamma, serialNumber, isRecordBlockHeightReached: true, upgradeBlockHeight: 0 };

  const check = async (a: InclusionAssignment, verifierInputs?: readonly bigint[]) => {
    await initVaruna();
    const r1cs = synthesizeInclusion(a);
    const m = toMatrices(r1cs);
    const { id, info } = circuitId(m);
    const vk = decodeVerifyingKey(Uint8Array.from(Buffer.from(sdk.verifyingKeyBytes, 'hex')));
    expect(sdk.isInclusionVerifier).toBe(true);
    // The SDK counts Varuna's zero-knowledge row; polyvm's info (indexed) does too.
    expect(info.numConstraints).toBe(sdk.numConstraints);
    expect({
      numPublicInputs: info.numPublicInputs,
      numVariables: info.numVariables,
      numConstraints: info.numConstraints,
      nonZeroA: info.nonZero.a,
      nonZeroB: info.nonZero.b,
      nonZeroC: info.nonZero.c,
    }).toEqual(vk.info);
    expect(id).toBe(Buffer.from(vk.id).toString('hex'));
    // 1, global state root, local state root, serial number, height reached, upgrade height.
    expect(r1cs.publicValues).toEqual([
      1n,
      a.statePath.globalStateRoot,
      a.localStateRoot,
      a.serialNumber,
      a.isRecordBlockHeightReached ? 1n : 0n,
      BigInt(a.upgradeBlockHeight),
    ]);
    if (verifierInputs) expect(r1cs.publicValues).toEqual(verifierInputs);
    const z = assignment(r1cs);
    expect(firstUnsatisfied(m, z)).toBe(-1);
    // Another serial number, global root or local root is not satisfied.
    for (const i of [1, 2, 3]) {
      const w = [...z];
      w[i] = Fq.add(w[i] as bigint, 1n);
      expect(firstUnsatisfied(m, w)).not.toBe(-1);
    }
  };

  it('a record made by a call and spent by the next one (local path): prepare, circuit id and key info, the verifier inputs', async () => {
    // c_local.aleo/mint_spend: c_xbase.aleo/mint makes a token, c_xbase.aleo/spend spends it.
    const base = checkProgram(
      readFileSync(new URL('../programs/circuits/c_xbase.aleo', import.meta.url), 'utf8'),
    );
    const program: AleoProgram = checkProgram(
      'import c_xbase.aleo;\nprogram c_local.aleo;\nfunction mint_spend:\n    input r0 as u64.private;\n    call c_xbase.aleo/mint r0 into r1;\n    call c_xbase.aleo/spend r1 into r2;\n    output r2 as u64.public;\n',
      new Map([['c_xbase.aleo', base]]),
    );
    const account = parsePrivateKey(DEV_PRIVATE_KEY);
    let k = 0;
    const list: Transition[] = [];
    runFunction(
      program,
      'mint_spend',
      parseInputs(program, 'mint_spend', ['5u64'], account.viewKey),
      {
        signer: account.address,
        transitions: { account, next: () => ({ nonce: requestNonce(9n, k++) }), list, callGraph: new Map() },
      },
      account.address,
    );
    const entries = list.map((t) => transitionToJson(t) as never);
    expect(list.map((t) => t.function)).toEqual(['mint', 'spend', 'mint_spend']);
    const root = 5n;
    const [a, ...more] = prepareInclusion(
      root,
      list.map((t, i) => ({ entry: entries[i] as never, request: t })),
    );
    expect(more).toHaveLength(0);
    if (!a) throw new Error('no inclusion assignment');
    // The record is the mint transition's output, proven against the transaction so far.
    expect(a.isGlobal).toBe(false);
    expect(a.commitment).toBe(BigInt(list[0]?.outputs[0]?.id ?? 0n));
    expect(a.serialNumber).toBe(list[1]?.inputs[0]?.id);
    expect(verifyStatePath(a.statePath, false, a.localStateRoot)).toBe(true);
    // The circuit's public inputs are the ones a verifier derives from the transitions alone.
    await check(a, inclusionVerifierInputs(root, entries)[0]);
    expect(inclusionVerifierInputs(root, entries)).toHaveLength(1);
  }, 120_000);

  it('a record from block 1 of a ledger (global path): the same circuit, satisfied', async () => {
    const p = globalStatePath(blocks(localStatePath(5n, loc).transactionId), 1, 1, loc);
    await check({ ...base, statePath: p, localStateRoot: 77n, isGlobal: true });
  }, 120_000);
});
