/** ECRECOVER (0x01): go-ethereum vectors, gas and invalid-signature paths. */
import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from '../../core/bytes.js';
import { ecrecover } from './ecrecover.js';

interface Vector {
  name: string;
  input: string;
  expected?: string;
  gas?: bigint;
}

// Source: go-ethereum core/vm/testdata/precompiles/ecRecover.json (selection)
const ECRECOVER: readonly Vector[] = [
  {
    name: 'CallEcrecoverUnrecoverableKey',
    input:
      'a8b53bdf3306a35a7103ab5504a0c9b492295564b6202b1942a84ef300107281000000000000000000000000000000000000000000000000000000000000001b307835653165303366353363653138623737326363623030393366663731663366353366356337356237346463623331613835616138623838393262346538621122334455667788991011121314151617181920212223242526272829303132',
    expected: '',
    gas: 3000n,
  },
  {
    name: 'ValidKey',
    input:
      '18c547e4f7b0f325ad1e56f57e26c745b09a3e503d86e00e5255ff7f715d3d1c000000000000000000000000000000000000000000000000000000000000001c73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75feeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549',
    expected: '000000000000000000000000a94f5374fce5edbc8e2a8697c15331677e6ebf0b',
    gas: 3000n,
  },
  {
    name: 'InvalidHighV-bits-1',
    input:
      '18c547e4f7b0f325ad1e56f57e26c745b09a3e503d86e00e5255ff7f715d3d1c100000000000000000000000000000000000000000000000000000000000001c73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75feeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549',
    expected: '',
    gas: 3000n,
  },
  {
    name: 'InvalidHighV-bits-2',
    input:
      '18c547e4f7b0f325ad1e56f57e26c745b09a3e503d86e00e5255ff7f715d3d1c000000000000000000000000000000000000001000000000000000000000001c73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75feeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549',
    expected: '',
    gas: 3000n,
  },
  {
    name: 'InvalidHighV-bits-3',
    input:
      '18c547e4f7b0f325ad1e56f57e26c745b09a3e503d86e00e5255ff7f715d3d1c000000000000000000000000000000000000001000000000000000000000011c73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75feeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549',
    expected: '',
    gas: 3000n,
  },
];

const VALID = ECRECOVER[1]!.input;
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const word = (n: bigint) => n.toString(16).padStart(64, '0');

describe('ecrecover', () => {
  for (const v of ECRECOVER) {
    it(`go-ethereum ${v.name}`, () => {
      const r = ecrecover(hexToBytes(v.input), 100000n);
      expect(r.success).toBe(true);
      expect(r.gasUsed).toBe(3000n);
      expect(bytesToHex(r.output)).toBe(v.expected);
    });
  }

  it('fails with all gas consumed below 3000 gas', () => {
    expect(ecrecover(hexToBytes(VALID), 2999n)).toEqual({
      success: false,
      gasUsed: 2999n,
      output: new Uint8Array(0),
    });
    expect(ecrecover(hexToBytes(VALID), 3000n).success).toBe(true);
  });

  it('returns empty output for v not 27/28, r or s zero or >= n', () => {
    const hash = VALID.slice(0, 64);
    const r = VALID.slice(128, 192);
    const s = VALID.slice(192, 256);
    const cases = [
      hash + word(29n) + r + s,
      hash + word(0n) + r + s,
      hash + word(28n) + word(0n) + s,
      hash + word(28n) + r + word(0n),
      hash + word(28n) + word(N) + s,
      hash + word(28n) + r + word(N),
    ];
    for (const c of cases) {
      const res = ecrecover(hexToBytes(c), 5000n);
      expect(res.success).toBe(true);
      expect(res.gasUsed).toBe(3000n);
      expect(res.output.length).toBe(0);
    }
  });

  it('accepts a high s (no EIP-2 rule here): (r, n - s) with the other v recovers the same signer', () => {
    const hash = VALID.slice(0, 64);
    const v = BigInt(`0x${VALID.slice(64, 128)}`);
    const r = VALID.slice(128, 192);
    const sVal = BigInt(`0x${VALID.slice(192, 256)}`);
    const flipped = hash + word(v === 27n ? 28n : 27n) + r + word(N - sVal);
    expect(bytesToHex(ecrecover(hexToBytes(flipped), 3000n).output)).toBe(ECRECOVER[1]!.expected);
  });

  it('reduces a message hash >= n modulo n, as libsecp256k1 does', () => {
    const rest = VALID.slice(64);
    const a = ecrecover(hexToBytes(word(N + 5n) + rest), 3000n).output;
    const b = ecrecover(hexToBytes(word(5n) + rest), 3000n).output;
    expect(a.length).toBe(32);
    expect(a).toEqual(b);
  });

  it('right-pads short input with zeros (an all-zero input recovers nothing)', () => {
    const res = ecrecover(new Uint8Array(0), 3000n);
    expect(res).toEqual({ success: true, gasUsed: 3000n, output: new Uint8Array(0) });
  });

  it('ignores bytes past 128', () => {
    const res = ecrecover(hexToBytes(`${VALID}ffff`), 3000n);
    expect(bytesToHex(res.output)).toBe(ECRECOVER[1]!.expected);
  });
});
