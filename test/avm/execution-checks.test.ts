/**
 * The checks of snarkVM's Process::verify_execution that need no proof (src/avm/varuna/
 * execution-checks.ts). The oracle for acceptance is snarkVM itself: every execution and
 * transition here was made by @provablehq/sdk 0.11.10 (fixtures/varuna/*.json from
 * scripts/avm/gen-varuna-fixtures.ts; fixtures/oracle-transitions.json from
 * scripts/avm/gen-oracle-transitions.mjs), so its ids are snarkVM's. Each mutation keeps the
 * original ids and changes one thing snarkVM's Input/Output::verify, the transition id or the
 * signer check would refuse; the error must name the transition and the input or output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/avm/index.js';
import { AleoProgram } from '../../src/avm/process.js';
import { futureToText, parseFutureText } from '../../src/avm/text/value.js';
import {
  checkExecution,
  type ExecutionJson,
  executionFault,
  type TransitionEntry,
} from '../../src/avm/varuna/index.js';

type Entry = {
  type: string;
  id: string;
  value?: string;
  tag?: string;
  checksum?: string;
  sender_ciphertext?: string;
};

const varuna = (name: string): { execution: ExecutionJson } =>
  JSON.parse(readFileSync(new URL(`./fixtures/varuna/${name}.json`, import.meta.url), 'utf8'));
const source = (name: string) => readFileSync(new URL(`./programs/varuna/${name}`, import.meta.url), 'utf8');
const add = AleoProgram.parse(source('varuna_add.aleo'));
const call = AleoProgram.parse(source('varuna_call.aleo'), new Map([['varuna_add.aleo', add]]));
const credits = AleoProgram.parse(
  readFileSync(new URL('./fixtures/varuna/credits.aleo', import.meta.url), 'utf8'),
);
const oracle = JSON.parse(
  readFileSync(new URL('./fixtures/oracle-transitions.json', import.meta.url), 'utf8'),
) as {
  programs: Record<string, string>;
  cases: {
    name: string;
    program: string;
    function: string;
    inputs: string[];
    transitions: TransitionEntry[];
  }[];
  account: { privateKey: string };
};
const rec = AleoProgram.parse(oracle.programs.rec as string);
const ext = AleoProgram.parse(oracle.programs.ext as string, new Map([['rec.aleo', rec]]));
const oracleCase = (prefix: string) => {
  const c = oracle.cases.find((x) => x.name.startsWith(prefix));
  if (!c) throw new Error(`no oracle case ${prefix}`);
  return {
    program: c.program === 'rec' ? rec : ext,
    execution: { transitions: c.transitions, global_state_root: '', proof: '' } as ExecutionJson,
  };
};

const EXECUTIONS: [string, AleoProgram, ExecutionJson][] = [
  ['add (V1)', add, varuna('add').execution],
  ['add_v2', add, varuna('add_v2').execution],
  ['call (a call into varuna_add.aleo)', call, varuna('call').execution],
  ['call_v2', call, varuna('call_v2').execution],
  ['credits.aleo transfer_public (a future output)', credits, varuna('transfer_public_v2').execution],
  ...oracle.cases.map(
    (c) =>
      [
        `${c.program}.aleo: ${c.name}`,
        c.program === 'rec' ? rec : ext,
        { transitions: c.transitions, global_state_root: '', proof: '' },
      ] as [string, AleoProgram, ExecutionJson],
  ),
];

/** A copy of `e` changed by `change` (transition `t`'s input or output list at hand). */
function mutate(
  e: ExecutionJson,
  change: (ts: (TransitionEntry & { inputs: Entry[]; outputs: Entry[] })[]) => void,
) {
  const copy = structuredClone(e);
  change(copy.transitions as (TransitionEntry & { inputs: Entry[]; outputs: Entry[] })[]);
  return copy;
}

