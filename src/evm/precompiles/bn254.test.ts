/** BN254 ECADD/ECMUL/PAIRING (0x06-0x08): go-ethereum vectors, EIP-1108 gas, invalid points. */

import { bn254 } from '@noble/curves/bn254.js';
import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from '../../core/bytes.js';
import { bn254AddByzantium, bn254AddIstanbul } from './bn254-add.js';
import { bn254MulByzantium, bn254MulIstanbul } from './bn254-mul.js';
import { bn254PairingByzantium, bn254PairingIstanbul } from './bn254-pairing.js';
import type { Precompile } from './types.js';

interface Vector {
  name: string;
  input: string;
  expected?: string;
  gas?: bigint;
}

// Source: go-ethereum core/vm/testdata/precompiles/bn256Add.json (selection)
const ADD: readonly Vector[] = [
  {
    name: 'chfast1',
    input:
      '18b18acfb4c2c30276db5411368e7185b311dd124691610c5d3b74034e093dc9063c909c4720840cb5134cb9f59fa749755796819658d32efc0d288198f3726607c2b7f58a84bd6145f00c9c2bc0bb1a187f20ff2c92963a88019e7c6a014eed06614e20c147e940f2d70da3f74c9a17df361706a4485c742bd6788478fa17d7',
    expected:
      '2243525c5efd4b9c3d3c45ac0ca3fe4dd85e830a4ce6b65fa1eeaee202839703301d1d33be6da8e509df21cc35964723180eed7532537db9ae5e7d48f195c915',
    gas: 150n,
  },
  {
    name: 'chfast2',
    input:
      '2243525c5efd4b9c3d3c45ac0ca3fe4dd85e830a4ce6b65fa1eeaee202839703301d1d33be6da8e509df21cc35964723180eed7532537db9ae5e7d48f195c91518b18acfb4c2c30276db5411368e7185b311dd124691610c5d3b74034e093dc9063c909c4720840cb5134cb9f59fa749755796819658d32efc0d288198f37266',
    expected:
      '2bd3e6d0f3b142924f5ca7b49ce5b9d54c4703d7ae5648e61d02268b1a0a9fb721611ce0a6af85915e2f1d70300909ce2e49dfad4a4619c8390cae66cefdb204',
    gas: 150n,
  },
  {
    name: 'cdetrio1',
    input:
      '0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000',
    expected:
      '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000',
    gas: 150n,
  },
  {
    name: 'cdetrio4',
    input: '',
    expected:
      '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000',
    gas: 150n,
  },
  {
    name: 'cdetrio6',
    input:
      '0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002',
    expected:
      '00000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002',
    gas: 150n,
  },
  {
    name: 'cdetrio11',
    input:
      '0000000000000000000000000000000000000000000000000000000000000001000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002',
    expected:
      '030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd315ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4',
    gas: 150n,
  },
];

// Source: go-ethereum core/vm/testdata/precompiles/bn256ScalarMul.json (selection)
const MUL: readonly Vector[] = [
  {
    name: 'chfast1',
    input:
      '2bd3e6d0f3b142924f5ca7b49ce5b9d54c4703d7ae5648e61d02268b1a0a9fb721611ce0a6af85915e2f1d70300909ce2e49dfad4a4619c8390cae66cefdb20400000000000000000000000000000000000000000000000011138ce750fa15c2',
    expected:
      '070a8d6a982153cae4be29d434e8faef8a47b274a053f5a4ee2a6c9c13c31e5c031b8ce914eba3a9ffb989f9cdd5b0f01943074bf4f0f315690ec3cec6981afc',
    gas: 6000n,
  },
  {
    name: 'chfast2',
    input:
      '070a8d6a982153cae4be29d434e8faef8a47b274a053f5a4ee2a6c9c13c31e5c031b8ce914eba3a9ffb989f9cdd5b0f01943074bf4f0f315690ec3cec6981afc30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd46',
    expected:
      '025a6f4181d2b4ea8b724290ffb40156eb0adb514c688556eb79cdea0752c2bb2eff3f31dea215f1eb86023a133a996eb6300b44da664d64251d05381bb8a02e',
    gas: 6000n,
  },
  {
    name: 'chfast3',
    input:
      '025a6f4181d2b4ea8b724290ffb40156eb0adb514c688556eb79cdea0752c2bb2eff3f31dea215f1eb86023a133a996eb6300b44da664d64251d05381bb8a02e183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea3',
    expected:
      '14789d0d4a730b354403b5fac948113739e276c23e0258d8596ee72f9cd9d3230af18a63153e0ec25ff9f2951dd3fa90ed0197bfef6e2a1a62b5095b9d2b4a27',
    gas: 6000n,
  },
  {
    name: 'cdetrio1',
    input:
      '1a87b0584ce92f4593d161480614f2989035225609f08058ccfa3d0f940febe31a2f3c951f6dadcc7ee9007dff81504b0fcd6d7cf59996efdc33d92bf7f9f8f6ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
    expected:
      '2cde5879ba6f13c0b5aa4ef627f159a3347df9722efce88a9afbb20b763b4c411aa7e43076f6aee272755a7f9b84832e71559ba0d2e0b17d5f9f01755e5b0d11',
    gas: 6000n,
  },
  {
    name: 'cdetrio6',
    input:
      '17c139df0efee0f766bc0204762b774362e4ded88953a39ce849a8a7fa163fa901e0559bacb160664764a357af8a9fe70baa9258e0b959273ffc5718c6d4cc7cffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
    expected:
      '29e587aadd7c06722aabba753017c093f70ba7eb1f1c0104ec0564e7e3e21f6022b1143f6a41008e7755c71c3d00b6b915d386de21783ef590486d8afa8453b1',
    gas: 6000n,
  },
  {
    name: 'cdetrio11',
    input:
      '039730ea8dff1254c0fee9c0ea777d29a9c710b7e616683f194f18c43b43b869073a5ffcc6fc7a28c30723d6e58ce577356982d65b833a5a5c15bf9024b43d98ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
    expected:
      '00a1a234d08efaa2616607e31eca1980128b00b415c845ff25bba3afcb81dc00242077290ed33906aeb8e42fd98c41bcb9057ba03421af3f2d08cfc441186024',
    gas: 6000n,
  },
  {
    name: 'zeroScalar',
    input:
      '039730ea8dff1254c0fee9c0ea777d29a9c710b7e616683f194f18c43b43b869073a5ffcc6fc7a28c30723d6e58ce577356982d65b833a5a5c15bf9024b43d980000000000000000000000000000000000000000000000000000000000000000',
    expected:
      '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000',
    gas: 6000n,
  },
];

