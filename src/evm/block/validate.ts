/**
 * Header validation against the parent (execution-specs `validate_header`, geth
 * `consensus/beacon` and `consensus/ethash` verifyHeader, `misc/eip1559`, `misc/eip4844`):
 * number and timestamp, extra data, gas limit bounds, EIP-1559 base fee, proof-of-work
 * difficulty or proof-of-stake constants, and the fields each fork adds, present exactly
 * from that fork on.
 */
import { GAS_PER_BLOB, nextExcessBlobGas } from '../blob.js';
import type { ForkRules } from '../fork-rules.js';
import { calcDifficulty } from './difficulty.js';
import { InvalidBlockError } from './errors.js';
import { type BlockHeader, EMPTY_OMMERS_HASH } from './header.js';

const MAX_EXTRA_DATA = 32;
const MIN_GAS_LIMIT = 5000n;
const MAX_GAS_LIMIT = (1n << 63n) - 1n;
const GAS_LIMIT_BOUND_DIVISOR = 1024n;
/** EIP-1559: the base fee of the first London block. */
export const INITIAL_BASE_FEE = 1_000_000_000n;

const fail = (reason: string, message: string): never => {
  throw new InvalidBlockError(reason, message);
};
const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** EIP-1559 base fee of the block after `parent` (`parentRules`: the parent's fork). */
export function calcBaseFee(parent: BlockHeader, parentRules: ForkRules): bigint {
  if (!parentRules.hasBaseFee) return INITIAL_BASE_FEE;
  const target = parent.gasLimit / parentRules.elasticityMultiplier;
  const baseFee = parent.baseFeePerGas!;
  if (parent.gasUsed === target) return baseFee;
  const denominator = parentRules.baseFeeChangeDenominator;
  if (parent.gasUsed > target) {
    const delta = (baseFee * (parent.gasUsed - target)) / target / denominator;
    return baseFee + (delta < 1n ? 1n : delta);
  }
  const delta = (baseFee * (target - parent.gasUsed)) / target / denominator;
  return baseFee > delta ? baseFee - delta : 0n;
}

function checkGasLimit(gasLimit: bigint, parentGasLimit: bigint): void {
  const diff = gasLimit > parentGasLimit ? gasLimit - parentGasLimit : parentGasLimit - gasLimit;
  const limit = parentGasLimit / GAS_LIMIT_BOUND_DIVISOR;
  if (diff >= limit)
    fail('INVALID_GASLIMIT', `invalid gas limit: have ${gasLimit}, want ${parentGasLimit} +/- ${limit - 1n}`);
  if (gasLimit < MIN_GAS_LIMIT) fail('INVALID_GASLIMIT', `invalid gas limit below ${MIN_GAS_LIMIT}`);
}

function presence(rules: boolean, present: boolean, field: string): void {
  if (rules && !present) fail('INCORRECT_BLOCK_FORMAT', `header is missing ${field}`);
  if (!rules && present) fail('INCORRECT_BLOCK_FORMAT', `${field} present before its fork`);
}

/**
 * Checks `h` against its parent. `rules` are the block's fork's, `parentRules` the
 * parent's; `proofOfStake` whether the block is past the merge.
 */
export function validateHeader(
  h: BlockHeader,
  parent: BlockHeader,
  rules: ForkRules,
  parentRules: ForkRules,
  proofOfStake: boolean,
): void {
  if (h.number !== parent.number + 1n) fail('INVALID_BLOCK_NUMBER', 'invalid block number');
  if (h.timestamp <= parent.timestamp)
    fail(
      'INVALID_BLOCK_TIMESTAMP_OLDER_THAN_PARENT',
      `timestamp ${h.timestamp} not after the parent's ${parent.timestamp}`,
    );
  if (h.extraData.length > MAX_EXTRA_DATA)
    fail('EXTRA_DATA_TOO_BIG', `extra-data longer than 32 bytes (${h.extraData.length})`);
  if (h.gasLimit > MAX_GAS_LIMIT)
    fail('INVALID_GASLIMIT', `invalid gasLimit: have ${h.gasLimit}, max ${MAX_GAS_LIMIT}`);
  if (h.gasUsed > h.gasLimit)
    fail('GAS_USED_OVERFLOW', `invalid gasUsed: have ${h.gasUsed}, gasLimit ${h.gasLimit}`);
  presence(rules.hasBaseFee, h.baseFeePerGas !== undefined, 'baseFee');
  if (rules.hasBaseFee) {
    // EIP-1559: the first London block may double the gas limit (its target stays).
    const parentLimit = parentRules.hasBaseFee
      ? parent.gasLimit
      : parent.gasLimit * rules.elasticityMultiplier;
    checkGasLimit(h.gasLimit, parentLimit);
    const want = calcBaseFee(parent, parentRules);
    if (h.baseFeePerGas !== want)
      fail('INVALID_BASEFEE_PER_GAS', `invalid baseFee: have ${h.baseFeePerGas}, want ${want}`);
  } else checkGasLimit(h.gasLimit, parent.gasLimit);
  if (proofOfStake) {
    if (h.difficulty !== 0n) fail('IMPROPER_NONCE', `invalid difficulty: have ${h.difficulty}, want 0`);
    if (h.nonce.some((b) => b !== 0)) fail('IMPROPER_NONCE', 'invalid nonce: not zero after the merge');
    if (!equal(h.ommersHash, EMPTY_OMMERS_HASH))
      fail('IMPORT_IMPOSSIBLE_UNCLES_OVER_PARIS', 'invalid uncle hash');
  } else {
    const want = calcDifficulty(rules, h.timestamp, parent);
    if (h.difficulty !== want)
      fail('INVALID_DIFFICULTY', `invalid difficulty: have ${h.difficulty}, want ${want}`);
  }
  presence(rules.withdrawals, h.withdrawalsRoot !== undefined, 'withdrawalsRoot');
  presence(rules.blobs, h.blobGasUsed !== undefined, 'blobGasUsed');
  presence(rules.blobs, h.excessBlobGas !== undefined, 'excessBlobGas');
  presence(rules.beaconRoot, h.parentBeaconBlockRoot !== undefined, 'parentBeaconBlockRoot');
  presence(rules.requests, h.requestsHash !== undefined, 'requestsHash');
  if (rules.blobs) {
    const max = BigInt(rules.blob.max) * GAS_PER_BLOB;
    if (h.blobGasUsed! > max)
      fail('BLOB_GAS_USED_ABOVE_LIMIT', `blob gas used ${h.blobGasUsed} exceeds maximum allowance ${max}`);
    if (h.blobGasUsed! % GAS_PER_BLOB !== 0n)
      fail('INCORRECT_BLOB_GAS_USED', `blob gas used ${h.blobGasUsed} not a multiple of blob gas per blob`);
    const want = nextExcessBlobGas(
      {
        excessBlobGas: parent.excessBlobGas ?? 0n,
        blobGasUsed: parent.blobGasUsed ?? 0n,
        baseFee: parent.baseFeePerGas ?? 0n,
      },
      rules.blob,
      rules.blobBaseCost,
    );
    if (h.excessBlobGas !== want)
      fail('INCORRECT_EXCESS_BLOB_GAS', `invalid excessBlobGas: have ${h.excessBlobGas}, want ${want}`);
  }
}
