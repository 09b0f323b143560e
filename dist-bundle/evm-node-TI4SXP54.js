import {
  DevNode,
  NodeOptionError,
  RPC,
  RpcError,
  blockLogs,
  errorObject,
  extraForkBlocks,
  handleBody,
  headerJson,
  invalidParams,
  logJson,
  parseFilter,
  qty,
  signedTxJson
} from "./chunk-NH5ETIF2.js";
import {
  cliPath
} from "./chunk-KJFF2XIJ.js";
import {
  decodeBlock,
  headerHash,
  parseForkName,
  parseGenesis,
  parseGoDuration,
  splitRlp
} from "./chunk-SOI3VE3B.js";
import "./chunk-KZLTWOWN.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-36UFO7KE.js";
import "./chunk-3R424V4S.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import {
  InvalidInputFileError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/evm-node.js
import { readFileSync } from "node:fs";

// dist/evm-node/server.js
import { createServer } from "node:http";

// dist/evm-node/subscriptions.js
var nextId = 1n;
function attachSubscriptions(node, wss) {
  wss.on("connection", (ws) => {
    const subs = /* @__PURE__ */ new Map();
    const send = (v) => {
      if (ws.readyState === ws.OPEN)
        ws.send(JSON.stringify(v));
    };
    const notify = (id, result) => send({ jsonrpc: "2.0", method: "eth_subscription", params: { subscription: id, result } });
    const subscribe = (params) => {
      const kind = params[0];
      const id = qty(nextId++ * 0x1000003n);
      if (kind === "newHeads") {
        const l = (b) => notify(id, headerJson(b));
        node.listeners.block.add(l);
        subs.set(id, () => node.listeners.block.delete(l));
      } else if (kind === "logs") {
        const f = parseFilter(node, params[1] ?? {});
        const l = (b) => {
          for (const m of blockLogs(b, f))
            notify(id, logJson(m.block, m.txIndex, m.log, m.logIndex));
        };
        node.listeners.block.add(l);
        subs.set(id, () => node.listeners.block.delete(l));
      } else if (kind === "newPendingTransactions") {
        const full = params[1] === true;
        const l = (p) => notify(id, full ? signedTxJson(p.tx, p.sender, p.hash, void 0, node.config.chainId) : p.hashHex);
        node.listeners.pending.add(l);
        subs.set(id, () => node.listeners.pending.delete(l));
      } else
        throw invalidParams(`no "${String(kind)}" subscription in eth namespace`);
      return id;
    };
    ws.on("message", async (raw) => {
      const text = raw.toString();
      let msg;
      try {
        msg = JSON.parse(text);
      } catch {
        msg = void 0;
      }
      if (msg && !Array.isArray(msg) && (msg.method === "eth_subscribe" || msg.method === "eth_unsubscribe")) {
        try {
          const params = Array.isArray(msg.params) ? msg.params : [];
          let result;
          if (msg.method === "eth_subscribe")
            result = subscribe(params);
          else {
            const stop = subs.get(String(params[0]));
            if (stop)
              stop();
            result = subs.delete(String(params[0]));
          }
          send({ jsonrpc: "2.0", id: msg.id ?? null, result });
        } catch (e) {
          send({ jsonrpc: "2.0", id: msg.id ?? null, error: errorObject(e) });
        }
        return;
      }
      const out = await handleBody(node, text);
      if (out)
        ws.send(out);
    });
    ws.on("error", () => ws.terminate());
    ws.on("close", () => {
      for (const stop of subs.values())
        stop();
      subs.clear();
    });
    void RpcError;
    void RPC;
  });
}

