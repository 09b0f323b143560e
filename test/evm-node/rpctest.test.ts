/**
 * ethereum/execution-apis tests (../shared/conformance/execution-apis/tests, or
 * POLYVM_EXECUTION_APIS) through `runRpcTests`: the whole chain.rlp (54 blocks, Homestead to
 * BPO2) imports, then each .io file's responses are compared with the expected ones. The
 * files that pass are listed; a listed file that stops passing fails the test. The others
 * fail for the reasons docs/evm-node.md gives (methods not served yet, fields that differ).
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRpcTests } from '../../src/evm-node/rpctest.js';

const DIR =
  process.env.POLYVM_EXECUTION_APIS ??
  join(__dirname, '..', '..', '..', 'shared', 'conformance', 'execution-apis', 'tests');
const have = existsSync(join(DIR, 'genesis.json'));

/** Files whose every response equals the expected one (execution-apis' own answers). */
const PASSING = new Set<string>([
  'debug_getRawBlock/get-block-n.io',
  'debug_getRawBlock/get-genesis.io',
  'debug_getRawBlock/get-invalid-number.io',
  'debug_getRawHeader/get-block-n.io',
  'debug_getRawHeader/get-genesis.io',
  'debug_getRawHeader/get-invalid-number.io',
  'debug_getRawReceipts/get-block-n.io',
  'debug_getRawReceipts/get-genesis.io',
  'debug_getRawReceipts/get-invalid-number.io',
  'debug_getRawTransaction/get-invalid-hash.io',
  'debug_getRawTransaction/get-tx.io',
  'debug_traceBlockByHash/trace-block-not-found.io',
  'debug_traceBlockByHash/trace-block-with-transactions.io',
  'debug_traceBlockByHash/trace-genesis.io',
  'debug_traceBlockByNumber/trace-block-invalid-number.io',
  'debug_traceBlockByNumber/trace-block-memory-encoding.io',
  'debug_traceBlockByNumber/trace-block-return-data-behavior.io',
  'debug_traceBlockByNumber/trace-block-storage-encoding.io',
  'debug_traceBlockByNumber/trace-block-storage-snapshot-timing.io',
  'debug_traceBlockByNumber/trace-block-with-transactions.io',
  'debug_traceBlockByNumber/trace-genesis.io',
  'debug_traceTransaction/trace-contract-call.io',
  'debug_traceTransaction/trace-legacy-transfer.io',
  'debug_traceTransaction/trace-unknown-tx.io',
  'eth_baseFee/get-current-basefee.io',
  'eth_blobBaseFee/get-current-blobfee.io',
  'eth_blockNumber/simple-test.io',
  'eth_call/call-callenv-options-eip1559.io',
  'eth_call/call-callenv.io',
  'eth_call/call-contract.io',
  'eth_call/call-eip7702-delegation.io',
  'eth_call/call-revert-abi-error.io',
  'eth_call/call-revert-abi-panic.io',
  'eth_chainId/get-chain-id.io',
  'eth_config/get-config.io',
  'eth_createAccessList/create-al-abi-revert.io',
  'eth_createAccessList/create-al-contract-eip1559.io',
  'eth_createAccessList/create-al-contract.io',
  'eth_createAccessList/create-al-value-transfer.io',
  'eth_estimateGas/estimate-call-abi-error.io',
  'eth_estimateGas/estimate-failed-call.io',
  'eth_estimateGas/estimate-simple-transfer.io',
  'eth_estimateGas/estimate-successful-call.io',
  'eth_estimateGas/estimate-with-eip4844.io',
  'eth_estimateGas/estimate-with-eip7702.io',
  'eth_feeHistory/fee-history.io',
  'eth_getBalance/get-balance-blockhash.io',
  'eth_getBalance/get-balance-default-block.io',
  'eth_getBalance/get-balance-unknown-account.io',
  'eth_getBalance/get-balance.io',
  'eth_getBlockByHash/get-block-by-empty-hash.io',
  'eth_getBlockByHash/get-block-by-hash.io',
  'eth_getBlockByHash/get-block-by-notfound-hash.io',
  'eth_getBlockByNumber/get-block-cancun-fork.io',
  'eth_getBlockByNumber/get-block-london-fork.io',
  'eth_getBlockByNumber/get-block-merge-fork.io',
  'eth_getBlockByNumber/get-block-notfound.io',
  'eth_getBlockByNumber/get-block-prague-fork.io',
  'eth_getBlockByNumber/get-block-shanghai-fork.io',
  'eth_getBlockByNumber/get-finalized.io',
  'eth_getBlockByNumber/get-genesis.io',
  'eth_getBlockByNumber/get-latest.io',
  'eth_getBlockByNumber/get-safe.io',
  'eth_getBlockReceipts/get-block-receipts-0.io',
  'eth_getBlockReceipts/get-block-receipts-by-hash.io',
  'eth_getBlockReceipts/get-block-receipts-earliest.io',
  'eth_getBlockReceipts/get-block-receipts-empty.io',
  'eth_getBlockReceipts/get-block-receipts-future.io',
  'eth_getBlockReceipts/get-block-receipts-latest.io',
  'eth_getBlockReceipts/get-block-receipts-n.io',
  'eth_getBlockReceipts/get-block-receipts-not-found.io',
  'eth_getBlockTransactionCountByHash/get-block-n.io',
  'eth_getBlockTransactionCountByHash/get-genesis.io',
  'eth_getBlockTransactionCountByNumber/get-block-n.io',
  'eth_getBlockTransactionCountByNumber/get-genesis.io',
  'eth_getCode/get-code-default-block.io',
  'eth_getCode/get-code-eip7702-delegation.io',
  'eth_getCode/get-code-unknown-account.io',
  'eth_getCode/get-code.io',
  'eth_getLogs/contract-addr.io',
  'eth_getLogs/filter-error-future-block-range.io',
  'eth_getLogs/filter-error-invalid-blockHash-and-range.io',
  'eth_getLogs/filter-error-reversed-block-range.io',
  'eth_getLogs/filter-with-blockHash-and-topics.io',
  'eth_getLogs/filter-with-blockHash.io',
  'eth_getLogs/topic-exact-match.io',
  'eth_getLogs/topic-null-wildcard.io',
  'eth_getLogs/topic-wildcard.io',
  'eth_getProof/get-account-proof-blockhash.io',
  'eth_getProof/get-account-proof-default-block.io',
  'eth_getProof/get-account-proof-latest.io',
  'eth_getProof/get-account-proof-with-storage.io',
  'eth_getStorageAt/get-storage-default-block.io',
  'eth_getStorageAt/get-storage-invalid-key-too-large.io',
  'eth_getStorageAt/get-storage-invalid-key.io',
  'eth_getStorageAt/get-storage-unknown-account.io',
  'eth_getStorageAt/get-storage.io',
  'eth_getStorageValues/get-storage-values-default-block.io',
  'eth_getStorageValues/get-storage-values-empty-request.io',
  'eth_getStorageValues/get-storage-values-multiple-addresses.io',
  'eth_getStorageValues/get-storage-values-unknown-account.io',
  'eth_getStorageValues/get-storage-values.io',
  'eth_getTransactionByBlockHashAndIndex/get-block-n.io',
  'eth_getTransactionByBlockNumberAndIndex/get-block-n.io',
  'eth_getTransactionByHash/get-access-list.io',
  'eth_getTransactionByHash/get-blob-tx.io',
  'eth_getTransactionByHash/get-dynamic-fee.io',
  'eth_getTransactionByHash/get-empty-tx.io',
  'eth_getTransactionByHash/get-legacy-create.io',
  'eth_getTransactionByHash/get-legacy-input.io',
  'eth_getTransactionByHash/get-legacy-tx.io',
  'eth_getTransactionByHash/get-notfound-tx.io',
  'eth_getTransactionByHash/get-setcode-tx.io',
  'eth_getTransactionCount/get-nonce-default-block.io',
  'eth_getTransactionCount/get-nonce-eip7702-account.io',
  'eth_getTransactionCount/get-nonce-unknown-account.io',
  'eth_getTransactionCount/get-nonce.io',
  'eth_getTransactionReceipt/get-access-list.io',
  'eth_getTransactionReceipt/get-blob-tx.io',
  'eth_getTransactionReceipt/get-dynamic-fee.io',
  'eth_getTransactionReceipt/get-empty-tx.io',
  'eth_getTransactionReceipt/get-legacy-contract.io',
  'eth_getTransactionReceipt/get-legacy-input.io',
  'eth_getTransactionReceipt/get-legacy-receipt.io',
  'eth_getTransactionReceipt/get-notfound-tx.io',
  'eth_getTransactionReceipt/get-setcode-tx.io',
  'eth_sendRawTransaction/send-access-list-transaction.io',
  'eth_sendRawTransaction/send-dynamic-fee-access-list-transaction.io',
  'eth_sendRawTransaction/send-dynamic-fee-transaction.io',
  'eth_sendRawTransaction/send-legacy-transaction.io',
  'eth_syncing/check-syncing.io',
  'net_version/get-network-id.io',
  'txpool_content/get-content.io',
  'txpool_contentFrom/get-content-from-address.io',
  'txpool_status/get-status.io',
]);

describe.skipIf(!have)('execution-apis rpc-compat', () => {
  it('imports chain.rlp, and the passing files stay passing', async () => {
    const r = await runRpcTests(DIR);
    expect(r.importError).toBeUndefined();
    expect(r.imported).toBe(54);
    const passed = r.results.filter((x) => x.pass).map((x) => x.file);
    console.log(
      `execution-apis: ${passed.length} passed, ${r.results.length - passed.length} failed (chain of ${r.imported} blocks)`,
    );
    expect(r.results.length).toBe(232);
    for (const f of PASSING) expect(passed, f).toContain(f);
  });
});
if (!have) console.log('skipped: data not found');
