/**
 * The native contracts' states and activation rules, from neo's
 * tests/Neo.UnitTests/SmartContract/Native/UT_NativeContract.cs and UT_GasToken.cs.
 */
import { describe, expect, it } from 'vitest';
import {
  contractFromStackItem,
  contractManagement,
  contractToJson,
  cryptoLib,
  gasToken,
  HARDFORKS,
  type Hardfork,
  hashToString,
  isHardforkEnabled,
  makeSettings,
  natives,
  neoToken,
  type ProtocolSettings,
  roleManagement,
  sha256,
} from '../../src/neo/index.js';
import { stringifyJson } from '../../src/neo/json/neo-json.js';
import { isActiveAt } from '../../src/neo/native/native.js';
import { ByteStringItem, type IntegerItem } from '../../src/neovm/index.js';
import { call, calls, genesisStore, result, toHex } from './helpers.js';

/**
 * SHA-256 of each `_nativeStates` JSON string in UT_NativeContract.cs (neo c612597a): the
 * `getContract` result of every native with all hardforks enabled, as `ContractState.ToJson()`.
 */
const STATE_SHA256: Record<string, [id: number, hash: string, sha256: string]> = {
  ContractManagement: [
    -1,
    '0xfffdc93764dbaddd97c48f252a53ea4643faa3fd',
    'c440f3e865e62fb1abc904e59521f274a1351aa42d0c58565fd720704308cd6c',
  ],
  StdLib: [
    -2,
    '0xacce6fd80d44e1796aa0c2c625e9e4e0ce39efc0',
    '8d92d7859aaea28b19b3bd1f9aeeeeea53187874034409e1a6b57cf19b6b156a',
  ],
  CryptoLib: [
    -3,
    '0x726cb6e0cd8628a1350a611384688911ab75f51b',
    '6e5e7c41aa3c4476615fda4df0e2429b7a30cbc38d80431b4f6d2ae8029672c3',
  ],
  LedgerContract: [
    -4,
    '0xda65b600f7124ce6c79950c1772a36403104f2be',
    '949bb3ed0d2a058603a169b9b5d75dbe65a76bb39bc7438d7d19d7bf922f83d3',
  ],
  NeoToken: [
    -5,
    '0xef4073a0f2b305a38ec4050e4d3d28bc40ea63f5',
    '9869f1aed0328a08a25b7d7e4dd9f38d7824dcfbd1ed5476f0c1dd83fd6e7d7d',
  ],
  GasToken: [
    -6,
    '0xd2a4cff31913016155e38e474a2c06d08be276cf',
    '7e8926309cbea27b6d6c0f5d7e1edd0b0b2dd252b3b14179166fdd8adc7e69b4',
  ],
  PolicyContract: [
    -7,
    '0xcc5e4edd9f5f8dba8bb65734541df7a1c081c67b',
    'a22fcc3b26a78091a25fcf3df28f02c5f0d307df0987248c4fe8a0f61a9d80ef',
  ],
  RoleManagement: [
    -8,
    '0x49cf4e5378ffcd4dec034fd98a174c5491e395e2',
    '13f512e2a79525da178f107f37d97e6e383da7d2ddce99af92bf12614c579b97',
  ],
  OracleContract: [
    -9,
    '0xfe924b7cfe89ddd271abaf7210a80a7e11178758',
    '012cc5f21fed514d102d5c4db5c74dbd73b87362f962883340a5132cbb846a4b',
  ],
  Notary: [
    -10,
    '0xc1e14f19c3e60d0b9244d06dd7ba9b113135ec3b',
    '7e8cb5fc53ba6393338cd86cfcd57d1614af71d4c792d4ae04a2213a1e37e930',
  ],
  Treasury: [
    -11,
    '0x156326f25b1b5d839a4d326aeaa75383c9563ac1',
    'd319dec49b5cadbff22e35c316c7ffb98ea967044a719fee6169d61ba64d2c6c',
  ],
};

/** neo's ProtocolSettings.Load of a Hardforks section: omitted leading forks at 0. */
function loaded(heights: Partial<Record<Hardfork, number>>): ProtocolSettings {
  const map = new Map<Hardfork, number>();
  const first = HARDFORKS.findIndex((h) => heights[h] !== undefined);
  HARDFORKS.forEach((h, i) => {
    if (i < first) map.set(h, 0);
    else if (heights[h] !== undefined) map.set(h, heights[h]!);
  });
  return makeSettings({ hardforks: map });
}

