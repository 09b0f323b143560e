/**
 * Futures as inputs. snarkVM accepts a future only as a finalize input (the future a transition
 * outputs, passed by `async` and `await`): a function input of future type is refused by
 * RegisterTypes::initialize_function_types ("Future inputs are not supported"), a closure input
 * by RegisterTypes::check_input ("Input 'r0' cannot be a future."), and Request::sign refuses a
 * future value ("A future is not a valid input"). A future given in text form (Future::from_str,
 * as a transition's future output is written) is accepted by `runFinalize`.
 *
 * Oracle: the SDK's snarkVM (ProgramManagerBase.authorize), run here on the same programs.
 */
import { describe, expect, it } from 'vitest';
import {
  AleoCheckError,
  AleoValueError,
  aleoState,
  checkProgram,
  execute,
  readMapping,
  runFinalize,
} from '../../src/avm/index.js';
import { MemoryStore } from '../../src/state/index.js';

const CALLEE = `program fcallee.aleo;

mapping seen:
    key as u8.public;
    value as u8.public;

function f:
    input r0 as u8.public;
    async f r0 into r1;
    output r1 as fcallee.aleo/f.future;

finalize f:
    input r0 as u8.public;
    set r0 into seen[r0];
`;
const FUNCTION_INPUT = `import fcallee.aleo;
program futin.aleo;

function g:
    input r0 as fcallee.aleo/f.future;
    output 1u8 as u8.public;
`;
const CLOSURE_INPUT = `import fcallee.aleo;
program futcl.aleo;

closure c:
    input r0 as fcallee.aleo/f.future;
    add 1u8 1u8 into r1;
    output r1 as u8;

function g:
    input r0 as u8.public;
    output r0 as u8.public;
`;

const callee = checkProgram(CALLEE);
const imports = new Map([['fcallee.aleo', callee]]);

// biome-ignore lint/suspicious/noExplicitAny: the SDK's WASM classes are used untyped
let sdkReady: Promise<any> | undefined;
async function sdkRefusal(source: string): Promise<string> {
  // The SDK's thread pool can be started only once per process.
  sdkReady ??= import('@provablehq/sdk/mainnet.js').then(async (m) => {
    await m.initThreadPool(2);
    return m;
  });
  const sdk = await sdkReady;
  try {
    await sdk.ProgramManagerBase.authorize(new sdk.PrivateKey(), source, 'g', ['1u8'], {
      'fcallee.aleo': CALLEE,
    });
  } catch (e) {
    return String((e as Error)?.message ?? e);
  }
  return 'accepted';
}

function checkError(source: string): AleoCheckError {
  try {
    checkProgram(source, imports);
  } catch (e) {
    if (e instanceof AleoCheckError) return e;
    throw e;
  }
  throw new Error('expected an AleoCheckError');
}

describe('futures as inputs', () => {
  it("a function input of future type is refused with snarkVM's message", async () => {
    const e = checkError(FUNCTION_INPUT);
    expect(e.shortMessage).toBe('5:5: Future inputs are not supported');
    expect(await sdkRefusal(FUNCTION_INPUT)).toBe('Future inputs are not supported');
  }, 120_000);

  it("a closure input of future type is refused with snarkVM's message", async () => {
    const e = checkError(CLOSURE_INPUT);
    expect(e.shortMessage).toBe("5:5: Input 'r0' cannot be a future.");
    expect(await sdkRefusal(CLOSURE_INPUT)).toBe("Input 'r0' cannot be a future.");
  }, 120_000);

  it("runFinalize takes a future in text form, as a transition's future output is written", () => {
    const state = aleoState(new MemoryStore());
    const r = execute(callee, 'f', ['7u8'], state, { seed: 1n });
    if (r.status !== 'success' || !r.transitions) throw new Error('execute failed');
    // The text the transition holds for its future output.
    const text = r.transitions[0]?.outputs[0]?.value ?? '';
    expect(text).toBe('{\n  program_id: fcallee.aleo,\n  function_name: f,\n  arguments: [\n    7u8\n  ]\n}');
    const other = aleoState(new MemoryStore());
    runFinalize(callee, text.replace('7u8', '9u8'), { state: other, blockHeight: 0, networkId: 0 });
    const key = { kind: 'literal', literal: { type: 'u8', value: 9n } } as const;
    expect(readMapping(other, 'fcallee.aleo', 'seen', key)).toEqual(key);
    // Text that is not a future, or whose arguments do not fit the finalize's inputs, is bad input.
    const env = { state: other, blockHeight: 0, networkId: 0 };
    expect(() => runFinalize(callee, '7u8', env)).toThrow(AleoValueError);
    const bad = (t: string) => {
      try {
        runFinalize(callee, t, env);
      } catch (e) {
        if (e instanceof AleoValueError) return e.shortMessage.replace(/^future ".*": /s, '');
        throw e;
      }
      return 'accepted';
    };
    expect(bad(text.replace('7u8', '7u16'))).toBe('argument 0: found u16');
    expect(bad(text.replace('7u8', '7u8, 8u8'))).toBe(
      'the finalize of fcallee.aleo/f takes 1 inputs, found 2 arguments',
    );
    // snarkVM's Program::get_function_ref and initialize_finalize_state messages.
    expect(bad(text.replace('function_name: f', 'function_name: g'))).toBe(
      "Function 'fcallee.aleo/g' is not defined.",
    );
    const plain = checkProgram(
      'program fplain.aleo;\nfunction h:\n    input r0 as u8.public;\n    output r0 as u8.public;\n',
    );
    expect(
      (() => {
        try {
          runFinalize(plain, '{ program_id: fplain.aleo, function_name: h, arguments: [ 1u8 ] }', env);
        } catch (e) {
          return (e as AleoValueError).shortMessage;
        }
      })(),
    ).toMatch(/: The function 'fplain.aleo\/h' does not have an associated finalize block$/);
    expect(
      readMapping(other, 'fcallee.aleo', 'seen', { kind: 'literal', literal: { type: 'u8', value: 7n } }),
    ).toBe(undefined);
  });
});
