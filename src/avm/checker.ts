/**
 * The checker (snarkVM's Stack::check / RegisterTypes): before anything runs, every
 * register is defined before use and written once in order, every operand has a type the
 * instruction accepts, outputs match their declared types, names resolve, and the program
 * stays within snarkVM's limits. Returns the register types of each block.
 */
import type {
  Command,
  FinalizeDef,
  FunctionDef,
  Instruction,
  Operand,
  ProgramAst,
  RecordDef,
} from './ast.js';
import { AleoCheckError } from './errors.js';
import type { Locator, PlaintextType, RegisterType } from './types.js';
import { registerTypeEquals, registerTypeToString, valueTypeToRegisterType } from './types.js';
import type { LiteralType } from './values.js';

/** snarkVM's Network constants (console/network/src/lib.rs); each bound is inclusive. */
export const LIMITS = {
  maxProgramSize: 100_000,
  maxFunctions: 31,
  maxClosures: 62,
  maxStructs: 310,
  maxRecords: 310,
  maxStructEntries: 32,
  /** Entries besides the owner. */
  maxRecordEntries: 32,
  /** 2,048 since ConsensusVersion V14 (snark.verify, snarkVM PR #3004; the SDK's snarkVM accepts 2,048, refuses 2,049). */
  maxArrayElements: 2048,
  maxInputs: 16,
  maxOutputs: 16,
  maxOperands: 16,
  maxInstructions: 65_535,
  maxCommands: 65_535,
  maxWrites: 16,
  maxPositions: 255,
  maxImports: 64,
  maxMappings: 31,
  maxStructDepth: 32,
} as const;

const lit = (type: LiteralType): RegisterType => ({ kind: 'plaintext', type: { kind: 'literal', type } });

export class Checker {
  constructor(
    readonly program: ProgramAst,
    readonly imported: ReadonlyMap<string, ProgramAst> = new Map(),
  ) {}

  fail(message: string, pos?: { line: number; column: number }): never {
    throw new AleoCheckError(pos ? `${pos.line}:${pos.column}: ${message}` : message);
  }

