/**
 * The transition layer against snarkVM itself: test/avm/fixtures/oracle-transitions.json holds
 * authorizations made by @provablehq/sdk (regenerate with
 * `npx tsx scripts/avm/gen-oracle-transitions.mjs`). polyvm is given the oracle's private key,
 * inputs and transition view keys and must produce the same tvk-derived values: tcm, scm,
 * input and output ids, ciphertexts, record nonces, checksums, sender ciphertexts and
 * transition ids; it must verify the oracle's request signatures, decrypt its records, and a
 * request polyvm signs must be accepted and completed identically by the SDK.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePrivateKey, parseViewKey } from '../../src/avm/account/keys.js';
import { parseSignature, verifyFields } from '../../src/avm/crypto/signature.js';
import {
  type AleoProgram,
  aleoState,
  checkProgram,
  execute,
  parsePlaintext,
  plaintextToText,
  readMapping,
  run,
  type ValueType,
} from '../../src/avm/index.js';
import { parseInputs } from '../../src/avm/process.js';
import { recordToText } from '../../src/avm/text/value.js';
import { parseRecordCiphertext } from '../../src/avm/transition/bytes.js';
import { decryptRecord } from '../../src/avm/transition/record.js';
import { signRequest } from '../../src/avm/transition/request.js';
import { MemoryStore } from '../../src/state/index.js';

interface OracleTransition {
  id: string;
  program: string;
  function: string;
  tpk: string;
  tcm: string;
  scm: string;
  inputs: Record<string, string>[];
  outputs: Record<string, string>[];
}
interface OracleRequest {
  signer: string;
  program: string;
  function: string;
  inputs: string[];
  signature: string;
  tvk: string;
  tcm: string;
  scm: string;
  sk_tag: string;
  input_ids: Record<string, string>[];
}
interface Fixture {
  programs: { rec: string; ext: string };
  account: { privateKey: string; viewKey: string; address: string };
  cases: {
    name: string;
    program: 'rec' | 'ext';
    function: string;
    inputs: string[];
    ciphertextInputs?: string[];
    requests: OracleRequest[];
    transitions: OracleTransition[];
    decrypted: (string | null)[][];
  }[];
  constants: { program: string; function: string; inputs: string[]; request: OracleRequest };
  roundTrips: { plaintext: string; ciphertext: string; sdk: string }[];
  signed: { nonce: string; function: string; inputs: string[]; transitions: OracleTransition[] };
}

const fx: Fixture = JSON.parse(
  readFileSync(new URL('./fixtures/oracle-transitions.json', import.meta.url), 'utf8'),
);
const rec = checkProgram(fx.programs.rec);
const ext = checkProgram(fx.programs.ext, new Map([['rec.aleo', rec]]));
const programs: Record<string, AleoProgram> = { rec, ext };
const field = (s: string): bigint => BigInt(s.replace(/field$/, ''));

/** The fields of an oracle transition we reproduce from its tvk (all but the tpk). */
function comparable(t: OracleTransition) {
  const { tpk: _tpk, ...rest } = t;
  return rest;
}

