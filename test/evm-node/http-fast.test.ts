/**
 * The node's HTTP front (src/evm-node/http-fast.ts) over raw sockets: pipelined requests
 * answered in order, a request arriving byte by byte, `Connection: close`, the CORS
 * preflight, and everything it passes to node:http (a chunked body, GET, a malformed
 * request line) answered as node:http answers it, on the same connection.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedNode, startNode } from '../../src/evm-node/index.js';

let started: StartedNode;
beforeAll(async () => {
  started = await startNode({ port: 0 });
});
afterAll(() => started.close());

/** Writes `parts` (with `gapMs` between them) and collects the bytes until `until` matches or the socket closes. */
function exchange(
  parts: string[],
  until: (out: string) => boolean,
  gapMs = 0,
): Promise<{ out: string; closed: boolean }> {
  return new Promise((resolve) => {
    let out = '';
    let closed = false;
    const s = connect(started.server.port, '127.0.0.1', async () => {
      for (const p of parts) {
        s.write(p);
        if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
      }
    });
    const finish = () => {
      clearTimeout(timer);
      s.destroy();
      resolve({ out, closed });
    };
    const timer = setTimeout(finish, 5000);
    s.on('data', (d) => {
      out += d;
      if (until(out)) finish();
    });
    s.on('close', () => {
      closed = true;
      finish();
    });
  });
}

const post = (body: string, extra = '') =>
  `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${extra}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const call = (id: number, method: string, params: unknown[] = []) =>
  JSON.stringify({ jsonrpc: '2.0', id, method, params });
const bodies = (out: string) =>
  out
    .split(/HTTP\/1\.1 /)
    .slice(1)
    .map((r) => r.slice(r.indexOf('\r\n\r\n') + 4));
/** n answers complete: the last ends its JSON, or its last chunk (node:http answers chunked). */
const count = (n: number) => (out: string) =>
  (out.match(/HTTP\/1\.1 /g)?.length ?? 0) >= n && (out.endsWith('}') || out.endsWith('0\r\n\r\n'));

describe('HTTP front', () => {
  it('answers pipelined requests in their order, a mined block between them', async () => {
    const reqs = [post(call(1, 'evm_mine')), post(call(2, 'eth_blockNumber')), post(call(3, 'eth_chainId'))];
    const { out } = await exchange([reqs.join('')], count(3));
    const answers = bodies(out).map((b) => JSON.parse(b));
    expect(answers.map((a) => a.id)).toEqual([1, 2, 3]);
    expect(answers[2].result).toBe('0x7a69');
    expect(Number(answers[1].result)).toBeGreaterThanOrEqual(1);
  });

  it('reads a request written one byte at a time', async () => {
    const { out } = await exchange([...post(call(7, 'eth_chainId'))], count(1), 1);
    expect(out).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(out).toMatch(/content-length: \d+\r\n/);
    expect(JSON.parse(bodies(out)[0]!)).toEqual({ jsonrpc: '2.0', id: 7, result: '0x7a69' });
  });

  it('closes after a request with Connection: close', async () => {
    const { out, closed } = await exchange(
      [post(call(1, 'eth_chainId'), 'Connection: close\r\n')],
      () => false,
    );
    expect(closed).toBe(true);
    expect(out).toMatch(/connection: close/i);
    expect(JSON.parse(bodies(out)[0]!).result).toBe('0x7a69');
  });

  it('answers the CORS preflight', async () => {
    const { out } = await exchange(['OPTIONS / HTTP/1.1\r\nHost: x\r\n\r\n'], (o) => o.includes('\r\n\r\n'));
    expect(out).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(out).toMatch(/access-control-allow-origin: \*/);
    expect(out).toMatch(/access-control-allow-methods: POST, GET, OPTIONS/);
  });

  it('passes a chunked body to node:http after answering what came before', async () => {
    const body = call(2, 'eth_chainId');
    const chunked = `POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
    const { out } = await exchange([post(call(1, 'eth_blockNumber')) + chunked], count(2));
    const answers = bodies(out).map((b) => JSON.parse(b.replace(/^[0-9a-f]+\r\n|\r\n0\r\n\r\n$/g, '')));
    expect(answers.map((a) => a.id)).toEqual([1, 2]);
    expect(answers[1].result).toBe('0x7a69');
  });

  it('passes GET and a malformed request to node:http', async () => {
    const get = await exchange(['GET / HTTP/1.1\r\nHost: x\r\n\r\n'], count(1));
    expect(get.out).toMatch(/^HTTP\/1\.1 405/);
    expect(get.out).toMatch(/use POST/);
    const bad = await exchange(['POST / HTTP/1.1\r\nContent-Length: 12\r\nContent-Length: 13\r\n\r\n'], (o) =>
      o.includes('\r\n\r\n'),
    );
    expect(bad.out).toMatch(/^HTTP\/1\.1 400/);
  });
});