  check(): void {
    const p = this.program;
    if (p.functions.size > LIMITS.maxFunctions)
      this.fail(`too many functions (${p.functions.size} > ${LIMITS.maxFunctions})`);
    if (p.mappings.size > LIMITS.maxMappings)
      this.fail(`too many mappings (${p.mappings.size} > ${LIMITS.maxMappings})`);
    if (p.imports.length > LIMITS.maxImports) this.fail('too many imports');
    if (new TextEncoder().encode(p.source).length > LIMITS.maxProgramSize)
      this.fail(`the program is larger than ${LIMITS.maxProgramSize} bytes`);
    if (p.closures.size > LIMITS.maxClosures) this.fail(`too many closures (> ${LIMITS.maxClosures})`);
    if (p.structs.size > LIMITS.maxStructs) this.fail(`too many structs (> ${LIMITS.maxStructs})`);
    if (p.records.size > LIMITS.maxRecords) this.fail(`too many records (> ${LIMITS.maxRecords})`);
    if (p.functions.size + p.closures.size === 0)
      this.fail('a program needs at least one function or closure');
    for (const s of p.structs.values()) {
      if (s.members.size > LIMITS.maxStructEntries)
        this.fail(`struct '${s.name}' has too many members`, s.pos);
      for (const t of s.members.values()) this.checkPlaintextType(t, s.pos, s.name);
    }
    for (const r of p.records.values()) {
      if (r.entries.size > LIMITS.maxRecordEntries)
        this.fail(`record '${r.name}' has too many entries`, r.pos);
      for (const e of r.entries.values()) this.checkPlaintextType(e.type, r.pos);
    }
    for (const m of p.mappings.values()) {
      this.checkPlaintextType(m.key, m.pos);
      this.checkPlaintextType(m.value, m.pos);
    }
    for (const c of p.closures.values()) {
      const regs = new Map<number, RegisterType>();
      // snarkVM Program::add_closure and RegisterTypes::initialize_closure_types.
      if (c.inputs.length === 0) this.fail(`closure '${c.name}' needs at least one input`, c.pos);
      if (c.inputs.length > LIMITS.maxInputs) this.fail(`closure '${c.name}' has too many inputs`, c.pos);
      if (c.instructions.length === 0) this.fail(`closure '${c.name}' needs at least one instruction`, c.pos);
      if (c.instructions.length > LIMITS.maxInstructions)
        this.fail(`closure '${c.name}' has too many instructions`, c.pos);
      if (c.outputs.length > LIMITS.maxOutputs) this.fail(`closure '${c.name}' has too many outputs`, c.pos);
      // RegisterTypes::check_input: a closure input cannot be a future.
      for (const i of c.inputs)
        if (i.type.kind === 'future') this.fail(`Input 'r${i.register}' cannot be a future.`, i.pos);
      this.inputs(c.inputs, regs, (t) => t);
      for (const ins of c.instructions) {
        const why = ins.spec.restrict?.(ins, 'closure');
        if (why) this.fail(why, ins.pos);
      }
      this.instructions(c.instructions, regs, undefined);
      for (const o of c.outputs) {
        if (o.type.kind === 'record') this.fail('closure outputs do not support records', o.pos);
        const t = this.operandType(o.operand, regs, o.pos, 'closure');
        if (!registerTypeEquals(t, o.type))
          this.fail(
            `output type ${registerTypeToString(t)} does not match the declared ${registerTypeToString(o.type)}`,
            o.pos,
          );
      }
    }
    for (const f of p.functions.values()) {
      const regs = new Map<number, RegisterType>();
      if (f.inputs.length > LIMITS.maxInputs) this.fail(`function '${f.name}' has too many inputs`, f.pos);
      if (f.outputs.length > LIMITS.maxOutputs) this.fail(`function '${f.name}' has too many outputs`, f.pos);
      for (const i of f.inputs) {
        if (i.type.kind === 'plaintext' && i.type.visibility === 'constant')
          this.fail('Constant inputs are not supported', i.pos);
        if (i.type.kind === 'future') this.fail('Future inputs are not supported', i.pos);
      }
      this.inputs(f.inputs, regs, valueTypeToRegisterType);
      if (f.instructions.length > LIMITS.maxInstructions)
        this.fail(`function '${f.name}' has too many instructions`, f.pos);
      this.instructions(f.instructions, regs, f.name);
      this.checkCallsAndFutures(f, regs);
      let futures = 0;
      for (const o of f.outputs) {
        const t = this.operandType(o.operand, regs, o.pos, 'function');
        const want = valueTypeToRegisterType(o.type);
        if (!registerTypeEquals(t, want))
          this.fail(
            `output type ${registerTypeToString(t)} does not match the declared ${registerTypeToString(want)}`,
            o.pos,
          );
        if (t.kind === 'future') futures++;
      }
      const asyncs = f.instructions.filter((i) => i.opcode === 'async').length;
      if (f.finalize) {
        const last = f.outputs.at(-1);
        if (
          last?.type.kind !== 'future' ||
          last.type.locator.program !== p.id ||
          last.type.locator.name !== f.name
        )
          this.fail(`the last output of function '${f.name}' must be a future associated with itself`, f.pos);
        if (asyncs !== 1) this.fail(`function '${f.name}' must have exactly one 'async' instruction`, f.pos);
        if (futures !== 1)
          this.fail(`function '${f.name}' must contain exactly one 'future' output, found ${futures}`, f.pos);
        this.finalize(f.finalize, f.name);
      } else if (asyncs > 0 || futures > 0)
        this.fail(`function '${f.name}' has an 'async' but no finalize block`, f.pos);
    }
    if (p.ctor) this.finalize(p.ctor, 'constructor');
  }

