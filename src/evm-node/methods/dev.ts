/**
 * The dev methods anvil and Hardhat share (anvil `eth/api.rs`, Hardhat network reference):
 * mining control, time, snapshots, state edits and impersonation. Each `anvil_` method has
 * its `hardhat_` alias where Hardhat names it so.
 */
import { storageKey } from '../../evm/index.js';
import { anvilAccounts, decodeDump, dumpAnvilState, loadAnvilState } from '../anvil-state.js';
import { invalidParams, serverError } from '../errors.js';
import { blockJson } from '../format.js';
import { minimalBytes, parseAddress, parseData, parseLooseQty, parseSlot, qty } from '../hex.js';
import type { DevNode } from '../node.js';
import type { Methods } from './types.js';

/** A dump of polyvm before anvil's format: the EVM state's keys and values as hex pairs. */
function loadRows(n: DevNode, rows: unknown): void {
  if (
    !Array.isArray(rows) ||
    !rows.every(
      (r) =>
        Array.isArray(r) &&
        r.length === 2 &&
        r.every((x) => typeof x === 'string' && /^([0-9a-f]{2})*$/.test(x)),
    )
  )
    throw invalidParams('invalid argument 0: not a state dump (anvil_dumpState)');
  n.edit((c) => {
    for (const [k, v] of rows as [string, string][])
      c.put(Uint8Array.from(Buffer.from(k, 'hex')), Uint8Array.from(Buffer.from(v, 'hex')));
  });
}

const anvil: Methods = {
  anvil_setBalance: (n, p) => {
    const a = parseAddress(p[0], 'argument 0');
    const v = parseLooseQty(p[1], 'argument 1');
    n.edit((c) => n.setAccount(c, a, (acc) => (acc.balance = v)));
    return null;
  },
  anvil_setNonce: (n, p) => {
    const a = parseAddress(p[0], 'argument 0');
    const v = parseLooseQty(p[1], 'argument 1', 64);
    n.edit((c) => n.setAccount(c, a, (acc) => (acc.nonce = v)));
    return null;
  },
  anvil_setCode: (n, p) => {
    const a = parseAddress(p[0], 'argument 0');
    const code = parseData(p[1], 'argument 1');
    n.edit((c) => n.setAccount(c, a, () => {}, code));
    return null;
  },
  anvil_setStorageAt: (n, p) => {
    const a = parseAddress(p[0], 'argument 0');
    const slot = parseSlot(p[1], 'argument 1');
    const value = parseSlot(p[2], 'argument 2');
    n.edit((c) => {
      if (!n.account(c, a)) n.setAccount(c, a, () => {});
      if (value === 0n) c.delete(storageKey(a, slot));
      else c.put(storageKey(a, slot), minimalBytes(value));
    });
    return true;
  },
  anvil_impersonateAccount: (n, p) => {
    n.impersonated.add(parseAddress(p[0], 'argument 0'));
    return null;
  },
  anvil_stopImpersonatingAccount: (n, p) => {
    n.impersonated.delete(parseAddress(p[0], 'argument 0'));
    return null;
  },
  anvil_mine: (n, p) => {
    const count = p[0] == null ? 1n : parseLooseQty(p[0], 'argument 0', 64);
    const interval = p[1] == null ? 1n : parseLooseQty(p[1], 'argument 1', 64);
    if (count > 100_000n) throw invalidParams('anvil_mine: at most 100000 blocks at once');
    for (let i = 0n; i < count; i++) n.mine(i === 0n ? undefined : n.head.block.header.timestamp + interval);
    return null;
  },
  anvil_setAutomine: (n, p) => {
    n.automine = bool(p[0]);
    if (n.automine) n.setIntervalMining(0);
    if (n.automine) n.scheduleMine();
    return null;
  },
  anvil_getAutomine: (n) => n.automine,
  anvil_setIntervalMining: (n, p) => {
    const s = Number(parseLooseQty(p[0], 'argument 0', 32));
    n.setIntervalMining(s);
    if (s === 0) n.automine = false;
    return null;
  },
  anvil_dropTransaction: (n, p) => {
    const h = String(p[0]).toLowerCase();
    const t = n.pool.byHash.get(h);
    if (t) n.pool.remove(t);
    return t ? h : null;
  },
  anvil_reset: (n, p) => {
    if (p[0] != null && typeof p[0] === 'object' && 'forking' in (p[0] as object))
      throw serverError('anvil_reset: forking is not supported');
    n.reset();
    return null;
  },
  anvil_dumpState: (n) => dumpAnvilState(n),
  anvil_loadState: (n, p) => {
    const json = decodeDump(parseData(p[0], 'argument 0'));
    const accounts = anvilAccounts(json);
    if (accounts) loadAnvilState(n, accounts);
    else loadRows(n, json);
    return true;
  },
  anvil_addBalance: (n, p) => {
    const a = parseAddress(p[0], 'argument 0');
    const v = parseLooseQty(p[1], 'argument 1');
    n.edit((c) => n.setAccount(c, a, (acc) => (acc.balance += v)));
    return null;
  },
  anvil_dropAllTransactions: (n) => {
    n.pool.clear();
    return null;
  },
  anvil_autoImpersonateAccount: (n, p) => {
    n.autoImpersonate = bool(p[0]);
    return null;
  },
  anvil_setCoinbase: (n, p) => {
    n.coinbase = parseAddress(p[0], 'argument 0');
    return null;
  },
  anvil_setNextBlockBaseFeePerGas: (n, p) => {
    if (n.head.block.header.baseFeePerGas === undefined)
      throw invalidParams('anvil_setNextBlockBaseFeePerGas is only supported when EIP-1559 is active');
    n.nextBaseFee = parseLooseQty(p[0], 'argument 0');
    return null;
  },
  anvil_setMinGasPrice: (n) => {
    // anvil refuses it on EIP-1559 chains; before London polyvm's gas price follows no floor.
    throw invalidParams(
      n.head.block.header.baseFeePerGas === undefined
        ? 'anvil_setMinGasPrice is not supported: polyvm keeps no minimum gas price'
        : 'anvil_setMinGasPrice is not supported when EIP-1559 is active',
    );
  },
  anvil_setBlockTimestampInterval: (n, p) => {
    n.timestampInterval = parseLooseQty(p[0], 'argument 0', 64);
    return null;
  },
  anvil_removeBlockTimestampInterval: (n) => {
    const had = n.timestampInterval !== undefined;
    n.timestampInterval = undefined;
    return had;
  },
  // As anvil and Hardhat: the next block's gas limit, the blocks after it keep it. A dev edit,
  // as anvil_setBalance is: EIP-1559 allows a block to move the limit by 1/1024 only.
  anvil_setBlockGasLimit: (n, p) => {
    const g = parseLooseQty(p[0], 'argument 0', 64);
    if (g === 0n) throw invalidParams('invalid argument 0: a gas limit above zero expected');
    n.nextGasLimit = g;
    return true;
  },
  // polyvm's node writes no per-request log (stdout carries only "Listening on"); nothing to switch.
  anvil_setLoggingEnabled: (_n, p) => {
    bool(p[0]);
    return null;
  },
  anvil_setRpcUrl: () => {
    throw serverError('anvil_setRpcUrl: forking is not supported');
  },
};

