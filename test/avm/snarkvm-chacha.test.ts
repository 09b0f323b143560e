/**
 * `rand.chacha` layer by layer. No independent vector exists for a whole `rand.chacha`
 * output (snarkVM's test_rand.aleo expectation depends on transition ids drawn from its
 * test RNG), so each layer is checked against its own published source:
 * - the ChaCha20 block: RFC 8439 §2.3.2;
 * - the generator: rand_chacha's own tests (rand_chacha/src/chacha.rs:
 *   test_chacha_true_values_a/b, test_chacha_multiple_blocks, test_chacha_true_bytes,
 *   test_rng_output, test_chacha_construction);
 * - the draws: rand 0.8's `Standard` rules (bool = top bit of next_u32, u128 = two
 *   next_u64 low first) and snarkVM's Fp256 sampling (four u64 limbs, masked, read as
 *   Montgomery form), applied to the words of rand_chacha's zero-seed vector.
 */
import { describe, expect, it } from 'vitest';
import { ChaCha20Rng, chachaBlock, keyWords } from '../../src/avm/chacha/chacha20.js';
import { sampleLiteral } from '../../src/avm/chacha/sample.js';
import { randChaChaSeed } from '../../src/avm/chacha/seed.js';
import { Fq, Fs } from '../../src/avm/crypto/modular.js';
import { AleoParseError } from '../../src/avm/errors.js';
import { checkProgram, parseProgram } from '../../src/avm/index.js';

const ZERO_BLOCK_0 = [
  0xade0b876, 0x903df1a0, 0xe56a5d40, 0x28bd8653, 0xb819d2bd, 0x1aed8da0, 0xccef36a8, 0xc70d778b, 0x7c5941da,
  0x8d485751, 0x3fe02477, 0x374ad8b8, 0xf4b8436a, 0x1ca11815, 0x69b687c3, 0x8665eeb2,
];
const ZERO_BLOCK_1 = [
  0xbee7079f, 0x7a385155, 0x7c97ba98, 0x0d082d73, 0xa0290fcb, 0x6965e348, 0x3e53c612, 0xed7aee32, 0x7621b729,
  0x434ee69c, 0xb03371d5, 0xd539d874, 0x281fed31, 0x45fb0a51, 0x1f0ae1ac, 0x6f4d794b,
];

const words = (rng: ChaCha20Rng, n: number) => Array.from({ length: n }, () => rng.nextU32());

describe('ChaCha20 block (RFC 8439 §2.3.2)', () => {
  it('key 00..1f, counter 1, nonce 00000009 0000004a 00000000', () => {
    const key = keyWords(Uint8Array.from({ length: 32 }, (_, i) => i));
    expect([...chachaBlock(key, [1, 0x09000000, 0x4a000000, 0])]).toEqual([
      0xe4e7f110, 0x15593bd1, 0x1fdd0f50, 0xc47120a3, 0xc7f4d1c7, 0x0368c033, 0x9aaa2204, 0x4e6cd4c3,
      0x466482d2, 0x09aa9f07, 0x05d7c214, 0xa2028bd9, 0xd19c12b5, 0xb94e16de, 0xe883d0cb, 0x4e3c50a2,
    ]);
  });
});

describe('ChaCha20Rng (rand_chacha test vectors)', () => {
  it('test_chacha_true_values_a: zero seed, two blocks', () => {
    const rng = new ChaCha20Rng(new Uint8Array(32));
    expect(words(rng, 16)).toEqual(ZERO_BLOCK_0);
    expect(words(rng, 16)).toEqual(ZERO_BLOCK_1);
  });

  it('test_chacha_true_values_b: seed ending in 1, block 1', () => {
    const seed = new Uint8Array(32);
    seed[31] = 1;
    const rng = new ChaCha20Rng(seed);
    words(rng, 16);
    expect(words(rng, 16)).toEqual([
      0x2452eb3a, 0x9249f8ec, 0x8d829d9b, 0xddd4ceb1, 0xe8252083, 0x60818b01, 0xf38422b8, 0x5aaa49c9,
      0xbb00ca8e, 0xda3ba7b4, 0xc4b592d1, 0xfdf2732f, 0x4436274e, 0x2561b3c8, 0xebdd4aa6, 0xa0136c00,
    ]);
  });

  it('test_chacha_multiple_blocks: word i of block i', () => {
    const seed = Uint8Array.from({ length: 32 }, (_, i) => (i % 4 === 0 ? i / 4 : 0));
    const rng = new ChaCha20Rng(seed);
    const got: number[] = [];
    for (let i = 0; i < 16; i++) {
      got.push(rng.nextU32());
      words(rng, 16);
    }
    expect(got).toEqual([
      0xf225c81a, 0x6ab1be57, 0x04d42951, 0x70858036, 0x49884684, 0x64efec72, 0x4be2d186, 0x3615b384,
      0x11cfa18e, 0xd3c50049, 0x75c775f6, 0x434c6530, 0x2c5bad8f, 0x898881dc, 0x5f1c86d9, 0xc1f8e7f4,
    ]);
  });

  it('test_chacha_true_bytes and test_rng_output: fill_bytes takes whole words', () => {
    expect([...new ChaCha20Rng(new Uint8Array(32)).fillBytes(32)]).toEqual([
      118, 184, 224, 173, 160, 241, 61, 144, 64, 93, 106, 229, 83, 134, 189, 40, 189, 210, 25, 184, 160, 141,
      237, 26, 168, 54, 239, 204, 139, 119, 13, 199,
    ]);
    const rng = new ChaCha20Rng(Uint8Array.from({ length: 32 }, (_, i) => i + 1));
    expect([...rng.fillBytes(13)]).toEqual([177, 105, 126, 159, 198, 70, 30, 25, 131, 209, 49, 207, 105]);
    expect([...rng.fillBytes(13)]).toEqual([167, 163, 252, 19, 79, 20, 152, 128, 232, 187, 43, 93, 35]);
  });

  it('test_chacha_construction: first word', () => {
    const seed = Uint8Array.from({ length: 32 }, (_, i) => (i % 8 === 0 ? i / 8 : 0));
    expect(new ChaCha20Rng(seed).nextU32()).toBe(137206642);
  });
});

