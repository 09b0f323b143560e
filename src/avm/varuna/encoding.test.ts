import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bech32mDecode, bech32mEncode } from '../crypto/bech32m.js';
import { initBls12377 } from '../curves/bls12-377.js';
import {
  decodeVerifyingKey,
  encodeVerifyingKey,
  parseVerifyingKey,
  verifyingKeyToString,
} from './encoding.js';

// The credits.aleo verifying keys @provablehq/sdk bundles (scripts/avm/gen-varuna-fixtures.ts).
const bundled: Record<string, string> = JSON.parse(
  readFileSync(
    new URL('../../../test/avm/fixtures/varuna/credits-verifying-keys.json', import.meta.url),
    'utf8',
  ),
).keys;

beforeAll(() => initBls12377());

describe('Varuna verifying keys', () => {
  it('parses and re-serialises all 15 bundled credits.aleo keys byte for byte (673 bytes)', () => {
    expect(Object.keys(bundled)).toHaveLength(15);
    for (const text of Object.values(bundled)) {
      const vk = parseVerifyingKey(text);
      expect(encodeVerifyingKey(vk)).toHaveLength(673);
      expect(verifyingKeyToString(vk)).toBe(text);
      expect(vk.commitments).toHaveLength(12);
    }
  });

  it('reads transfer_public’s circuit info and id (as the circuit helper’s oracle reads them)', () => {
    const vk = parseVerifyingKey(bundled.transferPublicVerifier as string);
    expect(vk.info).toEqual({
      numPublicInputs: 16,
      numVariables: 12337,
      numConstraints: 12326,
      nonZeroA: 28244,
      nonZeroB: 38007,
      nonZeroC: 16680,
    });
    expect(Buffer.from(vk.id).toString('hex').slice(0, 8)).toBe('85742c8c');
  });

  it('refuses damaged keys with a one-line reason', () => {
    const bytes = bech32mDecode(bundled.joinVerifier as string, 'verifier', 'vk');
    expect(() => decodeVerifyingKey(bytes.slice(0, 600))).toThrow(
      'verifying key: ends after 600 bytes, 48 more needed',
    );
    const extra = new Uint8Array([...bytes, 0]);
    expect(() => decodeVerifyingKey(extra)).toThrow('verifying key: 1 trailing bytes after 673');
    const v2 = new Uint8Array(bytes);
    v2[0] = 2;
    expect(() => decodeVerifyingKey(v2)).toThrow('verifying key: version 2, expected 1');
    // A commitment whose x is not on the curve.
    const bad = new Uint8Array(bytes);
    bad[57] = (bad[57] as number) ^ 1;
    expect(() => parseVerifyingKey(bech32mEncode('verifier', bad))).toThrow(/verifying key/);
  });
});