function bool(v: unknown): boolean {
  if (typeof v !== 'boolean') throw invalidParams('invalid argument 0: boolean expected');
  return v;
}

const evm: Methods = {
  evm_snapshot: (n) => qty(n.snapshot()),
  evm_revert: (n, p) => n.revert(Number(parseLooseQty(p[0], 'argument 0', 32))),
  evm_mine: (n, p) => {
    let ts: bigint | undefined;
    const arg = p[0];
    if (arg != null && typeof arg === 'object') {
      const o = arg as { timestamp?: unknown; blocks?: unknown };
      if (o.timestamp != null) ts = parseLooseQty(o.timestamp, 'timestamp', 64);
      const blocks = o.blocks == null ? 1n : parseLooseQty(o.blocks, 'blocks', 64);
      for (let i = 0n; i < blocks; i++) n.mine(i === 0n ? ts : undefined);
      return '0x0';
    }
    if (arg != null) ts = parseLooseQty(arg, 'argument 0', 64);
    if (ts !== undefined && ts <= n.head.block.header.timestamp)
      throw serverError(`timestamp ${ts} is not after the parent's ${n.head.block.header.timestamp}`);
    n.mine(ts);
    return '0x0';
  },
  evm_increaseTime: (n, p) => {
    const s = parseLooseQty(p[0], 'argument 0', 64);
    n.timeOffset += s;
    return qty(n.timeOffset);
  },
  evm_setNextBlockTimestamp: (n, p) => {
    const t = parseLooseQty(p[0], 'argument 0', 64);
    if (t <= n.head.block.header.timestamp)
      throw serverError(
        `timestamp ${t} is lower than or equal to previous block's timestamp ${n.head.block.header.timestamp}`,
      );
    n.nextTimestamp = t;
    n.timeOffset = t - BigInt(Math.floor(Date.now() / 1000));
    return null;
  },
  // anvil (evm_setTime): the clock set to `timestamp`; answers the seconds it moved forward.
  evm_setTime: (n, p) => {
    const t = parseLooseQty(p[0], 'argument 0', 64);
    const now = BigInt(Math.floor(Date.now() / 1000)) + n.timeOffset;
    n.timeOffset = t - BigInt(Math.floor(Date.now() / 1000));
    n.nextTimestamp = undefined;
    return qty(t > now ? t - now : 0n);
  },
  evm_setBlockGasLimit: (n, p) => anvil.anvil_setBlockGasLimit!(n, p),
  evm_setAutomine: (n, p) => anvil.anvil_setAutomine!(n, p),
  evm_setIntervalMining: (n, p) => anvil.anvil_setIntervalMining!(n, p),
  anvil_nodeInfo: (n) => ({
    currentBlockNumber: qty(n.head.number),
    currentBlockTimestamp: Number(n.head.block.header.timestamp),
    currentBlockHash: blockJson(n.head, false, n.fork).hash,
    hardFork: n.fork.toLowerCase(),
    network: { chainId: Number(n.config.chainId) },
  }),
};

/** anvil's own names of the evm_ methods. */
const ANVIL_ALIASES = ['snapshot', 'revert', 'increaseTime', 'setNextBlockTimestamp', 'setTime'];

const HARDHAT_ALIASES = [
  'addBalance',
  'dropAllTransactions',
  'autoImpersonateAccount',
  'setCoinbase',
  'setNextBlockBaseFeePerGas',
  'setMinGasPrice',
  'setLoggingEnabled',
  'setBalance',
  'setNonce',
  'setCode',
  'setStorageAt',
  'impersonateAccount',
  'stopImpersonatingAccount',
  'mine',
  'dropTransaction',
  'getAutomine',
  'reset',
  'dumpState',
  'loadState',
];

export const devMethods: Methods = {
  ...anvil,
  ...evm,
  ...Object.fromEntries(ANVIL_ALIASES.map((m) => [`anvil_${m}`, evm[`evm_${m}`]!])),
  ...Object.fromEntries(HARDHAT_ALIASES.map((m) => [`hardhat_${m}`, anvil[`anvil_${m}`]!])),
};
