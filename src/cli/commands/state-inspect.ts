/** `polyvm state inspect`: lists a store's entries without modifying it. */
import { bytesToHex, hexToBytes } from '../../core/bytes.js';
import { UsageError } from '../../core/errors.js';
import { LmdbStore } from '../../state/index.js';
import { type CliContext, cliPath, EXIT_OK, printJson } from '../io.js';

interface InspectOptions {
  state: string;
  prefix?: string;
  limit?: string;
  json?: boolean;
}

export async function inspect(ctx: CliContext, opts: InspectOptions): Promise<number> {
  const prefix = opts.prefix === undefined ? undefined : hexToBytes(opts.prefix, '--prefix');
  const limit = opts.limit === undefined ? undefined : parseLimit(opts.limit);
  const store = new LmdbStore(cliPath(ctx, opts.state), { readOnly: true });
  try {
    const entries = [...store.range({ prefix, limit })].map(([k, v]) => ({
      key: bytesToHex(k),
      value: bytesToHex(v),
    }));
    if (opts.json) {
      printJson(ctx, { path: store.path, count: entries.length, entries });
      return EXIT_OK;
    }
    ctx.io.out(`${store.path}: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}\n`);
    for (const { key, value } of entries) ctx.io.out(`${printable(key)}  ${value}\n`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

function parseLimit(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`--limit: expected a positive integer, got ${JSON.stringify(text)}`);
  return n;
}

/** Shows a key as text where it is printable ASCII (namespaces are), hex otherwise. */
function printable(hex: string): string {
  const bytes = Buffer.from(hex, 'hex');
  let text = '';
  for (const b of bytes) {
    if (b >= 0x21 && b < 0x7f && b !== 0x5c) text += String.fromCharCode(b);
    else text += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return text;
}
