/** KZG POINT EVALUATION (0x0a): go-ethereum vector, versioned hash, length, proof and gas failures. */
import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from '../../core/bytes.js';
import { pointEvaluation } from './point-evaluation.js';

interface Vector {
  name: string;
  input: string;
  expected?: string;
  gas?: bigint;
}

// Source: go-ethereum core/vm/testdata/precompiles/pointEvaluation.json (selection)
const POINT_EVALUATION: readonly Vector[] = [
  {
    name: 'pointEvaluation1',
    input:
      '01e798154708fe7789429634053cbf9f99b619f9f084048927333fce637f549b564c0a11a0f704f4fc3e8acfe0f8245f0ad1347b378fbf96e206da11a5d3630624d25032e67a7e6a4910df5834b8fe70e6bcfeeac0352434196bdf4b2485d5a18f59a8d2a1a625a17f3fea0fe5eb8c896db3764f3185481bc22f91b4aaffcca25f26936857bc3a7c2539ea8ec3a952b7873033e038326e87ed3e1276fd140253fa08e9fc25fb2d9a98527fc22a2c9612fbeafdad446cbc7bcdbdcd780af2c16a',
    expected:
      '000000000000000000000000000000000000000000000000000000000000100073eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001',
    gas: 50000n,
  },
];

const FAIL = (gas: bigint) => ({ success: false, gasUsed: gas, output: new Uint8Array(0) });
const V = POINT_EVALUATION[0]!;

describe('point evaluation', () => {
  it('go-ethereum pointEvaluation1 returns FIELD_ELEMENTS_PER_BLOB and BLS_MODULUS', () => {
    const r = pointEvaluation(hexToBytes(V.input), 60000n);
    expect(r.success).toBe(true);
    expect(r.gasUsed).toBe(50000n);
    expect(bytesToHex(r.output)).toBe(V.expected);
  });
  it('fails below 50000 gas', () => {
    expect(pointEvaluation(hexToBytes(V.input), 49999n)).toEqual(FAIL(49999n));
  });
  it('fails on a length other than 192', () => {
    expect(pointEvaluation(hexToBytes(V.input).subarray(0, 191), 60000n)).toEqual(FAIL(60000n));
    expect(pointEvaluation(hexToBytes(`${V.input}00`), 60000n)).toEqual(FAIL(60000n));
  });
  it('fails on a wrong version byte or a versioned hash that does not match the commitment', () => {
    const input = hexToBytes(V.input);
    const wrongVersion = input.slice();
    wrongVersion[0] = 0x02;
    expect(pointEvaluation(wrongVersion, 60000n)).toEqual(FAIL(60000n));
    const wrongHash = input.slice();
    wrongHash[31]! ^= 1;
    expect(pointEvaluation(wrongHash, 60000n)).toEqual(FAIL(60000n));
  });
  it('fails on a wrong claimed value y or a y not below BLS_MODULUS', () => {
    const input = hexToBytes(V.input);
    const wrongY = input.slice();
    wrongY[95]! ^= 1;
    expect(pointEvaluation(wrongY, 60000n)).toEqual(FAIL(60000n));
    const bigY = input.slice();
    bigY.set(hexToBytes('73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001'), 64);
    expect(pointEvaluation(bigY, 60000n)).toEqual(FAIL(60000n));
  });
  it('fails on a proof that is not a valid G1 point', () => {
    const input = hexToBytes(V.input);
    input[191]! ^= 1;
    expect(pointEvaluation(input, 60000n)).toEqual(FAIL(60000n));
  });
});