const checker = (s: ProtocolSettings) => (hf: Hardfork, height: number) => isHardforkEnabled(s, hf, height);

describe('native contracts (UT_NativeContract.cs)', () => {
  it('TestGenesisNativeState: getContract of each native is neo state JSON, byte for byte', () => {
    const store = genesisStore();
    const got: Record<string, [number, string, string]> = {};
    for (const n of natives()) {
      const state = contractFromStackItem(
        result(call(store, contractManagement.hash, 'getContract', [hashItem(n.hash)])),
        false,
      );
      const json = stringifyJson(contractToJson(state));
      got[n.name] = [state.id, hashToString(state.hash), toHex(sha256(new TextEncoder().encode(json)))];
    }
    expect(got).toEqual(STATE_SHA256);
  });

  it('TestNativeContractId: ids -1 to -11 in declaration order', () => {
    expect(natives().map((n) => [n.name, n.id])).toEqual(
      Object.entries(STATE_SHA256).map(([k, v]) => [k, v[0]]),
    );
  });

  it('TestActiveDeprecatedIn', () => {
    const hf = checker(loaded({ HF_Basilisk: 10, HF_Cockatrice: 20 }));
    expect(isActiveAt({ activeIn: 'HF_Cockatrice' }, hf, 1)).toBe(false);
    expect(isActiveAt({ activeIn: 'HF_Cockatrice' }, hf, 20)).toBe(true);
    expect(isActiveAt({ deprecatedIn: 'HF_Cockatrice' }, hf, 1)).toBe(true);
    expect(isActiveAt({ deprecatedIn: 'HF_Cockatrice' }, hf, 20)).toBe(false);
    const both = { activeIn: 'HF_Basilisk', deprecatedIn: 'HF_Cockatrice' } as const;
    expect([9, 10, 19, 20].map((h) => isActiveAt(both, hf, h))).toEqual([false, true, true, false]);
  });

  it('TestActiveDeprecatedInRoleManagement: Designation gains two parameters at Echidna', () => {
    const hf = checker(loaded({ HF_Echidna: 20 }));
    const before = roleManagement.contractState(hf, 19).manifest.abi.events;
    const after = roleManagement.contractState(hf, 20).manifest.abi.events;
    expect([before.length, before[0]!.parameters.length]).toEqual([1, 2]);
    expect([after.length, after[0]!.parameters.length]).toEqual([1, 4]);
  });

  it('TestIsInitializeBlock', () => {
    const s = loaded({ HF_Cockatrice: 20, HF_Domovoi: 30, HF_Echidna: 40 });
    expect(cryptoLib.initializeHardforks(s, 0)).toEqual([]);
    expect(cryptoLib.initializeHardforks(s, 1)).toBeNull();
    expect(cryptoLib.initializeHardforks(s, 20)).toEqual(['HF_Cockatrice']);
  });

  it('TestGenesisNEP17Manifest: GAS and NEO declare NEP-17 and one Transfer event', () => {
    const store = genesisStore();
    for (const n of [gasToken, neoToken]) {
      const state = contractFromStackItem(
        result(call(store, contractManagement.hash, 'getContract', [hashItem(n.hash)])),
        false,
      );
      expect(state.manifest.supportedStandards).toContain('NEP-17');
      expect(state.manifest.abi.events.filter((e) => e.name === 'Transfer')).toHaveLength(1);
    }
  });
});

describe('GasToken (UT_GasToken.cs)', () => {
  it('Check_Name, Check_Symbol, Check_Decimals, and the genesis supply', () => {
    expect(gasToken.name).toBe('GasToken');
    const r = calls(genesisStore(), gasToken.hash, [['symbol'], ['decimals'], ['totalSupply']]);
    expect(r.state).toBe('HALT');
    expect(Buffer.from((r.stack[0] as ByteStringItem).bytes).toString()).toBe('GAS');
    expect((r.stack[1] as IntegerItem).value).toBe(8n);
    // 52,000,000 GAS distributed at genesis + 0.5 GAS of block 0's committee reward.
    expect((r.stack[2] as IntegerItem).value).toBe(5200000050000000n);
  });
});

const hashItem = (h: Uint8Array) => new ByteStringItem(h);