  /**
   * snarkVM RegisterTypes::initialize_function_types: at most one `async`, every `call`
   * before it, and every future a call produced consumed by the `async`.
   */
  private checkCallsAndFutures(f: FunctionDef, regs: Map<number, RegisterType>): void {
    let asyncIns: Instruction | undefined;
    for (const ins of f.instructions) {
      if (ins.opcode === 'async') {
        if (asyncIns) this.fail(`Function '${f.name}' can contain at most one 'async' instruction`, ins.pos);
        asyncIns = ins;
      } else if (ins.opcode === 'call' && asyncIns)
        this.fail(`The 'call' can only be invoked before an 'async' instruction`, ins.pos);
    }
    const futureRegs = [...regs]
      .filter(([r, t]) => t.kind === 'future' && r >= f.inputs.length)
      .map(([r]) => r);
    if (!asyncIns) {
      if (futureRegs.length > 0)
        this.fail(
          `Function '${f.name}' contains futures, but does not contain an 'async' instruction`,
          f.pos,
        );
      return;
    }
    futureRegs.pop(); // the future the `async` itself produced
    const consumed = new Set(
      asyncIns.operands.flatMap((o) => (o.kind === 'register' && o.path.length === 0 ? [o.index] : [])),
    );
    if (futureRegs.some((r) => !consumed.has(r)))
      this.fail(
        `Function '${f.name}' contains futures, but the 'async' instruction does not consume all of the ones produced.`,
        asyncIns.pos,
      );
  }

  private inputs<T>(
    ins: readonly { register: number; type: T; pos: { line: number; column: number } }[],
    regs: Map<number, RegisterType>,
    conv: (t: T) => RegisterType,
  ) {
    for (const i of ins) {
      this.define(regs, i.register, conv(i.type), i.pos);
      this.checkRegisterType(conv(i.type), i.pos);
    }
  }

  private define(
    regs: Map<number, RegisterType>,
    r: number,
    t: RegisterType,
    pos: { line: number; column: number },
  ) {
    if (r !== regs.size)
      this.fail(`expected register r${regs.size}, found r${r} (registers are assigned in order)`, pos);
    regs.set(r, t);
  }

  checkPlaintextType(
    t: PlaintextType,
    pos: { line: number; column: number },
    inside?: string,
    depth = 0,
  ): void {
    if (depth > LIMITS.maxStructDepth) this.fail('type nesting too deep', pos);
    if (t.kind === 'struct') {
      if (t.name === inside) this.fail(`struct '${t.name}' cannot contain itself`, pos);
      const s = this.program.structs.get(t.name);
      if (!s) this.fail(`unknown struct '${t.name}'`, pos);
      if (inside !== undefined)
        for (const m of s.members.values()) this.checkPlaintextType(m, pos, inside, depth + 1);
    } else if (t.kind === 'array') {
      if (t.length < 1 || t.length > LIMITS.maxArrayElements)
        this.fail(`array length ${t.length} out of range 1..${LIMITS.maxArrayElements}`, pos);
      this.checkPlaintextType(t.element, pos, inside, depth + 1);
    }
  }

  private checkRegisterType(t: RegisterType, pos: { line: number; column: number }): void {
    if (t.kind === 'plaintext') this.checkPlaintextType(t.type, pos);
    else if (t.kind === 'record' && !this.program.records.has(t.name))
      this.fail(`unknown record '${t.name}'`, pos);
  }

  structMembers(name: string, program = this.program) {
    return program.structs.get(name)?.members;
  }

