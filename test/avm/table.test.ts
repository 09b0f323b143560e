/** The opcode table agrees with snarkVM's instruction set, and every row parses. */
import { describe, expect, it } from 'vitest';
import { parseProgram } from '../../src/avm/index.js';
import { OPCODES } from '../../src/avm/instructions/table.js';

// snarkVM's Instruction enum (synthesizer/program/src/logic/instruction/mod.rs), by opcode, as
// polyvm implements it: the SDK's newer snarkVM also has call.dynamic and get.record.dynamic
// (docs/avm.md, not yet).
const SNARKVM = `abs abs.w add add.w and assert.eq assert.neq async call cast cast.lossy commit.bhp256
commit.bhp512 commit.bhp768 commit.bhp1024 commit.ped64 commit.ped128 div div.w double gt gte
hash.bhp256 hash.bhp512 hash.bhp768 hash.bhp1024 hash.keccak256 hash.keccak384 hash.keccak512
hash.ped64 hash.ped128 hash.psd2 hash.psd4 hash.psd8 hash.sha3_256 hash.sha3_384 hash.sha3_512
hash_many.psd2 hash_many.psd4 hash_many.psd8 inv is.eq is.neq lt lte mod mul mul.w nand neg nor
not or pow pow.w rem rem.w shl shl.w shr shr.w sign.verify square sqrt sub sub.w ternary xor`
  .split(/\s+/)
  // snark_verify.rs (snarkVM PR #3004, consensus V14).
  .concat(['snark.verify', 'snark.verify.batch'])
  // hash.rs HashVariant 18-44: `.raw` of each hash, `.native[.raw]` of Keccak and SHA-3.
  .concat(
    'bhp256 bhp512 bhp768 bhp1024 keccak256 keccak384 keccak512 ped64 ped128 psd2 psd4 psd8 sha3_256 sha3_384 sha3_512'
      .split(' ')
      .map((h) => `hash.${h}.raw`),
  )
  .concat(
    'keccak256 keccak384 keccak512 sha3_256 sha3_384 sha3_512'
      .split(' ')
      .flatMap((h) => [`hash.${h}.native`, `hash.${h}.native.raw`]),
  )
  // ecdsa_verify.rs: ECDSAVerifyVariant 0-19.
  .concat(['ecdsa.verify.digest', 'ecdsa.verify.digest.eth'])
  .concat(
    'keccak256 keccak384 keccak512 sha3_256 sha3_384 sha3_512'
      .split(' ')
      .flatMap((h) => [`ecdsa.verify.${h}`, `ecdsa.verify.${h}.raw`, `ecdsa.verify.${h}.eth`]),
  )
  // serialize.rs, deserialize.rs.
  .concat(['serialize.bits', 'serialize.bits.raw', 'deserialize.bits', 'deserialize.bits.raw']);

describe('opcode table', () => {
  it('has exactly snarkVM instructions', () => {
    expect([...OPCODES.keys()].sort()).toEqual([...SNARKVM].sort());
  });

  it.each(SNARKVM.filter((n) => !['call', 'async'].includes(n)))('%s parses in its shape', (name) => {
    const spec = OPCODES.get(name)!;
    const arity: Record<string, number> = {
      equality: 2,
      hash: name.startsWith('hash_many') ? 2 : 1,
      commit: 2,
      sign: 3,
      cast: 1,
      snark: 4,
      ecdsa: 3,
    };
    const literal = ['arithmetic', 'bitwise', 'compare', 'ternary'].includes(spec.family);
    const n = literal
      ? name === 'ternary'
        ? 3
        : ['abs', 'abs.w', 'neg', 'not', 'double', 'square', 'sqrt', 'inv'].includes(name)
          ? 1
          : 2
      : arity[spec.family]!;
    if (spec.family === 'serialize') {
      const [from, to] = name.startsWith('serialize')
        ? ['field', '[boolean; 279u32]']
        : ['[boolean; 279u32]', 'field'];
      const p = parseProgram(
        `program t.aleo;\nfunction f:\n    input r0 as field.public;\n    ${name} r0 (${from}) into r1 (${to});\n`,
      );
      expect(p.functions.get('f')!.instructions[0]!.opcode).toBe(name);
      return;
    }
    const ops = Array.from({ length: n }, () => 'r0').join(' ');
    const dest = name.startsWith('assert') ? '' : ' into r1';
    const as = name.includes('.native')
      ? ' as [boolean; 256u32]'
      : ['hash', 'commit', 'cast'].includes(spec.family)
        ? ' as field'
        : '';
    const p = parseProgram(
      `program t.aleo;\nfunction f:\n    input r0 as field.public;\n    ${name} ${ops}${dest}${as};\n`,
    );
    expect(p.functions.get('f')!.instructions[0]!.opcode).toBe(name);
  });
});
