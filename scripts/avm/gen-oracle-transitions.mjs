#!/usr/bin/env node
/**
 * Regenerates test/avm/fixtures/oracle-transitions.json: transitions made by snarkVM itself
 * (@provablehq/sdk ProgramManager.authorize, no proving, no network) for programs with record
 * outputs and inputs, private/public inputs and outputs, structs and arrays, a future, an
 * external record and a call into another program; plus
 *   - record round trips: records encrypted by polyvm, decrypted by the SDK (the SDK's text is
 *     the expected value; polyvm's ciphertext is only the input);
 *   - a polyvm-signed request (seeded randomness) turned into a transition by the SDK's
 *     buildAuthorizationFromExecutionRequest, which checks the signature and recomputes ids.
 * Run with tsx (it imports polyvm's TypeScript for the round trips):
 *
 *   npx tsx scripts/avm/gen-oracle-transitions.mjs
 */
import { writeFileSync } from 'node:fs';
import {
  ExecutionRequest,
  initThreadPool,
  PrivateKey,
  ProgramManagerBase,
  RecordCiphertext,
} from '@provablehq/sdk/mainnet.js';
import { checkProgram, parsePrivateKey, recordCiphertextToString } from '../../src/avm/index.ts';
import { parseInputs } from '../../src/avm/process.ts';
import { parseRecordText } from '../../src/avm/text/value.ts';
import { encryptRecord, recordViewKeyFromViewKey } from '../../src/avm/transition/record.ts';
import { signRequest } from '../../src/avm/transition/request.ts';

const REC = `program rec.aleo;

record token:
    owner as address.private;
    amount as u64.private;
    memo as field.public;

struct point:
    x as i32;
    y as i32;

record badge:
    owner as address.public;
    level as u8.constant;
    tags as [u16; 2u32].public;
    at as point.private;
    name as field.private;

mapping supply:
    key as u8.public;
    value as u64.public;

function mint:
    input r0 as u64.private;
    input r1 as u8.public;
    input r2 as field.private;
    cast self.signer r0 r2 into r3 as token.record;
    output r3 as token.record;
    output r1 as u8.private;
    output r2 as field.public;

function spend:
    input r0 as token.record;
    input r1 as u64.private;
    sub r0.amount r1 into r2;
    cast r0.owner r2 r0.memo into r3 as token.record;
    output r3 as token.record;
    output r2 as u64.public;

function bump:
    input r0 as u64.public;
    input r1 as [u8; 2u32].private;
    async bump r0 into r2;
    output r1 as [u8; 2u32].public;
    output r2 as rec.aleo/bump.future;

finalize bump:
    input r0 as u64.public;
    set r0 into supply[0u8];

function issue:
    input r0 as point.private;
    input r1 as address.public;
    input r2 as i32.private;
    cast 7u16 9u16 into r3 as [u16; 2u32];
    cast r1 3u8 r3 r0 12345field into r4 as badge.record;
    cast self.signer 4u8 r3 r0 6field into r5 as badge.record;
    output r5 as badge.record;
    output r4 as badge.record;
    output r2 as i32.public;
`;

const CST = `program cst.aleo;

function f:
    input r0 as u8.constant;
    input r1 as field.public;
    input r2 as [boolean; 2u32].private;
    input r3 as i128.constant;
    add r0 1u8 into r4;
    output r4 as u8.public;
`;

const EXT = `import rec.aleo;
program ext.aleo;

struct pair:
    a as u8;
    b as boolean;

function forward:
    input r0 as rec.aleo/token.record;
    input r1 as u64.private;
    input r2 as pair.public;
    call rec.aleo/spend r0 r1 into r3 r4;
    output r3 as rec.aleo/token.record;
    output r4 as u64.private;
    output r2 as pair.private;

function relay:
    input r0 as u64.public;
    cast 4u8 5u8 into r1 as [u8; 2u32];
    call rec.aleo/bump r0 r1 into r2 r3;
    async relay r3 r0 into r4;
    output r2 as [u8; 2u32].private;
    output r4 as ext.aleo/relay.future;

finalize relay:
    input r0 as rec.aleo/bump.future;
    input r1 as u64.public;
    await r0;
`;

await initThreadPool(2);
const key = new PrivateKey();
const viewKey = key.to_view_key();
const account = {
  privateKey: key.to_string(),
  viewKey: viewKey.to_string(),
  address: key.to_address().to_string(),
};

async function authorize(program, fn, inputs, imports) {
  const auth = await ProgramManagerBase.authorize(key, program, fn, inputs, imports);
  return JSON.parse(auth.toString());
}

/** The SDK's decryption of each record output of a transition (text form). */
function decrypted(transition) {
  return transition.outputs
    .filter((o) => o.type === 'record')
    .map((o) => {
      const c = RecordCiphertext.fromString(o.value);
      return c.isOwner(viewKey) ? c.decrypt(viewKey).toString() : null;
    });
}

const cases = [];
async function run(name, program, fn, inputs, imports) {
  const auth = await authorize(program === 'rec' ? REC : EXT, fn, inputs, imports);
  cases.push({
    name,
    program,
    function: fn,
    inputs,
    requests: auth.requests,
    transitions: auth.transitions,
    decrypted: auth.transitions.map(decrypted),
  });
  return cases.at(-1);
}

