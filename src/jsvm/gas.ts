/**
 * The gas schedule, declared once: the sandbox prelude (which charges host calls inside the
 * isolate) and the engine read this table. Host-call prices follow go-iost
 * `vm/host/costs.go` (JSCost 30000 per JavaScript call, 300 per storage access, 10 per
 * context read, one per event byte, SetCode 200000 + 70 per code character, CommonOpCost 10
 * per stack level); instruction gas is polyvm's (one per AST node of a region, see
 * `instrument.ts`), as is the price of stored bytes.
 */
export const GAS = {
  /** Flag-down fare of every JavaScript contract call (IOST JSCost). */
  jsCall: 30_000,
  /** Per stack level of a call (IOST CommonOpCost(height) = 10 * height). */
  stackLevel: 10,
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
  /** Deploy: base + per code character (IOST SetCodeBasePrice, SetCodePrice). */
  deployBase: 200_000,
  deployPerChar: 70,
  /** One native token.iost call (transfer, balanceOf): IOST charges a few storage accesses. */
  nativeCall: 1_000,
  /** Per character produced by repeat, padStart, padEnd, join, concat: 1 per 10 characters. */
  perTenChars: 1,
} as const;
