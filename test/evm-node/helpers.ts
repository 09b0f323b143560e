/**
 * Test helpers: start `bin/polyvm evm node` (and anvil, from @foundry-rs/anvil's platform
 * package, when installed) on a free loopback port, stop them by PID; compile Solidity
 * with solc-js in the test.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

export interface Proc {
  proc: ChildProcess;
  url: string;
  wsUrl: string;
  port: number;
  stdout: () => string;
  /** SIGTERM (or the signal given) and wait for the exit; returns the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

function start(cmd: string, args: string[], ready: RegExp): Promise<Proc> {
  return new Promise((resolve, reject) => {
    const proc = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
    const timer = setTimeout(() => reject(new Error(`${cmd} did not start: ${out}${err}`)), 30_000);
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) {
        clearTimeout(timer);
        const port = Number(m[1]);
        resolve({
          proc,
          port,
          url: `http://127.0.0.1:${port}`,
          wsUrl: `ws://127.0.0.1:${port}`,
          stdout: () => out,
          stop: async (signal = 'SIGTERM') => {
            if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
            return exited;
          },
        });
      }
    });
    proc.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${cmd} exited with ${code}: ${out}${err}`));
    });
  });
}

/** `root`: the polyvm checkout whose built CLI runs (this one unless told). */
export function startPolyvm(args: string[] = [], root = ROOT): Promise<Proc> {
  return start(
    join(root, 'bin', 'polyvm'),
    ['evm', 'node', '--port', '0', ...args],
    /Listening on 127\.0\.0\.1:(\d+)/,
  );
}

/** The anvil binary @foundry-rs/anvil ships in its platform package, if installed. */
export function anvilPath(): string | undefined {
  const arch = process.arch === 'x64' ? 'amd64' : process.arch;
  try {
    const pkg = require.resolve(`@foundry-rs/anvil-${process.platform}-${arch}/package.json`);
    const bin = join(dirname(pkg), 'bin', 'anvil');
    return existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
}

export function startAnvil(args: string[] = []): Promise<Proc> {
  const bin = anvilPath();
  if (!bin) throw new Error('anvil not found');
  return start(bin, ['--port', '0', '--hardfork', 'osaka', ...args], /Listening on 127\.0\.0\.1:(\d+)/);
}

export interface Compiled {
  abi: unknown[];
  bytecode: `0x${string}`;
}

/** Compiles one Solidity source with solc-js (offline), returning each contract's ABI and bytecode. */
export function compile(source: string): Record<string, Compiled> {
  const solc = require('solc');
  const input = {
    language: 'Solidity',
    sources: { 'main.sol': { content: source } },
    settings: {
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
    },
  };
  const out = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (out.errors ?? []).filter((e: { severity: string }) => e.severity === 'error');
  if (errors.length)
    throw new Error(errors.map((e: { formattedMessage: string }) => e.formattedMessage).join('\n'));
  const result: Record<string, Compiled> = {};
  for (const [name, c] of Object.entries(
    out.contracts['main.sol'] as Record<string, { abi: unknown[]; evm: { bytecode: { object: string } } }>,
  ))
    result[name] = { abi: c.abi, bytecode: `0x${c.evm.bytecode.object}` };
  return result;
}

export const TOKEN_SOURCE = `
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
contract Token {
  mapping(address => uint256) public balanceOf;
  uint256 public totalSupply;
  event Transfer(address indexed from, address indexed to, uint256 value);
  error Insufficient(uint256 have, uint256 want);
  constructor(uint256 supply) {
    balanceOf[msg.sender] = supply;
    totalSupply = supply;
    emit Transfer(address(0), msg.sender, supply);
  }
  function transfer(address to, uint256 value) external returns (bool) {
    require(to != address(0), "zero address");
    if (balanceOf[msg.sender] < value) revert Insufficient(balanceOf[msg.sender], value);
    balanceOf[msg.sender] -= value;
    balanceOf[to] += value;
    emit Transfer(msg.sender, to, value);
    return true;
  }
  function burnAll() external { uint256 x = 0; balanceOf[msg.sender] = 1 / x; }
}
`;

/** anvil's first dev account (mnemonic "test test ... junk", m/44'/60'/0'/0/0), as Foundry documents it. */
export const DEV0 = {
  address: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  key: '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
} as const;
export const DEV1 = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';

export async function rpc(
  url: string,
  method: string,
  params: unknown[] = [],
): Promise<{ result?: unknown; error?: { code: number; message: string; data?: unknown } }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  return (await res.json()) as { result?: unknown; error?: { code: number; message: string } };
}

/** The result of a JSON-RPC call to `url`; a JSON-RPC error is thrown with its message. */
export async function rpcResult(url: string, method: string, params: unknown[] = []): Promise<unknown> {
  const j = await rpc(url, method, params);
  if (j.error) throw new Error(j.error.message);
  return j.result;
}
