/**
 * The application engine's tables and fees, checked against neo's sources and unit tests:
 * the syscall rows of src/Neo/SmartContract/ApplicationEngine.*.cs (name, fixed price, call
 * flags, hardfork), tests/Neo.UnitTests/SmartContract/UT_OpCodePrices.cs, UT_InteropPrices.cs
 * (storage fees), UT_ApplicationEngine.Runtime.cs (GetRandom vectors) and UT_InteropService.cs
 * (CreateStandardAccount, the genesis block hash).
 */
import { describe, expect, it } from 'vitest';
import {
  ApplicationEngine,
  CallFlags,
  DEFAULT_SETTINGS,
  ECPoint,
  FeeMeter,
  gasToken,
  genesisBlock,
  hash160,
  hashToString,
  headerHash,
  interopId,
  makeNef,
  OPCODE_PRICES,
  parseManifest,
  SYSCALLS,
  signatureRedeemScriptHash,
  stdLib,
  storageKey,
  type Transaction,
  TriggerType,
  txContainer,
} from '../../src/neo/index.js';
import { putContract } from '../../src/neo/native/contract-management.js';
import { Debugger, type IntegerItem, OPCODES, ScriptBuilder } from '../../src/neovm/index.js';
import { calls, genesisStore, run, toHex } from './helpers.js';

const { ReadStates: R, WriteStates: W, AllowCall: C, AllowNotify: N, States: S } = CallFlags;

/** Every Register(...) row of neo's ApplicationEngine.*.cs: name, fixed price, flags, hardfork. */
const NEO_SYSCALLS: [string, number, number, string?][] = [
  ['System.Contract.Call', 1 << 15, R | C],
  ['System.Contract.CallNative', 0, 0],
  ['System.Contract.GetCallFlags', 1 << 10, 0],
  ['System.Contract.CreateStandardAccount', 0, 0],
  ['System.Contract.CreateMultisigAccount', 0, 0],
  ['System.Contract.NativeOnPersist', 0, S],
  ['System.Contract.NativePostPersist', 0, S],
  ['System.Crypto.CheckSig', 1 << 15, 0],
  ['System.Crypto.CheckMultisig', 0, 0],
  ['System.Iterator.Next', 1 << 15, 0],
  ['System.Iterator.Value', 1 << 4, 0],
  ['System.Runtime.Platform', 1 << 3, 0],
  ['System.Runtime.GetNetwork', 1 << 3, 0],
  ['System.Runtime.GetAddressVersion', 1 << 3, 0],
  ['System.Runtime.GetTrigger', 1 << 3, 0],
  ['System.Runtime.GetTime', 1 << 3, 0],
  ['System.Runtime.GetScriptContainer', 1 << 3, 0],
  ['System.Runtime.GetExecutingScriptHash', 1 << 4, 0],
  ['System.Runtime.GetCallingScriptHash', 1 << 4, 0],
  ['System.Runtime.GetEntryScriptHash', 1 << 4, 0],
  ['System.Runtime.LoadScript', 1 << 15, C],
  ['System.Runtime.CheckWitness', 1 << 10, 0],
  ['System.Runtime.GetInvocationCounter', 1 << 4, 0],
  ['System.Runtime.GetRandom', 0, 0],
  ['System.Runtime.Log', 1 << 15, N],
  ['System.Runtime.Notify', 1 << 15, N],
  ['System.Runtime.GetNotifications', 1 << 12, 0],
  ['System.Runtime.GasLeft', 1 << 4, 0],
  ['System.Runtime.BurnGas', 1 << 4, 0],
  ['System.Runtime.CurrentSigners', 1 << 4, 0],
  ['System.Storage.GetContext', 1 << 4, R],
  ['System.Storage.GetReadOnlyContext', 1 << 4, R],
  ['System.Storage.AsReadOnly', 1 << 4, R],
  ['System.Storage.Get', 1 << 15, R],
  ['System.Storage.Find', 1 << 15, R],
  ['System.Storage.Put', 1 << 15, W],
  ['System.Storage.Delete', 1 << 15, W],
  ['System.Storage.Local.Get', 1 << 15, R, 'HF_Faun'],
  ['System.Storage.Local.Find', 1 << 15, R, 'HF_Faun'],
  ['System.Storage.Local.Put', 1 << 15, W, 'HF_Faun'],
  ['System.Storage.Local.Delete', 1 << 15, W, 'HF_Faun'],
];

