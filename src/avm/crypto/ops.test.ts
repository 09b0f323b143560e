// hash.* / commit.* / sign.verify end to end (plaintext in, cast literal out) against outputs
// of programs evaluated by the @provablehq/sdk oracle (ProgramManagerBase.authorize), and
// signature verification against Signature.sign of the SDK. Fixtures: scripts/avm-crypto/gen-ops.mjs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Literal, LiteralType } from '../values.js';
import { addressToString, parseAddress } from './address.js';
import { pushBytesBits } from './bits.js';
import { AleoCryptoError } from './errors.js';
import { readPlaintext } from './fixtures/plaintext-text.js';
import { type CommitVariant, commitOp, type HashVariant, hashOp } from './ops.js';
import { parseSignature, signatureToString, verifyBits, verifySignature } from './signature.js';
import { formatField, formatGroup, formatScalar, parseScalar } from './text.js';

const data = JSON.parse(readFileSync(new URL('./fixtures/ops.json', import.meta.url), 'utf8'));

function print(l: Literal): string {
  switch (l.type) {
    case 'field':
      return formatField(l.value);
    case 'scalar':
      return formatScalar(l.value);
    case 'group':
      return formatGroup(l.value);
    case 'address':
      return addressToString(l.value);
    case 'boolean':
      return String(l.value);
    case 'signature':
    case 'string':
      throw new Error('not a hash output');
    default:
      return `${l.value}${l.type}`;
  }
}

describe('hash instruction (oracle)', () => {
  for (const c of data.cases.filter((x: { kind: string }) => x.kind === 'hash')) {
    it(`hash.${c.variant} ${c.input} as ${c.dest}`, () => {
      expect(print(hashOp(c.variant as HashVariant, readPlaintext(c.input), c.dest as LiteralType))).toBe(
        c.output,
      );
    });
  }
});

describe('commit instruction (oracle)', () => {
  for (const c of data.cases.filter((x: { kind: string }) => x.kind === 'commit')) {
    it(`commit.${c.variant} ${c.input} ${c.randomizer} as ${c.dest}`, () => {
      const out = commitOp(
        c.variant as CommitVariant,
        readPlaintext(c.input),
        parseScalar(c.randomizer),
        c.dest as LiteralType,
      );
      expect(print(out)).toBe(c.output);
    });
  }
});

describe('destination type checks', () => {
  it('rejects boolean/string/signature for hash and non-address/field/group for commit', () => {
    const p = readPlaintext('1u8');
    for (const dest of ['boolean', 'string', 'signature'] as LiteralType[]) {
      expect(() => hashOp('bhp256', p, dest)).toThrow(AleoCryptoError);
    }
    expect(() => commitOp('bhp256', p, 1n, 'u8')).toThrow(
      "Invalid destination type 'u8' for 'commit' instruction",
    );
  });
});

describe('signatures (oracle)', () => {
  for (const [i, s] of data.signatures.entries()) {
    it(`sign.verify ${i}`, () => {
      const sig = parseSignature(s.signature);
      expect(signatureToString(sig)).toBe(s.signature);
      const verified = verifySignature(sig, parseAddress(s.address), readPlaintext(s.message));
      expect(String(verified)).toBe(s.verify);
    });
  }
  for (const [i, s] of data.bytesSignatures.entries()) {
    it(`verify bytes ${i}`, () => {
      const bits: boolean[] = [];
      pushBytesBits(bits, Uint8Array.from(Buffer.from(s.bytes, 'hex')));
      const sig = parseSignature(s.signature);
      expect(verifyBits(sig, parseAddress(s.address), bits)).toBe(s.verify);
      bits[0] = !bits[0];
      expect(verifyBits(sig, parseAddress(s.address), bits)).toBe(false);
    });
  }
  it('rejects a corrupted signature string', () => {
    const s: string = data.signatures[0].signature;
    const bad = `${s.slice(0, 30)}${s[30] === 'q' ? 'p' : 'q'}${s.slice(31)}`;
    expect(() => parseSignature(bad)).toThrow('invalid checksum');
  });
});
