/** The Aleo VM's public entries refuse malformed arguments with a labelled InvalidArgumentError. */
import { describe, expect, it } from 'vitest';
import { refused, untyped } from '../../test/invalid-argument.js';
import { MemoryStore } from '../state/index.js';
import {
  aleoState,
  checkProgram,
  decryptRecord,
  execute,
  parsePlaintext,
  parsePrivateKey,
  readMapping,
  run,
  runFinalize,
} from './index.js';

const source = `program add.aleo;
function f:
    input r0 as u8.public;
    add r0 1u8 into r1;
    output r1 as u8.public;
`;
const program = checkProgram(source);

describe('run and execute', () => {
  it('take a checked program, a function name and text inputs', () => {
    expect(refused(() => run(untyped(source), 'f', ['1u8']))).toBe(
      'run: program: expected an AleoProgram (from checkProgram)',
    );
    expect(refused(() => run(program, untyped(undefined), ['1u8']))).toBe(
      'run: function: expected a string, got undefined',
    );
    expect(refused(() => run(program, 'f', untyped('1u8')))).toBe(
      'run: inputs: expected an array, got "1u8"',
    );
    expect(refused(() => run(program, 'f', untyped([1])))).toBe('run: inputs[0]: expected a string, got 1');
    expect(run(program, 'f', ['1u8'])).toMatchObject({ status: 'success', outputs: ['2u8'] });
  });

  it('options: a non-negative seed, a u16 network id, a u32 block height, a text key', () => {
    expect(refused(() => run(program, 'f', ['1u8'], { seed: -1n }))).toBe(
      'run: options.seed: expected a bigint in [0, ∞], got -1n',
    );
    expect(refused(() => run(program, 'f', ['1u8'], { networkId: 70_000 }))).toBe(
      'run: options.networkId: expected an integer in [0, 65535], got 70000',
    );
    expect(refused(() => run(program, 'f', ['1u8'], { privateKey: untyped(5) }))).toBe(
      'run: options.privateKey: expected a string, got 5',
    );
    const state = aleoState(new MemoryStore());
    expect(refused(() => execute(program, 'f', ['1u8'], state, { blockHeight: 2 ** 32 }))).toBe(
      'execute: options.blockHeight: expected an integer in [0, 4294967295], got 4294967296',
    );
    expect(refused(() => execute(program, 'f', ['1u8'], untyped(new MemoryStore())))).toBe(
      'execute: state: expected a JournaledCache (aleoState(store))',
    );
    expect(refused(() => aleoState(untyped(null)))).toBe(
      'aleoState: store: expected a KVStore (MemoryStore, LmdbStore)',
    );
  });
});

describe('programs, values, keys, mappings', () => {
  it('text entries take text; imports are a Map of checked programs', () => {
    expect(refused(() => checkProgram(untyped(5)))).toBe('checkProgram: source: expected a string, got 5');
    expect(refused(() => checkProgram(source, untyped({})))).toBe('checkProgram: imports: expected a Map');
    expect(refused(() => checkProgram(source, new Map([['x.aleo', untyped('program x.aleo;')]])))).toBe(
      "checkProgram: imports 'x.aleo': expected an AleoProgram (from checkProgram)",
    );
    expect(refused(() => parsePlaintext(untyped(5)))).toBe('parsePlaintext: text: expected a string, got 5');
    expect(refused(() => parsePrivateKey(untyped(undefined)))).toBe(
      'parsePrivateKey: text: expected a string, got undefined',
    );
    expect(refused(() => decryptRecord(untyped('record1…'), 1n))).toMatch(
      /^decryptRecord: ciphertext: expected an object/,
    );
  });

  it('readMapping takes a parsed key; runFinalize a future and a typed environment', () => {
    const state = aleoState(new MemoryStore());
    expect(refused(() => readMapping(state, 'add.aleo', 'm', untyped('1u8')))).toBe(
      'readMapping: key: expected an object, got "1u8"',
    );
    expect(refused(() => readMapping(state, 'add.aleo', 'm', untyped({ kind: 'record' })))).toBe(
      'readMapping: key: expected a plaintext (parsePlaintext), got kind record',
    );
    const future = { kind: 'future' as const, program: 'add.aleo', function: 'f', arguments: [] };
    expect(refused(() => runFinalize(program, future, { state, blockHeight: -1, networkId: 0 }))).toBe(
      'runFinalize: env.blockHeight: expected an integer in [0, 4294967295], got -1',
    );
    expect(
      refused(() =>
        runFinalize(program, untyped({ kind: 'literal' }), { state, blockHeight: 0, networkId: 0 }),
      ),
    ).toBe('runFinalize: future: expected a future value or its text');
  });
});
