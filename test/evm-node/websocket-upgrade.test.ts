/**
 * WebSocket upgrades (the `ws` library, loaded on the first one): a malformed upgrade gets
 * HTTP 400 and a socket dropped in the middle of its upgrade is let go, the node serving
 * HTTP and WebSocket clients afterwards; eth_subscribe works over the lazily made server.
 */
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startNode } from '../../src/evm-node/index.js';

function rawUpgrade(port: number, headers: string, hangUp = false): Promise<string> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1', () => {
      s.write(
        `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n${headers}\r\n`,
      );
      if (hangUp) s.destroy();
    });
    let out = '';
    s.on('data', (d) => {
      out += d;
    });
    s.on('close', () => resolve(out));
    s.on('error', () => resolve(out));
    setTimeout(() => s.destroy(), 2000);
  });
}

describe('WebSocket upgrades', () => {
  it('refuses a malformed upgrade, survives a dropped one, and serves subscriptions', async () => {
    const started = await startNode({ port: 0 });
    const port = started.server.port;
    try {
      expect(await rawUpgrade(port, '', true)).toBe('');
      // No Sec-WebSocket-Key / version: RFC 6455 section 4.2.1 says 400.
      expect(await rawUpgrade(port, '')).toMatch(/^HTTP\/1\.1 400/);
      const ws = new WebSocket(`ws://127.0.0.1:${port}`);
      await new Promise((r) => ws.once('open', r));
      const answer = new Promise<{ result: string }>((r) =>
        ws.once('message', (m) => r(JSON.parse(String(m)))),
      );
      ws.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_subscribe', params: ['newHeads'] }));
      expect((await answer).result).toMatch(/^0x[0-9a-f]+$/);
      ws.close();
      const res = await fetch(`http://127.0.0.1:${port}`, {
        method: 'POST',
        body: JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'eth_chainId', params: [] }),
      });
      expect(await res.json()).toEqual({ jsonrpc: '2.0', id: 2, result: '0x7a69' });
    } finally {
      await started.close();
    }
  });
});
