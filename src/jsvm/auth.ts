/**
 * Accounts and permissions as IOST keeps them. The `auth.iost` contract (go-iost
 * `config/genesis/contract/account.js`, written here in TypeScript to the same ABI and the
 * same stored JSON) keeps each account in its map `auth` under the account's id:
 * `{id, referrer, permissions: {NAME: {name, groups, items, threshold}}, groups: {NAME:
 * {name, items}}}`, an item being a key (`{id: PUBKEY, is_key_pair: true, weight}`) or
 * another account's permission (`{id, permission, is_key_pair: false, weight}`).
 * `authorize` is go-iost `vm/host/authority.go` `auth`: how `blockchain.requireAuth`, the
 * transaction's signer check and its publisher check read that tree.
 */
import type { AbiArgType } from './abi.js';
import { TxFailure } from './errors.js';

export const AUTH_CONTRACT = 'auth.iost';
/** The map of auth.iost that holds the accounts. */
export const AUTH_MAP = 'auth';

export interface AuthItem {
  id: string;
  permission?: string;
  is_key_pair: boolean;
  weight: number;
}
export interface AuthPermission {
  name: string;
  groups: string[];
  items: AuthItem[];
  threshold: number;
}
export interface AuthAccount {
  id: string;
  referrer: string;
  permissions: Record<string, AuthPermission | undefined>;
  groups: Record<string, { name: string; items: AuthItem[] } | undefined>;
}

/** auth.iost's ABI: argument types by method (go-iost `account.js.abi`). */
export const AUTH_METHODS: Readonly<Record<string, readonly AbiArgType[]>> = {
  signUp: ['string', 'string', 'string'],
  addPermission: ['string', 'string', 'number'],
  dropPermission: ['string', 'string'],
  assignPermission: ['string', 'string', 'string', 'number'],
  revokePermission: ['string', 'string', 'string'],
  addGroup: ['string', 'string'],
  dropGroup: ['string', 'string'],
  assignGroup: ['string', 'string', 'string', 'number'],
  revokeGroup: ['string', 'string', 'string'],
  assignPermissionToGroup: ['string', 'string', 'string'],
  revokePermissionInGroup: ['string', 'string', 'string'],
};

/** A new account's tree, as account.js signUp builds it (one key of weight 100 each). */
export function newAccount(id: string, referrer: string, owner: string, active: string): AuthAccount {
  const perm = (name: string, key: string): AuthPermission => ({
    name,
    groups: [],
    items: [{ id: key, is_key_pair: true, weight: 100 }],
    threshold: 100,
  });
  return {
    id,
    referrer,
    permissions: { active: perm('active', active), owner: perm('owner', owner) },
    groups: {},
  };
}

/**
 * account.js `_checkIdValid`: in block 0 (go-iost's genesis transaction) no name is checked;
 * after it, 5-11 of `a-z0-9_`, not starting with `Contract`, or a lower-case `0x` Ethereum
 * address (true: its keys must be empty).
 */
export function checkAccountId(id: string, blockNumber: number): boolean {
  if (blockNumber === 0) return false;
  if (id.startsWith('0x') && id.length === 42) {
    if (id.toLowerCase() !== id) throw new TxFailure('id invalid. upper case not allowed');
    return true;
  }
  if (id.length < 5 || id.length > 11)
    throw new TxFailure(`id invalid. id length should be between 5,11 > ${id}`);
  if (id.startsWith('Contract')) throw new TxFailure("id invalid. id shouldn't start with 'Contract'.");
  for (const ch of id)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch === '_'))
      throw new TxFailure(`id invalid. id contains invalid character > ${ch}`);
  return false;
}

/** account.js `_checkPermValid`. (Its length message names `id`, undefined there: a ReferenceError.) */
function checkPermission(perm: string): void {
  if (perm.length < 1 || perm.length > 32) throw new TxFailure('id is not defined');
  for (const ch of perm)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch === '_'))
      throw new TxFailure(`id invalid. id contains invalid character > ${ch}`);
}

export interface AuthHost {
  load(id: string): AuthAccount | undefined;
  /** Stores the account's record; `payer` pays its RAM (account.js `_saveAccount`: the account itself unless named). */
  save(account: AuthAccount, payer?: string): void;
  requireAuth(id: string, permission: string): boolean;
  publisher: string;
  /** The block the transaction is in (account.js reads `block.number`). */
  blockNumber: number;
  receipt(content: string): void;
  /** gas.iost pledge(referrer, id, amount), which signUp makes for the new account. */
  pledge(pledger: string, to: string, amount: string): void;
}

const findItem = (items: AuthItem[], name: string) => items.findIndex((i) => i.id === name);

