/**
 * HTTP and WebSocket on one port (node:http plus `ws`): POST bodies of JSON-RPC, CORS as
 * anvil allows it, a body limit (geth's 5 MiB), and eth_subscribe over WebSocket.
 * Loopback by default. `ws` is loaded on the first WebSocket upgrade (about 60 ms of
 * start-up otherwise). Connections start on http-fast.ts, which serves the plain POSTs and
 * passes anything else to the node:http server here.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, createServer as createNetServer, type Socket } from 'node:net';
import type { WebSocketServer } from 'ws';
import { RPC } from './errors.js';
import { serveFast } from './http-fast.js';
import type { DevNode } from './node.js';
import { handleBody } from './rpc.js';
import { attachSubscriptions } from './subscriptions.js';

export const MAX_BODY = 5 * 1024 * 1024;

export interface RunningServer {
  server: Server;
  host: string;
  port: number;
  close(): Promise<void>;
}

function reply(res: ServerResponse, status: number, body?: string): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'access-control-allow-origin': '*',
    'access-control-allow-headers': '*',
    'access-control-allow-methods': 'POST, GET, OPTIONS',
  });
  res.end(body);
}

function onRequest(node: DevNode, req: IncomingMessage, res: ServerResponse): void {
  if (req.method === 'OPTIONS') {
    reply(res, 200);
    return;
  }
  if (req.method !== 'POST') {
    reply(
      res,
      405,
      JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: RPC.INVALID_REQUEST, message: 'use POST' } }),
    );
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  req.on('data', (c: Buffer) => {
    size += c.length;
    if (size > MAX_BODY) {
      tooLarge = true;
      return;
    }
    chunks.push(c);
  });
  req.on('end', () => {
    if (tooLarge) {
      reply(
        res,
        413,
        JSON.stringify({
          jsonrpc: '2.0',
          id: null,
          error: { code: RPC.INVALID_REQUEST, message: `request body too large (limit ${MAX_BODY} bytes)` },
        }),
      );
      return;
    }
    handleBody(node, Buffer.concat(chunks).toString('utf8')).then(
      (out) => reply(res, 200, out ?? ''),
      (e) =>
        reply(
          res,
          500,
          JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: RPC.INTERNAL, message: String(e) } }),
        ),
    );
  });
  req.on('error', () => res.destroy());
}

export async function listen(node: DevNode, host: string, port: number): Promise<RunningServer> {
  const server = createServer((req, res) => onRequest(node, req, res));
  server.keepAliveTimeout = 60_000;
  let wss: WebSocketServer | undefined;
  let loading: Promise<WebSocketServer> | undefined;
  const webSockets = () =>
    (loading ??= import('ws').then(({ WebSocketServer }) => {
      wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY });
      attachSubscriptions(node, wss);
      return wss;
    }));
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    webSockets().then(
      (w) => w.handleUpgrade(req, socket, head, (c) => w.emit('connection', c, req)),
      () => socket.destroy(),
    );
  });
  const sockets = new Set<Socket>();
  const fast = (body: string | undefined) =>
    body === undefined
      ? { status: 200, body: '' }
      : handleBody(node, body).then((out) => ({ status: 200, body: out ?? '' }));
  const front = createNetServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    serveFast(socket, fast, server, MAX_BODY);
  });
  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(port, host, () => resolve());
  });
  const addr = front.address() as AddressInfo;
  return {
    server,
    host,
    port: addr.port,
    close: () =>
      new Promise<void>((resolve) => {
        if (wss) {
          for (const c of wss.clients) c.terminate();
          wss.close();
        }
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
        front.close(() => resolve());
      }),
  };
}
