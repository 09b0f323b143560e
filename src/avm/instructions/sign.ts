/**
 * `sign.verify sig addr msg into b` (snarkVM synthesizer/program/src/logic/instruction/operation/
 * sign_verify.rs): a signature, an address and a plaintext message, a boolean result. Console:
 * the crypto module's Schnorr verification over the message's fields; circuit:
 * `signature.verify(address, message.to_fields())` (circuit/account/src/signature/verify.rs).
 */
import type { Signature } from '../circuit/account.js';
import { CircuitHalt } from '../circuit/errors.js';
import { loadOperand } from '../circuit/instructions.js';
import { literalOf as circuitLiteral, valueFields } from '../circuit/value.js';
import { verifySignature } from '../crypto/index.js';
import { registerTypeEquals } from '../types.js';
import type { AffinePoint, Signature as SignatureValue } from '../values.js';
import { asHalt } from './crypto-ops.js';
import { fixedShape, type InstructionSpec, literalOf, literalRegisterType, plaintextOf } from './spec.js';

export const SIGN: InstructionSpec[] = [
  {
    name: 'sign.verify',
    family: 'sign',
    shape: fixedShape(3, 1, false),
    check: (c, ins, types) => {
      if (
        !registerTypeEquals(types[0]!, literalRegisterType('signature')) ||
        !registerTypeEquals(types[1]!, literalRegisterType('address'))
      )
        c.fail(`'sign.verify' expects a signature, an address and a message`, ins.pos);
      if (types[2]!.kind !== 'plaintext') c.fail(`'sign.verify' message must be a plaintext`, ins.pos);
      return [literalRegisterType('boolean')];
    },
    evaluate: (_frame, _ins, args) => {
      const sig = literalOf(args[0]!, 'the signature').value as SignatureValue;
      const address = literalOf(args[1]!, 'the address').value as AffinePoint;
      const message = plaintextOf(args[2]!, 'the message');
      const ok = asHalt(() => verifySignature(sig, address, message));
      return [{ kind: 'literal', literal: { type: 'boolean', value: ok } }];
    },
    synthesize: (regs, ins) => {
      const sig = circuitLiteral(loadOperand(regs, ins.operands[0]!));
      if (sig.type !== 'signature') throw new CircuitHalt('Expected the first operand to be a signature.');
      const address = circuitLiteral(loadOperand(regs, ins.operands[1]!));
      if (address.type !== 'address') throw new CircuitHalt('Expected the second operand to be an address.');
      const message = valueFields(loadOperand(regs, ins.operands[2]!));
      const signature: Signature = sig.sig;
      return [{ kind: 'literal', literal: { type: 'boolean', b: signature.verify(address.g, message) } }];
    },
  },
];
