/**
 * Runs conformance case files (shared/conformance/neo/README.md): each fixture on a fresh
 * in-memory chain (genesis under its protocol settings, pre-execution storage, policy set by a
 * committee-witnessed script, then its deployments), then each step as a fresh Application
 * execution at the fixture's block, checking state, fee, stack, result, exception,
 * notifications and logs. This is the library code of `polyvm neo test`.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JsonNumber, type JsonValue, parseJson, ScriptBuilder } from '../../neovm/index.js';
import { type BatchOp, JournaledCache, MemoryStore } from '../../state/index.js';
import { type ExecutionResult, runScript } from '../chain/execute.js';
import { genesisBlock, persistBlock } from '../chain/persist.js';
import { parseNef } from '../contract/nef.js';
import { ECPoint } from '../crypto/ecpoint.js';
import type { ScriptContainer } from '../engine/container.js';
import { NeoArgumentError } from '../errors.js';
import { interopId } from '../interop/id.js';
import { nativeByName } from '../native/index.js';
import { contractHash } from '../native/native.js';
import { getCommitteeAddress } from '../native/neo-token.js';
import { type Block, makeBlock } from '../payloads/block.js';
import { parseScopes, type Signer } from '../payloads/signer.js';
import type { Transaction } from '../payloads/transaction.js';
import {
  ALL_HARDFORKS_AT_GENESIS,
  HARDFORKS,
  type Hardfork,
  isHardforkEnabled,
  makeSettings,
  type ProtocolSettings,
} from '../settings.js';
import { NeoStore } from '../storage/store.js';
import { hashToString, parseUInt160, type UInt160 } from '../uint.js';
import { actualCanon, checkResult, emitArg, emitArgs, expectedCanon } from './case-items.js';

type Obj = { [k: string]: JsonValue };

export interface CaseResult {
  readonly name: string;
  readonly pass: boolean;
  readonly error: string | null;
  /** Steps the fixture holds, steps that passed, and the exact fees among those. */
  readonly steps: number;
  readonly stepsPassed: number;
  readonly feesMatched: number;
}

export interface CaseFile {
  readonly path: string;
  readonly fixtures: readonly Obj[];
}

const CONTRACT_CALL = interopId('System.Contract.Call');
const num = (v: JsonValue | undefined, dflt: bigint): bigint =>
  v === undefined || v === null ? dflt : BigInt(v instanceof JsonNumber ? v.raw : String(v));

