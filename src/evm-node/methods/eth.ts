/**
 * The `eth_`, `net_` and `web3_` methods (ethereum/execution-apis `src/eth/*.yaml`), with
 * geth's parameter rules and error messages.
 */
import {
  blobBaseFee,
  decodeTransaction,
  encodeTransaction,
  forkRules,
  InvalidTransactionError,
  recoverSender,
  type SignedTransaction,
  signTransaction,
  transactionHash,
} from '../../evm/index.js';
import { createAccessList } from '../access-list.js';
import { BlobSidecarError, hasBlobSidecar, stripBlobSidecar } from '../blob-sidecar.js';
import { doCall, estimateGas } from '../call.js';
import { typedDataDigest } from '../eip712.js';
import { invalidParams, RpcError, serverError } from '../errors.js';
import { ethConfig } from '../eth-config.js';
import { blockJson, logJson, receiptJson, signedTxJson, txJson } from '../format.js';
import {
  address,
  data,
  parseAddress,
  parseData,
  parseHash,
  parseLooseQty,
  parseQty,
  parseSlot,
  qty,
  word,
} from '../hex.js';
import type { DevNode } from '../node.js';
import { getProof } from '../proof.js';
import { parseTxRequest, type TxRequest } from '../tx-request.js';
import type { ChainBlock, PendingTx } from '../types.js';
import { feeHistory } from './fee-history.js';
import { type LogFilter, matchLogs, parseFilter } from './logs.js';
import type { Methods } from './types.js';

export const CLIENT_VERSION = 'polyvm/v0.1.0';

/** A block tag or number (execution-apis BlockNumberOrTag), or a block hash object (EIP-1898). */
export function resolveBlock(node: DevNode, tag: unknown): bigint | 'pending' {
  if (tag === 'latest' || tag === 'safe' || tag === 'finalized' || tag === undefined || tag === null)
    return node.head.number;
  if (tag === 'pending') return 'pending';
  if (tag === 'earliest') return 0n;
  if (typeof tag === 'object') {
    const o = tag as { blockHash?: unknown; blockNumber?: unknown };
    if (o.blockHash !== undefined) {
      const b = node.blockByHash(parseHash(o.blockHash, 'blockHash'));
      if (!b) throw serverError(`header for hash not found`);
      return b.number;
    }
    if (o.blockNumber !== undefined) return resolveBlock(node, o.blockNumber);
  }
  // geth's BlockNumberOrHash also reads a bare 32-byte hash.
  if (typeof tag === 'string' && tag.length === 66) return resolveBlock(node, { blockHash: tag });
  if (typeof tag !== 'string' || !/^0x[0-9a-f]+$/i.test(tag))
    throw invalidParams(`invalid argument 1: hex string without 0x prefix`);
  const n = BigInt(tag);
  if (n > node.head.number) throw serverError('header not found');
  return n;
}

/** The state number of a read at `tag`: pending reads the head's state. */
const stateNumber = (node: DevNode, tag: unknown): bigint => {
  const n = resolveBlock(node, tag);
  return n === 'pending' ? node.head.number : n;
};

function blockByTag(node: DevNode, tag: unknown): ChainBlock | undefined {
  if (tag === 'pending') return node.pendingBlock();
  if (typeof tag === 'string' && /^0x[0-9a-f]+$/i.test(tag)) {
    const n = BigInt(tag);
    return n > node.head.number ? undefined : node.blockByNumber(n);
  }
  return node.blockByNumber(stateNumber(node, tag));
}

function findTx(node: DevNode, hash: Uint8Array): { block: ChainBlock; index: number } | undefined {
  const loc = node.txLocation(hash);
  if (!loc) return undefined;
  const block = node.blockByNumber(loc.block);
  return block && { block, index: loc.index };
}

