import { DevNode, type NodeOptions } from './node.js';
import { callMethod, errorObject } from './rpc.js';
import { listen, type RunningServer } from './server.js';

export { DEFAULT_MNEMONIC, deriveAccounts } from './accounts.js';
export { NodeOptionError, RPC, RpcError } from './errors.js';
export { DevNode, type NodeOptions } from './node.js';
export { handleBody, METHODS } from './rpc.js';
export { type RpcTestReport, runRpcTests } from './rpctest.js';

/** An EIP-1193 provider error: the JSON-RPC code and message, and the data. */
export class ProviderRpcError extends Error {
  readonly code: number;
  readonly data: unknown;
  constructor(code: number, message: string, data?: unknown) {
    super(message);
    this.code = code;
    this.data = data;
  }
}

export interface EvmNodeProvider {
  node: DevNode;
  request(args: { method: string; params?: unknown }): Promise<unknown>;
  close(): Promise<void>;
}

/** An in-process node and its EIP-1193 `request` function. */
export function createNode(options: NodeOptions = {}): EvmNodeProvider {
  const node = new DevNode(options);
  return {
    node,
    async request({ method, params }) {
      try {
        // Results pass through JSON as they would over a socket.
        return JSON.parse(JSON.stringify((await callMethod(node, method, params)) ?? null));
      } catch (e) {
        const o = errorObject(e);
        throw new ProviderRpcError(o.code, o.message, o.data);
      }
    },
    close: () => node.close(),
  };
}

export interface StartedNode {
  node: DevNode;
  server: RunningServer;
  close(): Promise<void>;
}

/** Serves a node on `host:port` (port 0: any free port). */
export async function startNode(
  options: NodeOptions & { host?: string; port?: number } = {},
): Promise<StartedNode> {
  const node = new DevNode(options);
  const server = await listen(node, options.host ?? '127.0.0.1', options.port ?? 8545);
  return {
    node,
    server,
    async close() {
      await server.close();
      await node.close();
    },
  };
}
