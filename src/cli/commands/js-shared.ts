/** What the `polyvm js` commands share: the worker-backed engine and option parsing. */
import { UsageError } from '../../core/errors.js';
import { JsVmWorker } from '../../jsvm/index.js';
import { type CliContext, cliPath } from '../io.js';

/** `--pay-ram`: storage (and deployed code) paid in RAM, as go-iost charges it (JsVmOptions.payRam). */
export function openVm(ctx: CliContext, state: string, opts: { payRam?: boolean } = {}): JsVmWorker {
  return new JsVmWorker({ stateDir: cliPath(ctx, state), autoFlush: true, payRam: opts.payRam === true });
}

/** The RAM each payer paid (negative: refunded), printed after a transaction run with --pay-ram. */
export function printRam(ctx: CliContext, usage: Record<string, number> | undefined): void {
  for (const [who, bytes] of Object.entries(usage ?? {})) ctx.io.out(`ram ${who} ${bytes}\n`);
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
