/**
 * Constant outputs (Response::new: a constant output's id is HashPSD8 of the function id, the
 * value's fields, tcm and its index, as a public one's). snarkVM refuses constant inputs but takes
 * constant outputs; the oracle is the SDK's snarkVM (ProgramManagerBase.authorize), run here with
 * a fresh key: polyvm, given that key and the request's tvk, must produce the same output ids and
 * values, tcm and transition id.
 */
import { describe, expect, it } from 'vitest';
import { checkProgram, run } from '../../src/avm/index.js';

const SOURCE = `program constout.aleo;

struct pt:
    x as u8;
    y as field;

function f:
    input r0 as u8.public;
    input r1 as field.private;
    add r0 1u8 into r2;
    cast r2 r1 into r3 as pt;
    cast r2 r2 into r4 as [u8; 2u32];
    output r2 as u8.constant;
    output r3 as pt.constant;
    output r4 as [u8; 2u32].constant;
    output r1 as field.public;
`;

describe('constant outputs against the SDK', () => {
  it('output ids, values, tcm and the transition id equal the SDK authorization', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the SDK's WASM classes are used untyped
    const sdk: any = await import('@provablehq/sdk/mainnet.js');
    await sdk.initThreadPool(2);
    const key = new sdk.PrivateKey();
    const inputs = ['5u8', '9field'];
    const auth = JSON.parse(
      (await sdk.ProgramManagerBase.authorize(key, SOURCE, 'f', inputs, {})).toString(),
    );
    const oracle = auth.transitions[0];
    expect(oracle.outputs.map((o: { type: string }) => o.type)).toEqual([
      'constant',
      'constant',
      'constant',
      'public',
    ]);
    const tvk = BigInt(String(auth.requests[0].tvk).replace(/field$/, ''));
    const r = run(checkProgram(SOURCE), 'f', inputs, { privateKey: key.to_string(), tvks: [tvk] });
    if (r.status !== 'success' || !r.transitions) throw new Error('run failed');
    const t = r.transitions[0];
    expect(t?.outputs).toEqual(oracle.outputs);
    expect([t?.tcm, t?.scm, t?.id]).toEqual([oracle.tcm, oracle.scm, oracle.id]);
  }, 120_000);
});
