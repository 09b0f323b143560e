/**
 * Contract manifests: parse, JSON and stack-item forms, validity. Vectors transcribed from
 * neo's tests/Neo.UnitTests/SmartContract/Manifest/UT_ContractManifest.cs.
 */
import { describe, expect, it } from 'vitest';
import {
  isValidManifest,
  ManifestError,
  manifestFromStackItem,
  manifestToJson,
  manifestToStackItem,
  parseManifest,
} from '../../src/neo/index.js';
import { stringifyJson } from '../../src/neo/json/neo-json.js';
import {
  type ArrayItem,
  ByteStringItem,
  DEFAULT_LIMITS,
  NullItem,
  type StructItem,
} from '../../src/neovm/index.js';
import { toHex } from './helpers.js';

const METHODS =
  '"methods":[{"name":"testMethod","parameters":[],"returntype":"Void","offset":0,"safe":true}]';
const manifest = (over: { groups?: string; permissions?: string; trusts?: string; extra?: string } = {}) =>
  `{"name":"testManifest","groups":${over.groups ?? '[]'},"features":{},"supportedstandards":[],` +
  `"abi":{${METHODS},"events":[]},"permissions":${over.permissions ?? '[{"contract":"*","methods":"*"}]'},` +
  `"trusts":${over.trusts ?? '[]'},"extra":${over.extra ?? 'null'}}`;

const roundTrip = (json: string) => stringifyJson(manifestToJson(parseManifest(json)));

describe('ContractManifest (UT_ContractManifest.cs)', () => {
  it('ParseFromJson_Default (and ParseFromJson_SafeMethods): round trip, valid', () => {
    const json = manifest();
    expect(roundTrip(json)).toBe(json);
    expect(isValidManifest(parseManifest(json), DEFAULT_LIMITS, new Uint8Array(20))).toBe(true);
  });

  it('ParseFromJson_Permissions', () => {
    const json = manifest({
      permissions:
        '[{"contract":"0x0000000000000000000000000000000000000000","methods":["method1","method2"]}]',
    });
    expect(roundTrip(json)).toBe(json);
  });

  it('ParseFromJson_Trust', () => {
    const json = manifest({ trusts: '["0x0000000000000000000000000000000000000001","*"]' });
    expect(roundTrip(json)).toBe(json);
  });

  it('ParseFromJson_Groups', () => {
    const sig = Buffer.from('A'.repeat(64)).toString('base64');
    const json = manifest({
      groups: `[{"pubkey":"03b209fd4f53a7170ea4444e0cb0a6bb6a53c2bd016926989cf85f9b0fba17a70c","signature":"${sig}"}]`,
    });
    expect(roundTrip(json)).toBe(json);
    expect(toHex(parseManifest(json).groups[0]!.signature)).toBe('41'.repeat(64));
  });

  it('ParseFromJson_Extra', () => {
    const json = manifest({ extra: '{"key":"value"}' });
    expect(roundTrip(json)).toBe(json);
    expect(parseManifest(json).extra?.get('key')).toBe('value');
  });

  it('ToInteroperable_Trust: wildcards survive the stack-item form', () => {
    const oracle = '0xfe924b7cfe89ddd271abaf7210a80a7e11178758';
    const json = manifest({
      permissions: `[{"contract":"${oracle}","methods":"*"},{"contract":"*","methods":"*"}]`,
      trusts: `["${oracle}","*"]`,
      extra: '{}',
    });
    const m = manifestFromStackItem(manifestToStackItem(parseManifest(json)));
    expect(m.permissions.map((p) => [p.contract.kind, p.methods])).toEqual([
      ['hash', '*'],
      ['wildcard', '*'],
    ]);
    expect(m.trusts !== '*' && m.trusts.map((t) => t.kind)).toEqual(['hash', 'wildcard']);
  });

  it('TestSerializeTrusts: a hash as its bytes, the wildcard as null', () => {
    const json = manifest({ trusts: '["0x0000000000000000000000000000000000000001","*"]' });
    const s = manifestToStackItem(parseManifest(json)) as StructItem;
    const trusts = (s.items[6] as ArrayItem).items;
    expect(trusts).toHaveLength(2);
    expect(toHex((trusts[0] as ByteStringItem).bytes)).toBe(`01${'00'.repeat(19)}`);
    expect(trusts[0]).toBeInstanceOf(ByteStringItem);
    expect(trusts[1]).toBeInstanceOf(NullItem);
  });

  it('bad manifests are refused with a ManifestError', () => {
    expect(() => parseManifest('{')).toThrow(ManifestError);
    expect(() => parseManifest(manifest().replace('"features":{}', '"features":{"x":1}'))).toThrow(
      ManifestError,
    );
  });
});