/** A raw transaction checked and recovered (InvalidTransactionError's message to the client). */
export function pendingFromRaw(node: DevNode, raw: Uint8Array): PendingTx {
  let tx: SignedTransaction;
  let sender: bigint;
  try {
    tx = decodeTransaction(raw);
    sender = recoverSender(tx, forkRules(node.fork), node.config.chainId);
  } catch (e) {
    if (e instanceof InvalidTransactionError || e instanceof BlobSidecarError)
      throw serverError(e.shortMessage);
    throw serverError(`rlp: ${(e as Error).message}`);
  }
  const hash = transactionHash(raw);
  return { tx, sender, hash, hashHex: data(hash), impersonated: false };
}

/** TransactionArgs.ToTransaction's type when none is given: set-code, blob, fee market, else access list or legacy. */
function inferredType(req: TxRequest, hasBaseFee: boolean): number {
  if (req.authorizationList) return 4;
  if (req.blobVersionedHashes) return 3;
  if (req.maxFeePerGas !== undefined || (req.gasPrice === undefined && hasBaseFee)) return 2;
  return req.accessList ? 1 : 0;
}

/**
 * geth's TransactionArgs.setDefaults (internal/ethapi/transaction_args.go): the request with its
 * type, nonce (the sender's pending one), fees, gas (estimated) and chain id filled in. `from`
 * defaults to the zero address, as geth's args.from().
 */
function fillRequest(
  node: DevNode,
  req: TxRequest,
  param: unknown,
): Omit<SignedTransaction, 'v' | 'r' | 's'> {
  const from = req.from ?? 0n;
  if (req.chainId !== undefined && req.chainId !== node.config.chainId)
    throw serverError(`chainId does not match node's (have=${req.chainId}, want=${node.config.chainId})`);
  if (req.to === undefined && (req.data === undefined || req.data.length === 0))
    throw serverError('contract creation without any data provided');
  const rules = forkRules(node.fork);
  const nonce = req.nonce ?? node.pool.pendingNonce(from, node.nonceOf(from));
  // setFeeDefaults: the tip plus twice the head's base fee (the next block's before London).
  const baseFee = node.head.block.header.baseFeePerGas ?? node.nextBaseFeeValue();
  const type = req.type ?? inferredType(req, rules.hasBaseFee);
  const tip = req.maxPriorityFeePerGas ?? 1_000_000_000n;
  const base: Omit<SignedTransaction, 'v' | 'r' | 's'> = {
    type: type as SignedTransaction['type'],
    chainId: node.config.chainId,
    nonce,
    to: req.to,
    value: req.value ?? 0n,
    data: req.data ?? new Uint8Array(0),
    gasLimit: 0n,
  };
  if (type <= 1) base.gasPrice = req.gasPrice ?? baseFee + tip;
  else {
    base.maxPriorityFeePerGas = tip;
    base.maxFeePerGas = req.maxFeePerGas ?? baseFee * 2n + tip;
  }
  if (type >= 1) base.accessList = req.accessList ?? [];
  if (type === 3) {
    base.blobVersionedHashes = req.blobVersionedHashes ?? [];
    base.maxFeePerBlobGas =
      req.maxFeePerBlobGas ?? 2n * blobBaseFee(node.pendingHeader().excessBlobGas ?? 0n);
  }
  if (type === 4) base.authorizationList = req.authorizationList ?? [];
  base.gasLimit =
    req.gas ??
    estimateGas(node, [{ ...(param as object), nonce: undefined }, 'pending'], (t) => resolveBlock(node, t));
  return base;
}

/** The request filled and signed with a dev key, or with anvil's placeholder for an impersonated sender. */
function signedRequest(node: DevNode, params: unknown[], impersonate: boolean | 'any') {
  const req = parseTxRequest(params[0], 'argument 0');
  const from = req.from;
  if (from === undefined) throw invalidParams('missing value for required argument: from');
  const key = node.keys.get(from);
  const impersonated =
    !key && (impersonate === 'any' || (impersonate && (node.autoImpersonate || node.impersonated.has(from))));
  if (!key && !impersonated) throw serverError(`no signer available for ${address(from)}`);
  const base = fillRequest(node, req, params[0]);
  // anvil's impersonation: a placeholder signature, never checked; r makes the hash the sender's.
  const tx: SignedTransaction = key
    ? signTransaction(base, key)
    : { ...base, v: base.type === 0 ? node.config.chainId * 2n + 35n : 0n, r: from, s: 1n };
  return { tx, from, impersonated, raw: encodeTransaction(tx) };
}

