/**
 * Checks at the Aleo VM's public entries (noble style: the success path first, then a
 * labelled InvalidArgumentError): a checked AleoProgram, text where text is parsed, arrays of
 * inputs, a JournaledCache for the state, and the ranges snarkVM gives the numbers (a u32 block
 * height, a u16 network id, field-sized seeds and nonces). Each checked entry below calls the
 * module's own function after its checks; inside, the types are trusted.
 */
import {
  assertArray,
  assertBigInt,
  assertFunction,
  assertObject,
  assertSafeInteger,
  assertString,
} from '../core/assert.js';
import { InvalidArgumentError } from '../core/errors.js';
import { JournaledCache } from '../state/journaled-cache.js';
import * as keys from './account/keys.js';
import * as fin from './finalize.js';
import * as programText from './parser/program.js';
import { AleoProgram } from './process.js';
import * as value from './text/value.js';
import * as bytes from './transition/bytes.js';
import { parseFutureInput } from './transition/inputs.js';
import * as record from './transition/record.js';
import type { RecordCiphertext } from './transition/record-bits.js';
import type { FutureValue, RecordValue } from './types.js';
import type { Plaintext } from './values.js';
import * as prove from './varuna/execution-proof.js';

export function assertProgram(program: unknown, label: string): asserts program is AleoProgram {
  if (program instanceof AleoProgram) return;
  throw new InvalidArgumentError(`${label}: expected an AleoProgram (from checkProgram)`);
}

export function assertState(state: unknown, label: string): asserts state is JournaledCache {
  if (state instanceof JournaledCache) return;
  throw new InvalidArgumentError(`${label}: expected a JournaledCache (aleoState(store))`);
}

/** The function name and its text inputs of run / execute. */
export function assertCall(program: unknown, fn: unknown, inputs: unknown, label: string): void {
  assertProgram(program, `${label}: program`);
  assertString(fn, `${label}: function`);
  assertArray(inputs, `${label}: inputs`, assertString);
}

const fieldBigInt = (v: unknown, l: string) => assertBigInt(v, l, 0n);

/** RunOptions and ExecuteOptions (signer, key, randomness, network, block height). */
export function assertRunOptions(opts: unknown, label: string): void {
  assertObject(opts, label);
  const { signer, privateKey, seed, tvks, nonces, networkId, blockHeight, ledger } = opts;
  if (signer !== undefined) {
    assertObject(signer, `${label}.signer`);
    assertBigInt(signer.x, `${label}.signer.x`, 0n);
    assertBigInt(signer.y, `${label}.signer.y`, 0n);
  }
  if (privateKey !== undefined) assertString(privateKey, `${label}.privateKey`);
  if (seed !== undefined) assertBigInt(seed, `${label}.seed`, 0n);
  if (tvks !== undefined) assertArray(tvks, `${label}.tvks`, fieldBigInt);
  if (nonces !== undefined) assertArray(nonces, `${label}.nonces`, fieldBigInt);
  if (networkId !== undefined) assertSafeInteger(networkId, `${label}.networkId`, 0, 0xffff);
  if (blockHeight !== undefined) assertSafeInteger(blockHeight, `${label}.blockHeight`, 0, 0xffffffff);
  if (ledger !== undefined) {
    assertObject(ledger, `${label}.ledger`);
    if (typeof ledger.hasCommitment !== 'function')
      throw new InvalidArgumentError(`${label}.ledger: expected an AleoLedger (aleoLedger(state))`);
  }
}

function assertPlaintext(p: unknown, label: string): asserts p is Plaintext {
  assertObject(p, label);
  if (p.kind !== 'literal' && p.kind !== 'struct' && p.kind !== 'array')
    throw new InvalidArgumentError(
      `${label}: expected a plaintext (parsePlaintext), got kind ${String(p.kind)}`,
    );
}

export function parseProgram(source: string): ReturnType<typeof programText.parseProgram> {
  assertString(source, 'parseProgram: source');
  return programText.parseProgram(source);
}

export function parsePlaintext(text: string): Plaintext {
  assertString(text, 'parsePlaintext: text');
  return value.parsePlaintext(text);
}

export function parsePrivateKey(text: string): keys.Account {
  assertString(text, 'parsePrivateKey: text');
  return keys.parsePrivateKey(text);
}

export function parseViewKey(text: string): bigint {
  assertString(text, 'parseViewKey: text');
  return keys.parseViewKey(text);
}

export function accountFromSeed(seed: bigint): keys.Account {
  assertBigInt(seed, 'accountFromSeed: seed', 0n);
  return keys.accountFromSeed(seed);
}

export function parseRecordCiphertext(text: string): RecordCiphertext {
  assertString(text, 'parseRecordCiphertext: text');
  return bytes.parseRecordCiphertext(text);
}

export function decryptRecord(ciphertext: RecordCiphertext, viewKey: bigint): RecordValue {
  assertObject(ciphertext, 'decryptRecord: ciphertext');
  assertBigInt(viewKey, 'decryptRecord: viewKey', 0n);
  return record.decryptRecord(ciphertext, viewKey);
}

export function readMapping(
  state: Pick<JournaledCache, 'get'>,
  program: string,
  mapping: string,
  key: Plaintext,
): Plaintext | undefined {
  assertObject(state, 'readMapping: state');
  assertFunction(state.get, 'readMapping: state.get');
  assertString(program, 'readMapping: program');
  assertString(mapping, 'readMapping: mapping');
  assertPlaintext(key, 'readMapping: key');
  return fin.readMapping(state, program, mapping, key);
}

/**
 * Runs the finalize of `future`: a future value, or one in text form (Future::from_str, as a
 * transition writes its future output), whose arguments are checked against the finalize's inputs.
 */
export function runFinalize(program: AleoProgram, future: FutureValue | string, env: fin.FinalizeEnv): void {
  assertProgram(program, 'runFinalize: program');
  if (typeof future === 'string') future = parseFutureInput(program, future);
  assertObject(future, 'runFinalize: future');
  if (future.kind !== 'future' || !Array.isArray(future.arguments))
    throw new InvalidArgumentError('runFinalize: future: expected a future value or its text');
  assertObject(env, 'runFinalize: env');
  assertState(env.state, 'runFinalize: env.state');
  assertSafeInteger(env.blockHeight, 'runFinalize: env.blockHeight', 0, 0xffffffff);
  assertSafeInteger(env.networkId, 'runFinalize: env.networkId', 0, 0xffff);
  fin.runFinalize(program, future, env);
}

export function proveExecution(x: prove.ProveExecutionInput): ReturnType<typeof prove.proveExecution> {
  const l = 'proveExecution';
  assertObject(x, l);
  assertProgram(x.program, `${l}: program`);
  assertString(x.function, `${l}: function`);
  assertArray(x.inputs, `${l}: inputs`, assertObject);
  assertString(x.privateKey, `${l}: privateKey`);
  assertArray(x.nonces, `${l}: nonces`, fieldBigInt);
  assertArray(x.transitions, `${l}: transitions`, assertObject);
  if (x.version !== undefined && x.version !== 1 && x.version !== 2)
    throw new InvalidArgumentError(`${l}: version: expected 1 or 2, got ${String(x.version)}`);
  if (x.globalStateRoot !== undefined) assertString(x.globalStateRoot, `${l}: globalStateRoot`);
  return prove.proveExecution(x);
}