const mint = await run('mint: record, private and public in/out', 'rec', 'mint', [
  '100u64',
  '7u8',
  '123field',
]);
const minted = mint.decrypted[0][0];
const spend = await run('spend: record input and output', 'rec', 'spend', [minted, '30u64']);
// The same spend with the record given as its ciphertext (polyvm decrypts it with the view key).
spend.ciphertextInputs = [mint.transitions[0].outputs[0].value, '30u64'];
// A version-0 record (no `_version`): the commitment is the plain BHP1024 digest.
await run('spend a version-0 record', 'rec', 'spend', [
  minted.replace(',\n  _version: 1u8.public', ''),
  '1u64',
]);
await run('bump: array input and output, future', 'rec', 'bump', ['9u64', '[1u8, 2u8]']);
await run('issue: public-owner records with constant, array and struct entries', 'rec', 'issue', [
  '{ x: -3i32, y: 4i32 }',
  'aleo1rhgdu77hgyqd3xjj8ucu3jj9r2krwz6mnzyd80gncr5fxcwlh5rsvzp9px',
  '-17i32',
]);
await run(
  'forward: external record, call into rec.aleo',
  'ext',
  'forward',
  [minted, '10u64', '{ a: 3u8, b: true }'],
  {
    'rec.aleo': REC,
  },
);
await run('relay: a future holding the callee future', 'ext', 'relay', ['21u64'], { 'rec.aleo': REC });

// Constant inputs: the SDK's authorize refuses them, its Request::sign does not.
const cstInputs = ['4u8', '9field', '[true, false]', '-5i128'];
const cstTypes = ['u8.constant', 'field.public', '[boolean; 2u32].private', 'i128.constant'];
const constants = {
  program: CST,
  function: 'f',
  inputs: cstInputs,
  request: JSON.parse(
    ExecutionRequest.sign(
      key,
      'cst.aleo',
      'f',
      cstInputs,
      cstTypes,
      undefined,
      undefined,
      true,
      false,
    ).toString(),
  ),
};

// Round trips: polyvm encrypts, the SDK decrypts.
const me = parsePrivateKey(account.privateKey);
const roundTrips = [];
for (const [i, text] of [
  `{\n  owner: ${account.address}.private,\n  amount: 42u64.private,\n  memo: 5field.public\n}`,
  `{\n  owner: ${account.address}.public,\n  amount: 43u64.private,\n  memo: 6field.constant\n}`,
].entries()) {
  const r = parseRecordText(text);
  const randomizer = 1234567n + BigInt(i);
  const { recordNonce } = await import('../../src/avm/transition/record.ts');
  const record = {
    kind: 'record',
    owner: { visibility: r.owner.visibility, value: r.owner.value.literal.value },
    data: r.entries,
    nonce: recordNonce(randomizer),
    version: 1,
  };
  const ciphertext = recordCiphertextToString(
    encryptRecord(record, recordViewKeyFromViewKey(record.nonce, me.viewKey)),
  );
  roundTrips.push({
    plaintext: text,
    randomizer: `${randomizer}`,
    ciphertext,
    sdk: RecordCiphertext.fromString(ciphertext).decrypt(viewKey).toString(),
  });
}

// A polyvm-signed request (seeded nonce), checked and completed by the SDK.
const program = checkProgram(REC);
const nonce = 987654321987654321n;
const inputs = ['11u64', '3u8', '77field'];
const args = parseInputs(program, 'mint', inputs);
const types = program.ast.functions.get('mint').inputs.map((i) => i.type);
const req = signRequest(me, 'rec.aleo', 'mint', args, types, { nonce }, undefined, true);
const { signatureToString } = await import('../../src/avm/crypto/signature.ts');
const { addressToString } = await import('../../src/avm/crypto/address.ts');
const requestJson = {
  signer: addressToString(req.signer),
  network: '0u16',
  program: 'rec.aleo',
  function: 'mint',
  input_ids: req.inputs.map((x) => ({ type: x.type, id: `${x.id}field` })),
  inputs,
  signature: signatureToString(req.signature),
  sk_tag: `${me.skTag}field`,
  tvk: `${req.tvk}field`,
  tcm: `${req.tcm}field`,
  scm: `${req.scm}field`,
  is_dynamic: false,
};
const sdkReq = ExecutionRequest.fromString(JSON.stringify(requestJson));
const built = JSON.parse(
  (await ProgramManagerBase.buildAuthorizationFromExecutionRequest(sdkReq, REC, false)).toString(),
);
const signed = { nonce: `${nonce}`, function: 'mint', inputs, transitions: built.transitions };

const file = new URL('../../test/avm/fixtures/oracle-transitions.json', import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify({ generator: '@provablehq/sdk ProgramManager.authorize / buildAuthorizationFromExecutionRequest / ExecutionRequest.sign', programs: { rec: REC, ext: EXT }, account, cases, constants, roundTrips, signed }, null, 1)}\n`,
);
console.log(`wrote ${cases.length} cases, ${roundTrips.length} round trips, 1 signed request`);
