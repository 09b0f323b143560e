/**
 * Witness scopes and rules through a local chain, by neo's `CheckWitnessInternal`
 * (src/Neo/SmartContract/ApplicationEngine.Runtime.cs) and `Signer.GetAllRules`
 * (src/Neo/Network/P2P/Payloads/Signer.cs): a signer's scopes become rules, the first rule
 * whose condition matches decides, and CalledByEntry means "called by the entry script".
 * A checker contract asks `CheckWitness(account)`; a proxy contract calls it one level deeper.
 */
import { describe, expect, it } from 'vitest';
import {
  interopId,
  keyPair,
  NeoChain,
  type SignerSpec,
  type WitnessRule,
  WitnessScope,
} from '../../src/neo/index.js';
import { ArrayItem, type BooleanItem, ByteStringItem, ScriptBuilder } from '../../src/neovm/index.js';
import { JournaledCache, MemoryStore } from '../../src/state/index.js';
import { assembleContract } from './token.js';

const CHECK_WITNESS = `0x${interopId('System.Runtime.CheckWitness').toString(16)}`;
const CALL = `0x${interopId('System.Contract.Call').toString(16)}`;

let time = 1_700_000_000_000n;
const chain = NeoChain.open(new JournaledCache(new MemoryStore()), {
  settings: { network: 42 },
  validators: [keyPair(new Uint8Array(32).fill(9))],
  clock: () => (time += 15_000n),
});
const alice = chain.createAccount('alice', keyPair(new Uint8Array(32).fill(3)));
const genesis = { account: chain.genesisAccount };
const checkerCode = assembleContract('Checker', [
  ['check', [['account', 'Hash160']], 'Boolean', true, `INITSLOT 0 1\nLDARG0\nSYSCALL ${CHECK_WITNESS}\nRET`],
]);
const proxyCode = assembleContract('Proxy', [
  [
    'forward',
    [
      ['hash', 'Hash160'],
      ['method', 'String'],
      ['args', 'Array'],
    ],
    'Any',
    false,
    `INITSLOT 0 3\nLDARG2\nPUSH15\nLDARG1\nLDARG0\nSYSCALL ${CALL}\nRET`,
  ],
]);
const checker = chain.deploy(checkerCode.nef, checkerCode.manifest, genesis).hash;
const proxy = chain.deploy(proxyCode.nef, proxyCode.manifest, genesis).hash;
const who = new ByteStringItem(alice.scriptHash);

const direct = new ScriptBuilder()
  .emitPush(alice.scriptHash)
  .emitSysCall(interopId('System.Runtime.CheckWitness'))
  .toArray();
const viaChecker = NeoChain.callScript(checker, 'check', [who]);
const viaProxy = NeoChain.callScript(proxy, 'forward', [
  new ByteStringItem(checker),
  ByteStringItem.fromString('check'),
  new ArrayItem([who]),
]);

function witnessed(script: Uint8Array, signer: Omit<SignerSpec, 'account'>): boolean {
  const r = chain.test(script, [{ account: alice, ...signer }]);
  if (r.state !== 'HALT') throw new Error(`FAULT: ${r.exception}`);
  return (r.stack[0] as BooleanItem).value;
}

const all = (signer: Omit<SignerSpec, 'account'>) =>
  [direct, viaChecker, viaProxy].map((s) => witnessed(s, signer));

describe('CheckWitness scopes', () => {
  it('None: no rule allows anything', () => {
    expect(all({ scopes: WitnessScope.None })).toEqual([false, false, false]);
  });

  it('CalledByEntry: the entry script and what it calls, not deeper', () => {
    expect(all({ scopes: WitnessScope.CalledByEntry })).toEqual([true, true, false]);
  });

  it('Global: everywhere', () => {
    expect(all({ scopes: WitnessScope.Global })).toEqual([true, true, true]);
  });

  it('CustomContracts: only where the current contract is listed', () => {
    expect(all({ scopes: WitnessScope.CustomContracts, allowedContracts: [checker] })).toEqual([
      false,
      true,
      true,
    ]);
    expect(all({ scopes: WitnessScope.CustomContracts, allowedContracts: [proxy] })).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('CalledByEntry | CustomContracts: the union', () => {
    const scopes = WitnessScope.CalledByEntry | WitnessScope.CustomContracts;
    expect(all({ scopes, allowedContracts: [checker] })).toEqual([true, true, true]);
  });

  it('a contract passes the witness check of its caller (CheckWitness of the calling script hash)', () => {
    const asProxy = NeoChain.callScript(proxy, 'forward', [
      new ByteStringItem(checker),
      ByteStringItem.fromString('check'),
      new ArrayItem([new ByteStringItem(proxy)]),
    ]);
    expect(witnessed(asProxy, { scopes: WitnessScope.None })).toBe(true);
  });
});

describe('CheckWitness rules (WitnessRules scope)', () => {
  const rules = (...list: WitnessRule[]) => ({ scopes: WitnessScope.WitnessRules, rules: list });

  it('Allow CalledByContract(proxy): only when the proxy is the caller', () => {
    expect(all(rules({ action: 'Allow', condition: { type: 'CalledByContract', hash: proxy } }))).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('the first matching rule decides: Deny ScriptHash(checker) before Allow true', () => {
    const r = rules(
      { action: 'Deny', condition: { type: 'ScriptHash', hash: checker } },
      { action: 'Allow', condition: { type: 'Boolean', expression: true } },
    );
    expect(all(r)).toEqual([true, false, false]);
  });

  it('Not, And, Or compose', () => {
    const notEntry = rules({
      action: 'Allow',
      condition: {
        type: 'And',
        expressions: [
          { type: 'Not', expression: { type: 'CalledByEntry' } },
          {
            type: 'Or',
            expressions: [
              { type: 'ScriptHash', hash: checker },
              { type: 'Boolean', expression: false },
            ],
          },
        ],
      },
    });
    expect(all(notEntry)).toEqual([false, false, true]);
  });

  it('rules without the WitnessRules scope are refused before anything runs', () => {
    expect(() =>
      chain.test(direct, [
        {
          account: alice,
          scopes: WitnessScope.CalledByEntry,
          rules: [{ action: 'Allow', condition: { type: 'CalledByEntry' } }],
        },
      ]),
    ).toThrow(/rules given without the WitnessRules scope/);
  });
});