/** eth_sendTransaction: the request filled, signed and submitted. */
function sendTransaction(
  node: DevNode,
  params: unknown[],
  impersonate: boolean | 'any' = true,
): string | Promise<string> {
  const { tx, from, impersonated, raw } = signedRequest(node, params, impersonate);
  const hash = transactionHash(raw);
  return node.submit({ tx, sender: from, hash, hashHex: data(hash), impersonated });
}

/**
 * EIP-7966 eth_sendRawTransactionSync / eth_sendTransactionSync: the receipt once the block
 * holding the transaction is mined, or after `timeoutMs` (anvil's default and cap: 30 s) the
 * error geth gives: code 4 with the transaction hash as data.
 */
async function receiptWhenMined(node: DevNode, sent: string | Promise<string>, timeoutMs: unknown) {
  const hashHex = await sent;
  const hash = parseHash(hashHex, 'hash');
  const asked = timeoutMs == null ? 0 : Number(parseLooseQty(timeoutMs, 'argument 1', 64));
  const ms = asked > 0 ? Math.min(asked, SYNC_TIMEOUT_MS) : SYNC_TIMEOUT_MS;
  const receipt = () => {
    const at = findTx(node, hash);
    return at && receiptJson(at.block, at.index, node.fork);
  };
  const now = receipt();
  if (now) return now;
  return new Promise((resolve, reject) => {
    const onBlock = (b: ChainBlock) => {
      if (!b.txHashes.some((h) => data(h) === hashHex)) return;
      done();
      resolve(receipt());
    };
    const timer = setTimeout(() => {
      done();
      reject(
        new RpcError(
          4,
          `The transaction was added to the transaction pool but wasn't processed in ${ms / 1000}s`,
          hashHex,
        ),
      );
    }, ms);
    const done = () => {
      clearTimeout(timer);
      node.listeners.block.delete(onBlock);
    };
    node.listeners.block.add(onBlock);
  });
}
const SYNC_TIMEOUT_MS = 30_000;

/**
 * eth_getTransactionBySenderAndNonce (anvil): the pool first, then the block where the sender's
 * nonce passed `nonce`, found by bisection over the blocks' states.
 */
function txBySenderAndNonce(node: DevNode, params: unknown[]): Record<string, unknown> | null {
  const sender = parseAddress(params[0], 'argument 0');
  const nonce = parseLooseQty(params[1], 'argument 1', 64);
  for (const p of node.pool.byHash.values())
    if (p.sender === sender && p.tx.nonce === nonce) return signedTxJson(p.tx, p.sender, p.hash);
  const nonceAt = (n: bigint) => node.account(node.stateAt(n), sender)?.nonce ?? 0n;
  if (nonce >= nonceAt(node.head.number)) return null;
  let lo = 0n;
  let hi = node.head.number;
  // Invariant: nonceAt(lo) <= nonce < nonceAt(hi).
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (nonceAt(mid) > nonce) hi = mid;
    else lo = mid;
  }
  if (nonceAt(lo) > nonce) return null;
  const b = node.blockByNumber(hi)!;
  const i = b.block.transactions.findIndex((t, k) => t.tx.nonce === nonce && b.receipts[k]!.from === sender);
  return i < 0 ? null : txJson(b, i, node.fork);
}

/** eth_signTransaction as anvil answers it (what viem and ethers read): the signed encoding. */
function signRequest(node: DevNode, params: unknown[]): string {
  return data(signedRequest(node, params, false).raw);
}

