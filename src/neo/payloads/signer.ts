/**
 * Transaction signers and witness scopes (neo `Signer.cs`, `WitnessScope.cs`). `signerRules`
 * expands the scopes into the rules `CheckWitness` evaluates, in neo's order: Global, or
 * CalledByEntry, then each allowed contract, each allowed group, then the explicit rules.
 */
import { ArrayItem, ByteStringItem, integerOf } from '../../neovm/index.js';
import type { ECPoint } from '../crypto/ecpoint.js';
import { NeoFormatError } from '../errors.js';
import type { BinaryReader, BinaryWriter } from '../io/binary.js';
import { JObject } from '../json/neo-json.js';
import { hashKey, hashToString, type UInt160 } from '../uint.js';
import {
  readPoint,
  readRule,
  ruleToJson,
  ruleToStackItem,
  type WitnessRule,
  writeRule,
} from './witness-rule.js';

export const WitnessScope = {
  None: 0x00,
  CalledByEntry: 0x01,
  CustomContracts: 0x10,
  CustomGroups: 0x20,
  WitnessRules: 0x40,
  Global: 0x80,
} as const;

export type WitnessScopeName = keyof typeof WitnessScope;

export interface Signer {
  readonly account: UInt160;
  readonly scopes: number;
  readonly allowedContracts?: readonly UInt160[];
  readonly allowedGroups?: readonly ECPoint[];
  readonly rules?: readonly WitnessRule[];
}

const MAX_SUBITEMS = 16;
const ALL_SCOPES = 0x01 | 0x10 | 0x20 | 0x40 | 0x80;

/** The scope flags as neo prints them: "CalledByEntry, CustomContracts", "Global", "None". */
export function scopeName(scopes: number): string {
  if (scopes === 0) return 'None';
  const names = (Object.entries(WitnessScope) as [WitnessScopeName, number][])
    .filter(([, v]) => v !== 0 && (scopes & v) === v)
    .map(([k]) => k);
  return names.join(', ');
}

/** Parses "CalledByEntry", "CalledByEntry,CustomContracts", "Global", "None" (names or numbers). */
export function parseScopes(text: string): number {
  let scopes = 0;
  for (const part of text.split(/[,|]/).map((p) => p.trim())) {
    if (Object.hasOwn(WitnessScope, part)) scopes |= WitnessScope[part as WitnessScopeName];
    else if (/^\d+$/.test(part)) scopes |= Number(part);
    else throw new NeoFormatError(`unknown witness scope ${JSON.stringify(part)}`);
  }
  checkScopes(scopes);
  return scopes;
}

export function checkScopes(scopes: number): void {
  if ((scopes & ~ALL_SCOPES) !== 0 || scopes > 0xff) {
    throw new NeoFormatError(`\`Scopes\`(${scopes}) in Signer is not valid`);
  }
  if (scopes & WitnessScope.Global && scopes !== WitnessScope.Global) {
    throw new NeoFormatError(`\`Scopes\`(${scopeName(scopes)}) in Signer is not valid: Global stands alone`);
  }
}

export function readSigner(r: BinaryReader): Signer {
  const account = r.readBytes(20).slice();
  const scopes = r.readByte();
  checkScopes(scopes);
  return {
    account,
    scopes,
    allowedContracts:
      scopes & WitnessScope.CustomContracts ? r.readArray((x) => x.readBytes(20).slice(), MAX_SUBITEMS) : [],
    allowedGroups: scopes & WitnessScope.CustomGroups ? r.readArray(readPoint, MAX_SUBITEMS) : [],
    rules: scopes & WitnessScope.WitnessRules ? r.readArray(readRule, MAX_SUBITEMS) : [],
  };
}

export function writeSigner(w: BinaryWriter, s: Signer): void {
  w.writeBytes(s.account).writeByte(s.scopes);
  if (s.scopes & WitnessScope.CustomContracts)
    w.writeArray(s.allowedContracts ?? [], (x, h) => x.writeBytes(h));
  if (s.scopes & WitnessScope.CustomGroups) {
    w.writeArray(s.allowedGroups ?? [], (x, g) => x.writeBytes(g.encodeCompressed()));
  }
  if (s.scopes & WitnessScope.WitnessRules) w.writeArray(s.rules ?? [], writeRule);
}

/** Signers must be distinct accounts, at least one. */
export function checkSigners(signers: readonly Signer[]): void {
  if (signers.length === 0) throw new NeoFormatError('Signers in Transaction is empty');
  const seen = new Set<string>();
  for (const s of signers) {
    checkScopes(s.scopes);
    const k = hashKey(s.account);
    if (seen.has(k)) throw new NeoFormatError(`\`${hashToString(s.account)}\` in Transaction is duplicate`);
    seen.add(k);
    for (const list of [s.allowedContracts, s.allowedGroups, s.rules]) {
      if ((list?.length ?? 0) > MAX_SUBITEMS)
        throw new NeoFormatError(`more than ${MAX_SUBITEMS} entries in a signer`);
    }
  }
}

/** The rules a signer's scopes stand for (neo's `Signer.GetAllRules`). */
export function signerRules(s: Signer): WitnessRule[] {
  if (s.scopes === WitnessScope.Global)
    return [{ action: 'Allow', condition: { type: 'Boolean', expression: true } }];
  const rules: WitnessRule[] = [];
  if (s.scopes & WitnessScope.CalledByEntry)
    rules.push({ action: 'Allow', condition: { type: 'CalledByEntry' } });
  if (s.scopes & WitnessScope.CustomContracts) {
    for (const hash of s.allowedContracts ?? [])
      rules.push({ action: 'Allow', condition: { type: 'ScriptHash', hash } });
  }
  if (s.scopes & WitnessScope.CustomGroups) {
    for (const group of s.allowedGroups ?? [])
      rules.push({ action: 'Allow', condition: { type: 'Group', group } });
  }
  if (s.scopes & WitnessScope.WitnessRules) rules.push(...(s.rules ?? []));
  return rules;
}

export function signerToStackItem(s: Signer): ArrayItem {
  const has = (flag: number) => (s.scopes & flag) !== 0;
  return new ArrayItem([
    new ByteStringItem(s.account),
    integerOf(s.scopes),
    new ArrayItem(
      has(WitnessScope.CustomContracts) ? (s.allowedContracts ?? []).map((h) => new ByteStringItem(h)) : [],
    ),
    new ArrayItem(
      has(WitnessScope.CustomGroups)
        ? (s.allowedGroups ?? []).map((g) => new ByteStringItem(g.encodeCompressed()))
        : [],
    ),
    new ArrayItem(has(WitnessScope.WitnessRules) ? (s.rules ?? []).map(ruleToStackItem) : []),
  ]);
}

export function signerToJson(s: Signer): JObject {
  const json = new JObject().set('account', hashToString(s.account)).set('scopes', scopeName(s.scopes));
  if (s.scopes & WitnessScope.CustomContracts)
    json.set('allowedcontracts', (s.allowedContracts ?? []).map(hashToString));
  if (s.scopes & WitnessScope.CustomGroups)
    json.set(
      'allowedgroups',
      (s.allowedGroups ?? []).map((g) => g.toString()),
    );
  if (s.scopes & WitnessScope.WitnessRules) json.set('rules', (s.rules ?? []).map(ruleToJson));
  return json;
}