// dist/evm-node/server.js
var MAX_BODY = 5 * 1024 * 1024;
function reply(res, status, body) {
  res.writeHead(status, {
    "content-type": "application/json",
    "access-control-allow-origin": "*",
    "access-control-allow-headers": "*",
    "access-control-allow-methods": "POST, GET, OPTIONS"
  });
  res.end(body);
}
function onRequest(node, req, res) {
  if (req.method === "OPTIONS") {
    reply(res, 200);
    return;
  }
  if (req.method !== "POST") {
    reply(res, 405, JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: RPC.INVALID_REQUEST, message: "use POST" } }));
    return;
  }
  const chunks = [];
  let size = 0;
  let tooLarge = false;
  req.on("data", (c) => {
    size += c.length;
    if (size > MAX_BODY) {
      tooLarge = true;
      return;
    }
    chunks.push(c);
  });
  req.on("end", () => {
    if (tooLarge) {
      reply(res, 413, JSON.stringify({
        jsonrpc: "2.0",
        id: null,
        error: { code: RPC.INVALID_REQUEST, message: `request body too large (limit ${MAX_BODY} bytes)` }
      }));
      return;
    }
    handleBody(node, Buffer.concat(chunks).toString("utf8")).then((out) => reply(res, 200, out ?? ""), (e) => reply(res, 500, JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: RPC.INTERNAL, message: String(e) } })));
  });
  req.on("error", () => res.destroy());
}
async function listen(node, host, port) {
  const server = createServer((req, res) => onRequest(node, req, res));
  server.keepAliveTimeout = 6e4;
  let wss;
  let loading;
  const webSockets = () => loading ??= import("ws").then(({ WebSocketServer }) => {
    wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY });
    attachSubscriptions(node, wss);
    return wss;
  });
  server.on("upgrade", (req, socket, head) => {
    socket.on("error", () => socket.destroy());
    webSockets().then((w) => w.handleUpgrade(req, socket, head, (c) => w.emit("connection", c, req)), () => socket.destroy());
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const addr = server.address();
  return {
    server,
    host,
    port: addr.port,
    close: () => new Promise((resolve) => {
      if (wss) {
        for (const c of wss.clients)
          c.terminate();
        wss.close();
      }
      server.closeAllConnections();
      server.close(() => resolve());
    })
  };
}

// dist/evm-node/index.js
async function startNode(options = {}) {
  const node = new DevNode(options);
  const server = await listen(node, options.host ?? "127.0.0.1", options.port ?? 8545);
  return {
    node,
    server,
    async close() {
      await server.close();
      await node.close();
    }
  };
}

// dist/cli/commands/evm-node.js
function uint(v, flag, max = 2n ** 64n - 1n) {
  if (v === void 0)
    return void 0;
  if (!/^(0x[0-9a-f]+|\d+)$/i.test(v))
    throw new NodeOptionError(`${flag}: not a number: ${v}`);
  const n = BigInt(v);
  if (n > max)
    throw new NodeOptionError(`${flag}: ${v} is too large`);
  return n;
}
async function evmNode(ctx, opts) {
  const port = Number(uint(opts.port, "--port", 65535n));
  const hardfork = opts.hardfork === void 0 ? void 0 : parseForkName(opts.hardfork);
  if (opts.hardfork !== void 0 && !hardfork)
    throw new NodeOptionError(`--hardfork: unknown fork ${opts.hardfork}`);
  const blockTime = uint(opts.blockTime, "--block-time", 86400n);
  const accounts = Number(uint(opts.accounts, "--accounts", 1000n));
  const evmTimeoutMs = /^\d+(\.\d+)?$/.test(opts.evmTimeout) ? Number(opts.evmTimeout) * 1e3 : parseGoDuration(opts.evmTimeout);
  if (evmTimeoutMs === void 0 || evmTimeoutMs < 0)
    throw new NodeOptionError(`--evm-timeout: not a duration: ${opts.evmTimeout}`);
  let genesis;
  let extraForkBlocks2;
  if (opts.init !== void 0) {
    const file = cliPath(ctx, opts.init);
    let json;
    try {
      json = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      throw new InvalidInputFileError(`--init ${opts.init}: ${e.message}`);
    }
    genesis = parseGenesis(json, opts.init);
    extraForkBlocks2 = extraForkBlocks(json);
  }
  let blocks = [];
  if (opts.import !== void 0) {
    try {
      blocks = splitRlp(readFileSync(cliPath(ctx, opts.import)));
    } catch (e) {
      throw new InvalidInputFileError(`--import ${opts.import}: ${e.message}`);
    }
  }
  const started = await startNode({
    genesis,
    extraForkBlocks: extraForkBlocks2,
    host: opts.host,
    port,
    state: opts.state === void 0 ? void 0 : cliPath(ctx, opts.state),
    chainId: uint(opts.chainId, "--chain-id"),
    accounts,
    balance: uint(opts.balance, "--balance", 2n ** 200n),
    mnemonic: opts.mnemonic,
    hardfork,
    blockTime: blockTime === void 0 || blockTime === 0n ? void 0 : Number(blockTime),
    automine: opts.mining,
    gasLimit: uint(opts.gasLimit, "--gas-limit"),
    baseFee: uint(opts.baseFee, "--base-fee", 2n ** 255n),
    timestamp: uint(opts.timestamp, "--timestamp"),
    evmTimeoutMs
  });
  const { node, server } = started;
  for (const [i, raw] of blocks.entries()) {
    if (node.blockByHash(headerHashOf(raw)))
      continue;
    try {
      node.importBlock(raw);
    } catch (e) {
      await started.close();
      throw new InvalidInputFileError(`--import ${opts.import}: block ${i + 1}: ${e.message}`);
    }
  }
  const lines = ["", "Available Accounts", "=================="];
  for (const [i, a] of node.accounts.entries())
    lines.push(`(${i}) 0x${a.address.toString(16).padStart(40, "0")}`);
  lines.push("", "Private Keys", "==================");
  for (const [i, a] of node.accounts.entries())
    lines.push(`(${i}) 0x${Buffer.from(a.key).toString("hex")}`);
  lines.push("", `Chain ID: ${node.config.chainId}  Hardfork: ${node.fork}  Block: ${node.head.number}`, "");
  ctx.io.out(`${lines.join("\n")}
Listening on ${server.host}:${server.port}
`);
  await new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await started.close();
  return 0;
}
var headerHashOf = (raw) => headerHash(decodeBlock(raw).header);
export {
  evmNode
};
