/**
 * The seeds snarkVM derives for `rand.chacha` (synthesizer/program/src/logic/command/
 * rand_chacha.rs) and for a block's finalize state (logic/finalize_global_state):
 * - FinalizeGlobalState::new: random_seed = BHP768(to_bits_le[round u64, height u32,
 *   cumulative_weight u128, cumulative_proof_target u128, previous_block_hash field])
 *   as 32 little-endian bytes;
 * - RandChaCha::finalize: ChaCha20Rng seed = BHP1024(to_bits_le[random_seed (32 bytes),
 *   transition id (field), program id (name, network), function name, destination register
 *   index (u64), destination type id (u8), each extra operand's value bits]) as 32
 *   little-endian bytes.
 * Identifiers contribute 8 bits per UTF-8 byte; fields 253 bits; integers their width.
 */
import { bhpHash } from '../crypto/bhp.js';
import { bigintToBytesLe, pushBytesBits, pushUintBits } from '../crypto/bits.js';
import { plaintextBits } from '../crypto/encode.js';
import { Fq } from '../crypto/modular.js';
import { LITERAL_TYPES, type LiteralType, type Plaintext } from '../values.js';

const utf8 = new TextEncoder();

function pushIdentifier(out: boolean[], name: string): void {
  pushBytesBits(out, utf8.encode(name));
}

export interface BlockSeedInputs {
  readonly round: bigint;
  readonly height: number;
  readonly cumulativeWeight: bigint;
  readonly cumulativeProofTarget: bigint;
  /** The previous block hash as a field element. */
  readonly previousBlockHash: bigint;
}

/** FinalizeGlobalState::new's random seed. */
export function finalizeRandomSeed(b: BlockSeedInputs): Uint8Array {
  const bits: boolean[] = [];
  pushUintBits(bits, b.round, 64);
  pushUintBits(bits, BigInt(b.height), 32);
  pushUintBits(bits, b.cumulativeWeight, 128);
  pushUintBits(bits, b.cumulativeProofTarget, 128);
  pushUintBits(bits, b.previousBlockHash, Fq.bits);
  return bigintToBytesLe(bhpHash('bhp768', bits), 32);
}

export interface RandChaChaInputs {
  readonly randomSeed: Uint8Array;
  readonly transitionId: bigint;
  /** `name.network`, e.g. `test_rand.aleo`. */
  readonly programId: string;
  readonly functionName: string;
  readonly destination: number;
  readonly type: LiteralType;
  readonly seeds: readonly Plaintext[];
}

/** The 32-byte ChaCha20Rng seed of one `rand.chacha` command. */
export function randChaChaSeed(r: RandChaChaInputs): Uint8Array {
  if (r.randomSeed.length !== 32) throw new RangeError('the finalize random seed is 32 bytes');
  const bits: boolean[] = [];
  pushBytesBits(bits, r.randomSeed);
  pushUintBits(bits, r.transitionId, Fq.bits);
  const dot = r.programId.lastIndexOf('.');
  pushIdentifier(bits, r.programId.slice(0, dot));
  pushIdentifier(bits, r.programId.slice(dot + 1));
  pushIdentifier(bits, r.functionName);
  pushUintBits(bits, BigInt(r.destination), 64);
  pushUintBits(bits, BigInt(LITERAL_TYPES.indexOf(r.type)), 8);
  for (const s of r.seeds) plaintextBits(s, bits);
  return bigintToBytesLe(bhpHash('bhp1024', bits), 32);
}