describe('syscalls', () => {
  it("one row per neo syscall, with neo's price, flags and hardfork", () => {
    const ours = [...SYSCALLS].map((s) =>
      [s.name, s.price, s.flags, s.hardfork].filter((x) => x !== undefined),
    );
    const sort = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
    expect(ours.sort(sort)).toEqual(NEO_SYSCALLS.map((r) => r.filter((x) => x !== undefined)).sort(sort));
  });

  it('ids are the first four bytes of SHA-256 of the name (UT_InteropPrices.cs)', () => {
    expect(interopId('System.Runtime.CheckWitness')).toBe(0x8cec27f8);
    expect(interopId('System.Storage.GetContext')).toBe(0xce67f69b);
    expect(interopId('System.Storage.Get')).toBe(0x31e85d92);
    for (const s of SYSCALLS) expect(s.id).toBe(interopId(s.name));
  });
});

describe('opcode prices (UT_OpCodePrices.cs)', () => {
  it('AllOpcodePriceAreSet: every opcode priced, only RET, SYSCALL, ABORT and ABORTMSG free', () => {
    const names = OPCODES.filter((o) => o !== undefined).map((o) => o!.name);
    expect(names.length).toBeGreaterThan(180);
    for (const name of names) expect(OPCODE_PRICES[name], name).toBeTypeOf('number');
    expect(names.filter((n) => OPCODE_PRICES[n] === 0).sort()).toEqual([
      'ABORT',
      'ABORTMSG',
      'RET',
      'SYSCALL',
    ]);
    expect(Object.keys(OPCODE_PRICES).sort()).toEqual([...names].sort());
  });
});

/** UT_InteropPrices.cs: a Put from a contract whose script is `script`, with `old` stored at the key. */
function putFee(script: Uint8Array, old: Uint8Array, stepsBefore: number, stepsAfter?: number): bigint {
  const store = genesisStore();
  const manifest = parseManifest(
    JSON.stringify({
      name: 'testManifest',
      groups: [],
      features: {},
      supportedstandards: [],
      abi: {
        methods: [{ name: 'testMethod', parameters: [], returntype: 'Void', offset: 0, safe: true }],
        events: [],
      },
      permissions: [{ contract: '*', methods: '*' }],
      trusts: [],
      extra: null,
    }),
  );
  const nef = makeNef({ compiler: '', source: '', tokens: [], script });
  putContract(store, { id: 1, updateCounter: 0, hash: hash160(script), nef, manifest });
  store.put(storageKey(1, Uint8Array.of(0x11)), old);
  const engine = new ApplicationEngine({
    trigger: TriggerType.Application,
    container: null,
    store,
    persistingBlock: null,
    settings: DEFAULT_SETTINGS,
    gas: 20_00000000n,
  });
  engine.loadScript(script);
  const dbg = new Debugger(engine);
  for (let i = 0; i < stepsBefore; i++) dbg.stepInto();
  const setup = engine.feeConsumed;
  if (stepsAfter === undefined) dbg.execute();
  else for (let i = 0; i < stepsAfter; i++) dbg.stepInto();
  expect(engine.state).not.toBe('FAULT');
  return engine.feeConsumed - setup;
}

function putScript(value: Uint8Array, times = 1): Uint8Array {
  const sb = new ScriptBuilder();
  for (let i = 0; i < times; i++) {
    sb.emitPush(value).emitPush(Uint8Array.of(0x11));
    sb.emitSysCall(interopId('System.Storage.GetContext')).emitSysCall(interopId('System.Storage.Put'));
  }
  return sb.toArray();
}

describe('FeeMeter (neo ApplicationEngine.AddFee: fault once FeeConsumed > limit)', () => {
  it('the limit itself is allowed; the unit past it faults and is counted', () => {
    const m = new FeeMeter(3n, 10000n); // 3 datoshi, one datoshi per unit
    m.addUnits(2);
    m.addUnits(1);
    expect(m.feeConsumed).toBe(3n);
    expect(() => m.addUnits(1)).toThrow('Insufficient GAS.');
    expect(m.feeConsumed).toBe(4n);
    expect(m.gasLeft).toBe(-1n);
  });

  it('picoGAS fees and units add up exactly, rounding the datoshi up', () => {
    const m = new FeeMeter(10n, 3n);
    m.addUnits(5); // 15 pico
    m.addBig(9985n); // 10,000 pico = 1 datoshi
    expect(m.consumed).toBe(10000n);
    m.addUnits(1);
    expect(m.feeConsumed).toBe(2n);
    expect(() => m.addBig(90_000n)).toThrow('Insufficient GAS.');
  });
});

