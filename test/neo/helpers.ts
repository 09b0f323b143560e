/** Shared set-up of the Neo engine tests: a genesis state (built once per settings) and script runs at block 1. */
import {
  type Block,
  DEFAULT_SETTINGS,
  type ExecutionResult,
  genesisBlock,
  makeBlock,
  NeoChain,
  NeoStore,
  type ProtocolSettings,
  persistBlock,
  runScript,
  type ScriptContainer,
  type UInt160,
} from '../../src/neo/index.js';
import {
  ArrayItem,
  BooleanItem,
  ByteStringItem,
  integer,
  NULL,
  type StackItem,
} from '../../src/neovm/index.js';
import { type BatchOp, JournaledCache, MemoryStore } from '../../src/state/index.js';

const geneses = new Map<ProtocolSettings, BatchOp[]>();

/** A store holding the genesis block persisted under `settings`. */
export function genesisStore(settings: ProtocolSettings = DEFAULT_SETTINGS): NeoStore {
  let ops = geneses.get(settings);
  if (ops === undefined) {
    const cache = new JournaledCache(new MemoryStore());
    persistBlock(new NeoStore(cache), settings, genesisBlock(settings));
    ops = cache.changes();
    geneses.set(settings, ops);
  }
  const memory = new MemoryStore();
  memory.batch(ops);
  return new NeoStore(new JournaledCache(memory));
}

/** Block 1 after genesis (neo's test fixture block: index 1, the rest of genesis). */
export function block1(settings: ProtocolSettings = DEFAULT_SETTINGS, nonce = 0n): Block {
  const g = genesisBlock(settings);
  return makeBlock({ ...g.header, index: 1, timestamp: g.header.timestamp + 15000n, nonce }, []);
}

export interface RunOpts {
  readonly settings?: ProtocolSettings;
  readonly container?: ScriptContainer | null;
  readonly block?: Block;
  readonly gas?: bigint;
}

export function run(store: NeoStore, script: Uint8Array, opts: RunOpts = {}): ExecutionResult {
  const settings = opts.settings ?? DEFAULT_SETTINGS;
  return runScript({
    store,
    settings,
    script,
    container: opts.container ?? null,
    persistingBlock: opts.block ?? block1(settings),
    gas: opts.gas ?? 20_00000000n,
  });
}

/** Calls a contract method (neo's EmitDynamicCall) and returns the result. */
export function call(
  store: NeoStore,
  hash: UInt160,
  method: string,
  args: StackItem[] = [],
  opts: RunOpts = {},
) {
  return run(store, NeoChain.callScript(hash, method, args), opts);
}

/** The single result item of a HALTed call. */
export function result(r: ExecutionResult): StackItem {
  if (r.state !== 'HALT') throw new Error(`expected HALT, got FAULT: ${r.exception}`);
  return r.stack[r.stack.length - 1]!;
}

/** A JS value as the stack item neo's `EmitPush(object)` pushes (strings as UTF-8). */
export type Arg = null | boolean | number | bigint | string | Uint8Array | StackItem | readonly Arg[];

export function item(v: Arg): StackItem {
  if (v === null) return NULL;
  if (typeof v === 'boolean') return BooleanItem.of(v);
  if (typeof v === 'number' || typeof v === 'bigint') return integer(BigInt(v));
  if (typeof v === 'string') return ByteStringItem.fromString(v);
  if (v instanceof Uint8Array) return new ByteStringItem(v);
  if (Array.isArray(v)) return new ArrayItem(v.map(item));
  return v as StackItem;
}

/** One script of EmitDynamicCall's, as neo's unit tests build them; run at block 1. */
export function calls(
  store: NeoStore,
  hash: UInt160,
  list: readonly (readonly [string, ...Arg[]])[],
  opts: RunOpts = {},
): ExecutionResult {
  const parts = list.map(([method, ...args]) => NeoChain.callScript(hash, method, args.map(item)));
  return run(store, concat(parts), opts);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const hex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h.replace(/^0x/, ''), 'hex'));
export const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
