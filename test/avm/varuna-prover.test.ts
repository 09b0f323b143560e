/**
 * The Varuna indexer and prover against snarkVM (@provablehq/sdk 0.11.10, WASM, run here):
 * keys and proofs of small synthetic R1CS (distinct constraint, variable and non-zero domains,
 * so the batching selectors are exercised) must be accepted by the SDK's `snarkVerify` /
 * `snarkVerifyBatch` (one circuit with two instances, two circuits) and by polyvm's verifier
 * (reading the proof's bytes, as the SDK does), and rejected with other public inputs, swapped
 * instances, changed sums or under the other Varuna version. A witness that does not satisfy the circuit cannot be proven.
 * Real Aleo functions (≥ 12k constraints, degree-2^16 domains) are proven in `npm run bench:aleo`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { G1Affine } from '../../src/avm/curves/bls12-377.js';
import { Fr } from '../../src/avm/curves/fields.js';
import {
  type BatchEntry,
  decodeProof,
  encodeProof,
  initVaruna,
  loadProverSrs,
  type MatrixSums,
  type Proof,
  proofToString,
  srsAvailable,
  srsDir,
  verifyBatch,
  verifyingKeyToString,
  verifyProof,
} from '../../src/avm/varuna/index.js';
import { circuitSetup, type ProvingKey, proveBatch } from '../../src/avm/varuna/prover.js';
import { type SyntheticCircuit, syntheticCircuit } from './varuna/synthetic.js';

// biome-ignore lint/suspicious/noExplicitAny: the SDK's WASM classes are used untyped
let sdk: any;
const fields = (xs: readonly bigint[]) => xs.map((x) => `${x}field`);

describe.skipIf(!srsAvailable())(
  `Varuna prover${srsAvailable() ? '' : ` (skipped: data not found at ${srsDir()})`}`,
  () => {
    let one: SyntheticCircuit;
    let two: SyntheticCircuit;
    let pk1: ProvingKey;
    let pk2: ProvingKey;
    beforeAll(async () => {
      await initVaruna();
      await import('../../../shared/aleo-srs/serve-offline.mjs' as string);
      sdk = await import('@provablehq/sdk/mainnet.js');
      const srs = loadProverSrs();
      // C = 256, V = 512, K_A = 1024, K_B = K_C = 256; and a second, smaller circuit.
      one = syntheticCircuit(200, 5, 60);
      two = syntheticCircuit(40, 3, 0, 7);
      pk1 = circuitSetup(one.matrices, srs);
      pk2 = circuitSetup(two.matrices, srs);
    }, 120_000);

    it('indexes into the domains snarkVM would use', () => {
      expect(pk1.vk.info).toEqual({
        numPublicInputs: 8,
        numVariables: 271,
        numConstraints: 201,
        nonZeroA: 693,
        nonZeroB: 201,
        nonZeroC: 201,
      });
      expect(pk1.vk.commitments).toHaveLength(12);
    });

    it('a V2 proof is accepted by the SDK and by polyvm, and rejected with another input or as V1', () => {
      const proof = proveBatch(loadProverSrs(), [{ pk: pk1, assignments: [one.assignment] }], 2);
      expect(encodeProof(proof)).toHaveLength(957);
      const vk = sdk.VerifyingKey.fromString(verifyingKeyToString(pk1.vk));
      const p = sdk.Proof.fromString(proofToString(proof));
      expect(sdk.snarkVerify(vk, fields(one.publicInputs), p)).toBe(true);
      const wrong = [...one.publicInputs];
      wrong[2] = (wrong[2] as bigint) + 1n;
      expect(sdk.snarkVerify(vk, fields(wrong), p)).toBe(false);
      expect(verifyProof(pk1.vk, one.publicInputs, proof, { version: 2 })).toBe(true);
      expect(verifyProof(pk1.vk, wrong, proof, { version: 2 })).toBe(false);
      expect(verifyProof(pk1.vk, one.publicInputs, proof, { version: 1 })).toBe(false);
    });

    it('a V1 proof verifies as V1 only', () => {
      const proof = proveBatch(loadProverSrs(), [{ pk: pk2, assignments: [two.assignment] }], 1);
      expect(verifyProof(pk2.vk, two.publicInputs, proof, { version: 1 })).toBe(true);
      expect(verifyProof(pk2.vk, two.publicInputs, proof, { version: 2 })).toBe(false);
      const vk = sdk.VerifyingKey.fromString(verifyingKeyToString(pk2.vk));
      expect(sdk.snarkVerify(vk, fields(two.publicInputs), sdk.Proof.fromString(proofToString(proof)))).toBe(
        false,
      );
    });

    /** The proof as the SDK reads it, and polyvm's verdict on the same bytes. */
    const sdkProof = (p: Proof) => sdk.Proof.fromString(proofToString(p));
    const sdkBatch = (entries: readonly BatchEntry[], p: Proof): boolean =>
      sdk.snarkVerifyBatch(
        entries.map((e) => verifyingKeyToString(e.vk)),
        entries.map((e) => e.inputs.map(fields)),
        sdkProof(p),
      );
    const polyvmBatch = (entries: readonly BatchEntry[], p: Proof): boolean =>
      verifyBatch(loadProverSrs().verifier, entries, decodeProof(encodeProof(p)), 2);
    const bump = (x: bigint) => (x + 1n) % Fr.p;

    it('one circuit with two instances: the SDK and polyvm accept it, and reject other inputs or sums', () => {
      const second = syntheticCircuit(40, 3, 0, 7, 5n);
      const proof = proveBatch(
        loadProverSrs(),
        [{ pk: pk2, assignments: [two.assignment, second.assignment] }],
        2,
      );
      // One more w commitment and one more third-round sum triple than a single proof.
      expect(encodeProof(proof)).toHaveLength(957 + 48 + 3 * 32);
      const entries = [{ vk: pk2.vk, inputs: [two.publicInputs, second.publicInputs] }];
      expect(sdkBatch(entries, proof)).toBe(true);
      expect(polyvmBatch(entries, proof)).toBe(true);
      const swapped = [{ vk: pk2.vk, inputs: [second.publicInputs, two.publicInputs] }];
      expect(sdkBatch(swapped, proof)).toBe(false);
      expect(polyvmBatch(swapped, proof)).toBe(false);
      const wrong = [...second.publicInputs];
      wrong[1] = bump(wrong[1] as bigint);
      const wrongEntries = [{ vk: pk2.vk, inputs: [two.publicInputs, wrong] }];
      expect(sdkBatch(wrongEntries, proof)).toBe(false);
      expect(polyvmBatch(wrongEntries, proof)).toBe(false);
      const changed = decodeProof(encodeProof(proof));
      const s = changed.thirdSums[0]?.[1] as MatrixSums;
      s.b = bump(s.b);
      expect(sdkBatch(entries, changed)).toBe(false);
      expect(polyvmBatch(entries, changed)).toBe(false);
      const otherW = decodeProof(encodeProof(proof));
      otherW.w = [otherW.w[0] as G1Affine, otherW.w[0] as G1Affine];
      expect(sdkBatch(entries, otherW)).toBe(false);
      expect(polyvmBatch(entries, otherW)).toBe(false);
    });

    it('two circuits (one with two instances): the SDK and polyvm accept it, and reject swapped instances or sums', () => {
      const other = syntheticCircuit(200, 5, 60, 1, 11n);
      const batch = [
        { pk: pk1, assignments: [one.assignment, other.assignment] },
        { pk: pk2, assignments: [two.assignment] },
      ];
      const proof: Proof = proveBatch(loadProverSrs(), batch, 2);
      const byId = [
        { vk: pk1.vk, inputs: [one.publicInputs, other.publicInputs] },
        { vk: pk2.vk, inputs: [two.publicInputs] },
      ];
      expect(verifyBatch(loadProverSrs().verifier, byId, proof, 2)).toBe(true);
      expect(polyvmBatch(byId, proof)).toBe(true);
      expect(sdkBatch(byId, proof)).toBe(true);
      // The SDK orders the circuits by id itself; so does polyvm.
      expect(sdkBatch([...byId].reverse(), proof)).toBe(true);
      expect(polyvmBatch([...byId].reverse(), proof)).toBe(true);
      const swapped = byId.map((e, i) => (i === 0 ? { ...e, inputs: [e.inputs[1], e.inputs[0]] } : e));
      expect(sdkBatch(swapped as typeof byId, proof)).toBe(false);
      expect(polyvmBatch(swapped as typeof byId, proof)).toBe(false);
      const changed = decodeProof(encodeProof(proof));
      const s = changed.fourthSums[1] as MatrixSums;
      s.c = bump(s.c);
      expect(sdkBatch(byId, changed)).toBe(false);
      expect(polyvmBatch(byId, changed)).toBe(false);
    });

    it('two circuits with one instance each: the SDK accepts it, and rejects it as V1', () => {
      const proof = proveBatch(
        loadProverSrs(),
        [
          { pk: pk2, assignments: [two.assignment] },
          { pk: pk1, assignments: [one.assignment] },
        ],
        2,
      );
      const entries = [
        { vk: pk1.vk, inputs: [one.publicInputs] },
        { vk: pk2.vk, inputs: [two.publicInputs] },
      ];
      expect(sdkBatch(entries, proof)).toBe(true);
      expect(polyvmBatch(entries, proof)).toBe(true);
      expect(verifyBatch(loadProverSrs().verifier, entries, decodeProof(encodeProof(proof)), 1)).toBe(false);
    });

    it('refuses to prove a witness that does not satisfy the circuit', () => {
      const bad = [...one.assignment];
      bad[68] = (bad[68] as bigint) + 1n; // the output of the first constraint
      expect(() => proveBatch(loadProverSrs(), [{ pk: pk1, assignments: [bad] }], 2)).toThrow(
        'the assignment does not satisfy the circuit',
      );
    });
  },
);
