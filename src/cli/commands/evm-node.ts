/**
 * `polyvm evm node`: the dev node on HTTP and WebSocket (anvil's flags and defaults). Prints
 * the dev accounts and `Listening on HOST:PORT` when ready; stops on SIGINT or SIGTERM
 * with every mined block on disk.
 */

import { readFileSync } from 'node:fs';
import { InvalidInputFileError } from '../../core/errors.js';
import {
  decodeBlock,
  type Genesis,
  headerHash,
  parseForkName,
  parseGenesis,
  parseGoDuration,
  splitRlp,
} from '../../evm/index.js';
import { extraForkBlocks as forkBlocksOf } from '../../evm-node/eth-config.js';
import { NodeOptionError, startNode } from '../../evm-node/index.js';
import { type CliContext, cliPath } from '../io.js';

interface Options {
  host: string;
  port: string;
  state?: string;
  chainId?: string;
  accounts: string;
  balance: string;
  mnemonic?: string;
  hardfork?: string;
  blockTime?: string;
  mining: boolean;
  gasLimit?: string;
  baseFee?: string;
  timestamp?: string;
  init?: string;
  import?: string;
  evmTimeout: string;
}

function uint(v: string | undefined, flag: string, max = 2n ** 64n - 1n): bigint | undefined {
  if (v === undefined) return undefined;
  if (!/^(0x[0-9a-f]+|\d+)$/i.test(v)) throw new NodeOptionError(`${flag}: not a number: ${v}`);
  const n = BigInt(v);
  if (n > max) throw new NodeOptionError(`${flag}: ${v} is too large`);
  return n;
}

export async function evmNode(ctx: CliContext, opts: Options): Promise<number> {
  const port = Number(uint(opts.port, '--port', 65535n));
  const hardfork = opts.hardfork === undefined ? undefined : parseForkName(opts.hardfork);
  if (opts.hardfork !== undefined && !hardfork)
    throw new NodeOptionError(`--hardfork: unknown fork ${opts.hardfork}`);
  const blockTime = uint(opts.blockTime, '--block-time', 86_400n);
  const accounts = Number(uint(opts.accounts, '--accounts', 1000n));
  // A plain number is seconds; otherwise a Go duration as geth's flag takes.
  const evmTimeoutMs = /^\d+(\.\d+)?$/.test(opts.evmTimeout)
    ? Number(opts.evmTimeout) * 1000
    : parseGoDuration(opts.evmTimeout);
  if (evmTimeoutMs === undefined || evmTimeoutMs < 0)
    throw new NodeOptionError(`--evm-timeout: not a duration: ${opts.evmTimeout}`);
  let genesis: Genesis | undefined;
  let extraForkBlocks: bigint[] | undefined;
  if (opts.init !== undefined) {
    const file = cliPath(ctx, opts.init);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new InvalidInputFileError(`--init ${opts.init}: ${(e as Error).message}`);
    }
    genesis = parseGenesis(json, opts.init);
    extraForkBlocks = forkBlocksOf(json);
  }
  let blocks: Uint8Array[] = [];
  if (opts.import !== undefined) {
    try {
      blocks = splitRlp(readFileSync(cliPath(ctx, opts.import)));
    } catch (e) {
      throw new InvalidInputFileError(`--import ${opts.import}: ${(e as Error).message}`);
    }
  }
  const started = await startNode({
    genesis,
    extraForkBlocks,
    host: opts.host,
    port,
    state: opts.state === undefined ? undefined : cliPath(ctx, opts.state),
    chainId: uint(opts.chainId, '--chain-id'),
    accounts,
    balance: uint(opts.balance, '--balance', 2n ** 200n),
    mnemonic: opts.mnemonic,
    hardfork,
    blockTime: blockTime === undefined || blockTime === 0n ? undefined : Number(blockTime),
    automine: opts.mining,
    gasLimit: uint(opts.gasLimit, '--gas-limit'),
    baseFee: uint(opts.baseFee, '--base-fee', 2n ** 255n),
    timestamp: uint(opts.timestamp, '--timestamp'),
    evmTimeoutMs,
  });
  const { node, server } = started;
  for (const [i, raw] of blocks.entries()) {
    if (node.blockByHash(headerHashOf(raw))) continue;
    try {
      node.importBlock(raw);
    } catch (e) {
      await started.close();
      throw new InvalidInputFileError(`--import ${opts.import}: block ${i + 1}: ${(e as Error).message}`);
    }
  }
  const lines = ['', 'Available Accounts', '=================='];
  for (const [i, a] of node.accounts.entries())
    lines.push(`(${i}) 0x${a.address.toString(16).padStart(40, '0')}`);
  lines.push('', 'Private Keys', '==================');
  for (const [i, a] of node.accounts.entries()) lines.push(`(${i}) 0x${Buffer.from(a.key).toString('hex')}`);
  lines.push('', `Chain ID: ${node.config.chainId}  Hardfork: ${node.fork}  Block: ${node.head.number}`, '');
  ctx.io.out(`${lines.join('\n')}\nListening on ${server.host}:${server.port}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await started.close();
  return 0;
}

const headerHashOf = (raw: Uint8Array): Uint8Array => headerHash(decodeBlock(raw).header);