  operandType(
    o: Operand,
    regs: Map<number, RegisterType>,
    pos: { line: number; column: number },
    scope: 'closure' | 'function' | 'finalize',
  ): RegisterType {
    switch (o.kind) {
      case 'literal':
        return lit(o.literal.type);
      case 'program_id':
        return lit('address');
      case 'signer':
      case 'caller':
        if (scope !== 'function') this.fail(`'self.${o.kind}' is only available in functions`, pos);
        return lit('address');
      case 'block_height':
      case 'network_id':
        if (scope !== 'finalize')
          this.fail(
            `'${o.kind === 'block_height' ? 'block.height' : 'network.id'}' is only available in finalize`,
            pos,
          );
        return lit(o.kind === 'block_height' ? 'u32' : 'u16');
      case 'register': {
        let t: RegisterType | undefined = regs.get(o.index);
        if (!t) this.fail(`register r${o.index} is used before it is defined`, pos);
        for (const a of o.path) {
          if (t.kind === 'record' && a.kind === 'member') {
            const rec: RecordDef = this.program.records.get(t.name)!;
            if (a.name === 'owner') t = lit('address');
            else {
              const e: { type: PlaintextType } | undefined = rec.entries.get(a.name);
              if (!e) this.fail(`record '${t.name}' has no entry '${a.name}'`, pos);
              t = { kind: 'plaintext', type: e.type };
            }
          } else if (t.kind === 'plaintext' && t.type.kind === 'struct' && a.kind === 'member') {
            const m: PlaintextType | undefined = this.structMembers(t.type.name)?.get(a.name);
            if (!m) this.fail(`struct '${t.type.name}' has no member '${a.name}'`, pos);
            t = { kind: 'plaintext', type: m };
          } else if (t.kind === 'future' && a.kind === 'index') {
            // snarkVM FinalizeTypes: `r0[i]` is argument i of the future (its finalize input).
            t = this.futureArgumentType(t.locator, a.index, pos);
          } else if (t.kind === 'plaintext' && t.type.kind === 'array' && a.kind === 'index') {
            if (a.index >= t.type.length)
              this.fail(`index ${a.index} out of bounds for ${registerTypeToString(t)}`, pos);
            t = { kind: 'plaintext', type: t.type.element };
          } else
            this.fail(
              `cannot access ${a.kind === 'member' ? `.${a.name}` : `[${a.index}u32]`} of ${registerTypeToString(t)}`,
              pos,
            );
        }
        return t;
      }
    }
  }

  private futureArgumentType(
    locator: Required<Locator>,
    index: number,
    pos: { line: number; column: number },
  ): RegisterType {
    const prog = locator.program === this.program.id ? this.program : this.imported.get(locator.program);
    const fin = prog?.functions.get(locator.name)?.finalize;
    if (!fin) this.fail(`unknown future '${locator.program}/${locator.name}'`, pos);
    const inp = fin.inputs[index];
    if (!inp) this.fail(`index ${index} out of bounds for ${locator.program}/${locator.name}.future`, pos);
    return inp.type;
  }

  private instructions(
    list: readonly Instruction[],
    regs: Map<number, RegisterType>,
    fn: string | undefined,
  ) {
    for (const ins of list) {
      // Closures were screened before their operands; a function's instruction is, in order.
      const why = fn === undefined ? undefined : ins.spec.restrict?.(ins, 'function');
      if (why) this.fail(why, ins.pos);
      const outs = this.instruction(ins, regs, fn === undefined ? 'closure' : 'function', fn);
      for (const [i, d] of ins.destinations.entries()) this.define(regs, d, outs[i]!, ins.pos);
    }
  }

  /** The destination types of one instruction. */
  instruction(
    ins: Instruction,
    regs: Map<number, RegisterType>,
    scope: 'closure' | 'function' | 'finalize',
    fn?: string,
  ): RegisterType[] {
    const spec = ins.spec;
    const types = ins.operands.map((o) => this.operandType(o, regs, ins.pos, scope));
    return spec.check(this, ins, types, scope, fn);
  }