// Source: go-ethereum core/vm/testdata/precompiles/bn256Pairing.json (selection)
const PAIRING: readonly Vector[] = [
  {
    name: 'jeff1',
    input:
      '1c76476f4def4bb94541d57ebba1193381ffa7aa76ada664dd31c16024c43f593034dd2920f673e204fee2811c678745fc819b55d3e9d294e45c9b03a76aef41209dd15ebff5d46c4bd888e51a93cf99a7329636c63514396b4a452003a35bf704bf11ca01483bfa8b34b43561848d28905960114c8ac04049af4b6315a416782bb8324af6cfc93537a2ad1a445cfd0ca2a71acd7ac41fadbf933c2a51be344d120a2a4cf30c1bf9845f20c6fe39e07ea2cce61f0c9bb048165fe5e4de877550111e129f1cf1097710d41c4ac70fcdfa5ba2023c6ff1cbeac322de49d1b6df7c2032c61a830e3c17286de9462bf242fca2883585b93870a73853face6a6bf411198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa',
    expected: '0000000000000000000000000000000000000000000000000000000000000001',
    gas: 113000n,
  },
  {
    name: 'jeff2',
    input:
      '2eca0c7238bf16e83e7a1e6c5d49540685ff51380f309842a98561558019fc0203d3260361bb8451de5ff5ecd17f010ff22f5c31cdf184e9020b06fa5997db841213d2149b006137fcfb23036606f848d638d576a120ca981b5b1a5f9300b3ee2276cf730cf493cd95d64677bbb75fc42db72513a4c1e387b476d056f80aa75f21ee6226d31426322afcda621464d0611d226783262e21bb3bc86b537e986237096df1f82dff337dd5972e32a8ad43e28a78a96a823ef1cd4debe12b6552ea5f06967a1237ebfeca9aaae0d6d0bab8e28c198c5a339ef8a2407e31cdac516db922160fa257a5fd5b280642ff47b65eca77e626cb685c84fa6d3b6882a283ddd1198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa',
    expected: '0000000000000000000000000000000000000000000000000000000000000001',
    gas: 113000n,
  },
  {
    name: 'empty_data',
    input: '',
    expected: '0000000000000000000000000000000000000000000000000000000000000001',
    gas: 45000n,
  },
  {
    name: 'one_point',
    input:
      '00000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa',
    expected: '0000000000000000000000000000000000000000000000000000000000000000',
    gas: 79000n,
  },
  {
    name: 'two_point_match_2',
    input:
      '00000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa00000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d',
    expected: '0000000000000000000000000000000000000000000000000000000000000001',
    gas: 113000n,
  },
];

const P = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47n;
const word = (n: bigint) => n.toString(16).padStart(64, '0');
const FAIL = (gas: bigint) => ({ success: false, gasUsed: gas, output: new Uint8Array(0) });

function runVectors(label: string, fn: Precompile, vectors: readonly Vector[]): void {
  for (const v of vectors) {
    it(`${label} go-ethereum ${v.name}`, () => {
      const r = fn(hexToBytes(v.input), 1_000_000n);
      expect(r.success).toBe(true);
      expect(r.gasUsed).toBe(v.gas);
      expect(bytesToHex(r.output)).toBe(v.expected);
    });
  }
}