/**
 * eth_fillTransaction (geth's FillTransaction): the filled request, unsigned, as `raw` (its
 * encoding with a zero signature; a legacy one carries EIP-155's v = chainId * 2 + 35, as anvil
 * writes it) and as the transaction object of that encoding.
 */
function fillTransaction(node: DevNode, params: unknown[]): Record<string, unknown> {
  const req = parseTxRequest(params[0], 'argument 0');
  const base = fillRequest(node, req, params[0]);
  const tx: SignedTransaction = {
    ...base,
    v: base.type === 0 ? node.config.chainId * 2n + 35n : 0n,
    r: 0n,
    s: 0n,
  };
  const raw = encodeTransaction(tx);
  return {
    raw: data(raw),
    tx: signedTxJson(tx, req.from ?? 0n, transactionHash(raw), undefined, node.config.chainId),
  };
}

function getLogs(node: DevNode, f: LogFilter): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const { block, txIndex, log, logIndex } of matchLogs(node, f))
    out.push(logJson(block, txIndex, log, logIndex));
  return out;
}

export const ethMethods: Methods = {
  web3_clientVersion: () => CLIENT_VERSION,
  web3_sha3: async (_n, p) => {
    const { keccak_256 } = await import('@noble/hashes/sha3.js');
    return data(keccak_256(parseData(p[0], 'argument 0')));
  },
  net_version: (n) => String(n.config.chainId),
  net_listening: () => true,
  net_peerCount: () => '0x0',
  eth_chainId: (n) => qty(n.config.chainId),
  eth_protocolVersion: () => '0x41',
  eth_syncing: () => false,
  eth_mining: (n) => n.automine,
  eth_hashrate: () => '0x0',
  eth_coinbase: () => address(0n),
  eth_accounts: (n) => n.accounts.map((a) => address(a.address)),
  eth_blockNumber: (n) => qty(n.head.number),
  eth_gasPrice: (n) => qty(n.nextBaseFeeValue() + 1_000_000_000n),
  // geth: the base fee of the next block.
  eth_baseFee: (n) => qty(n.nextBaseFeeValue()),
  eth_maxPriorityFeePerGas: () => qty(1_000_000_000n),
  eth_blobBaseFee: (n) =>
    qty(blobBaseFee(n.pendingHeader().excessBlobGas ?? 0n, forkRules(n.fork).blob.updateFraction)),
  eth_feeHistory: (n, p) => feeHistory(n, p),
  eth_getBalance: (n, p) => {
    const a = parseAddress(p[0], 'argument 0');
    return qty(n.account(n.stateAt(stateNumber(n, p[1])), a)?.balance ?? 0n);
  },
  eth_getTransactionCount: (n, p) => {
    const a = parseAddress(p[0], 'argument 0');
    if (p[1] === 'pending') return qty(n.pool.pendingNonce(a, n.nonceOf(a)));
    return qty(n.account(n.stateAt(stateNumber(n, p[1])), a)?.nonce ?? 0n);
  },
  eth_getCode: (n, p) => {
    const a = parseAddress(p[0], 'argument 0');
    return data(n.code(n.stateAt(stateNumber(n, p[1])), a));
  },
  eth_getStorageAt: (n, p) => {
    const a = parseAddress(p[0], 'argument 0');
    const slot = parseSlot(p[1], 'argument 1');
    return word(n.storage(n.stateAt(stateNumber(n, p[2])), a, slot));
  },
  eth_getProof: (n, p) => getProof(n.stateAt(stateNumber(n, p[2])), parseAddress(p[0], 'argument 0'), p[1]),
  eth_config: (n) =>
    ethConfig(
      {
        config: n.config,
        genesisHash: n.blockByNumber(0n)!.hash,
        genesisTime: n.blockByNumber(0n)!.block.header.timestamp,
        headTime: n.head.block.header.timestamp,
        extraForkBlocks: n.extraForkBlocks,
      },
      n.fork,
    ),
  eth_createAccessList: (n, p) => createAccessList(n, p, (t) => resolveBlock(n, t)),
  // geth 1.17: many slots of many accounts at one block.
  eth_getStorageValues: (n, p) => {
    const req = p[0];
    if (typeof req !== 'object' || req === null || Array.isArray(req))
      throw invalidParams('invalid argument 0: an object of address to storage keys expected');
    const entries = Object.entries(req as Record<string, unknown>);
    if (entries.length === 0) throw invalidParams('empty request');
    const cache = n.stateAt(stateNumber(n, p[1]));
    const out: Record<string, string[]> = {};
    for (const [k, slots] of entries) {
      const a = parseAddress(k, 'argument 0 key');
      if (!Array.isArray(slots))
        throw invalidParams(`invalid argument 0: storage keys of ${k} must be an array`);
      out[address(a)] = slots.map((s, i) => word(n.storage(cache, a, parseSlot(s, `0.${k}[${i}]`))));
    }
    return out;
  },
  eth_call: (n, p) => doCall(n, p, (t) => resolveBlock(n, t)),
  eth_estimateGas: (n, p) => qty(estimateGas(n, p, (t) => resolveBlock(n, t))),
  eth_sendTransaction: (n, p) => sendTransaction(n, p),
  eth_fillTransaction: (n, p) => fillTransaction(n, p),
  eth_sendTransactionSync: (n, p) => receiptWhenMined(n, sendTransaction(n, p), p[1]),
  eth_sendRawTransactionSync: (n, p) =>
    receiptWhenMined(n, ethMethods.eth_sendRawTransaction!(n, p) as Promise<string>, p[1]),
  // anvil: a transaction from any sender, its signature a placeholder, never checked.
  eth_sendUnsignedTransaction: (n, p) => sendTransaction(n, p, 'any'),
  eth_getTransactionBySenderAndNonce: (n, p) => txBySenderAndNonce(n, p),
  eth_requestAccounts: (n) => n.accounts.map((a) => address(a.address)),
  eth_sendRawTransaction: (n, p) => {
    const raw = parseData(p[0], 'argument 0');
    // Only a blob transaction with its sidecar waits (for the KZG setup); others stay in order.
    if (!hasBlobSidecar(raw)) return n.submit(pendingFromRaw(n, raw));
    return stripBlobSidecar(raw).then(
      (canonical) => n.submit(pendingFromRaw(n, canonical)),
      (e: unknown) => {
        throw serverError(e instanceof BlobSidecarError ? e.shortMessage : `rlp: ${(e as Error).message}`);
      },
    );
  },
  eth_getBlockByNumber: (n, p) => {
    const b = blockByTag(n, p[0]);
    if (!b) return null;
    const out = blockJson(b, p[1] === true, n.fork);
    // geth's GetBlockByNumber: a pending block has no hash, nonce or miner yet.
    if (p[0] === 'pending') for (const f of ['hash', 'nonce', 'miner']) out[f] = null;
    return out;
  },
  eth_getBlockByHash: (n, p) => {
    const b = n.blockByHash(parseHash(p[0], 'argument 0'));
    return b ? blockJson(b, p[1] === true, n.fork) : null;
  },
  eth_getBlockTransactionCountByNumber: (n, p) => {
    const b = blockByTag(n, p[0]);
    return b ? qty(b.txHashes.length) : null;
  },
  eth_getBlockTransactionCountByHash: (n, p) => {
    const b = n.blockByHash(parseHash(p[0], 'argument 0'));
    return b ? qty(b.txHashes.length) : null;
  },
  eth_getUncleCountByBlockNumber: (n, p) => {
    const b = blockByTag(n, p[0]);
    return b ? qty(b.block.ommers.length) : null;
  },
  eth_getUncleCountByBlockHash: (n, p) => {
    const b = n.blockByHash(parseHash(p[0], 'argument 0'));
    return b ? qty(b.block.ommers.length) : null;
  },
  eth_getTransactionByHash: (n, p) => {
    const hash = parseHash(p[0], 'argument 0');
    const f = findTx(n, hash);
    if (f) return txJson(f.block, f.index, n.fork);
    const pending = n.pool.byHash.get(data(hash));
    return pending
      ? signedTxJson(pending.tx, pending.sender, pending.hash, undefined, n.config.chainId)
      : null;
  },
  eth_getRawTransactionByHash: (n, p) => {
    const f = findTx(n, parseHash(p[0], 'argument 0'));
    return f ? data(f.block.block.transactions[f.index]!.encoded) : null;
  },
  eth_getTransactionByBlockNumberAndIndex: (n, p) => {
    const b = blockByTag(n, p[0]);
    const i = Number(parseQty(p[1], 'argument 1', 64));
    return b && i < b.txHashes.length ? txJson(b, i, n.fork) : null;
  },
  eth_getTransactionByBlockHashAndIndex: (n, p) => {
    const b = n.blockByHash(parseHash(p[0], 'argument 0'));
    const i = Number(parseQty(p[1], 'argument 1', 64));
    return b && i < b.txHashes.length ? txJson(b, i, n.fork) : null;
  },
  eth_getTransactionReceipt: (n, p) => {
    const f = findTx(n, parseHash(p[0], 'argument 0'));
    return f ? receiptJson(f.block, f.index, n.fork) : null;
  },
  eth_getBlockReceipts: (n, p) => {
    const b =
      typeof p[0] === 'string' && p[0].length === 66
        ? n.blockByHash(parseHash(p[0], 'argument 0'))
        : blockByTag(n, p[0]);
    return b ? b.txHashes.map((_, i) => receiptJson(b, i, n.fork)) : null;
  },
  eth_getLogs: (n, p) => getLogs(n, parseFilter(n, p[0])),
  eth_sign: (n, p) => signMessage(n, parseAddress(p[0], 'argument 0'), parseData(p[1], 'argument 1')),
  personal_sign: (n, p) => signMessage(n, parseAddress(p[1], 'argument 1'), parseData(p[0], 'argument 0')),
  eth_signTypedData_v4: (n, p) => signDigest(n, parseAddress(p[0], 'argument 0'), typedDataDigest(p[1])),
  eth_signTransaction: (n, p) => signRequest(n, p),
};