  private finalize(f: FinalizeDef, name: string) {
    const regs = new Map<number, RegisterType>();
    this.inputs(f.inputs, regs, (t) => t as RegisterType);
    if (f.inputs.length > LIMITS.maxInputs) this.fail(`finalize '${name}' has too many inputs`, f.pos);
    if (f.commands.length > LIMITS.maxCommands) this.fail(`finalize '${name}' has too many commands`, f.pos);
    const writes = f.commands.filter((c) => c.kind === 'set' || c.kind === 'remove').length;
    if (writes > LIMITS.maxWrites)
      this.fail(
        `Cannot add more than ${LIMITS.maxWrites} 'set' & 'remove' commands (finalize '${name}')`,
        f.pos,
      );
    for (const [i, c] of f.commands.entries()) this.command(c, i, f, regs);
    // snarkVM FinalizeTypes::initialize: every input future is awaited (at least once).
    const awaited = new Set(f.commands.flatMap((c) => (c.kind === 'await' ? [c.register] : [])));
    for (const inp of f.inputs)
      if (inp.type.kind === 'future' && !awaited.has(inp.register))
        this.fail(`Futures in finalize '${name}' are not all awaited.`, f.pos);
  }

  private mappingOf(loc: { program?: string; name: string }, pos: { line: number; column: number }) {
    if (loc.program === this.program.id)
      this.fail(`Locator '${loc.program}/${loc.name}' does not reference an external mapping.`, pos);
    const prog = loc.program ? this.imported.get(loc.program) : this.program;
    if (!prog) this.fail(`program '${loc.program}' is not loaded`, pos);
    if (loc.program && loc.program !== this.program.id && !this.program.imports.includes(loc.program))
      this.fail(`program '${loc.program}' is not imported`, pos);
    const m = prog.mappings.get(loc.name);
    if (!m) this.fail(`unknown mapping '${loc.program ? `${loc.program}/` : ''}${loc.name}'`, pos);
    return m;
  }

  private command(c: Command, index: number, f: FinalizeDef, regs: Map<number, RegisterType>) {
    const opType = (o: Operand) => this.operandType(o, regs, c.pos, 'finalize');
    const expect = (o: Operand, t: PlaintextType, what: string) => {
      const got = opType(o);
      if (!registerTypeEquals(got, { kind: 'plaintext', type: t }))
        this.fail(
          `${what} is ${registerTypeToString(got)}, expected ${registerTypeToString({ kind: 'plaintext', type: t })}`,
          c.pos,
        );
    };
    switch (c.kind) {
      case 'instruction': {
        const why = c.instruction.spec.restrict?.(c.instruction, 'finalize');
        if (why) this.fail(why, c.pos);
        const outs = this.instruction(c.instruction, regs, 'finalize');
        for (const [i, d] of c.instruction.destinations.entries()) this.define(regs, d, outs[i]!, c.pos);
        return;
      }
      case 'get':
      case 'get.or_use':
      case 'contains': {
        const m = this.mappingOf(c.mapping, c.pos);
        expect(c.key, m.key, 'the key');
        if (c.kind === 'get.or_use') expect(c.fallback, m.value, 'the default');
        this.define(
          regs,
          c.destination,
          c.kind === 'contains' ? lit('boolean') : { kind: 'plaintext', type: m.value },
          c.pos,
        );
        return;
      }
      case 'set':
      case 'remove': {
        const m = this.mappingOf({ name: c.mapping }, c.pos);
        expect(c.key, m.key, 'the key');
        if (c.kind === 'set') expect(c.value, m.value, 'the value');
        return;
      }
      case 'rand.chacha':
        // FinalizeTypes::check_rand_chacha does not type the extra seeds.
        this.define(regs, c.destination, lit(c.type), c.pos);
        return;
      case 'branch.eq':
      case 'branch.neq': {
        const target = f.positions.get(c.label);
        if (target === undefined) this.fail(`unknown position '${c.label}'`, c.pos);
        if (target <= index) this.fail(`'${c.kind}' must jump forward to '${c.label}'`, c.pos);
        if (!registerTypeEquals(opType(c.first), opType(c.second)))
          this.fail(`'${c.kind}' operands must have the same type`, c.pos);
        return;
      }
      case 'position':
        return;
      case 'await': {
        const t = regs.get(c.register);
        if (t?.kind !== 'future')
          this.fail(
            `'await' expects a future register, r${c.register} is ${t ? registerTypeToString(t) : 'undefined'}`,
            c.pos,
          );
        return;
      }
    }
  }
}
