/**
 * Runs inside the sandbox (bundled by esbuild into the prelude, prelude/bundle.ts).
 *
 * Built-ins a contract changes stay changed for the rest of its call, as on IOST (go-iost
 * `test/v8vm/test_data/gas1.js` assignment3 and length0 assign to `Array.prototype.concat`
 * and `String.prototype.toString`, and js_gas_test.go expects the override to run), and never
 * reach another call: lockdown leaves the built-in objects (the allow-list's holders, except
 * the global object) unfrozen and records every own property of each; when a contract's
 * outermost frame in a context ends, `realm.restore()` compares each object with the record
 * and puts back what changed (deleting what was added).
 *
 * The comparison runs with built-ins possibly changed, so it consults no prototype: property
 * descriptors are read through own-property checks and written as null-prototype objects.
 * `Object.defineProperty`, `defineProperties`, `freeze`, `seal`, `preventExtensions`,
 * `__defineGetter__` and `__defineSetter__` on a built-in are refused (they could make a
 * property or the object impossible to put back, or turn a value into code run by the check);
 * assignment and `delete` work.
 */
import {
  getOwnDesc,
  hasOwnRaw,
  objectCreate,
  objectIs,
  reflectDefine,
  reflectDelete,
  reflectOwnKeys,
} from './captured.js';

type Key = string | symbol;
/** A descriptor as [flags, value or getter, setter]: flags writable 1, enumerable 2, configurable 4, accessor 8. */
type Record3 = [number, unknown, unknown];

const PSet = Set;
const ACCESSOR = 8;

/** A property's value when it is an own data property, else undefined (no getter runs). */
export function ownValue(o: object, k: Key): unknown {
  const d = getOwnDesc(o, k);
  return d !== undefined && hasOwnRaw(d, 'value') ? d.value : undefined;
}

function readDesc(d: PropertyDescriptor): Record3 {
  if (hasOwnRaw(d, 'get'))
    return [ACCESSOR | (d.enumerable ? 2 : 0) | (d.configurable ? 4 : 0), d.get, d.set];
  return [(d.writable ? 1 : 0) | (d.enumerable ? 2 : 0) | (d.configurable ? 4 : 0), d.value, undefined];
}

function writeDesc(r: Record3): PropertyDescriptor {
  const d = objectCreate(null) as PropertyDescriptor;
  d.enumerable = (r[0] & 2) !== 0;
  d.configurable = (r[0] & 4) !== 0;
  if ((r[0] & ACCESSOR) !== 0) {
    d.get = r[1] as () => unknown;
    d.set = r[2] as (v: unknown) => void;
  } else {
    d.value = r[1];
    d.writable = (r[0] & 1) !== 0;
  }
  return d;
}

class Realm {
  private readonly objects: object[] = [];
  private readonly keys: Key[][] = [];
  private readonly descs: Record3[][] = [];
  private readonly members = new PSet<object>();

  /** Records the objects' own properties (at lockdown, before any contract runs). */
  capture(list: readonly object[]): void {
    for (let i = 0; i < list.length; i++) {
      const o = list[i]!;
      const ks = reflectOwnKeys(o);
      const ds: Record3[] = [];
      for (let j = 0; j < ks.length; j++) ds[j] = readDesc(getOwnDesc(o, ks[j]!)!);
      this.objects[i] = o;
      this.keys[i] = ks;
      this.descs[i] = ds;
      this.members.add(o);
    }
  }

  has(o: object): boolean {
    return this.members.has(o);
  }

  /**
   * The fast check, run at the end of every call: the same own keys in the same order, the
   * same values. A data property cannot have become an accessor (that takes defineProperty or
   * __defineGetter__, refused on built-ins), so reading it runs no code.
   */
  private unchanged(i: number): boolean {
    const o = this.objects[i]! as Record<Key, unknown>;
    const ks = this.keys[i]!;
    const ds = this.descs[i]!;
    const now = reflectOwnKeys(o);
    if (now.length !== ks.length) return false;
    for (let j = 0; j < ks.length; j++) if (now[j] !== ks[j]) return false;
    for (let j = 0; j < ks.length; j++) {
      const r = ds[j]!;
      if ((r[0] & ACCESSOR) === 0) {
        if (!objectIs(o[ks[j]!], r[1])) return false;
      } else {
        const d = getOwnDesc(o, ks[j]!);
        if (d === undefined || !hasOwnRaw(d, 'get') || d.get !== r[1] || d.set !== r[2]) return false;
      }
    }
    return true;
  }

  /** Puts back what changed: 0 when nothing had, 1 when something was put back, -1 when it could not be. */
  restore(): number {
    let changed = 0;
    for (let i = 0; i < this.objects.length; i++) {
      if (this.unchanged(i)) continue;
      const o = this.objects[i]!;
      const ks = this.keys[i]!;
      const ds = this.descs[i]!;
      for (let j = 0; j < ks.length; j++) {
        const d = getOwnDesc(o, ks[j]!);
        const r = ds[j]!;
        if (d !== undefined) {
          const c = readDesc(d);
          if (c[0] === r[0] && objectIs(c[1], r[1]) && c[2] === r[2]) continue;
        }
        if (!reflectDefine(o, ks[j]!, writeDesc(r))) return -1;
      }
      changed = 1;
      const cur = reflectOwnKeys(o);
      if (cur.length !== ks.length) {
        const known = new PSet<Key>();
        for (let j = 0; j < ks.length; j++) known.add(ks[j]!);
        for (let j = 0; j < cur.length; j++) if (!known.has(cur[j]!) && !reflectDelete(o, cur[j]!)) return -1;
      }
    }
    return changed;
  }
}

export const realm = new Realm();
