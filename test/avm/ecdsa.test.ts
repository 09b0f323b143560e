/**
 * ecdsa.verify.* against snarkVM's own vectors (test/avm/fixtures/snarkvm-ecdsa.json, transcribed
 * from its test_ecdsa_keccak256_eth): the program of that test (finalize: keccak256.eth over the
 * message, and digest.eth over hash.keccak256.native.raw + deserialize.bits.raw of it) accepts each
 * valid signature for its address and rejects it for another; the native hash of each message
 * equals the vector's Keccak-256. Plus snarkVM's type rules and its finalize-only restriction.
 */
import { readFileSync } from 'node:fs';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { describe, expect, it } from 'vitest';
import { aleoState, checkProgram, execute, run, synthesize } from '../../src/avm/index.js';
import { MemoryStore } from '../../src/state/index.js';

const v = JSON.parse(readFileSync(new URL('./fixtures/snarkvm-ecdsa.json', import.meta.url), 'utf8')) as {
  invalidAddress: string;
  messages: [string, string][];
  valid: [string, string, string][];
};

const hex = (h: string): Uint8Array => {
  const s = h.replace(/^0x/, '');
  expect(s.length % 2).toBe(0);
  return Uint8Array.from(s.match(/../g)!.map((b) => Number.parseInt(b, 16)));
};
const bytes = (b: Uint8Array): string => `[${[...b].map((x) => `${x}u8`).join(', ')}]`;

const program = checkProgram(`program test_ecdsa_keccak256_eth.aleo;

function verify_message:
    input r0 as [u8; 65u32].private;
    input r1 as [u8; 20u32].private;
    input r2 as [u8; 240u32].private;
    input r3 as boolean.private;
    async verify_message r0 r1 r2 r3 into r4;
    output r4 as test_ecdsa_keccak256_eth.aleo/verify_message.future;
finalize verify_message:
    input r0 as [u8; 65u32].public;
    input r1 as [u8; 20u32].public;
    input r2 as [u8; 240u32].public;
    input r3 as boolean.public;
    ecdsa.verify.keccak256.eth r0 r1 r2 into r4;
    hash.keccak256.native.raw r2 into r5 as [boolean; 256u32];
    deserialize.bits.raw r5 ([boolean; 256u32]) into r6 ([u8; 32u32]);
    ecdsa.verify.digest.eth r0 r1 r6 into r7;
    assert.eq r3 r4;
    assert.eq r3 r7;

function check_message_and_hash:
    input r0 as [u8; 240u32].private;
    input r1 as [u8; 32u32].private;
    hash.keccak256.native.raw r0 into r2 as [boolean; 256u32];
    deserialize.bits.raw r2 ([boolean; 256u32]) into r3 ([u8; 32u32]);
    assert.eq r1 r3;
`);

describe('ecdsa.verify (snarkVM vectors)', () => {
  it('hashes each message to its Keccak-256 (hash.keccak256.native.raw, deserialize.bits.raw)', () => {
    expect(v.messages.length).toBe(5);
    for (const [m, h] of v.messages) {
      expect(run(program, 'check_message_and_hash', [bytes(hex(m)), bytes(hex(h))]).status).toBe('success');
      const wrong = hex(h);
      wrong[0] ^= 1;
      expect(run(program, 'check_message_and_hash', [bytes(hex(m)), bytes(wrong)]).status).toBe('error');
    }
  });
  it('accepts each valid signature for its address and rejects it for another', () => {
    expect(v.valid.length).toBe(6);
    for (const [m, s, a] of v.valid) {
      const state = aleoState(new MemoryStore());
      const ok = execute(
        program,
        'verify_message',
        [bytes(hex(s)), bytes(hex(a)), bytes(hex(m)), 'true'],
        state,
      );
      expect(ok.status).toBe('success');
      const bad = execute(
        program,
        'verify_message',
        [bytes(hex(s)), bytes(hex(v.invalidAddress)), bytes(hex(m)), 'true'],
        state,
      );
      expect(bad.status).toBe('error');
      // With the expectation false, both verifications give false for the other address.
      const no = execute(
        program,
        'verify_message',
        [bytes(hex(s)), bytes(hex(v.invalidAddress)), bytes(hex(m)), 'false'],
        state,
      );
      expect(no.status).toBe('success');
    }
  });
});

const finalizeProgram = (ins: string, sig: string, key: string, msg: string) =>
  checkProgram(`program e.aleo;

function f:
    input r0 as ${sig}.public;
    input r1 as ${key}.public;
    input r2 as ${msg}.public;
    async f r0 r1 r2 into r3;
    output r3 as e.aleo/f.future;
finalize f:
    input r0 as ${sig}.public;
    input r1 as ${key}.public;
    input r2 as ${msg}.public;
    ${ins} r0 r1 r2 into r3;
    assert.eq r3 true;
`);