describe('transitions vs snarkVM (oracle-transitions.json)', () => {
  for (const c of fx.cases) {
    it(`${c.name}: same tcm, scm, ids, ciphertexts and transition ids`, () => {
      const r = run(programs[c.program]!, c.function, c.inputs, {
        privateKey: fx.account.privateKey,
        tvks: c.requests.map((q) => field(q.tvk)),
      });
      if (r.status !== 'success') throw new Error(r.error);
      const ours = r.transitions!.map(({ tvk: _t, signer: _s, ...t }) => t);
      expect(ours).toEqual(c.transitions.map(comparable));
      // The request of each transition carries the same tvk/tcm/scm as snarkVM's.
      expect(r.transitions!.map((t) => t.tvk).reverse()).toEqual(c.requests.map((q) => q.tvk));
    });
  }

  it('takes a record input given as its record1… ciphertext (decrypted with the view key)', () => {
    const c = fx.cases.find((x) => x.ciphertextInputs)!;
    const r = run(rec, c.function, c.ciphertextInputs!, {
      privateKey: fx.account.privateKey,
      tvks: c.requests.map((q) => field(q.tvk)),
    });
    if (r.status !== 'success') throw new Error(r.error);
    expect(r.transitions!.at(-1)!.id).toBe(c.transitions.at(-1)!.id);
  });

  it("verifies snarkVM's request signatures over polyvm's message (function id, input ids)", () => {
    const account = parsePrivateKey(fx.account.privateKey);
    let checked = 0;
    for (const c of fx.cases)
      c.requests.forEach((q, i) => {
        const program = programs[c.program]!.resolve(q.program);
        const fn = program.ast.functions.get(q.function)!;
        const args = parseInputs(program, q.function, q.inputs);
        const req = signRequest(
          account,
          q.program,
          q.function,
          args,
          fn.inputs.map((x) => x.type),
          { tvk: field(q.tvk) },
          i === 0 ? undefined : field(c.requests[0]!.tvk),
          i === 0,
        );
        const ids = req.inputs.map((x) =>
          x.record
            ? {
                type: x.type,
                commitment: `${x.record.commitment}field`,
                gamma: `${x.record.gamma.x}group`,
                record_view_key: `${x.record.recordViewKey}field`,
                serial_number: `${x.id}field`,
                tag: `${x.record.tag}field`,
              }
            : { type: x.type, id: `${x.id}field` },
        );
        expect(ids).toEqual(q.input_ids);
        expect(`${account.skTag}field`).toBe(q.sk_tag);
        if (!req.message) return; // a record input: r·H is not known without the oracle's nonce
        expect(verifyFields(parseSignature(q.signature), account.address, req.message)).toBe(true);
        const wrong = [...req.message];
        wrong[2] = wrong[2]! + 1n;
        expect(verifyFields(parseSignature(q.signature), account.address, wrong)).toBe(false);
        checked++;
      });
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it("constant input ids are snarkVM's Request::sign ones (the checker rejects such programs)", () => {
    const { inputs, request: q } = fx.constants;
    const account = parsePrivateKey(fx.account.privateKey);
    const lit = (type: string, visibility: string) =>
      ({ kind: 'plaintext', type: { kind: 'literal', type }, visibility }) as ValueType;
    const types: ValueType[] = [
      lit('u8', 'constant'),
      lit('field', 'public'),
      {
        kind: 'plaintext',
        type: { kind: 'array', element: { kind: 'literal', type: 'boolean' }, length: 2 },
        visibility: 'private',
      },
      lit('i128', 'constant'),
    ];
    const args = inputs.map((t) => parsePlaintext(t));
    const req = signRequest(
      account,
      q.program,
      q.function,
      args,
      types,
      { tvk: field(q.tvk) },
      undefined,
      true,
    );
    expect(req.inputs.map((x) => ({ type: x.type, id: `${x.id}field` }))).toEqual(q.input_ids);
    expect([`${req.tcm}field`, `${req.scm}field`]).toEqual([q.tcm, q.scm]);
    expect(verifyFields(parseSignature(q.signature), account.address, req.message!)).toBe(true);
  });

  it("decrypts snarkVM's record ciphertexts to the SDK's plaintext", () => {
    const vk = parseViewKey(fx.account.viewKey);
    let n = 0;
    for (const c of fx.cases)
      c.transitions.forEach((t, i) => {
        const records = t.outputs.filter((o) => o.type === 'record');
        records.forEach((o, j) => {
          const want = c.decrypted[i]![j];
          const ct = parseRecordCiphertext(o.value!);
          if (want === null) expect(() => decryptRecord(ct, vk)).toThrow('does not correspond');
          else expect(recordToText(decryptRecord(ct, vk))).toBe(want);
          n++;
        });
      });
    expect(n).toBeGreaterThanOrEqual(3);
  });

  it('refuses to decrypt a record with a view key that does not own it', () => {
    const other = parsePrivateKey('APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH');
    const ct = fx.cases[0]!.transitions[0]!.outputs[0]!.value!;
    expect(() => decryptRecord(parseRecordCiphertext(ct), other.viewKey)).toThrow('does not correspond');
  });

  it('encrypts records the SDK decrypts back to the same plaintext', () => {
    for (const rt of fx.roundTrips) {
      const sdk = rt.sdk
        .split('\n')
        .filter((l) => !/^ {2}_(nonce|version):/.test(l))
        .join('\n')
        .replace(/,\n}$/, '\n}');
      expect(sdk).toBe(rt.plaintext);
    }
  });

  it('signs a request (explicit nonce) that snarkVM accepts and completes identically, tpk included', () => {
    const r = run(rec, fx.signed.function, fx.signed.inputs, {
      privateKey: fx.account.privateKey,
      nonces: [BigInt(fx.signed.nonce)],
    });
    if (r.status !== 'success') throw new Error(r.error);
    const { tvk: _t, signer: _s, signature: _g, ...ours } = r.transitions![0]!;
    expect(ours).toEqual(fx.signed.transitions[0]);
  });
});

describe('execute hands the transition id to finalize', () => {
  const lottery = checkProgram(`program lottery.aleo;
mapping drawn:
    key as u8.public;
    value as u128.public;
function draw:
    async draw into r0;
    output r0 as lottery.aleo/draw.future;
finalize draw:
    rand.chacha into r0 as u128;
    set r0 into drawn[0u8];
`);
  const draw = (opts: Parameters<typeof execute>[4]) => {
    const state = aleoState(new MemoryStore());
    const r = execute(lottery, 'draw', [], state, opts);
    if (r.status !== 'success') throw new Error(r.error);
    return { value: plaintextToText(readMapping(state, 'lottery.aleo', 'drawn', parsePlaintext('0u8'))!), r };
  };

  it('rand.chacha follows the root transition id: same seed, same draw; another seed, another draw', () => {
    const a = draw({ seed: 1n });
    expect(draw({ seed: 1n }).value).toBe(a.value);
    expect(draw({ seed: 2n }).value).not.toBe(a.value);
    if (a.r.status === 'success') expect(a.r.transitions).toHaveLength(1);
  });
});

describe('external-record input ids', () => {
  // ExecutionRequest.sign of @provablehq/sdk 0.11.10 (mainnet, 2026-12-03) for c_xmid.aleo/peek0
  // with a version-0 record: its tvk and its input ids. A plaintext record's bits keep the
  // version byte for version 0 too (only the commitment digest and a v0 checksum drop it).
  it('hashes a version-0 external record with its version byte, as the SDK does', () => {
    const dir = new URL('./programs/circuits/', import.meta.url);
    const src = (f: string) => readFileSync(new URL(f, dir), 'utf8').replace(/^\/\/ oracle:.*\n/gm, '');
    const mid = checkProgram(
      src('c_xmid.aleo'),
      new Map([['c_xbase.aleo', checkProgram(src('c_xbase.aleo'))]]),
    );
    const owner = 'aleo1rhgdu77hgyqd3xjj8ucu3jj9r2krwz6mnzyd80gncr5fxcwlh5rsvzp9px';
    const record = `{owner:${owner}.private,amount:5u64.private,_nonce:0group.public,_version:0u8.public}`;
    const types = mid.ast.functions.get('peek0')?.inputs.map((i) => i.type) ?? [];
    const req = signRequest(
      parsePrivateKey('APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH'),
      'c_xmid.aleo',
      'peek0',
      parseInputs(mid, 'peek0', [record, '3u64']),
      types,
      { tvk: 2728494661341746226680169523731321471164206928695534486557802167123759654865n },
      undefined,
      true,
    );
    expect(req.inputs.map((i) => i.id)).toEqual([
      5237589113590721287384833619536872916196428146864513576981780024302884177091n,
      929619310237595219559437521186785768625258882506427565025373432162231400128n,
    ]);
  });
});