/** account.js `_findPermission`: `name` alone is a key; `id@perm` an account's permission. */
function findPermissionItem(items: AuthItem[], name: string): number {
  const at = name.indexOf('@');
  if (at < 0) return items.findIndex((i) => i.id === name && i.permission === undefined);
  if (at === 0) throw new TxFailure('unexpected item');
  return items.findIndex((i) => i.id === name.slice(0, at) && i.permission === name.slice(at + 1));
}

function itemOf(un: string, weight: number, atFirstIsError: boolean): AuthItem {
  const at = un.indexOf('@');
  if (at < 0) return { id: un, is_key_pair: true, weight };
  if (at === 0 && atFirstIsError) throw new TxFailure('unexpected item');
  return { id: un.slice(0, at), permission: un.slice(at + 1), is_key_pair: false, weight };
}

/** Runs one auth.iost method; argv already checked against its ABI types. */
export function authCall(h: AuthHost, api: string, argv: unknown[]): string[] {
  const [id] = argv as [string];
  /** `_ra`: the account's owner permission. */
  const requireOwner = () => {
    if (!h.requireAuth(id, 'owner')) throw new TxFailure('require auth failed');
  };
  const load = () => {
    const a = h.load(id);
    // account.js parses `storage.mapGet` of a missing account: JSON.parse(null) is null
    // (messages as IOST's V8 words them).
    if (!a) throw new TxFailure("Cannot read property 'permissions' of null");
    return a;
  };
  const perm = (a: AuthAccount, name: string) => {
    const p = a.permissions[name];
    if (!p) throw new TxFailure("Cannot read property 'items' of undefined");
    return p;
  };
  const group = (a: AuthAccount, name: string) => {
    const g = a.groups[name];
    if (!g) throw new TxFailure("Cannot read property 'items' of undefined");
    return g;
  };
  const weightOf = (w: number) => {
    if (w <= 0) throw new TxFailure('weight less than zero');
    return w;
  };
  const done = (a: AuthAccount) => {
    h.save(a);
    h.receipt(JSON.stringify(argv));
    return [];
  };
  switch (api) {
    case 'signUp': {
      const [, owner, active] = argv as [string, string, string];
      if (h.load(id)) throw new TxFailure(`id existed > ${id}`);
      if (checkAccountId(id, h.blockNumber) && (owner !== '' || active !== ''))
        throw new TxFailure('permission should be empty');
      // account.js reads `blockchain.contextInfo().caller`, a property of a JSON string
      // (undefined): the referrer is always the publisher.
      const referrer = h.publisher;
      // account.js signUp: this._saveAccount(account, blockchain.contractName()).
      h.save(newAccount(id, referrer, owner, active), AUTH_CONTRACT);
      h.pledge(referrer, id, '10');
      h.receipt(JSON.stringify(argv));
      return [];
    }
    case 'addPermission': {
      const [, name, threshold] = argv as [string, string, number];
      requireOwner();
      checkPermission(name);
      const a = load();
      if (a.permissions[name] !== undefined) throw new TxFailure('permission already exist');
      a.permissions[name] = { name, groups: [], items: [], threshold };
      return done(a);
    }
    case 'dropPermission': {
      const [, name] = argv as [string, string];
      requireOwner();
      if (name === 'active' || name === 'owner') throw new TxFailure('drop active or owner is forbidden');
      const a = load();
      delete a.permissions[name];
      return done(a);
    }
    case 'assignPermission': {
      const [, name, un, w] = argv as [string, string, string, number];
      requireOwner();
      weightOf(w);
      const a = load();
      const p = perm(a, name);
      const i = findItem(p.items, un);
      if (i < 0) p.items.push(itemOf(un, w, true));
      else p.items[i]!.weight = w;
      return done(a);
    }
    case 'revokePermission': {
      const [, name, un] = argv as [string, string, string];
      requireOwner();
      const a = load();
      const p = perm(a, name);
      const i = findPermissionItem(p.items, un);
      if (i < 0) throw new TxFailure('item not found');
      p.items.splice(i, 1);
      return done(a);
    }
    case 'addGroup': {
      const [, name] = argv as [string, string];
      requireOwner();
      checkPermission(name);
      const a = load();
      if (a.groups[name] !== undefined) throw new TxFailure('group already exist');
      a.groups[name] = { name, items: [] };
      return done(a);
    }
    case 'dropGroup': {
      // account.js walks `acc.permissions.length`, undefined on an object: permissions keep
      // their reference to the dropped group, which `authorize` then skips.
      const [, name] = argv as [string, string];
      requireOwner();
      const a = load();
      delete a.groups[name];
      return done(a);
    }
    case 'assignGroup': {
      const [, name, un, w] = argv as [string, string, string, number];
      requireOwner();
      weightOf(w);
      const a = load();
      const g = group(a, name);
      const i = findItem(g.items, un);
      if (i < 0) g.items.push(itemOf(un, w, false));
      else g.items[i]!.weight = w;
      return done(a);
    }
    case 'revokeGroup': {
      const [, name, un] = argv as [string, string, string];
      requireOwner();
      const a = load();
      const g = group(a, name);
      const i = findPermissionItem(g.items, un);
      if (i < 0) throw new TxFailure('item not found');
      g.items.splice(i, 1);
      return done(a);
    }
    case 'assignPermissionToGroup': {
      const [, name, grp] = argv as [string, string, string];
      requireOwner();
      const a = load();
      if (a.groups[grp] === undefined) throw new TxFailure('group does not exist');
      const p = a.permissions[name];
      if (!p) throw new TxFailure("Cannot read property 'groups' of undefined");
      p.groups.push(grp);
      return done(a);
    }
    case 'revokePermissionInGroup': {
      const [, name, grp] = argv as [string, string, string];
      requireOwner();
      const a = load();
      const p = a.permissions[name];
      if (!p) throw new TxFailure("Cannot read property 'groups' of undefined");
      const i = p.groups.indexOf(grp);
      if (i > -1) p.groups.splice(i, 1);
      return done(a);
    }
    default:
      throw new TxFailure(`abi ${api} not found`);
  }
}

