/**
 * Blob gas (EIP-4844, with the parameters of EIP-7691 and EIP-7892 BPO forks taken from the
 * fork's blob schedule): the blob base fee from the excess blob gas, and the excess blob
 * gas of a block from its parent's, with EIP-7918's reserve price from Osaka on.
 */
import type { BlobParams } from './fork-rules.js';

export const GAS_PER_BLOB = 131072n;
const MIN_BLOB_BASE_FEE = 1n;

/** EIP-4844 fake_exponential: factor * e^(numerator / denominator), in integers. */
export function fakeExponential(factor: bigint, numerator: bigint, denominator: bigint): bigint {
  let i = 1n;
  let output = 0n;
  let acc = factor * denominator;
  while (acc > 0n) {
    output += acc;
    acc = (acc * numerator) / (denominator * i);
    i++;
  }
  return output / denominator;
}

/** The blob base fee at `excessBlobGas` (Cancun's update fraction unless another is given). */
export function blobBaseFee(excessBlobGas: bigint, updateFraction = 3338477n): bigint {
  return fakeExponential(MIN_BLOB_BASE_FEE, excessBlobGas, updateFraction);
}

export interface BlobParent {
  excessBlobGas: bigint;
  blobGasUsed: bigint;
  baseFee: bigint;
}

/**
 * The excess blob gas of a block over `parent`, under the block's blob parameters; with
 * `blobBaseCost` (EIP-7918, Osaka) the excess only falls while blobs cost more than the
 * reserve price BLOB_BASE_COST * base fee.
 */
export function nextExcessBlobGas(parent: BlobParent, blob: BlobParams, blobBaseCost: bigint): bigint {
  const excess = parent.excessBlobGas + parent.blobGasUsed;
  const target = BigInt(blob.target) * GAS_PER_BLOB;
  if (excess < target) return 0n;
  if (blobBaseCost > 0n) {
    const reserve = blobBaseCost * parent.baseFee;
    const price = blobBaseFee(parent.excessBlobGas, blob.updateFraction) * GAS_PER_BLOB;
    if (reserve > price)
      return parent.excessBlobGas + (parent.blobGasUsed * BigInt(blob.max - blob.target)) / BigInt(blob.max);
  }
  return excess - target;
}
