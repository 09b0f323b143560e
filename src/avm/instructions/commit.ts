/**
 * `commit.*` (snarkVM synthesizer/program/src/logic/instruction/operation/commit.rs): a value
 * (a plaintext, a record or a future: Value::to_bits_le) and a scalar randomizer, a destination of type address, field or group. Console: the crypto
 * module's commitOp (BHP and Pedersen commitments); circuit: circuit/hash.ts.
 */
import { CircuitHalt } from '../circuit/errors.js';
import { commitValue } from '../circuit/hash.js';
import { circuitGenerator, literalTarget, loadOperand } from '../circuit/instructions.js';
import { literalOf as circuitLiteral } from '../circuit/value.js';
import { type CommitVariant, commitOp } from '../crypto/index.js';
import { AleoHalt } from '../errors.js';
import { valueInput } from '../transition/ids.js';
import { registerTypeEquals } from '../types.js';
import { asHalt } from './crypto-ops.js';
import { fixedShape, type InstructionSpec, literalOf, literalRegisterType } from './spec.js';

export const COMMIT_OPCODES = [
  'commit.bhp256',
  'commit.bhp512',
  'commit.bhp768',
  'commit.bhp1024',
  'commit.ped64',
  'commit.ped128',
] as const;

const commitSpec = (name: string): InstructionSpec => ({
  name,
  family: 'commit',
  shape: fixedShape(2, 1, true),
  check: (c, ins, types) => {
    if (!registerTypeEquals(types[1]!, literalRegisterType('scalar')))
      c.fail(`'${ins.opcode}' expects a scalar randomizer`, ins.pos);
    const ct = ins.castType!;
    if (
      ct.kind !== 'plaintext' ||
      ct.type.kind !== 'literal' ||
      !['address', 'field', 'group'].includes(ct.type.type)
    )
      return c.fail(`invalid destination type for '${ins.opcode}' (address, field or group)`, ins.pos);
    return [{ kind: 'plaintext', type: ct.type }];
  },
  evaluate: (_frame, ins, args) => {
    const ct = ins.castType!;
    if (ct.kind !== 'plaintext' || ct.type.kind !== 'literal')
      throw new AleoHalt('invalid commit destination');
    const to = ct.type.type;
    const r = literalOf(args[1]!, 'the randomizer').value as bigint;
    const variant = ins.opcode.slice('commit.'.length) as CommitVariant;
    return [{ kind: 'literal', literal: asHalt(() => commitOp(variant, valueInput(args[0]!), r, to)) }];
  },
  synthesize: (regs, ins) => {
    const input = loadOperand(regs, ins.operands[0]!);
    const r = circuitLiteral(loadOperand(regs, ins.operands[1]!));
    if (r.type !== 'scalar')
      throw new CircuitHalt('Invalid randomizer type for the commit execution, expected a scalar');
    return [
      {
        kind: 'literal',
        literal: commitValue(ins.opcode, input, r.s, literalTarget(ins), circuitGenerator),
      },
    ];
  },
});

export const COMMIT: InstructionSpec[] = COMMIT_OPCODES.map(commitSpec);