describe('draws (rand 0.8 Standard, snarkVM Fp256 sampling) on the zero-seed stream', () => {
  const w = ZERO_BLOCK_0.map(BigInt);
  const u64 = (i: number) => (w[i + 1]! << 32n) | w[i]!;
  const fresh = () => new ChaCha20Rng(new Uint8Array(32));

  it('boolean is the top bit of one word; small integers its low bits', () => {
    expect(sampleLiteral(fresh(), 'boolean')).toEqual({ type: 'boolean', value: true }); // 0xade0b876
    expect(sampleLiteral(fresh(), 'u8')).toEqual({ type: 'u8', value: 0x76n });
    expect(sampleLiteral(fresh(), 'i8')).toEqual({ type: 'i8', value: 0x76n });
    expect(sampleLiteral(fresh(), 'i16')).toEqual({ type: 'i16', value: BigInt.asIntN(16, 0xb876n) });
    expect(sampleLiteral(fresh(), 'u32')).toEqual({ type: 'u32', value: 0xade0b876n });
  });

  it('u64 takes two words low first; u128 two u64 low first', () => {
    expect(sampleLiteral(fresh(), 'u64')).toEqual({ type: 'u64', value: u64(0) });
    expect(sampleLiteral(fresh(), 'u128')).toEqual({ type: 'u128', value: (u64(2) << 64n) | u64(0) });
    expect(sampleLiteral(fresh(), 'i64')).toEqual({ type: 'i64', value: BigInt.asIntN(64, u64(0)) });
  });

  it('field: four limbs, top limb masked to 253 bits, Montgomery form', () => {
    const repr = u64(0) | (u64(2) << 64n) | (u64(4) << 128n) | ((u64(6) & ((1n << 61n) - 1n)) << 192n);
    expect(repr < Fq.p).toBe(true);
    const value = Fq.mul(repr, Fq.inv(Fq.mod(1n << 256n)));
    expect(sampleLiteral(fresh(), 'field')).toEqual({ type: 'field', value });
  });

  it('scalar: top limb masked to 251 bits, retried until below the modulus', () => {
    const rng = fresh();
    const got = sampleLiteral(rng, 'scalar');
    expect(got.type).toBe('scalar');
    expect((got.value as bigint) < Fs.p).toBe(true);
  });

  it('group: a point of the prime-order subgroup', () => {
    const g = sampleLiteral(fresh(), 'group');
    const p = g.value as { x: bigint; y: bigint };
    // On the curve -x² + y² = 1 + 3021·x²·y².
    expect(Fq.add(Fq.neg(Fq.square(p.x)), Fq.square(p.y))).toBe(
      Fq.add(1n, Fq.mul(3021n, Fq.mul(Fq.square(p.x), Fq.square(p.y)))),
    );
  });
});

describe('rand.chacha seed and syntax', () => {
  it('the seed depends on every preimage part (BHP1024 over to_bits_le)', () => {
    const base = {
      randomSeed: new Uint8Array(32),
      transitionId: 7n,
      programId: 'test_rand.aleo',
      functionName: 'f',
      destination: 8,
      type: 'u8' as const,
      seeds: [],
    };
    const a = randChaChaSeed(base);
    expect(a.length).toBe(32);
    for (const change of [
      { transitionId: 8n },
      { functionName: 'g' },
      { destination: 9 },
      { type: 'u16' as const },
      { seeds: [{ kind: 'literal' as const, literal: { type: 'u8' as const, value: 0n } }] },
    ])
      expect(randChaChaSeed({ ...base, ...change })).not.toEqual(a);
  });

  it('rejects `as string` and more than two seeds when parsing (RandChaCha::parse)', () => {
    const prog = (cmd: string) => `program r.aleo;
function f:
    async f into r0;
    output r0 as r.aleo/f.future;
finalize f:
    ${cmd}
`;
    expect(() => parseProgram(prog('rand.chacha into r0 as string;'))).toThrow(AleoParseError);
    expect(() => parseProgram(prog('rand.chacha 1u8 2u8 3u8 into r0 as u8;'))).toThrow(AleoParseError);
    expect(() => checkProgram(prog('rand.chacha 1u8 2u8 into r0 as signature;'))).not.toThrow();
  });
});