/** A point on the twist E'(Fp2) that is not in the order-r subgroup: x = 1 + k, y = sqrt(x^3 + b'). */
function twistPointOutsideG2(): string {
  const Fp2 = bn254.fields.Fp2;
  const b = Fp2.div(Fp2.fromBigTuple([3n, 0n]), Fp2.fromBigTuple([9n, 1n])); // 3 / (9 + u), EIP-197
  for (let k = 1n; ; k++) {
    const x = Fp2.fromBigTuple([k, 0n]);
    const rhs = Fp2.add(Fp2.mul(Fp2.sqr(x), x), b);
    let y: ReturnType<typeof Fp2.sqrt>;
    try {
      y = Fp2.sqrt(rhs);
    } catch {
      continue;
    }
    if (!Fp2.eql(Fp2.sqr(y), rhs)) continue;
    return word(x.c1) + word(x.c0) + word(y.c1) + word(y.c0);
  }
}

describe('bn254 add', () => {
  runVectors('add', bn254AddIstanbul, ADD);
  it('costs 500 before Istanbul and 150 after', () => {
    const input = hexToBytes(ADD[0]!.input);
    expect(bn254AddByzantium(input, 1000n).gasUsed).toBe(500n);
    expect(bn254AddByzantium(input, 499n)).toEqual(FAIL(499n));
    expect(bn254AddIstanbul(input, 149n)).toEqual(FAIL(149n));
  });
  it('rejects a point off the curve and a coordinate >= p', () => {
    expect(bn254AddIstanbul(hexToBytes(word(1n) + word(3n)), 1000n)).toEqual(FAIL(1000n));
    // (1, 2) is the generator; (1, 2 + p) encodes the same residue but is not canonical
    expect(bn254AddIstanbul(hexToBytes(word(1n) + word(2n)), 1000n).success).toBe(true);
    expect(bn254AddIstanbul(hexToBytes(word(1n) + word(2n + P)), 1000n)).toEqual(FAIL(1000n));
  });
  it('G + (-G) is the point at infinity, encoded as zeros', () => {
    const r = bn254AddIstanbul(hexToBytes(word(1n) + word(2n) + word(1n) + word(P - 2n)), 1000n);
    expect(bytesToHex(r.output)).toBe('00'.repeat(64));
  });
});

describe('bn254 mul', () => {
  runVectors('mul', bn254MulIstanbul, MUL);
  it('costs 40000 before Istanbul and 6000 after', () => {
    const input = hexToBytes(MUL[0]!.input);
    expect(bn254MulByzantium(input, 40000n).gasUsed).toBe(40000n);
    expect(bn254MulByzantium(input, 39999n)).toEqual(FAIL(39999n));
    expect(bn254MulIstanbul(input, 5999n)).toEqual(FAIL(5999n));
  });
  it('rejects a point off the curve', () => {
    expect(bn254MulIstanbul(hexToBytes(word(1n) + word(3n) + word(2n)), 6000n)).toEqual(FAIL(6000n));
  });
  it('multiplies by the group order to infinity and by 2^256 - 1 like by (2^256 - 1) mod r', () => {
    const r = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001n;
    const g = word(1n) + word(2n);
    expect(bytesToHex(bn254MulIstanbul(hexToBytes(g + word(r)), 6000n).output)).toBe('00'.repeat(64));
    const big = (1n << 256n) - 1n;
    expect(bn254MulIstanbul(hexToBytes(g + word(big)), 6000n).output).toEqual(
      bn254MulIstanbul(hexToBytes(g + word(big % r)), 6000n).output,
    );
  });
});

describe('bn254 pairing', () => {
  runVectors('pairing', bn254PairingIstanbul, PAIRING);
  it('costs 100000 + 80000k before Istanbul and 45000 + 34000k after', () => {
    const input = hexToBytes(PAIRING[0]!.input); // two pairs
    expect(bn254PairingByzantium(input, 1_000_000n).gasUsed).toBe(260000n);
    expect(bn254PairingByzantium(input, 259999n)).toEqual(FAIL(259999n));
    expect(bn254PairingIstanbul(input, 112999n)).toEqual(FAIL(112999n));
  });
  it('rejects an input length that is not a multiple of 192', () => {
    const input = hexToBytes(PAIRING[0]!.input).subarray(0, 191);
    expect(bn254PairingIstanbul(input, 1_000_000n)).toEqual(FAIL(1_000_000n));
  });
  it('rejects a twist point outside the G2 subgroup, even when paired with G1 infinity', () => {
    const bad = twistPointOutsideG2();
    expect(bn254PairingIstanbul(hexToBytes(word(0n) + word(0n) + bad), 100000n)).toEqual(FAIL(100000n));
    expect(bn254PairingIstanbul(hexToBytes(word(1n) + word(2n) + bad), 100000n)).toEqual(FAIL(100000n));
  });
  it('rejects a G2 coordinate >= p', () => {
    const one = PAIRING.find((v) => v.name === 'one_point')!.input;
    const bad = one.slice(0, 128) + word(BigInt(`0x${one.slice(128, 192)}`) + P) + one.slice(192);
    expect(bn254PairingIstanbul(hexToBytes(bad), 100000n)).toEqual(FAIL(100000n));
  });
});