describe('execution checks before the proof (Process::verify_execution)', () => {
  it.each(EXECUTIONS)('accepts the SDK execution %s', (_name, program, execution) => {
    expect(executionFault(program, execution)).toBeUndefined();
  });

  it('parses snarkVM future text, nested futures included', () => {
    for (const c of oracle.cases)
      for (const t of c.transitions)
        for (const o of t.outputs as Entry[])
          if (o.type === 'future') expect(futureToText(parseFutureText(o.value as string))).toBe(o.value);
  });

  // polyvm's own transitions (`run` with a key, as `execute --prove` prints them) of the same
  // calls pass the same checks.
  it.each(oracle.cases.map((c) => [c.name, c] as const))("passes polyvm's transitions of %s", (_n, c) => {
    const program = c.program === 'rec' ? rec : ext;
    const r = run(program, c.function, c.inputs, { seed: 3n, privateKey: oracle.account.privateKey });
    if (r.status !== 'success' || !r.transitions) throw new Error(`run failed: ${JSON.stringify(r)}`);
    const execution = {
      transitions: r.transitions as unknown as TransitionEntry[],
      global_state_root: '',
      proof: '',
    };
    expect(executionFault(program, execution)).toBeUndefined();
  });

  const addV2 = varuna('add_v2').execution;
  const callV2 = varuna('call_v2').execution;
  const transfer = varuna('transfer_public_v2').execution;
  const mint = oracleCase('mint');
  const relay = oracleCase('relay');
  const at0 = 'transition 0 \\(varuna_add\\.aleo/sum\\)';

  const REJECTED: [string, AleoProgram, ExecutionJson, RegExp][] = [
    [
      'a changed public input value',
      add,
      mutate(addV2, (ts) => {
        ts[0]!.inputs[0]!.value = '6u32';
      }),
      new RegExp(`^${at0}: input 0: its value "6u32" does not hash to its id`),
    ],
    [
      'a changed private input ciphertext',
      add,
      mutate(addV2, (ts) => {
        ts[0]!.inputs[1]!.value = (callV2.transitions[0]!.inputs[1] as Entry).value;
      }),
      new RegExp(`^${at0}: input 1: its value "ciphertext1.*" does not hash to its id`),
    ],
    [
      'a changed public output value',
      add,
      mutate(addV2, (ts) => {
        ts[0]!.outputs[0]!.value = '13u32';
      }),
      new RegExp(`^${at0}: output 0: its value "13u32" does not hash to its id`),
    ],
    [
      'a changed output id',
      add,
      mutate(addV2, (ts) => {
        ts[0]!.outputs[0]!.id = '1field';
      }),
      new RegExp(`^${at0}: output 0: its value "12u32" does not hash to its id 1field`),
    ],
    [
      'a missing value',
      add,
      mutate(addV2, (ts) => {
        delete ts[0]!.inputs[0]!.value;
      }),
      new RegExp(`^${at0}: input 0: the value is missing`),
    ],
    [
      'a value of another kind than the function declares',
      add,
      mutate(addV2, (ts) => {
        ts[0]!.inputs[0]!.type = 'private';
      }),
      new RegExp(`^${at0}: input 0 is 'private', the function declares 'public'`),
    ],
    [
      'a changed tcm (the public ids hash it)',
      add,
      mutate(addV2, (ts) => {
        ts[0]!.tcm = '7field';
      }),
      new RegExp(`^${at0}: input 0: its value "5u32" does not hash to its id`),
    ],
    [
      'a transition id that is not its own',
      add,
      mutate(addV2, (ts) => {
        ts[0]!.id = callV2.transitions[0]!.id;
      }),
      new RegExp(`^${at0}: id au1.* is not the hash of its inputs, outputs and tcm`),
    ],
    [
      "the callee's changed private ciphertext, in a call",
      call,
      mutate(callV2, (ts) => {
        ts[1]!.outputs[0]!.value = (addV2.transitions[0]!.inputs[1] as Entry).value;
      }),
      /^transition 1 \(varuna_call\.aleo\/twice\): output 0: its value "ciphertext1.*" does not hash to its id/,
    ],
    [
      'two signers (scm) in one execution',
      call,
      mutate(callV2, (ts) => {
        ts[1]!.scm = ts[1]!.tcm;
      }),
      /^transition 1 \(varuna_call\.aleo\/twice\): its scm differs from transition 0's/,
    ],
    [
      'a call left out',
      call,
      mutate(callV2, (ts) => {
        ts.splice(0, 1);
      }),
      /^the transitions are not the calls the root makes/,
    ],
    [
      'a changed argument of a future output',
      credits,
      mutate(transfer, (ts) => {
        ts[0]!.outputs[0]!.value = (ts[0]!.outputs[0]!.value as string).replace('5u64', '6u64');
      }),
      /^transition 0 \(credits\.aleo\/transfer_public\): output 0: its value "\{.*6u64.*" does not hash to its id/s,
    ],
    [
      'a changed callee future inside a future',
      relay.program,
      mutate(relay.execution, (ts) => {
        const last = ts.length - 1;
        const o = ts[last]!.outputs.find((x) => x.type === 'future') as Entry;
        o.value = (o.value as string).replace(/\d+u64/, '999u64');
      }),
      /^transition 1 \(ext\.aleo\/relay\): output 1: its value .* does not hash to its id/s,
    ],
    [
      "another record's ciphertext as a record output",
      mint.program,
      mutate(mint.execution, (ts) => {
        ts[0]!.outputs[0]!.value = (
          oracleCase('spend: record').execution.transitions[0]!.outputs[0] as Entry
        ).value;
      }),
      /^transition 0 \(rec\.aleo\/mint\): output 0: the record ciphertext does not hash to its checksum/,
    ],
    [
      'a changed record checksum',
      mint.program,
      mutate(mint.execution, (ts) => {
        ts[0]!.outputs[0]!.checksum = '1field';
      }),
      /^transition 0 \(rec\.aleo\/mint\): output 0: the record ciphertext does not hash to its checksum 1field/,
    ],
    [
      'a zero sender ciphertext on a version 1 record',
      mint.program,
      mutate(mint.execution, (ts) => {
        ts[0]!.outputs[0]!.sender_ciphertext = '0field';
      }),
      /^transition 0 \(rec\.aleo\/mint\): output 0: the sender ciphertext must be non-zero/,
    ],
  ];

  it.each(REJECTED)(
    'rejects %s, naming the transition and the input or output',
    (_n, program, e, message) => {
      const fault = executionFault(program, e);
      expect(fault?.code).toBe('VARUNA_EXECUTION');
      expect(fault?.shortMessage).toMatch(message);
      expect(() => checkExecution(program, e)).toThrow(message);
    },
  );
});
