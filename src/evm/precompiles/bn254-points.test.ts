import { bn254 as noble } from '@noble/curves/bn254.js';
import { describe, expect, it } from 'vitest';
import { CURVE_ORDER, P } from './bn254-points.js';

describe('bn254 constants (EIP-196)', () => {
  it('are the field modulus and group order of noble bn254', () => {
    expect(P).toBe(noble.fields.Fp.ORDER);
    expect(CURVE_ORDER).toBe(noble.fields.Fr.ORDER);
  });
});