/** Which check reads the tree (go-iost authNormal, authSigner, authPublisher). */
export type AuthType = 'normal' | 'signer' | 'publisher';

export interface AuthContext {
  load(id: string): AuthAccount | undefined;
  /** Bytes of the account's record as go-iost stores it (`s` + JSON + `@` + payer; 1 when absent), for the gas of reading it. */
  recordBytes?(id: string): number;
  /** Public keys that signed the transaction: 1 as a signer, 2 as the publisher. */
  keys: ReadonlyMap<string, number>;
  /** `id@permission` of the transaction's signers, and `publisher@active`. */
  signers: ReadonlySet<string>;
}

/**
 * go-iost `auth`: whether `permission` of `id` is satisfied. Under `normal` (requireAuth) a
 * declared signer's permission holds, keys are not consulted (they were checked against the
 * transaction's signers before it ran); under `signer`/`publisher` the keys that signed count.
 * Items of the permission and of its groups add their weights until the threshold; an
 * account's permission item is checked recursively (each id@permission once). An unmet
 * `active` falls back to `owner`, another permission to `active`; a missing one other than
 * owner/active is read as `active`.
 */
export function authorize(
  ctx: AuthContext,
  id: string,
  permission: string,
  type: AuthType,
  seen = new Set<string>(),
): boolean {
  return authorizeCost(ctx, id, permission, type, seen).ok;
}

/**
 * `authorize` with what go-iost `auth` charges for it (vm/host/authority.go): each account
 * record read costs its stored length (ReadAuth: `len(sa)`, 1 a byte; ctx.recordBytes), a
 * declared signer's permission CommonOpCost(1) = 10, a permission met twice CommonErrorCost(1)
 * = 10; an account item adds its check's cost, the owner/active fallbacks add theirs, and the
 * fallback for a missing permission replaces the cost of the read that found it missing, as
 * go-iost's code does.
 */
export function authorizeCost(
  ctx: AuthContext,
  id: string,
  permission: string,
  type: AuthType,
  seen = new Set<string>(),
): { ok: boolean; cost: number } {
  const here = `${id}@${permission}`;
  if (seen.has(here)) return { ok: false, cost: 10 };
  seen.add(here);
  if (type === 'normal' && ctx.signers.has(here)) return { ok: true, cost: 10 };
  let cost = ctx.recordBytes?.(id) ?? 0;
  const a = ctx.load(id);
  if (!a) return { ok: false, cost };
  const p = a.permissions[permission];
  if (!p) {
    if (permission === 'owner' || permission === 'active') return { ok: false, cost };
    return authorizeCost(ctx, id, 'active', type, seen);
  }
  const items = [...p.items];
  for (const g of p.groups ?? []) {
    const grp = a.groups[g];
    if (grp) items.push(...grp.items);
  }
  const least = type === 'publisher' ? 1 : 0;
  let weight = 0;
  for (const item of items) {
    if (item.is_key_pair) {
      if (type === 'normal') continue;
      if ((ctx.keys.get(item.id) ?? 0) > least) {
        weight += item.weight;
        if (weight >= p.threshold) return { ok: true, cost };
      }
    } else {
      const sub = authorizeCost(ctx, item.id, item.permission ?? '', type, seen);
      cost += sub.cost;
      if (sub.ok) {
        weight += item.weight;
        if (weight >= p.threshold) return { ok: true, cost };
      }
    }
  }
  if (weight >= p.threshold) return { ok: true, cost };
  if (permission === 'owner') return { ok: false, cost };
  const next = authorizeCost(ctx, id, permission === 'active' ? 'owner' : 'active', type, seen);
  return { ok: next.ok, cost: cost + next.cost };
}
