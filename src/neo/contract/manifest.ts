/**
 * Contract manifests (neo `SmartContract/Manifest/*.cs`): parsed from JSON with every rule
 * neo applies (non-empty names, unique method (name, parameter count) pairs, unique
 * parameter and event names, defined types, 64-byte group signatures, empty `features`,
 * wildcard containers), and written back in neo's key order.
 */
import { ECPoint } from '../crypto/ecpoint.js';
import { ManifestError, NeoFormatError } from '../errors.js';
import { base64Decode, base64Encode } from '../io/base64.js';
import { JObject, type JToken, parseJson } from '../json/neo-json.js';
import { hashKey, hashToString, parseUInt160, type UInt160 } from '../uint.js';
import { isParamType, ParamType, paramTypeName, parseParamType } from './parameter-type.js';

export const MAX_MANIFEST_LENGTH = 0xffff;

export interface ParameterDefinition {
  readonly name: string;
  readonly type: number;
}

export interface EventDescriptor {
  readonly name: string;
  readonly parameters: readonly ParameterDefinition[];
}

export interface MethodDescriptor extends EventDescriptor {
  readonly returnType: number;
  readonly offset: number;
  readonly safe: boolean;
}

export interface ContractAbi {
  readonly methods: readonly MethodDescriptor[];
  readonly events: readonly EventDescriptor[];
}

/** A permission's or a trust's target: any contract, one contract hash, or a group key. */
export type PermissionDescriptor =
  | { readonly kind: 'wildcard' }
  | { readonly kind: 'hash'; readonly hash: UInt160 }
  | { readonly kind: 'group'; readonly group: ECPoint };

export interface ContractPermission {
  readonly contract: PermissionDescriptor;
  /** '*' for any method. */
  readonly methods: readonly string[] | '*';
}

export interface ContractGroup {
  readonly pubKey: ECPoint;
  readonly signature: Uint8Array;
}

export interface ContractManifest {
  readonly name: string;
  readonly groups: readonly ContractGroup[];
  readonly supportedStandards: readonly string[];
  readonly abi: ContractAbi;
  readonly permissions: readonly ContractPermission[];
  readonly trusts: readonly PermissionDescriptor[] | '*';
  readonly extra: JObject | null;
}

export const WILDCARD: PermissionDescriptor = { kind: 'wildcard' };

export const DEFAULT_PERMISSION: ContractPermission = { contract: WILDCARD, methods: '*' };

const bad = (where: string, what: string): never => {
  throw new ManifestError(`manifest ${where}: ${what}`);
};

function obj(v: JToken | undefined, where: string): JObject {
  if (!(v instanceof JObject)) bad(where, 'expected an object');
  return v as JObject;
}

function arr(v: JToken | undefined, where: string): JToken[] {
  if (!Array.isArray(v)) bad(where, 'expected an array');
  return v as JToken[];
}

function optArr(v: JToken | undefined, where: string): JToken[] {
  return v === undefined || v === null ? [] : arr(v, where);
}

function str(v: JToken | undefined, where: string): string {
  if (typeof v !== 'string') bad(where, 'expected a string');
  return v as string;
}

function nonEmpty(v: JToken | undefined, where: string): string {
  const s = str(v, where);
  if (s.length === 0) bad(where, 'is empty');
  return s;
}

function unique<T>(items: readonly T[], key: (t: T) => string, where: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) bad(where, `duplicate ${JSON.stringify(k)}`);
    seen.add(k);
  }
}

function paramType(v: JToken | undefined, where: string, allowVoid: boolean): number {
  const t = parseParamType(str(v, where));
  if (t === undefined || !isParamType(t) || (!allowVoid && t === ParamType.Void)) {
    bad(where, `type ${JSON.stringify(v)} is not valid`);
  }
  return t as number;
}

function parameters(v: JToken | undefined, where: string): ParameterDefinition[] {
  const list = arr(v, where).map((p, i) => {
    const o = obj(p, `${where}[${i}]`);
    return {
      name: nonEmpty(o.get('name'), `${where}[${i}].name`),
      type: paramType(o.get('type'), `${where}[${i}].type`, false),
    };
  });
  unique(list, (p) => p.name, where);
  return list;
}

