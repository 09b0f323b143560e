/**
 * Witness rules and their conditions (neo `Network/P2P/Payloads/WitnessRule.cs`,
 * `Conditions/*.cs`): the binary, JSON and stack-item forms. At most 16 sub-conditions and
 * nesting depth 3. Whether a condition matches is decided by the engine (engine/witness.ts).
 */
import { ArrayItem, BooleanItem, ByteStringItem, integerOf, type StackItem } from '../../neovm/index.js';
import { ECPoint } from '../crypto/ecpoint.js';
import { NeoFormatError } from '../errors.js';
import type { BinaryReader, BinaryWriter } from '../io/binary.js';
import { JObject, type JToken } from '../json/neo-json.js';
import { hashToString, parseUInt160, type UInt160 } from '../uint.js';

export const ConditionType = {
  Boolean: 0x00,
  Not: 0x01,
  And: 0x02,
  Or: 0x03,
  ScriptHash: 0x18,
  Group: 0x19,
  CalledByEntry: 0x20,
  CalledByContract: 0x28,
  CalledByGroup: 0x29,
} as const;

export type WitnessCondition =
  | { readonly type: 'Boolean'; readonly expression: boolean }
  | { readonly type: 'Not'; readonly expression: WitnessCondition }
  | { readonly type: 'And' | 'Or'; readonly expressions: readonly WitnessCondition[] }
  | { readonly type: 'ScriptHash' | 'CalledByContract'; readonly hash: UInt160 }
  | { readonly type: 'Group' | 'CalledByGroup'; readonly group: ECPoint }
  | { readonly type: 'CalledByEntry' };

export type WitnessRuleAction = 'Deny' | 'Allow';

export interface WitnessRule {
  readonly action: WitnessRuleAction;
  readonly condition: WitnessCondition;
}

const MAX_SUBITEMS = 16;
const MAX_NESTING = 3;
const TYPE_NAMES = new Map(Object.entries(ConditionType).map(([k, v]) => [v as number, k]));

export function readCondition(r: BinaryReader, depth = MAX_NESTING): WitnessCondition {
  if (depth <= 0)
    throw new NeoFormatError(`\`maxNestDepth\`(${depth}) in WitnessCondition is out of range (min:1)`);
  const code = r.readByte();
  const type = TYPE_NAMES.get(code);
  switch (type) {
    case 'Boolean':
      return { type, expression: r.readBoolean() };
    case 'Not':
      return { type, expression: readCondition(r, depth - 1) };
    case 'And':
    case 'Or': {
      const expressions = r.readArray((x) => readCondition(x, depth - 1), MAX_SUBITEMS);
      if (expressions.length === 0) throw new NeoFormatError(`\`Expressions\` in ${type}Condition is empty`);
      return { type, expressions };
    }
    case 'ScriptHash':
    case 'CalledByContract':
      return { type, hash: r.readBytes(20).slice() };
    case 'Group':
    case 'CalledByGroup':
      return { type, group: readPoint(r) };
    case 'CalledByEntry':
      return { type };
  }
  throw new NeoFormatError(`Invalid WitnessConditionType(${code})`);
}

/** An ECPoint as a serializable: a prefix byte then 32 or 64 bytes. */
export function readPoint(r: BinaryReader): ECPoint {
  const prefix = r.data[r.position];
  const size = prefix === 0x02 || prefix === 0x03 ? 33 : prefix === 0x04 ? 65 : 1;
  return ECPoint.decode(r.readBytes(size));
}

export function writeCondition(w: BinaryWriter, c: WitnessCondition): void {
  w.writeByte(ConditionType[c.type]);
  switch (c.type) {
    case 'Boolean':
      w.writeBoolean(c.expression);
      break;
    case 'Not':
      writeCondition(w, c.expression);
      break;
    case 'And':
    case 'Or':
      w.writeArray(c.expressions, writeCondition);
      break;
    case 'ScriptHash':
    case 'CalledByContract':
      w.writeBytes(c.hash);
      break;
    case 'Group':
    case 'CalledByGroup':
      w.writeBytes(c.group.encodeCompressed());
      break;
  }
}

