/**
 * The witness of a synthesized function satisfies every row (A·z ∘ B·z = C·z), and its public
 * inputs are the ones snarkVM's verifier builds for the transition
 * (synthesizer/process/src/verify_execution.rs: 1, tpk.x, tpk.y, tcm, scm, input ids, is_root,
 * parent.x, parent.y, output ids), here from polyvm's console transition for the same request.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromX } from '../../../src/avm/crypto/curve.js';
import {
  checkProgram,
  firstUnsatisfied,
  parseInputs,
  run,
  synthesize,
  type TransitionJson as Transition,
} from '../../../src/avm/index.js';
import { programAddress } from '../../../src/avm/process.js';

const dir = new URL('../programs/circuits/', import.meta.url);
const load = (f: string) =>
  checkProgram(readFileSync(new URL(f, dir), 'utf8').replace(/^\/\/ oracle:.*\n/gm, ''));
const ME = 'aleo1rhgdu77hgyqd3xjj8ucu3jj9r2krwz6mnzyd80gncr5fxcwlh5rsvzp9px';
const OTHER = 'aleo12thamz63x0mjhxvwq3x0dfu2efuhuxkwe2xkl5499sr63alxsufq6qpj5z';
const num = (s: string) => BigInt(s.replace(/[a-z]+$/, ''));

/**
 * What verify_execution.rs (185-206) gives a root calling one function: the root's own inputs,
 * then the callee's tcm, input and output ids, then the root's output ids. `ids` lists an input's
 * verifier inputs.
 */
function callVerifierInputs(
  program: string,
  [child, root]: [Transition, Transition],
  ids: (xs: Transition['inputs']) => bigint[],
): bigint[] {
  const tpk = fromX(num(root.tpk as string));
  const parent = programAddress(program);
  return [
    1n,
    tpk.x,
    tpk.y,
    num(root.tcm),
    num(root.scm),
    ...ids(root.inputs),
    1n,
    parent.x,
    parent.y,
    num(child.tcm),
    ...ids(child.inputs),
    ...child.outputs.map((o) => num(o.id)),
    ...root.outputs.map((o) => num(o.id)),
  ];
}

const CASES: [string, string, string[]][] = [
  ['credits.aleo', 'transfer_public', [ME, '5u64']],
  ['credits.aleo', 'bond_public', [OTHER, ME, '5000000u64']],
  ['credits.aleo', 'fee_public', ['5u64', '1u64', '7field']],
  ['c_id.aleo', 'priv', ['5u8']],
];

describe('witness', () => {
  for (const [file, fn, texts] of CASES) {
    it(`${file}/${fn} satisfies its R1CS and exposes the verifier's public inputs`, () => {
      const p = load(file);
      const s = synthesize(p, fn, { inputs: parseInputs(p, fn, texts), nonce: 7n });
      expect(firstUnsatisfied(s.matrices, s.assignment)).toBe(-1);
      const r = run(p, fn, texts, { nonces: [7n] });
      const t = r.status === 'success' ? r.transitions?.at(-1) : undefined;
      if (!t) throw new Error('no transition');
      const tpk = fromX(num(t.tpk as string));
      const parent = programAddress(p.id);
      const expected = [
        1n,
        tpk.x,
        tpk.y,
        num(t.tcm),
        num(t.scm),
        ...t.inputs.map((i) => num(i.id)),
        1n,
        parent.x,
        parent.y,
        ...t.outputs.map((o) => num(o.id)),
      ];
      expect(s.publicInputs).toEqual(expected);
    });
  }
  it('c_call.aleo/twice (an external call): the callee transition sits between the inputs and the outputs', () => {
    const callee = load('c_callee.aleo');
    const p = checkProgram(
      readFileSync(new URL('c_call.aleo', dir), 'utf8').replace(/^\/\/ oracle:.*\n/gm, ''),
      new Map([['c_callee.aleo', callee]]),
    );
    const s = synthesize(p, 'twice', { inputs: parseInputs(p, 'twice', ['5u8']), nonce: 7n });
    expect(firstUnsatisfied(s.matrices, s.assignment)).toBe(-1);
    // Requests are signed root first, then the call: the synthesis uses nonce 7 then 8.
    const r = run(p, 'twice', ['5u8'], { nonces: [7n, 8n] });
    const ts = r.status === 'success' ? r.transitions : undefined;
    if (ts?.length !== 2) throw new Error('expected two transitions');
    expect(s.publicInputs).toEqual(
      callVerifierInputs(p.id, ts as [Transition, Transition], (xs) => xs.map((i) => num(i.id))),
    );
  });
  for (const fn of ['spend_via', 'relay_via']) {
    it(`c_xtop.aleo/${fn} (records through a call): a record input's serial number and tag, external-record ids`, () => {
      const base = load('c_xbase.aleo');
      const src = (f: string) => readFileSync(new URL(f, dir), 'utf8').replace(/^\/\/ oracle:.*\n/gm, '');
      const mid = checkProgram(src('c_xmid.aleo'), new Map([['c_xbase.aleo', base]]));
      const p = checkProgram(
        src('c_xtop.aleo'),
        new Map([
          ['c_xbase.aleo', base],
          ['c_xmid.aleo', mid],
        ]),
      );
      const texts = [`{owner:${ME}.private,amount:5u64.private,_nonce:0group.public,_version:1u8.public}`];
      const s = synthesize(p, fn, { inputs: parseInputs(p, fn, texts), nonce: 7n });
      expect(firstUnsatisfied(s.matrices, s.assignment)).toBe(-1);
      const r = run(p, fn, texts, { nonces: [7n, 8n] });
      const ts = r.status === 'success' ? r.transitions : undefined;
      if (ts?.length !== 2) throw new Error('expected two transitions');
      // Input::verifier_inputs: a record input contributes its serial number and its tag.
      const ids = (xs: Transition['inputs']) =>
        xs.flatMap((i) => ('tag' in i && i.tag ? [num(i.id), num(i.tag as string)] : [num(i.id)]));
      expect(ts[0]?.inputs[0]?.type).toBe(fn === 'spend_via' ? 'record' : 'external_record');
      expect(s.publicInputs).toEqual(callVerifierInputs(p.id, ts as [Transition, Transition], ids));
    });
  }
  it('a wrong witness value breaks a row', () => {
    const p = load('credits.aleo');
    const s = synthesize(p, 'transfer_public', { inputs: parseInputs(p, 'transfer_public', [ME, '5u64']) });
    const z = [...s.assignment];
    z[40] = (z[40] as bigint) + 1n;
    expect(firstUnsatisfied(s.matrices, z)).toBeGreaterThanOrEqual(0);
  });
});