describe('storage fees (UT_InteropPrices.cs)', () => {
  const PRICE = 100000n;
  const PUT = BigInt((1 << 15) * 30);
  const one = Uint8Array.of(0x11);
  const two = Uint8Array.of(0x11, 0x11);

  it('ApplicationEngineRegularPut: an empty stored value, one new byte', () => {
    expect(putFee(putScript(one), new Uint8Array(0), 3)).toBe(PRICE * 1n + PUT);
  });
  it('ApplicationEngineReusedStorage_FullReuse: the same length costs one unit', () => {
    expect(putFee(putScript(one), one, 3)).toBe(1n * PRICE + PUT);
  });
  it('ApplicationEngineReusedStorage_PartialReuse: one reused byte, one new', () => {
    expect(putFee(putScript(two), one, 3, 2)).toBe(BigInt(1 + 0 + 2 - 1) * PRICE + PUT);
  });
  it('ApplicationEngineReusedStorage_PartialReuseTwice: the second Put pays the reuse unit', () => {
    expect(putFee(putScript(two, 2), one, 7, 1)).toBe(BigInt(Math.floor(1 / 4) + 1) * PRICE + PUT);
  });
});

describe('Runtime.GetRandom (UT_ApplicationEngine.Runtime.cs)', () => {
  const GET_RANDOM = interopId('System.Runtime.GetRandom');
  const fiveRandoms = () => {
    const sb = new ScriptBuilder();
    for (let i = 0; i < 5; i++) sb.emitSysCall(GET_RANDOM);
    return sb.toArray();
  };
  const tx = (over: Partial<Transaction>): Transaction => ({
    version: 0,
    nonce: 0,
    systemFee: 0n,
    networkFee: 0n,
    validUntilBlock: 0,
    signers: [{ account: new Uint8Array(20), scopes: 0x01 }],
    attributes: [],
    script: Uint8Array.of(0x12),
    witnesses: [{ invocationScript: new Uint8Array(0), verificationScript: new Uint8Array(0) }],
    ...over,
  });
  const randoms = (t: Transaction) => {
    const r = run(genesisStore(), fiveRandoms(), {
      container: txContainer(t),
      block: genesisBlock(DEFAULT_SETTINGS),
    });
    expect(r.state).toBe('HALT');
    return r.stack.map((x) => (x as IntegerItem).value);
  };
  const EXPECTED = [
    271339657438512451304577787170704246350n,
    98548189559099075644778613728143131367n,
    247654688993873392544380234598471205121n,
    291082758879475329976578097236212073607n,
    247152297361212656635216876565962360375n,
  ];

  it('TestGetRandomSameBlock: the vectors, the same in a second engine', () => {
    expect(randoms(tx({}))).toEqual(EXPECTED);
    expect(randoms(tx({}))).toEqual(EXPECTED);
  });

  it('TestGetRandomDifferentBlock: another transaction draws other numbers', () => {
    const other = randoms(tx({ nonce: 2083236893, signers: [], script: new Uint8Array(0), witnesses: [] }));
    for (const [i, v] of other.entries()) expect(v).not.toBe(EXPECTED[i]);
  });
});

describe('UT_InteropService.cs', () => {
  it('TestContract_CreateStandardAccount', () => {
    const key = ECPoint.parse('024b817ef37f2fc3d4a33fe36687e592d9f30fe24b3e28187dc8f12b3b3b2b839e');
    expect(toHex(signatureRedeemScriptHash(key))).toBe('c44ea575c5f79638f0e73f39d7bd4b3337c81691');
  });

  it('TestGetBlockHash: the genesis block of the test settings', () => {
    expect(hashToString(headerHash(genesisBlock(DEFAULT_SETTINGS).header))).toBe(
      '0x1f4d1defa46faa5e7b9b8d3f79a06bec777d7c26c4aa5f6f5899a291daa87c15',
    );
  });
});

describe(".NET exception text in fault messages (neo's RPC `exception`)", () => {
  const store = () => genesisStore();
  it('ArgumentOutOfRangeException(nameof(x), message) ends with the parameter name', () => {
    // StdLib.cs: throw new ArgumentOutOfRangeException(nameof(@base), $"Invalid base: {@base}")
    const atoi = calls(store(), stdLib.hash, [['atoi', '1', 11]]);
    expect(atoi.exception).toBe("Invalid base: 11 (Parameter 'base')");
    // FungibleToken.cs: throw new ArgumentOutOfRangeException(nameof(amount), "cannot be negative")
    const zero = new Uint8Array(20);
    const neg = calls(store(), gasToken.hash, [['transfer', zero, zero, -1, null]]);
    expect(neg.exception).toBe("cannot be negative (Parameter 'amount')");
  });

  it('ArgumentOutOfRangeException(nameof(callFlags)) has the default text', () => {
    const sb = new ScriptBuilder();
    sb.emit('NEWARRAY0').emitPush(16n).emitPush('symbol').emitPush(gasToken.hash);
    sb.emitSysCall(interopId('System.Contract.Call'));
    expect(run(store(), sb.toArray()).exception).toBe(
      "Specified argument was out of the range of valid values. (Parameter 'callFlags')",
    );
  });
});
