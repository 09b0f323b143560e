/**
 * RoleManagement (neo `Native/RoleManagement.cs`), id -8: node lists designated by the
 * committee for a role (state validators 4, oracles 8, NeoFS alphabet 16, P2P notaries 32),
 * stored under role + the height from which they serve (the block after designation).
 */

import { ArrayItem, ByteStringItem, DEFAULT_LIMITS, VMFault } from '../../neovm/index.js';
import { CallFlags } from '../contract/call-flags.js';
import { ParamType } from '../contract/parameter-type.js';
import { ECPoint, sortPoints } from '../crypto/ecpoint.js';
import type { ApplicationEngine } from '../engine/application-engine.js';
import { arg } from '../engine/convert.js';
import { argumentFault, outOfRangeFault } from '../engine/faults.js';
import { deserializeWithLimits } from '../serialization/binary-serializer.js';
import { be32, type NeoStore, nativeKey } from '../storage/store.js';
import { ledgerCurrentIndex } from './ledger.js';
import { event, method, NativeContract } from './native.js';
import { assertCommittee } from './neo-token.js';
import { fields, int, writeItem } from './values.js';

const ID = -8;
export const Role = { StateValidator: 4, Oracle: 8, NeoFSAlphabetNode: 16, P2PNotary: 32 } as const;
const ROLES = new Set<number>(Object.values(Role));

function checkRole(role: number): void {
  if (!ROLES.has(role)) throw outOfRangeFault('role', `Role ${role} is not valid`);
}

/** The nodes serving `role` at height `index`. */
export function designatedByRole(store: NeoStore, role: number, index: number): ECPoint[] {
  checkRole(role);
  const current = ledgerCurrentIndex(store);
  if (current + 1 < index)
    throw outOfRangeFault('index', `Index ${index} exceeds current index + 1 (${current + 1})`);
  const first = store.findRange(nativeKey(ID, role, be32(index)), nativeKey(ID, role), true).next();
  if (first.done) return [];
  return fields(deserializeWithLimits(first.value[1], DEFAULT_LIMITS)).map((x) =>
    ECPoint.decode(x.getSpan()),
  );
}

class RoleManagement extends NativeContract {
  readonly name = 'RoleManagement';
  readonly id = ID;

  protected override defineEvents() {
    return [
      event(
        0,
        'Designation',
        [
          ['Role', ParamType.Integer],
          ['BlockIndex', ParamType.Integer],
        ],
        { deprecatedIn: 'HF_Echidna' },
      ),
      event(
        0,
        'Designation',
        [
          ['Role', ParamType.Integer],
          ['BlockIndex', ParamType.Integer],
          ['Old', ParamType.Array],
          ['New', ParamType.Array],
        ],
        { activeIn: 'HF_Echidna' },
      ),
    ];
  }

  protected defineMethods() {
    const keys = (list: ECPoint[]) =>
      new ArrayItem(list.map((k) => new ByteStringItem(k.encodeCompressed())));
    return [
      method(
        'getDesignatedByRole',
        [arg('role', 'uint8', { type: ParamType.Integer }), arg('index', 'uint32')],
        ParamType.Array,
        { cpuFee: 1 << 15, flags: CallFlags.ReadStates },
        (e, [r, i]) => keys(designatedByRole(e.store, r as number, i as number)),
      ),
      method(
        'designateAsRole',
        [arg('role', 'uint8', { type: ParamType.Integer }), arg('nodes', 'ecpoint', { elements: 'ecpoint' })],
        ParamType.Void,
        { cpuFee: 1 << 15, flags: CallFlags.States | CallFlags.AllowNotify },
        (e, [r, n]) => {
          this.designate(e, r as number, n as ECPoint[]);
          return undefined;
        },
      ),
    ];
  }

  private designate(engine: ApplicationEngine, role: number, nodes: ECPoint[]): void {
    if (nodes.length === 0 || nodes.length > 32) {
      throw argumentFault(`Nodes count ${nodes.length} must be between 1 and 32`, 'nodes');
    }
    checkRole(role);
    assertCommittee(engine);
    const block = engine.persistingBlock;
    if (block === null) throw new VMFault('Persisting block is null');
    const index = block.index + 1;
    const key = nativeKey(ID, role, be32(index));
    if (engine.store.has(key)) throw new VMFault('Role already designated');
    const distinct = new Set(nodes.map((n) => n.toString()));
    if (distinct.size !== nodes.length) throw new VMFault('Duplicate publickeys are not allowed');
    const sorted = sortPoints(nodes);
    writeItem(engine.store, key, new ArrayItem(sorted.map((k) => new ByteStringItem(k.encodeCompressed()))));
    const list = (l: ECPoint[]) => new ArrayItem(l.map((k) => new ByteStringItem(k.encodeCompressed())));
    const state = engine.isHardforkEnabled('HF_Echidna')
      ? [int(role), int(block.index), list(designatedByRole(engine.store, role, index - 1)), list(nodes)]
      : [int(role), int(block.index)];
    engine.sendNotification(this.hash, 'Designation', new ArrayItem(state));
  }
}

export const roleManagement = new RoleManagement();
