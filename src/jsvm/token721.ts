/**
 * The native `token721.iost` contract (go-iost `vm/native/token721.go`): non-fungible tokens
 * numbered from 0 in issue order, each with an owner and a metadata string. Its maps, as go-iost
 * keeps them: the token's info (issuer, totalSupply, supply, and tokenID → owner), each
 * account's count, and each owner's tokenID → metadata in insertion order (tokenOfOwnerByIndex).
 */
import type { AbiArgType } from './abi.js';
import { TxFailure } from './errors.js';
import { checkSymbol, goJson } from './token.js';

export const TOKEN721_CONTRACT = 'token721.iost';

export const TOKEN721_METHODS: Readonly<Record<string, readonly AbiArgType[]>> = {
  create: ['string', 'string', 'number'],
  issue: ['string', 'string', 'string'],
  transfer: ['string', 'string', 'string', 'string'],
  balanceOf: ['string', 'string'],
  ownerOf: ['string', 'string'],
  tokenOfOwnerByIndex: ['string', 'string', 'number'],
  tokenMetadata: ['string', 'string'],
};

/** token721.iost's maps (insertion-ordered, as IOST's storage maps). */
export interface Maps721 {
  get(key: string, field: string): string | undefined;
  put(key: string, field: string, value: string): void;
  del(key: string, field: string): void;
  keys(key: string): string[];
}
export interface Ledger721 {
  maps: Maps721;
  requireAuth(id: string, permission: string): boolean;
  receipt(content: string): void;
}

const INFO = (sym: string) => `T721I${sym}`;
const BALANCE = (account: string) => `T721B${account}`;
const META = (sym: string, owner: string) => `T721M${sym}-${owner}`;

/** Runs one token721.iost method; `argv` already checked against its ABI types. */
export function token721Call(l: Ledger721, api: string, argv: unknown[]): string[] {
  const m = l.maps;
  const sym = argv[0] as string;
  const exists = () => {
    if (m.get(INFO(sym), 'issuer') === undefined) throw new TxFailure('token not exists');
  };
  const count = (a: string) => BigInt(m.get(BALANCE(a), sym) ?? '0');
  switch (api) {
    case 'create': {
      const [, issuer, total] = argv as [string, string, number];
      checkSymbol(sym);
      if (!l.requireAuth(issuer, 'token')) throw new TxFailure('transaction has no permission');
      if (m.get(INFO(sym), 'issuer') !== undefined) throw new TxFailure('token exists');
      m.put(INFO(sym), 'issuer', issuer);
      m.put(INFO(sym), 'totalSupply', String(total));
      m.put(INFO(sym), 'supply', '0');
      l.receipt(goJson(argv));
      return [];
    }
    case 'issue': {
      const [, to, meta] = argv as [string, string, string];
      exists();
      const issuer = m.get(INFO(sym), 'issuer')!;
      const supply = BigInt(m.get(INFO(sym), 'supply')!);
      if (BigInt(m.get(INFO(sym), 'totalSupply')!) - supply <= 0n) throw new TxFailure('supply too much');
      const tokenId = supply.toString();
      if (!l.requireAuth(issuer, 'token')) throw new TxFailure('transaction has no permission');
      m.put(INFO(sym), 'supply', (supply + 1n).toString());
      m.put(INFO(sym), tokenId, to);
      m.put(BALANCE(to), sym, (count(to) + 1n).toString());
      m.put(META(sym, to), tokenId, meta);
      l.receipt(goJson(argv));
      return [tokenId];
    }
    case 'transfer': {
      const [, from, to, tokenId] = argv as [string, string, string, string];
      if (from === to) return [];
      exists();
      if (!l.requireAuth(from, 'transfer')) throw new TxFailure('transaction has no permission');
      const owner = m.get(INFO(sym), tokenId);
      if (owner === undefined) throw new TxFailure(`error tokenID not exists. ${sym} ${tokenId}`);
      if (owner !== from) throw new TxFailure(`error token owner isn't from. owner: ${owner}, from: ${from}`);
      m.put(INFO(sym), tokenId, to);
      const fb = count(from);
      const tb = count(to);
      m.put(BALANCE(from), sym, (fb - 1n).toString());
      m.put(BALANCE(to), sym, (tb + 1n).toString());
      const meta = m.get(META(sym, from), tokenId) ?? '';
      m.del(META(sym, from), tokenId);
      m.put(META(sym, to), tokenId, meta);
      l.receipt(goJson(argv));
      return [];
    }
    case 'balanceOf':
      exists();
      return [count(argv[1] as string).toString()];
    case 'ownerOf': {
      exists();
      const owner = m.get(INFO(sym), argv[1] as string);
      // go-iost answers a missing tokenID with ErrTokenExists.
      if (owner === undefined) throw new TxFailure('token exists');
      return [owner];
    }
    case 'tokenOfOwnerByIndex': {
      exists();
      const tokens = m.keys(META(sym, argv[1] as string));
      const i = argv[2] as number;
      if (i >= tokens.length) throw new TxFailure('out of range');
      const t = tokens[i];
      if (t === undefined) throw new TxFailure('out of range');
      return [t];
    }
    case 'tokenMetadata': {
      exists();
      const owner = m.get(INFO(sym), argv[1] as string);
      if (owner === undefined) throw new TxFailure('token exists');
      const meta = m.get(META(sym, owner), argv[1] as string);
      if (meta === undefined) throw new TxFailure('token exists');
      return [meta];
    }
    default:
      throw new TxFailure(`abi ${api} not found`);
  }
}