describe('ecdsa.verify (compressed keys; the hashes; rules)', () => {
  // A key and signatures made here: the verification side is what is under test, with the
  // hashes as snarkVM's ECDSASignature::verify applies them (message bits, or raw bits, hashed).
  const sk = hex('0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318');
  const pk = secp256k1.getPublicKey(sk, true);
  const msg = Uint8Array.from({ length: 8 }, (_, i) => i + 1);
  const sign = (digest: Uint8Array) => {
    const rec = secp256k1.sign(digest, sk, { prehash: false, format: 'recovered' });
    // noble writes the recovery byte first; snarkVM's encoding puts it last.
    return Uint8Array.from([...rec.subarray(1), rec[0] as number]);
  };
  it('verifies digest, keccak256.raw and the .eth form; a flipped digest is false', () => {
    const digest = keccak_256(msg);
    const sig = sign(digest);
    const state = aleoState(new MemoryStore());
    const d = finalizeProgram('ecdsa.verify.digest', '[u8; 65u32]', '[u8; 33u32]', '[u8; 32u32]');
    expect(execute(d, 'f', [bytes(sig), bytes(pk), bytes(digest)], state).status).toBe('success');
    const flipped = digest.slice();
    flipped[31] ^= 1;
    expect(execute(d, 'f', [bytes(sig), bytes(pk), bytes(flipped)], state).status).toBe('error');
    const raw = finalizeProgram('ecdsa.verify.keccak256.raw', '[u8; 65u32]', '[u8; 33u32]', '[u8; 8u32]');
    expect(execute(raw, 'f', [bytes(sig), bytes(pk), bytes(msg)], state).status).toBe('success');
    const eth = keccak_256(secp256k1.getPublicKey(sk, false).subarray(1)).subarray(12);
    const e = finalizeProgram('ecdsa.verify.keccak256.eth', '[u8; 65u32]', '[u8; 20u32]', '[u8; 8u32]');
    expect(execute(e, 'f', [bytes(sig), bytes(eth), bytes(msg)], state).status).toBe('success');
    // A high-S signature of the same digest (n - s, recovery flipped) is refused, as k256 does.
    const n = secp256k1.Point.Fn.ORDER;
    const s = BigInt(`0x${Buffer.from(sig.subarray(32, 64)).toString('hex')}`);
    const high = Uint8Array.from([
      ...sig.subarray(0, 32),
      ...hex(`0x${(n - s).toString(16).padStart(64, '0')}`),
      (sig[64] as number) ^ 1,
    ]);
    expect(execute(d, 'f', [bytes(high), bytes(pk), bytes(digest)], state).status).toBe('error');
  });
  it('applies snarkVM output_types rules', () => {
    expect(() => finalizeProgram('ecdsa.verify.digest', '[u8; 64u32]', '[u8; 33u32]', '[u8; 32u32]')).toThrow(
      /first input to be a 65-byte array/,
    );
    expect(() =>
      finalizeProgram('ecdsa.verify.digest.eth', '[u8; 65u32]', '[u8; 33u32]', '[u8; 32u32]'),
    ).toThrow(/second input to be a 20-byte array/);
    expect(() => finalizeProgram('ecdsa.verify.digest', '[u8; 65u32]', '[u8; 33u32]', '[u8; 31u32]')).toThrow(
      /third input to be a 32-byte array/,
    );
    expect(() =>
      finalizeProgram('ecdsa.verify.sha3_256.raw', '[u8; 65u32]', '[u8; 33u32]', 'boolean'),
    ).toThrow(/Expected a multiple of 8 bits for 'ecdsa.verify.sha3_256.raw', found '1'/);
    expect(() =>
      finalizeProgram('ecdsa.verify.sha3_256', '[u8; 65u32]', '[u8; 33u32]', 'boolean'),
    ).not.toThrow();
  });
  it('halts outside finalize, and refuses synthesis', () => {
    const p = checkProgram(`program e.aleo;

function f:
    input r0 as [u8; 65u32].public;
    input r1 as [u8; 33u32].public;
    input r2 as [u8; 32u32].public;
    ecdsa.verify.digest r0 r1 r2 into r3;
    output r3 as boolean.public;
`);
    const zero = `[${Array(65).fill('0u8').join(', ')}]`;
    const r = run(p, 'f', [
      zero,
      `[${Array(33).fill('0u8').join(', ')}]`,
      `[${Array(32).fill('0u8').join(', ')}]`,
    ]);
    expect(r.status).toBe('error');
    expect((r as { error: string }).error).toContain(
      "'ecdsa.verify.digest' is currently only supported in finalize",
    );
    let code: string | undefined;
    try {
      synthesize(p, 'f');
    } catch (e) {
      code = (e as { code?: string }).code;
      expect(String((e as Error).message)).toContain('currently only supported in finalize');
    }
    expect(code).toBe('AVM_CIRCUIT');
  });
});