export function loadCaseFile(path: string): CaseFile {
  let text: string;
  try {
    const raw = readFileSync(path);
    text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  } catch (error) {
    throw new NeoArgumentError(`${path}: cannot read: ${(error as Error).message}`);
  }
  let json: JsonValue;
  try {
    json = parseJson(text);
  } catch (error) {
    throw new NeoArgumentError(`${path}: not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(json)) throw new NeoArgumentError(`${path}: expected a JSON array of fixtures`);
  json.forEach((f, i) => {
    if (f === null || typeof f !== 'object' || Array.isArray(f) || typeof (f as Obj).Name !== 'string') {
      throw new NeoArgumentError(`${path}: fixture ${i}: expected an object with a Name`);
    }
    if (!Array.isArray((f as Obj).Execute))
      throw new NeoArgumentError(`${path}: fixture ${i}: Execute must be a list`);
  });
  return { path, fixtures: json as Obj[] };
}

function settingsOf(protocol: Obj | undefined): ProtocolSettings {
  if (protocol === undefined) return makeSettings();
  const hf = protocol.Hardforks as Obj | undefined;
  const hardforks = new Map<Hardfork, number>();
  if (hf === undefined) for (const [h, v] of ALL_HARDFORKS_AT_GENESIS) hardforks.set(h, v);
  else {
    for (const [k, v] of Object.entries(hf)) {
      if (!(HARDFORKS as readonly string[]).includes(k))
        throw new NeoArgumentError(`Protocol.Hardforks: unknown ${k}`);
      hardforks.set(k as Hardfork, Number(num(v, 0n)));
    }
  }
  const o: Record<string, unknown> = { hardforks };
  const n = (k: string) => (protocol[k] === undefined ? undefined : Number(num(protocol[k], 0n)));
  const set = (key: keyof ProtocolSettings, v: unknown) => {
    if (v !== undefined) o[key] = v;
  };
  set('network', n('Network'));
  set('addressVersion', n('AddressVersion'));
  set('validatorsCount', n('ValidatorsCount'));
  set('millisecondsPerBlock', n('MillisecondsPerBlock'));
  set('maxValidUntilBlockIncrement', n('MaxValidUntilBlockIncrement'));
  set('maxTraceableBlocks', n('MaxTraceableBlocks'));
  if (protocol.InitialGasDistribution !== undefined)
    o.initialGasDistribution = num(protocol.InitialGasDistribution, 0n);
  if (Array.isArray(protocol.StandbyCommittee)) {
    o.standbyCommittee = protocol.StandbyCommittee.map((k) => ECPoint.parse(String(k)));
  }
  return makeSettings(o as Partial<ProtocolSettings>);
}

interface Fixture {
  readonly settings: ProtocolSettings;
  readonly store: NeoStore;
  readonly block: Block;
  readonly gas: bigint;
  readonly container: (script: Uint8Array) => ScriptContainer | null;
  readonly sender: UInt160 | null;
  readonly contracts: Map<string, UInt160>;
}

function b64(v: JsonValue, where: string): Uint8Array {
  if (typeof v !== 'string') throw new NeoArgumentError(`${where}: expected base64`);
  return Uint8Array.from(Buffer.from(v, 'base64'));
}

function putStorage(store: NeoStore, storage: JsonValue | undefined): void {
  if (storage === undefined || storage === null) return;
  for (const [k, v] of Object.entries(storage as Obj))
    store.put(Uint8Array.from(Buffer.from(k, 'base64')), b64(v, `Storage.${k}`));
}

/** The state after setup, by the fixture fields that determine it: fixtures of a class share it. */
const setups = new Map<string, { ops: BatchOp[]; contracts: Map<string, UInt160> }>();
const SETUP_KEYS = [
  'Protocol',
  'PreExecution',
  'Environment',
  'Signature',
  'Block',
  'Signers',
  'Transaction',
  'GasLimit',
  'Deploy',
];

const geneses = new Map<string, BatchOp[]>();

/** The store after the genesis block under the fixture's protocol settings. */
function genesisState(f: Obj): BatchOp[] {
  const key = stringifyLossless(f.Protocol ?? null);
  let ops = geneses.get(key);
  if (ops === undefined) {
    const settings = settingsOf(f.Protocol as Obj | undefined);
    const cache = new JournaledCache(new MemoryStore());
    persistBlock(new NeoStore(cache), settings, genesisBlock(settings));
    ops = cache.changes();
    geneses.set(key, ops);
  }
  return ops;
}

function setup(f: Obj, dir: string): Fixture {
  const key = `${dir}|${stringifyLossless(SETUP_KEYS.map((k) => f[k] ?? null))}`;
  const cached = setups.get(key);
  const memory = new MemoryStore();
  const genesis = cached ? [] : genesisState(f);
  memory.batch(cached ? cached.ops : genesis);
  const fixture = build(f, dir, new JournaledCache(memory), cached === undefined);
  if (cached) for (const [k, v] of cached.contracts) fixture.contracts.set(k, v);
  else {
    if (setups.size >= 64) setups.clear();
    setups.set(key, {
      ops: [...genesis, ...fixture.store.cache.changes()],
      contracts: new Map(fixture.contracts),
    });
  }
  return fixture;
}

function build(f: Obj, dir: string, cache: JournaledCache, fresh: boolean): Fixture {
  const settings = settingsOf(f.Protocol as Obj | undefined);
  const store = new NeoStore(cache);
  const genesis = genesisBlock(settings);
  if (fresh) putStorage(store, (f.PreExecution as Obj | undefined)?.Storage);
  const b = f.Block as Obj | undefined;
  const header = b
    ? {
        ...genesis.header,
        index: Number(num(b.Index, 1n)),
        timestamp: num(b.Timestamp, 0n),
        nonce: num(b.Nonce, 0n),
      }
    : { ...genesis.header, index: 1, timestamp: 0n, nonce: 0n, nextConsensus: new Uint8Array(20) };
  const block = makeBlock(header, []);
  const committee = getCommitteeAddress(store);
  const env = f.Environment as Obj | undefined;
  if (fresh && env?.Policy) applyPolicy(store, settings, block, committee, env.Policy as Obj);
  if (fresh) putStorage(store, env?.Storage);
  const signersJson = f.Signers as JsonValue[] | undefined;
  const signers: Signer[] | null = signersJson
    ? signersJson.map((s, _i) => {
        const o = s as Obj;
        return {
          account: parseUInt160(String(o.Account)),
          scopes: parseScopes(String(o.Scopes ?? 'CalledByEntry')),
          allowedContracts: [],
          allowedGroups: [],
          rules: [],
        };
      })
    : null;
  const t = (f.Transaction as Obj | undefined) ?? {};
  const signed = (f.Signature as Obj | undefined)?.SignedByCommittee === true;
  const container = (script: Uint8Array): ScriptContainer | null => {
    if (signers === null) {
      return { kind: 'verifiable', hash: new Uint8Array(32), scriptHashes: signed ? [committee] : [] };
    }
    const tx: Transaction = {
      version: Number(num(t.Version, 0n)),
      nonce: Number(num(t.Nonce, 0x01020304n)),
      systemFee: num(t.SystemFee, 0n),
      networkFee: num(t.NetworkFee, 20_00000000n),
      validUntilBlock: Number(num(t.ValidUntilBlock, 0n)),
      signers,
      attributes: [],
      script,
      witnesses: [],
    };
    return { kind: 'transaction', tx };
  };
  const fixture: Fixture = {
    settings,
    store,
    block,
    gas: num(f.GasLimit, 20_00000000n),
    container,
    sender: signers?.[0]?.account ?? null,
    contracts: new Map(),
  };
  if (fresh)
    for (const [i, d] of ((f.Deploy as JsonValue[] | undefined) ?? []).entries())
      deploy(fixture, d as Obj, dir, i);
  return fixture;
}

function applyPolicy(
  store: NeoStore,
  settings: ProtocolSettings,
  block: Block,
  committee: UInt160,
  p: Obj,
): void {
  const policy = nativeByName('PolicyContract')!.hash;
  const faun = isHardforkEnabled(settings, 'HF_Faun', block.index);
  const exec = num(p.ExecutionFee, 300000n);
  const sb = new ScriptBuilder();
  const call = (method: string, value: bigint) => {
    sb.emitPush(value)
      .emitPush(1n)
      .emit('PACK')
      .emitPush(15n)
      .emitPush(method)
      .emitPush(policy)
      .emitSysCall(CONTRACT_CALL)
      .emit('DROP');
  };
  call('setFeePerByte', num(p.FeePerByte, 1000n));
  call('setStoragePrice', num(p.StorageFee, 100000n));
  call('setExecFeeFactor', faun ? exec : exec / 10000n);
  const r = runScript({
    store,
    settings,
    script: sb.toArray(),
    container: { kind: 'verifiable', hash: new Uint8Array(32), scriptHashes: [committee] },
    persistingBlock: block,
    gas: 20_00000000n,
  });
  if (r.state !== 'HALT')
    throw new NeoArgumentError(`Environment.Policy: the policy script faulted: ${r.exception}`);
}

function readBytesOrPath(v: JsonValue, dir: string, ext: string, where: string): Uint8Array {
  if (typeof v === 'string' && v.endsWith(ext)) {
    try {
      return Uint8Array.from(readFileSync(resolve(dir, v)));
    } catch (error) {
      throw new NeoArgumentError(`${where}: cannot read ${v}: ${(error as Error).message}`);
    }
  }
  if (typeof v === 'string') return b64(v, where);
  return Uint8Array.from(Buffer.from(stringifyLossless(v)));
}

function stringifyLossless(v: JsonValue): string {
  if (v instanceof JsonNumber) return v.raw;
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stringifyLossless).join(',')}]`;
  return `{${Object.entries(v)
    .map(([k, x]) => `${JSON.stringify(k)}:${stringifyLossless(x)}`)
    .join(',')}}`;
}

function deploy(fx: Fixture, d: Obj, dir: string, i: number): void {
  const where = `Deploy[${i}]`;
  const nef = readBytesOrPath(d.Nef!, dir, '.nef', `${where}.Nef`);
  const manifest = readBytesOrPath(d.Manifest!, dir, '.json', `${where}.Manifest`);
  const cm = nativeByName('ContractManagement')!.hash;
  const sb = new ScriptBuilder();
  if (d.Data === undefined) sb.emit('PUSHNULL');
  else emitArg(sb, d.Data, `${where}.Data`);
  sb.emitPush(manifest)
    .emitPush(nef)
    .emitPush(3n)
    .emit('PACK')
    .emitPush(15n)
    .emitPush('deploy')
    .emitPush(cm)
    .emitSysCall(CONTRACT_CALL);
  const r = execute(fx, sb.toArray());
  if (r.state !== 'HALT') throw new NeoArgumentError(`${where}: deployment faulted: ${r.exception}`);
  if (fx.sender === null) throw new NeoArgumentError(`${where}: a deployment needs Signers`);
  const parsed = parseNef(nef);
  const name = JSON.parse(Buffer.from(manifest).toString('utf8')).name as string;
  fx.contracts.set(String(d.Name), contractHash(fx.sender, parsed.checksum, name));
}

function execute(fx: Fixture, script: Uint8Array): ExecutionResult {
  return runScript({
    store: fx.store,
    settings: fx.settings,
    script,
    container: fx.container(script),
    persistingBlock: fx.block,
    gas: fx.gas,
  });
}

function resolveContract(fx: Fixture, name: string): UInt160 {
  const deployed = fx.contracts.get(name);
  if (deployed) return deployed;
  if (name.startsWith('0x')) return parseUInt160(name);
  const native = nativeByName(name);
  if (native) return native.hash;
  throw new NeoArgumentError(`unknown contract ${JSON.stringify(name)}`);
}

function stepScript(fx: Fixture, step: Obj, where: string): Uint8Array {
  if (step.Script !== undefined) return b64(step.Script, `${where}.Script`);
  const hash = resolveContract(fx, String(step.Contract));
  const sb = new ScriptBuilder();
  emitArgs(sb, (step.Args as JsonValue[] | undefined) ?? [], `${where}.Args`);
  sb.emitPush(num(step.CallFlags, 15n))
    .emitPush(String(step.Method))
    .emitPush(hash)
    .emitSysCall(CONTRACT_CALL);
  return sb.toArray();
}

function checkStep(fx: Fixture, step: Obj, r: ExecutionResult, where: string): string | null {
  const state = String(step.State ?? 'HALT');
  if (r.state !== state)
    return `${where}: expected ${state}, got ${r.state}${r.exception ? ` (${r.exception})` : ''}`;
  if (step.Fee !== undefined && r.gasConsumed !== num(step.Fee, 0n)) {
    return `${where}: expected fee ${num(step.Fee, 0n)}, got ${r.gasConsumed}`;
  }
  if (step.Exception !== undefined && !(r.exception ?? '').includes(String(step.Exception))) {
    return `${where}: expected an exception containing ${JSON.stringify(step.Exception)}, got ${JSON.stringify(r.exception)}`;
  }
  const top = [...r.stack].reverse();
  if (step.Stack !== undefined) {
    const want = JSON.stringify(
      (step.Stack as JsonValue[]).map((x, i) => expectedCanon(x, `${where}.Stack[${i}]`)),
    );
    const got = JSON.stringify(top.map((x) => actualCanon(x)));
    if (want !== got) return `${where}: stack: expected ${want}, got ${got}`;
  }
  if (step.Result !== undefined) {
    const e = checkResult(top[0], step.Result);
    if (e) return `${where}: ${e}`;
  }
  if (step.Notifications !== undefined) {
    const want = (step.Notifications as Obj[]).map((n) => ({
      contract: hashToString(resolveContract(fx, String(n.Contract))),
      event: String(n.EventName),
      state: expectedCanon(n.State!, `${where}.Notifications`),
    }));
    const got = r.notifications.map((n) => ({
      contract: hashToString(n.scriptHash),
      event: n.eventName,
      state: actualCanon(n.state),
    }));
    if (JSON.stringify(want) !== JSON.stringify(got)) {
      return `${where}: notifications: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`;
    }
  }
  if (step.Logs !== undefined) {
    const want = JSON.stringify(step.Logs);
    const got = JSON.stringify(r.logs.map((l) => l.message));
    if (want !== got) return `${where}: logs: expected ${want}, got ${got}`;
  }
  return null;
}

export function runFixture(file: CaseFile, f: Obj): CaseResult {
  const name = `${file.path} > ${String(f.Name)}`;
  const steps = (f.Execute as JsonValue[]).length;
  let stepsPassed = 0;
  let feesMatched = 0;
  const outcome = (error: string | null): CaseResult => ({
    name,
    pass: error === null,
    error,
    steps,
    stepsPassed,
    feesMatched,
  });
  try {
    const fx = setup(f, dirname(file.path));
    for (const [i, s] of (f.Execute as JsonValue[]).entries()) {
      const step = s as Obj;
      const where = `step ${i}${step.Line !== undefined ? ` (line ${step.Line})` : ''}`;
      const r = execute(fx, stepScript(fx, step, where));
      const error = checkStep(fx, step, r, where);
      if (error) return outcome(error);
      stepsPassed++;
      if (step.Fee !== undefined) feesMatched++;
    }
    return outcome(null);
  } catch (error) {
    return outcome(error instanceof Error ? error.message : String(error));
  }
}

/** A case file: `*.json` or `*.json.gz`, not a manifest. */
export function isCaseFile(path: string): boolean {
  return (path.endsWith('.json') || path.endsWith('.json.gz')) && !/\.manifest\.json(\.gz)?$/.test(path);
}