function int32(v: JToken | undefined, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < -(2 ** 31) || v >= 2 ** 31)
    bad(where, 'expected a 32-bit integer');
  return v as number;
}

function descriptor(v: JToken, where: string): PermissionDescriptor {
  const s = str(v, where);
  try {
    if (s.length === 42) return { kind: 'hash', hash: parseUInt160(s) };
    if (s.length === 66) return { kind: 'group', group: ECPoint.parse(s) };
  } catch (error) {
    bad(where, (error as Error).message);
  }
  if (s === '*') return WILDCARD;
  return bad(where, `Invalid ContractPermissionDescriptor(${s})`);
}

export function descriptorKey(d: PermissionDescriptor): string {
  return d.kind === 'wildcard' ? '*' : d.kind === 'hash' ? hashKey(d.hash) : d.group.toString();
}

function wildcard<T>(
  v: JToken | undefined,
  where: string,
  element: (e: JToken, where: string) => T,
): T[] | '*' {
  if (typeof v === 'string') {
    if (v !== '*') bad(where, `Invalid wildcard('${v}')`);
    return '*';
  }
  if (!Array.isArray(v)) return bad(where, 'expected "*" or an array');
  return v.map((e, i) => element(e, `${where}[${i}]`));
}

/** A manifest from its JSON form, checked as neo's `ContractManifest.FromJson`. */
export function manifestFromJson(json: JToken): ContractManifest {
  const root = obj(json, 'root');
  const name = nonEmpty(root.get('name'), 'name');
  const groups = optArr(root.get('groups'), 'groups').map((g, i): ContractGroup => {
    const o = obj(g, `groups[${i}]`);
    let pubKey: ECPoint;
    let signature: Uint8Array;
    try {
      pubKey = ECPoint.parse(str(o.get('pubkey'), `groups[${i}].pubkey`));
      signature = base64Decode(str(o.get('signature'), `groups[${i}].signature`));
    } catch (error) {
      if (error instanceof ManifestError) throw error;
      return bad(`groups[${i}]`, (error as Error).message);
    }
    if (signature.length !== 64)
      bad(`groups[${i}].signature`, `Signature length(${signature.length}) is not 64`);
    return { pubKey, signature };
  });
  unique(groups, (g) => g.pubKey.toString(), 'groups');
  const features = root.get('features');
  if (!(features instanceof JObject) || features.properties.size !== 0)
    bad('features', 'Features field must be empty');
  const supportedStandards = optArr(root.get('supportedstandards'), 'supportedstandards').map((s, i) =>
    nonEmpty(s, `supportedstandards[${i}]`),
  );
  unique(supportedStandards, (s) => s, 'supportedstandards');
  const abiJson = obj(root.get('abi'), 'abi');
  const methods = optArr(abiJson.get('methods'), 'abi.methods').map((m, i): MethodDescriptor => {
    const where = `abi.methods[${i}]`;
    const o = obj(m, where);
    const method = {
      name: nonEmpty(o.get('name'), `${where}.name`),
      parameters: parameters(o.get('parameters'), `${where}.parameters`),
      returnType: paramType(o.get('returntype'), `${where}.returntype`, true),
      offset: int32(o.get('offset'), `${where}.offset`),
      safe: o.get('safe'),
    };
    if (typeof method.safe !== 'boolean') bad(`${where}.safe`, 'expected a boolean');
    if (method.offset < 0) bad(`${where}.offset`, `Offset(${method.offset}) is not valid`);
    return method as MethodDescriptor;
  });
  if (methods.length === 0) bad('abi.methods', 'Methods in ContractAbi is empty');
  const events = optArr(abiJson.get('events'), 'abi.events').map((e, i): EventDescriptor => {
    const o = obj(e, `abi.events[${i}]`);
    return {
      name: nonEmpty(o.get('name'), `abi.events[${i}].name`),
      parameters: parameters(o.get('parameters'), `abi.events[${i}].parameters`),
    };
  });
  const permissions = optArr(root.get('permissions'), 'permissions').map((p, i): ContractPermission => {
    const o = obj(p, `permissions[${i}]`);
    const contract = descriptor(o.get('contract') ?? null, `permissions[${i}].contract`);
    const methodsList = wildcard(o.get('methods'), `permissions[${i}].methods`, (e, w) => nonEmpty(e, w));
    if (methodsList !== '*') unique(methodsList, (m) => m, `permissions[${i}].methods`);
    return { contract, methods: methodsList };
  });
  unique(permissions, (p) => descriptorKey(p.contract), 'permissions');
  const trusts = wildcard(root.get('trusts'), 'trusts', descriptor);
  if (trusts !== '*') unique(trusts, descriptorKey, 'trusts');
  const extra = root.get('extra');
  if (extra !== undefined && extra !== null && !(extra instanceof JObject))
    bad('extra', 'expected an object or null');
  return {
    name,
    groups,
    supportedStandards,
    abi: { methods, events },
    permissions,
    trusts,
    extra: (extra as JObject | undefined) ?? null,
  };
}

