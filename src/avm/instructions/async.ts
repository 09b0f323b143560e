/**
 * `async NAME args into rN` (snarkVM synthesizer/program/src/logic/instruction/operation/
 * async_.rs): names the function it stands in, its arguments match that function's finalize
 * inputs, and its destination is the future `program/NAME` holding them (no records). Only in
 * functions; the future is the same in console and circuit (its arguments' circuits).
 */
import type { Instruction } from '../ast.js';
import type { Checker } from '../checker.js';
import { CircuitHalt } from '../circuit/errors.js';
import { loadOperand } from '../circuit/instructions.js';
import { identifierConstants, injectProgramIdConstants } from '../circuit/value.js';
import { AleoHalt } from '../errors.js';
import type { FutureValue, RegisterType } from '../types.js';
import { registerTypeEquals, registerTypeToString } from '../types.js';
import { functionBodyOnly, type InstructionSpec, type Scope } from './spec.js';

/** Async::output_types. */
function check(
  c: Checker,
  ins: Instruction,
  types: RegisterType[],
  scope: Scope,
  fn?: string,
): RegisterType[] {
  if (scope !== 'function') c.fail(`'async' is only available in functions`, ins.pos);
  const callee = ins.callee!;
  if ((callee.program && callee.program !== c.program.id) || callee.name !== fn)
    c.fail(`'async' must name its own function '${fn}'`, ins.pos);
  const f = c.program.functions.get(fn!)!;
  if (!f.finalize) return c.fail(`function '${fn}' has no finalize block`, ins.pos);
  if (f.finalize.inputs.length !== types.length)
    c.fail(
      `'async' passes ${types.length} arguments, finalize '${fn}' expects ${f.finalize.inputs.length}`,
      ins.pos,
    );
  f.finalize.inputs.forEach((inp, i) => {
    const want: RegisterType = inp.type;
    if (!registerTypeEquals(types[i]!, want))
      c.fail(
        `'async' argument ${i} is ${registerTypeToString(types[i]!)}, finalize expects ${registerTypeToString(want)}`,
        ins.pos,
      );
  });
  return [{ kind: 'future', locator: { program: c.program.id, name: fn! } }];
}

export const ASYNC: InstructionSpec[] = [
  {
    name: 'async',
    family: 'async',
    shape: (ins, fail) => {
      if (ins.destinations.length !== 1) throw fail(`'async' expects 1 destination register (the future)`);
      if (ins.castType) throw fail(`'async' takes no 'as TYPE'`);
    },
    restrict: functionBodyOnly('async'),
    check,
    evaluate: (frame, _ins, args, fn) => {
      const future: FutureValue = {
        kind: 'future',
        program: frame.program.id,
        function: fn!,
        arguments: args.map((a) => {
          if (a.kind === 'record') throw new AleoHalt('records cannot be passed to finalize');
          return a;
        }),
      };
      return [future];
    },
    synthesize: (regs, ins) => {
      const args = ins.operands.map((o) => {
        const v = loadOperand(regs, o);
        if (v.kind === 'record') throw new CircuitHalt('Cannot pass a record into an `async` instruction');
        return v;
      });
      const fn = ins.callee?.name ?? '';
      // Future::from(ProgramID::new(Constant, ..), Identifier::new(Constant, ..), arguments).
      injectProgramIdConstants(regs.program.id);
      identifierConstants(fn);
      return [{ kind: 'future', program: regs.program.id, function: fn, arguments: args }];
    },
  },
];
