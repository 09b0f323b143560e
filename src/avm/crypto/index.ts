/**
 * Public API of the Aleo VM cryptography, bit-exact with snarkVM (MainnetV0).
 *
 * Fields (bigint values in [0, p)):
 *   - `Fq`  the `field` type, BLS12-377 Fr; `Fs` the `scalar` type. Each is a PrimeField with
 *     add/sub/mul/div/inv/neg/square/double/pow/legendre/sqrt/sqrtSmaller/sqrtEven/isValid,
 *     plus `bits` (253 / 251) and `dataBits` (252 / 250).
 * Group (affine {x, y} of the Edwards BLS12 curve, a = -1, d = 3021):
 *   - `groupAdd/groupSub/groupDouble/groupNeg/groupMul(p, scalar)`, `groupGenerator()`,
 *     `groupZero`, `groupFromX(x)` (throws) / `groupTryFromX(x)`, `groupFromXY(x, y)`,
 *     `isOnCurve`, `isInSubgroup`, `groupEquals`.
 * Text forms (snarkVM's parsers/printers):
 *   - `parseField/formatField`, `parseScalar/formatScalar`, `parseGroup/formatGroup`
 *     (`<x>group`), `parseAddress/addressToString` (`aleo1…`, bech32m).
 * Errors: AleoDecodeError (code AVM_DECODE) for text that does not decode, AleoCryptoError
 * (code AVM_CRYPTO) for an operation that fails on its input.
 */
export { addressToString, parseAddress } from './address.js';
export {
  add as groupAdd,
  double as groupDouble,
  equals as groupEquals,
  fromX as groupFromX,
  fromXY as groupFromXY,
  generatorPoint as groupGenerator,
  isInSubgroup,
  isOnCurve,
  mul as groupMul,
  neg as groupNeg,
  sub as groupSub,
  tryFromX as groupTryFromX,
  ZERO as groupZero,
} from './curve.js';
export { AleoCryptoError, AleoDecodeError } from './errors.js';
export { FIELD_MODULUS, Fq, Fs, PrimeField, SCALAR_MODULUS } from './modular.js';
export { formatField, formatGroup, formatScalar, parseField, parseGroup, parseScalar } from './text.js';
