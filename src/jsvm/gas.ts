/**
 * The gas schedule, declared once: the sandbox prelude (which charges host calls and
 * built-ins inside the isolate) and the engine read this table. Host-call prices follow
 * go-iost `vm/host/costs.go` (JSCost 30000 per JavaScript call, 300 per storage access, 10 per
 * context read, one per event byte, SetCode 200000 + 70 per byte of source, CommonOpCost 10
 * per stack level); instruction gas is IOST's (iost-gas.ts, instrument-gas.ts). The
 * size-based prices below are polyvm's, for what IOST leaves unmetered (Object.*, a JSON
 * reviver, a map's field list), see docs/jsvm.md, "Gas schedule".
 */
export const GAS = {
  /** Flag-down fare of every JavaScript contract call (IOST JSCost). */
  jsCall: 30_000,
  /** Per stack level of a call (IOST CommonOpCost(height) = 10 * height). */
  stackLevel: 10,
  /** Per stack level of a failure (IOST CommonErrorCost(layer) = ErrPrice 1 × 10 × layer). */
  errorLevel: 10,
  /** Reads: get, has, mapGet, mapHas and the global* forms (IOST GetCost). */
  get: 300,
  /** Minimum price of a put or mapPut; a value of n characters costs max(put, n / 10). */
  put: 300,
  del: 300,
  keys: 300,
  /** blockInfo, txInfo, contextInfo and what derives from them (IOST ContextCost). */
  context: 10,
  auth: 10,
  /** Per character of key, field and value written (polyvm's price of stored bytes). */
  storedByte: 1,
  eventByte: 1,
  receiptByte: 1,
  /** IOSTCrypto base price, plus one per message byte (IOST cryptGasBase). */
  crypto: 100,
  /** Deploy: base + per byte of source (IOST SetCodeBasePrice, SetCodePrice; iost-compiled.ts SET_CODE_GAS). */
  deployBase: 200_000,
  deployPerChar: 70,
  /** One native token.iost call (transfer, balanceOf): IOST charges a few storage accesses. */
  nativeCall: 1_000,
  /** Characters read (scanned, compared, converted) per gas. */
  scanChars: 8,
  /** Characters produced (a new string, a host result copied in) per gas. */
  buildChars: 4,
  /** Array elements read or moved in place per gas (indexOf, reverse, shift). */
  scanElements: 8,
  /** Gas per array element or object property created (push, concat, slice, Object.keys). */
  element: 1,
  /** JSON.parse: gas per character of text (it builds up to ~28 bytes of heap per character). */
  jsonParseChar: 2,
  /**
   * A property key that is a string (or a number that is not an array index): V8 internalizes
   * it (hashes it into its string table) and searches or grows the object's dictionary, which
   * takes microseconds for keys it has not seen. Plus one per 16 characters.
   */
  propertyKey: 48,
  /** Per own key a built-in enumerates (Object.keys, for-in, assign): V8 walks its dictionary. */
  enumeratedKey: 16,
  /** Per property a built-in creates from keys (Object.assign, fromEntries, defineProperties). */
  createdProperty: 48,
} as const;

/**
 * The JavaScript stack, in units of 128 bytes: a transaction's frames together may hold
 * `units` of them, 800 KiB (V8's own limit is about 984 KiB). A function frame takes
 * ceil((frameSlots + 2 * its AST nodes) / 16) units: 8-byte slots for V8's frame header and
 * the native frames a callback or getter adds beneath it (40 slots), and its registers (at
 * most two per node). Measured in V8 (isolated-vm, Node 20), real frames take 80-300 bytes
 * per level of recursion (a getter, valueOf or a sort comparator included), less than half of
 * what is charged, so polyvm's limit always comes first. A nested contract call takes
 * `nestedCallUnits` for the host frames between; the prelude's recursive built-ins hold
 * `levelUnits` per level (join of nested arrays, JSON with a property list or a reviver);
 * V8's own JSON.stringify holds `jsonCallUnits` per call and `jsonLevelUnits` per nesting
 * level (V8 takes ~240 bytes per level, ~1.5 KiB more for each nested call through toJSON).
 */
export const STACK = {
  units: 6400,
  unitBytes: 128,
  slotsPerUnit: 16,
  frameSlots: 40,
  nestedCallUnits: 128,
  levelUnits: 8,
  jsonCallUnits: 16,
  jsonLevelUnits: 4,
  /** Longest prototype chain an object may have (deeper ones would make lookups O(depth)). */
  maxProtoDepth: 32,
  /** Bound arguments of Function.prototype.bind, at most (they sit in every frame of the call). */
  maxBoundArgs: 16,
} as const;
