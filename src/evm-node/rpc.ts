/**
 * JSON-RPC 2.0 (jsonrpc.org/specification): one request or a batch, notifications (no id)
 * answered with nothing, errors as geth gives them. Every method's failure becomes an error
 * object; nothing a client sends can throw out of here.
 */
import { PolyvmError } from '../core/errors.js';
import { RPC, RpcError } from './errors.js';
import { capabilityMethods } from './methods/capabilities.js';
import { debugMethods } from './methods/debug.js';
import { devMethods } from './methods/dev.js';
import { ethMethods } from './methods/eth.js';
import { filterMethods } from './methods/filters.js';
import { simulateMethods } from './methods/simulate.js';
import { testingMethods } from './methods/testing.js';
import { txpoolMethods } from './methods/txpool.js';
import type { Methods } from './methods/types.js';
import type { DevNode } from './node.js';

/** geth's BatchRequestLimit. */
export const MAX_BATCH = 1000;

export const METHODS: Methods = {
  ...ethMethods,
  ...filterMethods,
  ...devMethods,
  ...debugMethods,
  ...txpoolMethods,
  ...simulateMethods,
  ...testingMethods,
  ...capabilityMethods,
};

type Id = string | number | null;
export interface RpcResponse {
  jsonrpc: '2.0';
  id: Id;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

export function errorObject(e: unknown): { code: number; message: string; data?: unknown } {
  if (e instanceof RpcError)
    return e.data === undefined
      ? { code: e.rpcCode, message: e.shortMessage }
      : { code: e.rpcCode, message: e.shortMessage, data: e.data };
  if (e instanceof PolyvmError)
    return { code: e.code === 'INVALID_ARGUMENT' ? RPC.INVALID_PARAMS : RPC.SERVER, message: e.shortMessage };
  return { code: RPC.INTERNAL, message: e instanceof Error ? e.message : String(e) };
}

const validId = (id: unknown): id is Id =>
  id === null || typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));

/** Calls one method by name (the EIP-1193 path: no envelope). */
export async function callMethod(node: DevNode, method: string, params: unknown): Promise<unknown> {
  const fn = Object.hasOwn(METHODS, method) ? METHODS[method] : undefined;
  if (!fn) throw new RpcError(RPC.METHOD_NOT_FOUND, `the method ${method} does not exist/is not available`);
  if (params !== undefined && params !== null && !Array.isArray(params))
    throw new RpcError(RPC.INVALID_PARAMS, 'non-array args');
  return await fn(node, (params as unknown[] | undefined) ?? []);
}

async function one(node: DevNode, req: unknown): Promise<RpcResponse | undefined> {
  if (typeof req !== 'object' || req === null || Array.isArray(req))
    return { jsonrpc: '2.0', id: null, error: { code: RPC.INVALID_REQUEST, message: 'invalid request' } };
  const r = req as Record<string, unknown>;
  const notification = !('id' in r);
  const id = validId(r.id) ? r.id : null;
  if (r.jsonrpc !== '2.0' || typeof r.method !== 'string' || (!notification && !validId(r.id)))
    return { jsonrpc: '2.0', id, error: { code: RPC.INVALID_REQUEST, message: 'invalid request' } };
  try {
    const result = await callMethod(node, r.method, r.params);
    return notification ? undefined : { jsonrpc: '2.0', id, result: result === undefined ? null : result };
  } catch (e) {
    return notification ? undefined : { jsonrpc: '2.0', id, error: errorObject(e) };
  }
}

/** Answers a request body (text); undefined when nothing is to be sent back. */
export async function handleBody(node: DevNode, body: string): Promise<string | undefined> {
  let msg: unknown;
  try {
    msg = JSON.parse(body);
  } catch {
    return JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: RPC.PARSE, message: 'parse error' } });
  }
  if (Array.isArray(msg)) {
    if (msg.length === 0)
      return JSON.stringify({
        jsonrpc: '2.0',
        id: null,
        error: { code: RPC.INVALID_REQUEST, message: 'empty batch' },
      });
    if (msg.length > MAX_BATCH)
      return JSON.stringify({
        jsonrpc: '2.0',
        id: null,
        error: { code: RPC.SERVER, message: 'batch too large' },
      });
    const out: RpcResponse[] = [];
    for (const r of await Promise.all(msg.map((m) => one(node, m)))) if (r) out.push(r);
    return out.length ? JSON.stringify(out) : undefined;
  }
  const r = await one(node, msg);
  return r && JSON.stringify(r);
}