export function readRule(r: BinaryReader): WitnessRule {
  const action = r.readByte();
  if (action !== 0 && action !== 1) throw new NeoFormatError(`Invalid action: ${action}.`);
  return { action: action === 1 ? 'Allow' : 'Deny', condition: readCondition(r) };
}

export function writeRule(w: BinaryWriter, rule: WitnessRule): void {
  w.writeByte(rule.action === 'Allow' ? 1 : 0);
  writeCondition(w, rule.condition);
}

function field(json: JObject, key: string): JToken {
  const v = json.get(key);
  if (v === undefined) throw new NeoFormatError(`witness condition: missing "${key}"`);
  return v;
}

export function conditionFromJson(json: JToken, depth = MAX_NESTING): WitnessCondition {
  if (depth <= 0)
    throw new NeoFormatError(`\`maxNestDepth\`(${depth}) in WitnessCondition is out of range (min:1)`);
  if (!(json instanceof JObject)) throw new NeoFormatError('witness condition: expected an object');
  const type = field(json, 'type');
  switch (type) {
    case 'Boolean': {
      const e = field(json, 'expression');
      if (typeof e !== 'boolean') throw new NeoFormatError('witness condition: expression must be a boolean');
      return { type, expression: e };
    }
    case 'Not':
      return { type, expression: conditionFromJson(field(json, 'expression'), depth - 1) };
    case 'And':
    case 'Or': {
      const list = field(json, 'expressions');
      if (!Array.isArray(list) || list.length === 0 || list.length > MAX_SUBITEMS) {
        throw new NeoFormatError(`witness condition: ${type} needs 1 to ${MAX_SUBITEMS} expressions`);
      }
      return { type, expressions: list.map((e) => conditionFromJson(e, depth - 1)) };
    }
    case 'ScriptHash':
    case 'CalledByContract':
      return { type, hash: parseUInt160(String(field(json, 'hash'))) };
    case 'Group':
    case 'CalledByGroup':
      return { type, group: ECPoint.parse(String(field(json, 'group'))) };
    case 'CalledByEntry':
      return { type };
  }
  throw new NeoFormatError(`Invalid WitnessConditionType(${String(type)})`);
}

export function conditionToJson(c: WitnessCondition): JObject {
  const json = new JObject().set('type', c.type);
  if (c.type === 'Boolean') json.set('expression', c.expression);
  else if (c.type === 'Not') json.set('expression', conditionToJson(c.expression));
  else if (c.type === 'And' || c.type === 'Or') json.set('expressions', c.expressions.map(conditionToJson));
  else if (c.type === 'ScriptHash' || c.type === 'CalledByContract') json.set('hash', hashToString(c.hash));
  else if (c.type === 'Group' || c.type === 'CalledByGroup') json.set('group', c.group.toString());
  return json;
}

export function ruleFromJson(json: JToken): WitnessRule {
  if (!(json instanceof JObject)) throw new NeoFormatError('witness rule: expected an object');
  const action = json.get('action');
  if (action !== 'Allow' && action !== 'Deny') throw new NeoFormatError(`Invalid action: ${String(action)}.`);
  return { action, condition: conditionFromJson(field(json, 'condition')) };
}

export function ruleToJson(rule: WitnessRule): JObject {
  return new JObject().set('action', rule.action).set('condition', conditionToJson(rule.condition));
}

export function conditionToStackItem(c: WitnessCondition): ArrayItem {
  const item = new ArrayItem([integerOf(ConditionType[c.type])]);
  let extra: StackItem | undefined;
  if (c.type === 'Boolean') extra = BooleanItem.of(c.expression);
  else if (c.type === 'Not') extra = conditionToStackItem(c.expression);
  else if (c.type === 'And' || c.type === 'Or')
    extra = new ArrayItem(c.expressions.map(conditionToStackItem));
  else if (c.type === 'ScriptHash' || c.type === 'CalledByContract') extra = new ByteStringItem(c.hash);
  else if (c.type === 'Group' || c.type === 'CalledByGroup')
    extra = new ByteStringItem(c.group.encodeCompressed());
  if (extra !== undefined) item.items.push(extra);
  return item;
}

export function ruleToStackItem(rule: WitnessRule): ArrayItem {
  return new ArrayItem([integerOf(rule.action === 'Allow' ? 1 : 0), conditionToStackItem(rule.condition)]);
}
