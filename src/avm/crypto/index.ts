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
 *     `isOnCurve`, `isInSubgroup`, `groupEquals`, `groupFromBitsLe` (x-coordinate bits).
 * Text forms (snarkVM's parsers/printers):
 *   - `parseField/formatField`, `parseScalar/formatScalar`, `parseGroup/formatGroup`
 *     (`<x>group`), `parseAddress/addressToString` (`aleo1…`, bech32m).
 * Instructions (snarkVM hash.rs / commit.rs):
 *   - `hashOp(variant, input: Plaintext, dest: LiteralType): Literal` for variant in
 *     HASH_VARIANTS ('bhp256'…'bhp1024', 'keccak256/384/512', 'ped64/128', 'psd2/4/8',
 *     'sha3_256/384/512'); dest is any literal type but boolean, string, signature.
 *   - `commitOp(variant, input, randomizer: bigint (scalar), dest: 'address'|'field'|'group')`.
 * Primitives: `plaintextBits/plaintextFields` (hash inputs), `bhpHash/bhpHashToGroup/
 *   bhpCommitToGroup`, `pedersenHash/pedersenCommitToGroup`, `poseidonHash/poseidonHashMany/
 *   poseidonHashToGroup/poseidonHashToScalar`, `keccakBits`, `elligator2Encode`,
 *   `castLossyField/castLossyGroup`, `hashToCurve` (Blake2Xs). Parameters are derived from the
 *   MainnetV0 domain strings on first use and cached.
 * Signatures: `parseSignature/signatureToString` (`sign1…`), `verifySignature(sig, address,
 *   message: Plaintext)` as sign.verify (message.to_fields()), `verifyFields`, `verifyBits`,
 *   `signatureAddress` (address of the compute key).
 * Bits: `fieldFromBitsLe(Fq|Fs, bits)` (snarkVM from_bits_le rules), `uintToBits`, `bitsToUint`.
 * Errors: AleoDecodeError (code AVM_DECODE) for text that does not decode, AleoCryptoError
 * (code AVM_CRYPTO) for an operation that fails on its input.
 */
export { addressToString, parseAddress } from './address.js';
export { type BhpVariant, bhpCommitToGroup, bhpHash, bhpHashToGroup } from './bhp.js';
export { bitsToUint, fieldFromBitsLe, uintToBits } from './bits.js';
export { hashToCurve } from './blake2xs.js';
export { castLossyField, castLossyGroup, fieldToGroupLossy } from './cast-lossy.js';
export {
  add as groupAdd,
  double as groupDouble,
  equals as groupEquals,
  fromBitsLe as groupFromBitsLe,
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
export { elligator2Encode } from './elligator2.js';
export { literalBits, packFields, plaintextBits, plaintextFields } from './encode.js';
export { AleoCryptoError, AleoDecodeError } from './errors.js';
export { FIELD_MODULUS, Fq, Fs, PrimeField, SCALAR_MODULUS } from './modular.js';
export {
  COMMIT_VARIANTS,
  type CommitVariant,
  commitOp,
  HASH_VARIANTS,
  type HashVariant,
  hashBitsToGroup,
  hashOp,
  keccakBits,
} from './ops.js';
export { type PedersenVariant, pedersenCommitToGroup, pedersenHash } from './pedersen.js';
export {
  type PoseidonRate,
  poseidonHash,
  poseidonHashMany,
  poseidonHashToGroup,
  poseidonHashToScalar,
  scalarFromFieldLossy,
} from './poseidon.js';
export {
  parseSignature,
  signatureAddress,
  signatureToString,
  verifyBits,
  verifyFields,
  verifySignature,
} from './signature.js';
export { formatField, formatGroup, formatScalar, parseField, parseGroup, parseScalar } from './text.js';
