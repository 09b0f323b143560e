// Hash and commitment primitives against the @provablehq/sdk oracle (snarkVM as WASM):
// Plaintext::to_bits_le / to_fields, BHP256..1024 (hash, hash to group, commit), Pedersen64/128
// (hash, commit), Poseidon2/4/8 (hash, hash_many, hash to group, hash to scalar).
// Fixtures: scripts/avm-crypto/gen-hash.mjs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type BhpVariant, bhpCommitToGroup, bhpHash, bhpHashToGroup } from './bhp.js';
import { bitsToUint } from './bits.js';
import { plaintextBits, plaintextFields } from './encode.js';
import { readPlaintext } from './fixtures/plaintext-text.js';
import { type PedersenVariant, pedersenCommitToGroup, pedersenHash } from './pedersen.js';
import {
  type PoseidonRate,
  poseidonHash,
  poseidonHashMany,
  poseidonHashToGroup,
  poseidonHashToScalar,
} from './poseidon.js';
import { formatField, formatGroup, formatScalar, parseScalar } from './text.js';

const vectors = JSON.parse(readFileSync(new URL('./fixtures/hash.json', import.meta.url), 'utf8'));
const bitString = (bits: boolean[]) => bits.map((b) => (b ? '1' : '0')).join('');
/** A fixture entry is either the printed value or {error} when snarkVM rejected the input. */
function check(expected: unknown, actual: () => string) {
  if (typeof expected === 'string') expect(actual()).toBe(expected);
  else expect(actual).toThrow();
}

describe('plaintext encoding (oracle)', () => {
  for (const v of vectors) {
    it(v.input, () => {
      const p = readPlaintext(v.input);
      expect(bitString(plaintextBits(p))).toBe(v.bits);
      expect(plaintextFields(p).map(formatField)).toEqual(v.fields);
    });
  }
});

for (const variant of ['bhp256', 'bhp512', 'bhp768', 'bhp1024'] as BhpVariant[]) {
  describe(`${variant} (oracle)`, () => {
    for (const v of vectors) {
      it(v.input, () => {
        const bits = plaintextBits(readPlaintext(v.input));
        const r = parseScalar(v.randomizer);
        check(v[variant].hash, () => formatField(bhpHash(variant, bits)));
        check(v[variant].group, () => formatGroup(bhpHashToGroup(variant, bits)));
        check(v[variant].commit, () => formatGroup(bhpCommitToGroup(variant, bits, r)));
      });
    }
  });
}

for (const variant of ['ped64', 'ped128'] as PedersenVariant[]) {
  describe(`${variant} (oracle)`, () => {
    const limit = variant === 'ped64' ? 64 : 128;
    for (const v of vectors) {
      it(v.input, () => {
        const bits = plaintextBits(readPlaintext(v.input));
        if (bits.length > limit) {
          expect(() => pedersenHash(variant, bits)).toThrow(`expected <= ${limit}, found ${bits.length}`);
          return;
        }
        check(v[variant].hash, () => formatField(pedersenHash(variant, bits)));
        check(v[variant].commit, () =>
          formatGroup(pedersenCommitToGroup(variant, bits, parseScalar(v.randomizer))),
        );
      });
    }
  });
}

for (const rate of [2, 4, 8] as PoseidonRate[]) {
  describe(`poseidon${rate} (oracle)`, () => {
    for (const v of vectors) {
      it(v.input, () => {
        const fields = plaintextFields(readPlaintext(v.input));
        const e = v[`psd${rate}`];
        check(e.hash, () => formatField(poseidonHash(rate, fields)));
        check(e.group, () => formatGroup(poseidonHashToGroup(rate, fields)));
        check(e.scalar, () => formatScalar(poseidonHashToScalar(rate, fields)));
        check(e.many, () => poseidonHashMany(rate, fields, 5).map(formatField).join(' '));
      });
    }
  });
}

it('bit helpers agree', () => {
  expect(bitsToUint([true, false, true])).toBe(5n);
});

it('BLAKE2s core agrees with @noble/hashes (default parameter block, personalization)', async () => {
  const { blake2s: noble } = await import('@noble/hashes/blake2.js');
  const { blake2s } = await import('./blake2xs.js');
  const personal = new TextEncoder().encode('AleoHtC0');
  for (const len of [0, 1, 63, 64, 65, 200]) {
    const msg = Uint8Array.from({ length: len }, (_, i) => (i * 7) & 255);
    expect(blake2s(msg, { outLen: 32, personal })).toEqual(
      noble(msg, { dkLen: 32, personalization: personal }),
    );
  }
});

it('Montgomery constants derived from (a, d) equal snarkVM EdwardsParameters', async () => {
  const { MONTGOMERY_A, MONTGOMERY_B } = await import('./elligator2.js');
  expect(MONTGOMERY_A).toBe(3990301581132929505568273333084066329187552697088022219156688740916631500114n);
  expect(MONTGOMERY_B).toBe(4454160168295440918680551605697480202188346638066041608778544715000777738925n);
});
