/**
 * Blob transactions in the network form, on execution-apis' send-blob-tx vector (an
 * EIP-7594 sidecar with 128 cell proofs): the sidecar checks pass and the canonical
 * encoding hashes to the hash the vector expects; a wrong commitment or proof is refused.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { describe, expect, it } from 'vitest';
import { type RlpInput, rlpDecode, rlpEncode } from '../../src/evm/index.js';
import { hasBlobSidecar, stripBlobSidecar } from '../../src/evm-node/blob-sidecar.js';

const FILE = join(
  __dirname,
  '..',
  '..',
  '..',
  'shared',
  'conformance',
  'execution-apis',
  'tests',
  'eth_sendRawTransaction',
  'send-blob-tx.io',
);
const have = existsSync(FILE);

function vector(): { raw: Uint8Array; hash: string } {
  const lines = readFileSync(FILE, 'utf8').split('\n');
  const req = JSON.parse(lines.find((l) => l.startsWith('>> '))!.slice(3));
  const res = JSON.parse(lines.find((l) => l.startsWith('<< '))!.slice(3));
  return { raw: Uint8Array.from(Buffer.from(req.params[0].slice(2), 'hex')), hash: res.result };
}

/** The vector with item `index` of the sidecar's list `list` changed by `edit`. */
function tampered(raw: Uint8Array, list: number, edit: (b: Uint8Array) => Uint8Array): Uint8Array {
  const items = rlpDecode(raw.subarray(1)) as RlpInput[];
  const l = items[list] as Uint8Array[];
  l[0] = edit(Uint8Array.from(l[0]!));
  return Uint8Array.from([3, ...rlpEncode(items)]);
}

describe.skipIf(!have)('blob sidecar (network form)', () => {
  it('drops a valid sidecar; the canonical form hashes as the vector says', async () => {
    const { raw, hash } = vector();
    expect(hasBlobSidecar(raw)).toBe(true);
    const canonical = await stripBlobSidecar(raw);
    expect(hasBlobSidecar(canonical)).toBe(false);
    expect(`0x${Buffer.from(keccak_256(canonical)).toString('hex')}`).toBe(hash);
  }, 60_000);

  it('refuses a commitment that is not the versioned hash, and a wrong proof', async () => {
    const { raw } = vector();
    const flip = (b: Uint8Array) => {
      b[b.length - 1]! ^= 1;
      return b;
    };
    await expect(stripBlobSidecar(tampered(raw, 3, flip))).rejects.toThrow(/computed hash .* mismatches/);
    // The vector's blob is zero (its commitment and proofs the point at infinity): a blob
    // with a non-zero field element no longer matches them.
    const nonZero = (b: Uint8Array) => {
      b[31] = 1;
      return b;
    };
    await expect(stripBlobSidecar(tampered(raw, 2, nonZero))).rejects.toThrow('invalid blob proof');
  }, 120_000);
});
if (!have) console.log('skipped: data not found');
