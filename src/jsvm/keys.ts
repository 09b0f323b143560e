/**
 * Where the JavaScript VM keeps its data in the shared store, all under the `js/` namespace.
 * Parts are separated by a 0x00 byte, which IOST forbids in keys and fields (printable ASCII
 * only). A map keeps its field list beside its fields, in insertion order, as IOST does.
 */
import { namespacedKey } from '../state/index.js';

const SEP = '\u0000';

export const keys = {
  contract: (id: string) => namespacedKey('jsvm', `contract/${id}`),
  value: (id: string, key: string) => namespacedKey('jsvm', `s/${id}${SEP}${key}`),
  mapField: (id: string, key: string, field: string) =>
    namespacedKey('jsvm', `m/${id}${SEP}${key}${SEP}${field}`),
  /** The map's fields in insertion order (IOST's mapKeys order), as a JSON array. */
  mapIndex: (id: string, key: string) => namespacedKey('jsvm', `mk/${id}${SEP}${key}`),
  /** Who pays a value's RAM when it is not the contract itself (go-iost keeps it in the value: `s…@payer`). */
  payer: (id: string, key: string) => namespacedKey('jsvm', `p/${id}${SEP}${key}`),
  mapPayer: (id: string, key: string, field: string) =>
    namespacedKey('jsvm', `mp/${id}${SEP}${key}${SEP}${field}`),
  account: (name: string) => namespacedKey('jsvm', `account/${name}`),
  balance: (token: string, account: string) => namespacedKey('jsvm', `balance/${token}${SEP}${account}`),
  nonce: () => namespacedKey('jsvm', 'meta/nonce'),
  /** The block head set by JsVm.setHead: `{witness?, time?}` for the blocks that follow. */
  head: () => namespacedKey('jsvm', 'meta/head'),
  tokenInfo: (token: string) => namespacedKey('jsvm', `token/${token}`),
  freeze: (token: string, account: string) => namespacedKey('jsvm', `freeze/${token}${SEP}${account}`),
};
