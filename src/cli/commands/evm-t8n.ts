/**
 * `polyvm evm t8n`: geth's `evm t8n` (cmd/evm/internal/t8ntool): reads the alloc, env and
 * txs (files, or `stdin` for a JSON object holding them), applies the transactions and
 * writes the result, the post-state alloc and the body, to files under `--output.basedir`
 * (indented one space) or, named `stdout` / `stderr`, as one JSON object there (two spaces).
 * Exit 0 when the transition ran (rejected transactions are part of the result), 2 for bad
 * input (geth's ERROR(n) code is in the message), 1 when the EVM failed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hexToBytes } from '../../core/bytes.js';
import { InvalidInputFileError, UsageError } from '../../core/errors.js';
import {
  jsonLineTracer,
  requireNetwork,
  T8nError,
  type T8nTx,
  t8nAllocJson,
  t8nBodyHex,
  t8nParseAlloc,
  t8nParseEnv,
  t8nParseJsonTxs,
  t8nParseRlpTxs,
  t8nResultJson,
  t8nTransition,
} from '../../evm/index.js';
import { type CliContext, cliPath, EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../io.js';
import { readText, type TraceFlags, traceOptions } from './evm-input.js';

interface Options extends TraceFlags {
  'input.alloc': string;
  'input.env': string;
  'input.txs': string;
  'output.result': string;
  'output.alloc': string;
  'output.body'?: string;
  'output.basedir'?: string;
  'state.fork': string;
  'state.chainid': string;
  'state.reward': string;
}

const STDIN = 'stdin';

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InvalidInputFileError(`t8n: ERROR(10): failed unmarshalling ${what}: ${(e as Error).message}`);
  }
}

function integer(text: string, flag: string): bigint {
  if (!/^-?\d+$/.test(text))
    throw new UsageError(`${flag}: expected an integer, got ${JSON.stringify(text)}`);
  return BigInt(text);
}

export function evmT8n(ctx: CliContext, opts: Options): number {
  const fork = opts['state.fork'];
  if (!fork) throw new UsageError('--state.fork: required');
  const config = { ...requireNetwork(fork), chainId: integer(opts['state.chainid'], '--state.chainid') };
  const reward = integer(opts['state.reward'], '--state.reward');
  const paths = [opts['input.alloc'], opts['input.env'], opts['input.txs']];
  let stdin: Record<string, unknown> = {};
  if (paths.includes(STDIN)) {
    if (!ctx.io.stdin) throw new UsageError('t8n: standard input is not available');
    const json = parseJson(ctx.io.stdin(), 'stdin');
    if (typeof json !== 'object' || json === null)
      throw new InvalidInputFileError('t8n: stdin: expected a JSON object');
    stdin = json as Record<string, unknown>;
  }
  const read = (path: string, what: string) =>
    path === STDIN ? stdin[what] : parseJson(readText(ctx, path, `--input.${what}`), `${what} file`);
  const alloc = t8nParseAlloc(read(opts['input.alloc'], 'alloc'));
  const env = t8nParseEnv(read(opts['input.env'], 'env'));
  const txsPath = opts['input.txs'];
  let txs: T8nTx[];
  if (txsPath !== STDIN && txsPath.endsWith('.rlp')) {
    const hex = parseJson(readText(ctx, txsPath, '--input.txs'), 'txs file');
    if (typeof hex !== 'string') throw new InvalidInputFileError(`${txsPath}: expected a JSON string of hex`);
    txs = t8nParseRlpTxs(hexToBytes(hex, txsPath));
  } else if (txsPath === STDIN && typeof stdin.txsRlp === 'string' && stdin.txsRlp.length > 0)
    txs = t8nParseRlpTxs(hexToBytes(stdin.txsRlp, 'stdin txsRlp'));
  else txs = t8nParseJsonTxs(read(txsPath, 'txs'), config.chainId);

  const baseDir = cliPath(ctx, opts['output.basedir'] ?? '.');
  if (opts['output.basedir']) mkdirSync(baseDir, { recursive: true });
  let result: ReturnType<typeof t8nTransition>;
  try {
    result = t8nTransition(alloc, env, txs, {
      config,
      reward,
      tracer: opts.trace
        ? (i, hash) => {
            const file = join(baseDir, `trace-${i}-0x${Buffer.from(hash).toString('hex')}.jsonl`);
            writeFileSync(file, '');
            return jsonLineTracer((l) => writeFileSync(file, l, { flag: 'a' }), traceOptions(opts));
          }
        : undefined,
    });
  } catch (e) {
    if (e instanceof T8nError) {
      ctx.io.err(`polyvm: error: t8n: ${e.shortMessage}\n`);
      return e.exitCode === 2 ? EXIT_FAILED : EXIT_USAGE;
    }
    throw e;
  }
  const outputs: [string, string | undefined, () => unknown][] = [
    ['alloc', opts['output.alloc'], () => t8nAllocJson(result.cache)],
    ['result', opts['output.result'], () => t8nResultJson(result)],
    ['body', opts['output.body'], () => t8nBodyHex(result)],
  ];
  const toStdout: Record<string, unknown> = {};
  const toStderr: Record<string, unknown> = {};
  for (const [name, target, value] of outputs) {
    if (!target) continue;
    if (target === 'stdout') toStdout[name] = value();
    else if (target === 'stderr') toStderr[name] = value();
    else writeFileSync(join(baseDir, target), JSON.stringify(value(), null, 1));
  }
  const sorted = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  if (Object.keys(toStdout).length > 0) ctx.io.out(`${JSON.stringify(sorted(toStdout), null, 2)}\n`);
  if (Object.keys(toStderr).length > 0) ctx.io.err(`${JSON.stringify(sorted(toStderr), null, 2)}\n`);
  return EXIT_OK;
}
