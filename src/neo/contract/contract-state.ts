/**
 * Deployed contracts (neo `SmartContract/ContractState.cs`) and the stack-item forms of the
 * state and its manifest (`ContractManifest.ToStackItem` / `FromStackItem`), the form kept in
 * ContractManagement's storage and returned by `getContract`.
 */
import {
  ArrayItem,
  BooleanItem,
  ByteStringItem,
  integer,
  integerOf,
  MapItem,
  NULL,
  NullItem,
  type StackItem,
  StructItem,
} from '../../neovm/index.js';
import { ECPoint } from '../crypto/ecpoint.js';
import { strictUtf8 } from '../io/binary.js';
import { JObject, parseJson, stringifyJson } from '../json/neo-json.js';
import { hashToString, type UInt160 } from '../uint.js';
import { callFlagsName } from './call-flags.js';
import {
  type ContractAbi,
  type ContractManifest,
  type ContractPermission,
  type EventDescriptor,
  type MethodDescriptor,
  manifestToJson,
  type ParameterDefinition,
  type PermissionDescriptor,
  WILDCARD,
} from './manifest.js';
import { type NefFile, parseNef, serializeNef } from './nef.js';

export interface ContractState {
  readonly id: number;
  readonly updateCounter: number;
  readonly hash: UInt160;
  readonly nef: NefFile;
  readonly manifest: ContractManifest;
}

const bytes = (b: Uint8Array): ByteStringItem => new ByteStringItem(b);
const str = (s: string): ByteStringItem => ByteStringItem.fromString(s);
const s2 = (item: StackItem): string => strictUtf8(item.getSpan());

function paramItem(p: ParameterDefinition): StructItem {
  return new StructItem([str(p.name), integerOf(p.type)]);
}

function eventItem(e: EventDescriptor): StructItem {
  return new StructItem([str(e.name), new ArrayItem(e.parameters.map(paramItem))]);
}

function methodItem(m: MethodDescriptor): StructItem {
  const s = eventItem(m);
  s.items.push(integerOf(m.returnType), integer(BigInt(m.offset)), BooleanItem.of(m.safe));
  return s;
}

function descriptorItem(d: PermissionDescriptor): StackItem {
  return d.kind === 'wildcard' ? NULL : bytes(d.kind === 'hash' ? d.hash : d.group.encodeCompressed());
}

export function manifestToStackItem(m: ContractManifest): StructItem {
  return new StructItem([
    str(m.name),
    new ArrayItem(
      m.groups.map((g) => new StructItem([bytes(g.pubKey.encodeCompressed()), bytes(g.signature)])),
    ),
    new MapItem(),
    new ArrayItem(m.supportedStandards.map(str)),
    new StructItem([
      new ArrayItem(m.abi.methods.map(methodItem)),
      new ArrayItem(m.abi.events.map(eventItem)),
    ]),
    new ArrayItem(
      m.permissions.map(
        (p) =>
          new StructItem([
            descriptorItem(p.contract),
            p.methods === '*' ? NULL : new ArrayItem(p.methods.map(str)),
          ]),
      ),
    ),
    m.trusts === '*' ? NULL : new ArrayItem(m.trusts.map(descriptorItem)),
    str(m.extra === null ? 'null' : stringifyJson(m.extra)),
  ]);
}

const items = (x: StackItem): StackItem[] => (x as ArrayItem).items;

function paramFrom(x: StackItem): ParameterDefinition {
  const [name, type] = items(x);
  return { name: s2(name!), type: Number(type!.getInteger()) & 0xff };
}

function eventFrom(x: StackItem): EventDescriptor {
  const [name, params] = items(x);
  return { name: s2(name!), parameters: items(params!).map(paramFrom) };
}

function methodFrom(x: StackItem): MethodDescriptor {
  const f = items(x);
  return {
    ...eventFrom(x),
    returnType: Number(f[2]!.getInteger()) & 0xff,
    offset: Number(f[3]!.getInteger()),
    safe: f[4]!.getBoolean(),
  };
}

function descriptorFrom(x: StackItem): PermissionDescriptor {
  if (x instanceof NullItem) return WILDCARD;
  const b = x.getSpan();
  if (b.length === 20) return { kind: 'hash', hash: b.slice() };
  if (b.length === 33) return { kind: 'group', group: ECPoint.decode(b) };
  throw new RangeError(`Invalid span length: ${b.length}`);
}

export function manifestFromStackItem(x: StackItem): ContractManifest {
  const f = items(x);
  if ((f[2] as MapItem).count !== 0) throw new RangeError('Features field must be empty');
  const abiFields = items(f[4]!);
  const abi: ContractAbi = {
    methods: items(abiFields[0]!).map(methodFrom),
    events: items(abiFields[1]!).map(eventFrom),
  };
  const permissions = items(f[5]!).map((p): ContractPermission => {
    const [contract, methods] = items(p);
    return {
      contract: descriptorFrom(contract!),
      methods: methods instanceof NullItem ? '*' : items(methods!).map(s2),
    };
  });
  const extra = parseJson(f[7]!.getSpan());
  return {
    name: s2(f[0]!),
    groups: items(f[1]!).map((g) => {
      const [pk, sig] = items(g);
      return { pubKey: ECPoint.decode(pk!.getSpan()), signature: sig!.getSpan().slice() };
    }),
    supportedStandards: items(f[3]!).map(s2),
    abi,
    permissions,
    trusts: f[6] instanceof NullItem ? '*' : items(f[6]!).map(descriptorFrom),
    extra: extra instanceof JObject ? extra : null,
  };
}

export function contractToStackItem(c: ContractState): ArrayItem {
  return new ArrayItem([
    integer(BigInt(c.id)),
    integerOf(c.updateCounter),
    bytes(c.hash),
    bytes(serializeNef(c.nef)),
    manifestToStackItem(c.manifest),
  ]);
}

export function contractFromStackItem(x: StackItem, verify = false): ContractState {
  const f = items(x);
  return {
    id: Number(f[0]!.getInteger()),
    updateCounter: Number(f[1]!.getInteger()) & 0xffff,
    hash: f[2]!.getSpan().slice(),
    nef: parseNef((f[3] as ByteStringItem).bytes, verify),
    manifest: manifestFromStackItem(f[4]!),
  };
}

/** The RPC / `getcontractstate` JSON form. */
export function contractToJson(c: ContractState): JObject {
  const nef = new JObject()
    .set('magic', 0x3346454e)
    .set('compiler', c.nef.compiler)
    .set('source', c.nef.source)
    .set(
      'tokens',
      c.nef.tokens.map((t) =>
        new JObject()
          .set('hash', hashToString(t.hash))
          .set('method', t.method)
          .set('paramcount', t.parametersCount)
          .set('hasreturnvalue', t.hasReturnValue)
          .set('callflags', callFlagsName(t.callFlags)),
      ),
    )
    .set('script', Buffer.from(c.nef.script).toString('base64'))
    .set('checksum', c.nef.checksum);
  return new JObject()
    .set('id', c.id)
    .set('updatecounter', c.updateCounter)
    .set('hash', hashToString(c.hash))
    .set('nef', nef)
    .set('manifest', manifestToJson(c.manifest));
}
