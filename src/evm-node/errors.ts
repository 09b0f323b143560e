/**
 * JSON-RPC 2.0 errors with the codes geth and anvil give (JSON-RPC 2.0 section 5.1, and
 * geth's `rpc/errors.go`): -32700 parse error, -32600 invalid request, -32601 method not
 * found, -32602 invalid params, -32603 internal error, -32000 a transaction or state error,
 * 3 execution reverted (the revert data in `data`).
 */
import { PolyvmError } from '../core/errors.js';

export const RPC = {
  PARSE: -32700,
  INVALID_REQUEST: -32600,
  METHOD_NOT_FOUND: -32601,
  INVALID_PARAMS: -32602,
  INTERNAL: -32603,
  SERVER: -32000,
  REVERTED: 3,
} as const;

/** A failure reported to the client as a JSON-RPC error object. */
export class RpcError extends PolyvmError {
  override name = 'RpcError';
  readonly rpcCode: number;
  readonly data: unknown;
  constructor(rpcCode: number, message: string, data?: unknown) {
    super(`RPC_${rpcCode < 0 ? -rpcCode : rpcCode}`, message);
    this.rpcCode = rpcCode;
    this.data = data;
  }
}

export const invalidParams = (message: string): RpcError => new RpcError(RPC.INVALID_PARAMS, message);
export const serverError = (message: string): RpcError => new RpcError(RPC.SERVER, message);

/** A node option that cannot be used (CLI flag or createNode option). */
export class NodeOptionError extends PolyvmError {
  override name = 'NodeOptionError';
  constructor(message: string) {
    super('NODE_OPTION', message);
  }
}
