/**
 * polyvm/jsvm: JavaScript smart contracts in the IOST V8VM model. `JsVm` runs synchronously
 * on the calling thread; `JsVmWorker` runs one on a worker thread that owns the store.
 */

export { base58Decode, base58Encode } from '../core/base58.js';
export { type AbiArgType, type AbiMethod, type AmountLimit, type ContractAbi, parseAbi } from './abi.js';
export { MAX_ARGS_LENGTH } from './args.js';
export { AUTH_CONTRACT, type AuthAccount, authorize } from './auth.js';
export { formatAmount, parseAmount } from './decimal.js';
export { type BlockHeadSettings, JsVm } from './engine.js';
export {
  ContractValidationError,
  JsArgumentsError,
  JsUnauthorizedError,
  JsVmRequestError,
  type SourceLocation,
} from './errors.js';
export { GAS, STACK } from './gas.js';
export { GENESIS_CONTRACTS, type GenesisConfig, type GenesisReport, runGenesis } from './genesis.js';
export { instrument, METER_VERSION } from './instrument.js';
export {
  type AccountInfo,
  accountKeyPair,
  importAccount,
  iwalletKey,
  parseAccountFile,
} from './iwallet-keys.js';
export { packProject } from './pack.js';
export { JsVmPool, type JsVmPoolOptions, type PoolStats } from './pool.js';
export { RAM_CONTRACT, RAM_TOKEN } from './ram.js';
export { NATIVE_TOKEN, TOKEN_CONTRACT } from './token.js';
export {
  baseHash,
  type IostTx,
  type KeyPair,
  keyPair,
  publishHash,
  signContent,
  signTx,
  txHash,
  unsignedTx,
  verifyTxSignatures,
} from './tx.js';
export {
  type CallRequest,
  type ContractEvent,
  DEFAULT_GAS_LIMIT,
  type DeployRequest,
  type DeployResult,
  type IostReturn,
  type JsVmOptions,
  MAX_CALL_DEPTH,
  type Receipt,
  type TxResult,
} from './types.js';
export { validateContract } from './validate.js';
export { JsVmWorker, type JsVmWorkerOptions } from './worker-client.js';
