/**
 * The common JSON-RPC request, served without node:http's per-request objects (about half
 * of a small request's CPU there): HTTP/1.1 (RFC 9112) POST with a Content-Length body and
 * OPTIONS, on a keep-alive connection, answers written in request order (pipelining).
 * Anything else (another method, a chunked body, an upgrade to WebSocket, Expect, HTTP/1.0,
 * a body over the limit, a header it cannot read) hands the connection, with every byte not
 * yet answered, to the node:http server, which serves it as before; a connection is handed
 * over only when it has no answer pending, so the order stays.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface FastAnswer {
  status: number;
  body: string;
}

/** What the fast path answers: a POST body, or an OPTIONS preflight (body undefined). */
export type FastHandler = (body: string | undefined) => Promise<FastAnswer> | FastAnswer;

const HEADERS =
  'content-type: application/json\r\naccess-control-allow-origin: *\r\naccess-control-allow-headers: *\r\naccess-control-allow-methods: POST, GET, OPTIONS\r\n';
const REASONS: Record<number, string> = { 200: 'OK', 500: 'Internal Server Error' };
/** Header blocks longer than this go to node:http (which refuses them past its own limit). */
const MAX_HEAD = 16 * 1024;
const CRLF2 = Buffer.from('\r\n\r\n');

interface Request {
  method: string;
  length: number;
  close: boolean;
}

/** The request head (before the blank line), or undefined for one the fast path leaves alone. */
function parseHead(head: string, maxBody: number): Request | undefined {
  const lines = head.split('\r\n');
  const m = /^(POST|OPTIONS) \S+ HTTP\/1\.1$/.exec(lines[0]!);
  if (!m) return undefined;
  let length: number | undefined;
  let close = false;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    const name = line.slice(0, colon).toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-length') {
      if (length !== undefined || !/^\d{1,9}$/.test(value)) return undefined;
      length = Number(value);
    } else if (name === 'transfer-encoding' || name === 'upgrade' || name === 'expect') return undefined;
    else if (name === 'connection') close = /(^|,)\s*close\s*(,|$)/i.test(value);
  }
  if (m[1] === 'POST' && (length === undefined || length > maxBody)) return undefined;
  return { method: m[1]!, length: length ?? 0, close };
}

const errorBody = (e: unknown) =>
  JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32603, message: String(e) } });

/** Serves `socket` on the fast path until it needs node:http (`fallback`). */
export function serveFast(socket: Socket, handle: FastHandler, fallback: Server, maxBody: number): void {
  let buf: Buffer = Buffer.alloc(0);
  // Answers are written in request order: request `seq` waits for every one before it.
  const ready = new Map<number, string>();
  let nextSeq = 0;
  let nextWrite = 0;
  let handOff = false;
  let closing = false;
  socket.setNoDelay(true);
  socket.setTimeout(60_000, () => socket.destroy());

  const giveAway = () => {
    socket.pause();
    socket.removeListener('data', onData);
    socket.setTimeout(0);
    if (buf.length > 0) socket.unshift(buf);
    fallback.emit('connection', socket);
    socket.resume();
  };

  const flush = () => {
    for (let out = ready.get(nextWrite); out !== undefined; out = ready.get(nextWrite)) {
      ready.delete(nextWrite++);
      if (!socket.destroyed) socket.write(out);
    }
    if (nextWrite < nextSeq) return;
    if (closing) socket.end();
    else if (handOff) giveAway();
  };

  const answer = (req: Request, body: string | undefined) => {
    const seq = nextSeq++;
    const write = (a: FastAnswer) => {
      const close = req.close ? 'connection: close\r\n' : '';
      const length = Buffer.byteLength(a.body);
      ready.set(
        seq,
        `HTTP/1.1 ${a.status} ${REASONS[a.status] ?? 'OK'}\r\n${HEADERS}content-length: ${length}\r\n${close}\r\n${a.body}`,
      );
      flush();
    };
    try {
      const r = handle(body);
      if (r instanceof Promise) r.then(write, (e) => write({ status: 500, body: errorBody(e) }));
      else write(r);
    } catch (e) {
      write({ status: 500, body: errorBody(e) });
    }
  };

  const onData = (chunk: Buffer) => {
    buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
    while (!handOff && !closing) {
      const end = buf.indexOf(CRLF2);
      if (end < 0) {
        if (buf.length > MAX_HEAD) handOff = true;
        break;
      }
      const req = parseHead(buf.toString('latin1', 0, end), maxBody);
      if (!req) {
        handOff = true;
        break;
      }
      const start = end + 4;
      if (buf.length < start + req.length) break;
      const body = req.method === 'POST' ? buf.toString('utf8', start, start + req.length) : undefined;
      buf = buf.subarray(start + req.length);
      if (req.close) closing = true;
      answer(req, body);
    }
    if (handOff && nextWrite === nextSeq) giveAway();
  };

  socket.on('data', onData);
  socket.on('error', () => socket.destroy());
}