/** A 65-byte r || s || v signature (v 27 or 28) of `hash` with a dev key. */
async function signDigest(node: DevNode, from: bigint, hash: Uint8Array): Promise<string> {
  const key = node.keys.get(from);
  if (!key) throw serverError(`no signer available for ${address(from)}`);
  const { secp256k1 } = await import('@noble/curves/secp256k1.js');
  const sig = secp256k1.sign(hash, key, { prehash: false, format: 'recovered' });
  const out = new Uint8Array(65);
  out.set(sig.subarray(1, 65), 0);
  out[64] = sig[0]! + 27;
  return data(out);
}

/** EIP-191 personal message signature: sign(keccak("\x19Ethereum Signed Message:\n" + len + msg)). */
async function signMessage(node: DevNode, from: bigint, msg: Uint8Array): Promise<string> {
  const key = node.keys.get(from);
  if (!key) throw serverError(`no signer available for ${address(from)}`);
  const { keccak_256 } = await import('@noble/hashes/sha3.js');
  const { secp256k1 } = await import('@noble/curves/secp256k1.js');
  const prefix = Buffer.from(`\x19Ethereum Signed Message:\n${msg.length}`);
  const hash = keccak_256(Buffer.concat([prefix, Buffer.from(msg)]));
  const sig = secp256k1.sign(hash, key, { prehash: false, format: 'recovered' });
  const out = new Uint8Array(65);
  out.set(sig.subarray(1, 65), 0);
  out[64] = sig[0]! + 27;
  return data(out);
}
