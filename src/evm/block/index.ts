/** Blocks: encoding, validation, execution and building (see the files for the specs). */
export {
  type Block,
  type BlockTransaction,
  blockTransaction,
  decodeBlock,
  encodeBlock,
  ommersHash,
  transactionsRoot,
  type Withdrawal,
  withdrawalsRoot,
} from './body.js';
export { type BlockAttributes, type BuiltBlock, buildBlock, nextHeader } from './build.js';
export { calcDifficulty } from './difficulty.js';
export { InvalidBlockError } from './errors.js';
export {
  type BlockResult,
  blockEnv,
  blockRules,
  type ChainContext,
  type ExecuteOptions,
  executeBlock,
  type TransactionReceipt,
} from './execute.js';
export {
  type BlockHeader,
  decodeHeader,
  EMPTY_OMMERS_HASH,
  EMPTY_REQUESTS_HASH,
  EMPTY_TRIE_ROOT,
  encodeHeader,
  headerHash,
} from './header.js';
export { encodeReceipt, logsBloom, mergeBlooms, type Receipt, receiptsRoot } from './receipts.js';
export { depositRequests, requestsHash } from './requests.js';
export {
  BEACON_ROOTS_ADDRESS,
  CONSOLIDATION_REQUEST_ADDRESS,
  HISTORY_STORAGE_ADDRESS,
  SYSTEM_ADDRESS,
  type SystemCallResult,
  systemCall,
  WITHDRAWAL_REQUEST_ADDRESS,
} from './system-calls.js';
export { calcBaseFee, INITIAL_BASE_FEE, validateHeader } from './validate.js';
