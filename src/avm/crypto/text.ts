/**
 * Text forms of `field`, `scalar` and `group` literals as snarkVM parses and prints them
 * (console/types/{field,scalar,group}/src/parse.rs): an optional '-', decimal digits with
 * optional '_' separators, then the type name. Digits are reduced modulo the field (Fp256's
 * FromStr), leading zeros are rejected except for "0". A group is printed as its x-coordinate;
 * `-<x>group` is the negation of the point recovered from x.
 */
import type { AffinePoint } from '../values.js';
import { fromX, neg } from './curve.js';
import { AleoDecodeError } from './errors.js';
import { Fq, Fs, type PrimeField } from './modular.js';

const NUMBER = /^(-?)([0-9][0-9_]*)(field|scalar|group)$/;

function parseDigits(f: PrimeField, digits: string, text: string): bigint {
  const d = digits.replaceAll('_', '');
  if (d.length > 1 && d.startsWith('0')) {
    throw new AleoDecodeError(`Invalid literal '${text}': leading zeros are not allowed`);
  }
  return f.mod(BigInt(d));
}

function split(text: string, type: 'field' | 'scalar' | 'group'): { negative: boolean; digits: string } {
  const m = NUMBER.exec(text);
  if (!m || m[3] !== type) throw new AleoDecodeError(`Invalid ${type} literal '${text}'`);
  return { negative: m[1] === '-', digits: m[2] as string };
}

export function parseField(text: string): bigint {
  const { negative, digits } = split(text, 'field');
  const v = parseDigits(Fq, digits, text);
  return negative ? Fq.neg(v) : v;
}

export function parseScalar(text: string): bigint {
  const { negative, digits } = split(text, 'scalar');
  const v = parseDigits(Fs, digits, text);
  return negative ? Fs.neg(v) : v;
}

export function parseGroup(text: string): AffinePoint {
  const { negative, digits } = split(text, 'group');
  const x = parseDigits(Fq, digits, text);
  let p: AffinePoint;
  try {
    p = fromX(x);
  } catch (cause) {
    throw new AleoDecodeError(`Invalid group literal '${text}': no group element has this x-coordinate`, {
      cause,
    });
  }
  return negative ? neg(p) : p;
}

export const formatField = (v: bigint): string => `${v}field`;
export const formatScalar = (v: bigint): string => `${v}scalar`;
export const formatGroup = (p: AffinePoint): string => `${p.x}group`;
