/**
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
 *
 * restore() returns 0 when nothing changed, 1 when it put something back, -1 when it could not.
 */
export const REALM_JS = `
const hasOwn = hasOwnRaw;
const reflectOwnKeys = Reflect.ownKeys;
const PSetR = Set;
const setHas = uncurry(PSetR.prototype.has);
const setAdd = uncurry(PSetR.prototype.add);
/** A property's value when it is an own data property, else undefined (no getter runs). */
function ownValue(o, k) {
  const d = getOwnDesc(o, k);
  return d !== undefined && hasOwn(d, 'value') ? d.value : undefined;
}
const ACCESSOR = 8;
/** A descriptor as [flags, value or getter, setter]: flags writable 1, enumerable 2, configurable 4, accessor 8. */
function readDesc(d) {
  if (hasOwn(d, 'get'))
    return [ACCESSOR | (d.enumerable ? 2 : 0) | (d.configurable ? 4 : 0), d.get, d.set];
  return [(d.writable ? 1 : 0) | (d.enumerable ? 2 : 0) | (d.configurable ? 4 : 0), d.value, undefined];
}
function writeDesc(r) {
  const d = objectCreate(null);
  d.enumerable = (r[0] & 2) !== 0;
  d.configurable = (r[0] & 4) !== 0;
  if ((r[0] & ACCESSOR) !== 0) { d.get = r[1]; d.set = r[2]; }
  else { d.value = r[1]; d.writable = (r[0] & 1) !== 0; }
  return d;
}
const realm = {
  objects: [],
  keys: [],
  descs: [],
  members: new PSetR(),
  /** Records the objects' own properties (at lockdown, before any contract runs). */
  capture(list) {
    for (let i = 0; i < list.length; i++) {
      const o = list[i];
      const ks = reflectOwnKeys(o);
      const ds = [];
      for (let j = 0; j < ks.length; j++) ds[j] = readDesc(getOwnDesc(o, ks[j]));
      this.objects[i] = o;
      this.keys[i] = ks;
      this.descs[i] = ds;
      setAdd(this.members, o);
    }
  },
  has(o) { return setHas(this.members, o); },
  /**
   * The fast check, run at the end of every call: the same own keys in the same order, the
   * same values. A data property cannot have become an accessor (that takes defineProperty or
   * __defineGetter__, refused on built-ins), so reading it runs no code.
   */
  unchanged(i) {
    const o = this.objects[i];
    const ks = this.keys[i];
    const ds = this.descs[i];
    const now = reflectOwnKeys(o);
    if (now.length !== ks.length) return false;
    for (let j = 0; j < ks.length; j++) if (now[j] !== ks[j]) return false;
    for (let j = 0; j < ks.length; j++) {
      const r = ds[j];
      if ((r[0] & ACCESSOR) === 0) {
        if (!objectIs(o[ks[j]], r[1])) return false;
      } else {
        const d = getOwnDesc(o, ks[j]);
        if (!hasOwn(d, 'get') || d.get !== r[1] || d.set !== r[2]) return false;
      }
    }
    return true;
  },
  restore() {
    let changed = 0;
    for (let i = 0; i < this.objects.length; i++) {
      if (this.unchanged(i)) continue;
      const o = this.objects[i];
      const ks = this.keys[i];
      const ds = this.descs[i];
      const now = reflectOwnKeys(o);
      let same = now.length === ks.length;
      for (let j = 0; j < ks.length; j++) {
        const d = getOwnDesc(o, ks[j]);
        const r = ds[j];
        if (d !== undefined) {
          const c = readDesc(d);
          if (c[0] === r[0] && objectIs(c[1], r[1]) && c[2] === r[2]) continue;
        }
        same = false;
        if (!reflectDefine(o, ks[j], writeDesc(r))) return -1;
      }
      if (same) continue;
      changed = 1;
      if (now.length !== ks.length || reflectOwnKeys(o).length !== ks.length) {
        const known = new PSetR();
        for (let j = 0; j < ks.length; j++) setAdd(known, ks[j]);
        const cur = reflectOwnKeys(o);
        for (let j = 0; j < cur.length; j++) if (!setHas(known, cur[j]) && !reflectDelete(o, cur[j])) return -1;
      }
    }
    return changed;
  },
};
`;
