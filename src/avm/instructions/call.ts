/**
 * `call` (snarkVM synthesizer/program/src/logic/instruction/operation/call.rs and synthesizer/
 * process/src/stack/call): a closure (local or `other.aleo/c`) evaluates in place over its own
 * program, with no request and no transition, and in circuit its instructions are synthesized
 * inline; another program's function is a new request (its caller is this program) and its own
 * transition; in circuit its request and outputs are injected (circuit/call.ts). Not in closures
 * or finalize; at most 16 operands and destinations.
 */
import type { ClosureDef, Instruction } from '../ast.js';
import { type Checker, LIMITS } from '../checker.js';
import { callFunction } from '../circuit/call.js';
import { CircuitHalt } from '../circuit/errors.js';
import { executeInstruction, loadOperand, type Registers } from '../circuit/instructions.js';
import type { CValue } from '../circuit/value.js';
import { type Frame, programAddress, runClosure, runFunction } from '../process.js';
import {
  type RegisterType,
  registerTypeEquals,
  registerTypeToString,
  type Value,
  valueTypeToRegisterType,
} from '../types.js';
import { functionBodyOnly, type InstructionSpec, type Scope } from './spec.js';

/** Call::output_types: the callee's outputs (another program's records are external records). */
function check(
  c: Checker,
  ins: Instruction,
  types: RegisterType[],
  scope: Scope,
  fn?: string,
): RegisterType[] {
  if (scope === 'finalize') c.fail(`'call' is not available in finalize`, ins.pos);
  if (ins.operands.length > LIMITS.maxOperands)
    c.fail(`'call' takes at most ${LIMITS.maxOperands} operands`, ins.pos);
  if (ins.destinations.length > LIMITS.maxOperands)
    c.fail(`'call' has at most ${LIMITS.maxOperands} destinations`, ins.pos);
  const callee = ins.callee!;
  if (callee.program === c.program.id)
    c.fail(`Locator '${callee.program}/${callee.name}' does not reference an external program.`, ins.pos);
  const closureCall = (cl: ClosureDef) => {
    if (cl.inputs.length !== types.length)
      c.fail(`closure '${cl.name}' takes ${cl.inputs.length} inputs, found ${types.length}`, ins.pos);
    cl.inputs.forEach((inp, i) => {
      if (!registerTypeEquals(inp.type, types[i]!))
        c.fail(
          `argument ${i} of '${cl.name}' is ${registerTypeToString(types[i]!)}, expected ${registerTypeToString(inp.type)}`,
          ins.pos,
        );
    });
    if (ins.destinations.length !== cl.outputs.length)
      c.fail(`closure '${cl.name}' returns ${cl.outputs.length} values`, ins.pos);
    return cl.outputs.map((o) => o.type);
  };
  if (callee.program === undefined) {
    if (callee.name === fn)
      c.fail(`Cannot invoke 'call' to self (in '${fn}'): self-recursive call.`, ins.pos);
    if (c.program.functions.has(callee.name))
      c.fail(`cannot call local function '${callee.name}' (only closures)`, ins.pos);
    const cl = c.program.closures.get(callee.name);
    if (!cl) return c.fail(`unknown closure '${callee.name}'`, ins.pos);
    return closureCall(cl);
  }
  if (!c.program.imports.includes(callee.program))
    c.fail(`program '${callee.program}' is not imported`, ins.pos);
  const other = c.imported.get(callee.program);
  if (!other) return c.fail(`imported program '${callee.program}' is not loaded`, ins.pos);
  const f = other.functions.get(callee.name);
  if (!f) {
    const cl = other.closures.get(callee.name);
    if (!cl) return c.fail(`'${callee.program}' has no function '${callee.name}'`, ins.pos);
    return closureCall(cl);
  }
  if (f.finalize && fn !== undefined && !c.program.functions.get(fn)?.finalize)
    c.fail(
      `Function '${c.program.id}/${fn}' must contain a finalize block, since it calls '${callee.program}/${callee.name}'.`,
      ins.pos,
    );
  if (f.inputs.length !== types.length)
    c.fail(
      `'${callee.program}/${callee.name}' takes ${f.inputs.length} inputs, found ${types.length}`,
      ins.pos,
    );
  f.inputs.forEach((inp, i) => {
    const want = valueTypeToRegisterType(inp.type);
    const w: RegisterType =
      want.kind === 'record'
        ? { kind: 'external_record', locator: { program: other.id, name: want.name } }
        : want;
    if (!registerTypeEquals(w, types[i]!))
      c.fail(
        `argument ${i} of '${callee.program}/${callee.name}' is ${registerTypeToString(types[i]!)}, expected ${registerTypeToString(w)}`,
        ins.pos,
      );
  });
  if (ins.destinations.length !== f.outputs.length)
    c.fail(`'${callee.program}/${callee.name}' returns ${f.outputs.length} values`, ins.pos);
  return f.outputs.map((o) => {
    const t = valueTypeToRegisterType(o.type);
    return t.kind === 'record'
      ? { kind: 'external_record', locator: { program: other.id, name: t.name } }
      : t;
  });
}

/** Call::evaluate. */
function evaluate(frame: Frame, ins: Instruction, args: Value[]): readonly Value[] {
  const callee = ins.callee!;
  const target = frame.program.resolve(callee.program);
  const closure = target.ast.closures.get(callee.name);
  if (closure) return runClosure(frame, target, closure, args);
  const r = runFunction(
    target,
    callee.name,
    args,
    frame.ctx,
    programAddress(frame.program.id),
    frame.rootTvk,
  );
  if (r.transition) frame.calls.push(r.transition);
  return r.outputs;
}

/** Call::execute in circuit mode. */
function synthesize(regs: Registers, ins: Instruction): CValue[] {
  const callee = ins.callee;
  if (!callee) throw new CircuitHalt('call without a callee');
  const program = regs.program.resolve(callee.program);
  const closure = program.ast.closures.get(callee.name);
  if (!closure) {
    if (program === regs.program)
      throw new CircuitHalt(
        `Cannot call '${callee.name}'. Use a closure ('closure ${callee.name}:') instead.`,
      );
    if (!regs.call)
      throw new CircuitHalt(`calling '${program.id}/${callee.name}' needs the signer's request`);
    const operands = ins.operands.map((o) => loadOperand(regs, o));
    return callFunction(regs.call, regs.program, program, callee.name, operands);
  }
  const inner: Registers = { ...regs, values: new Map(), program };
  closure.inputs.forEach((input, i) => {
    inner.values.set(input.register, loadOperand(regs, ins.operands[i]!));
  });
  for (const i of closure.instructions) executeInstruction(inner, i);
  return closure.outputs.map((o) => loadOperand(inner, o.operand));
}

export const CALL: InstructionSpec[] = [
  {
    name: 'call',
    family: 'call',
    shape: (ins, fail) => {
      if (ins.castType) throw fail(`'call' takes no 'as TYPE'`);
    },
    restrict: functionBodyOnly('call'),
    check,
    evaluate: (frame, ins, args) => [...evaluate(frame, ins, args)],
    synthesize,
  },
];
