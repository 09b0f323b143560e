/** What the `polyvm js` commands share: the worker-backed engine and option parsing. */
import { UsageError } from '../../core/errors.js';
import { JsVmWorker } from '../../jsvm/index.js';
import { type CliContext, cliPath } from '../io.js';

export function openVm(ctx: CliContext, state: string): JsVmWorker {
  return new JsVmWorker({ stateDir: cliPath(ctx, state), autoFlush: true });
}

export function parseGasLimit(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`--gas-limit: expected a positive integer, got ${JSON.stringify(text)}`);
  return n;
}

export function requireSigners(signers: string[]): string[] {
  if (signers.length === 0) throw new UsageError('at least one --signer NAME is required');
  return signers;
}

export function printLogs(ctx: CliContext, logs: { level: string; text: string }[] | undefined): void {
  for (const l of logs ?? []) ctx.io.err(`[${l.level}] ${l.text}\n`);
}
