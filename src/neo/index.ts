/**
 * polyvm/neo: the Neo N3 application engine over polyvm/neovm: syscalls, fees, NEF and
 * manifests, contract storage, the native contracts, hardforks, a local chain with accounts
 * and witness scopes, neo's RPC result JSON, and the conformance case runner.
 */
export { type ArgContext, parseContractArg } from './chain/args.js';
export {
  type ChainOptions,
  GENESIS_ACCOUNT,
  NeoChain,
  pushItem,
  pushItems,
  type SendResult,
  type SignerSpec,
} from './chain/chain.js';
export { type ExecutionResult, type RunOptions, resultOf, runScript } from './chain/execute.js';
export { calculateNetworkFee } from './chain/fees.js';
export {
  GENESIS_NONCE,
  GENESIS_TIMESTAMP,
  genesisBlock,
  type PersistResult,
  persistBlock,
} from './chain/persist.js';
export {
  type InvokeResultJson,
  invokeResultToJson,
  type RpcStackItem,
  stackItemToRpcJson,
} from './chain/rpc-json.js';
export {
  type Account,
  fromWif,
  type KeyPair,
  keyPair,
  multiSigAccount,
  randomKeyPair,
  sign,
  standardAccount,
  toWif,
  witness,
} from './chain/wallet.js';
export { CallFlags, callFlagsName } from './contract/call-flags.js';
export { checkScript, isValidManifest } from './contract/check.js';
export {
  type ContractState,
  contractFromStackItem,
  contractToJson,
  contractToStackItem,
  manifestFromStackItem,
  manifestToStackItem,
} from './contract/contract-state.js';
export {
  type ContractAbi,
  type ContractGroup,
  type ContractManifest,
  type ContractPermission,
  type EventDescriptor,
  getMethod,
  MAX_MANIFEST_LENGTH,
  type MethodDescriptor,
  manifestFromJson,
  manifestToJson,
  type ParameterDefinition,
  type PermissionDescriptor,
  parseManifest,
} from './contract/manifest.js';
export {
  computeNefChecksum,
  type MethodToken,
  makeNef,
  NEF_MAGIC,
  type NefFile,
  nefSize,
  parseNef,
  serializeNef,
} from './contract/nef.js';
export { ParamType, paramTypeName } from './contract/parameter-type.js';
export {
  bftAddress,
  committeeAddress,
  multiSigRedeemScript,
  signatureRedeemScript,
  signatureRedeemScriptHash,
} from './contract/redeem.js';
export { ECPoint, SECP256K1, SECP256R1 } from './crypto/ecpoint.js';
export { hash160, hash256, keccak256, ripemd160, sha256 } from './crypto/hash.js';
export { murmur32, murmur128 } from './crypto/murmur.js';
export { ecRecover, verifySignature, verifySignatureV0 } from './crypto/signature.js';
export {
  ApplicationEngine,
  type EngineOptions,
  type LogEntry,
  MAX_NOTIFICATION_COUNT,
  type Notification,
} from './engine/application-engine.js';
export { containerHash, type ScriptContainer, txContainer } from './engine/container.js';
export { type ContextState, contextState } from './engine/context-state.js';
export { FeeMeter } from './engine/fee-meter.js';
export {
  CHECK_SIG_PRICE,
  DEFAULT_EXEC_FEE_FACTOR,
  DEFAULT_STORAGE_PRICE,
  FEE_FACTOR,
  MAX_GAS_INVOKE,
  OPCODE_PRICE_TABLE,
  OPCODE_PRICES,
  TEST_MODE_GAS,
} from './engine/prices.js';
export { TriggerType, triggerName } from './engine/trigger.js';
export * from './errors.js';
export { interopId } from './interop/id.js';
export type { Syscall } from './interop/syscall.js';
export { SYSCALLS, syscallById, syscallByName } from './interop/table.js';
export { getContract, isContract, listContracts } from './native/contract-management.js';
export {
  contractManagement,
  cryptoLib,
  gasToken,
  ledger,
  nativeByHash,
  nativeByName,
  natives,
  neoToken,
  notary,
  oracle,
  policy,
  roleManagement,
  stdLib,
  treasury,
} from './native/index.js';
export { ledgerCurrentHash, ledgerCurrentIndex, ledgerTransaction, trimmedBlock } from './native/ledger.js';
export { contractHash, type NativeContract } from './native/native.js';
export { type Block, type Header, headerHash, makeBlock } from './payloads/block.js';
export { parseScopes, type Signer, scopeName, WitnessScope } from './payloads/signer.js';
export {
  deserializeTransaction,
  serializeTransaction,
  signData,
  type Transaction,
  transactionHash,
  type Witness,
} from './payloads/transaction.js';
export type { WitnessCondition, WitnessRule } from './payloads/witness-rule.js';
export { deserializeItem, serializeItem } from './serialization/binary-serializer.js';
export { jsonDeserialize, jsonSerialize } from './serialization/json-serializer.js';
export {
  ALL_HARDFORKS_AT_GENESIS,
  DEFAULT_SETTINGS,
  HARDFORKS,
  type Hardfork,
  isHardforkEnabled,
  makeSettings,
  type ProtocolSettings,
} from './settings.js';
export { FindOptions, StorageContext, StorageIterator } from './storage/iterator.js';
export { NeoStore, storageKey } from './storage/store.js';
export { type CaseFile, type CaseResult, isCaseFile, loadCaseFile, runFixture } from './testing/runner.js';
export {
  addressToScriptHash,
  hashToString,
  parseUInt160,
  parseUInt256,
  toAddress,
  type UInt160,
  type UInt256,
} from './uint.js';
