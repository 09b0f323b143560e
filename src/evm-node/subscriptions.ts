/**
 * eth_subscribe over WebSocket (geth `eth/filters/api.go`, execution-apis pubsub):
 * newHeads (each mined block's header), logs (matching logs of each mined block) and
 * newPendingTransactions (hashes, or whole transactions with `true`), sent as
 * `eth_subscription` notifications; eth_unsubscribe ends one.
 */
import type { WebSocket, WebSocketServer } from 'ws';
import { invalidParams, RPC, RpcError } from './errors.js';
import { headerJson, logJson, signedTxJson } from './format.js';
import { qty } from './hex.js';
import { blockLogs, parseFilter } from './methods/logs.js';
import type { DevNode } from './node.js';
import { errorObject, handleBody } from './rpc.js';
import type { ChainBlock, PendingTx } from './types.js';

let nextId = 1n;

export function attachSubscriptions(node: DevNode, wss: WebSocketServer): void {
  wss.on('connection', (ws: WebSocket) => {
    const subs = new Map<string, () => void>();
    const send = (v: unknown) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(v));
    };
    const notify = (id: string, result: unknown) =>
      send({ jsonrpc: '2.0', method: 'eth_subscription', params: { subscription: id, result } });
    const subscribe = (params: unknown[]): string => {
      const kind = params[0];
      const id = qty(nextId++ * 0x1000003n);
      if (kind === 'newHeads') {
        const l = (b: ChainBlock) => notify(id, headerJson(b));
        node.listeners.block.add(l);
        subs.set(id, () => node.listeners.block.delete(l));
      } else if (kind === 'logs') {
        const f = parseFilter(node, params[1] ?? {});
        const l = (b: ChainBlock) => {
          for (const m of blockLogs(b, f)) notify(id, logJson(m.block, m.txIndex, m.log, m.logIndex));
        };
        node.listeners.block.add(l);
        subs.set(id, () => node.listeners.block.delete(l));
      } else if (kind === 'newPendingTransactions') {
        const full = params[1] === true;
        const l = (p: PendingTx) =>
          notify(id, full ? signedTxJson(p.tx, p.sender, p.hash, undefined, node.config.chainId) : p.hashHex);
        node.listeners.pending.add(l);
        subs.set(id, () => node.listeners.pending.delete(l));
      } else throw invalidParams(`no "${String(kind)}" subscription in eth namespace`);
      return id;
    };
    ws.on('message', async (raw) => {
      const text = raw.toString();
      let msg: { id?: unknown; method?: unknown; params?: unknown } | undefined;
      try {
        msg = JSON.parse(text);
      } catch {
        msg = undefined;
      }
      if (
        msg &&
        !Array.isArray(msg) &&
        (msg.method === 'eth_subscribe' || msg.method === 'eth_unsubscribe')
      ) {
        try {
          const params = (Array.isArray(msg.params) ? msg.params : []) as unknown[];
          let result: unknown;
          if (msg.method === 'eth_subscribe') result = subscribe(params);
          else {
            const stop = subs.get(String(params[0]));
            if (stop) stop();
            result = subs.delete(String(params[0]));
          }
          send({ jsonrpc: '2.0', id: msg.id ?? null, result });
        } catch (e) {
          send({ jsonrpc: '2.0', id: msg.id ?? null, error: errorObject(e) });
        }
        return;
      }
      const out = await handleBody(node, text);
      if (out) ws.send(out);
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      for (const stop of subs.values()) stop();
      subs.clear();
    });
    void RpcError;
    void RPC;
  });
}