/** `ContractManifest.Parse`: at most 65535 bytes of JSON. */
export function parseManifest(bytes: Uint8Array | string): ContractManifest {
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
  if (size > MAX_MANIFEST_LENGTH) {
    throw new ManifestError(
      `JSON content length ${size} exceeds maximum allowed size of ${MAX_MANIFEST_LENGTH} bytes`,
    );
  }
  let json: JToken;
  try {
    json = parseJson(bytes);
  } catch (error) {
    if (error instanceof NeoFormatError)
      throw new ManifestError(`manifest is not valid JSON: ${error.shortMessage}`);
    throw error;
  }
  return manifestFromJson(json);
}

const descriptorJson = (d: PermissionDescriptor): string =>
  d.kind === 'wildcard' ? '*' : d.kind === 'hash' ? hashToString(d.hash) : d.group.toString();

const paramsJson = (ps: readonly ParameterDefinition[]): JToken[] =>
  ps.map((p) => new JObject().set('name', p.name).set('type', paramTypeName(p.type)));

/** The manifest's JSON in neo's key order (`ContractManifest.ToJson`). */
export function manifestToJson(m: ContractManifest): JObject {
  const abi = new JObject()
    .set(
      'methods',
      m.abi.methods.map((x) =>
        new JObject()
          .set('name', x.name)
          .set('parameters', paramsJson(x.parameters))
          .set('returntype', paramTypeName(x.returnType))
          .set('offset', x.offset)
          .set('safe', x.safe),
      ),
    )
    .set(
      'events',
      m.abi.events.map((e) => new JObject().set('name', e.name).set('parameters', paramsJson(e.parameters))),
    );
  return new JObject()
    .set('name', m.name)
    .set(
      'groups',
      m.groups.map((g) =>
        new JObject().set('pubkey', g.pubKey.toString()).set('signature', base64Encode(g.signature)),
      ),
    )
    .set('features', new JObject())
    .set('supportedstandards', [...m.supportedStandards])
    .set('abi', abi)
    .set(
      'permissions',
      m.permissions.map((p) =>
        new JObject()
          .set('contract', descriptorJson(p.contract))
          .set('methods', p.methods === '*' ? '*' : [...p.methods]),
      ),
    )
    .set('trusts', m.trusts === '*' ? '*' : m.trusts.map(descriptorJson))
    .set('extra', m.extra);
}

/** `ContractAbi.GetMethod`: by name and parameter count; -1 takes the first with that name. */
export function getMethod(abi: ContractAbi, name: string, pcount: number): MethodDescriptor | undefined {
  if (pcount < -1 || pcount > 0xffff) throw new RangeError(`\`pcount\` must be between [-1, 65535]`);
  if (pcount === -1) return abi.methods.find((m) => m.name === name);
  return abi.methods.find((m) => m.name === name && m.parameters.length === pcount);
}

/** `ContractPermission.IsAllowed`. */
export function permissionAllows(
  p: ContractPermission,
  target: { hash: UInt160; manifest: ContractManifest },
  method: string,
): boolean {
  if (p.contract.kind === 'hash') {
    if (hashKey(p.contract.hash) !== hashKey(target.hash)) return false;
  } else if (p.contract.kind === 'group') {
    const g = p.contract.group;
    if (!target.manifest.groups.some((x) => x.pubKey.equals(g))) return false;
  }
  return p.methods === '*' || p.methods.includes(method);
}
