/**
 * Real `polyvm` processes for the state tests, as a user runs them. The compiled CLI
 * (dist/, built by `npm install`) when it is newer than every source file, else the
 * TypeScript sources through tsx (three times the start-up cost): what runs is always the
 * code under test.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCES = join(ROOT, 'src');
const BUILT = join(ROOT, 'dist', 'cli', 'index.js');
/** tsx's loader as a URL: `--import tsx` would be looked up from the child's working directory. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : e.name.endsWith('.test.ts') ? 0 : statSync(p).mtimeMs);
  }
  return t;
}

const useBuilt = existsSync(BUILT) && statSync(BUILT).mtimeMs > newest(SOURCES);
const CLI = useBuilt ? BUILT : join(SOURCES, 'cli', 'index.ts');

/** Spawns a Node.js script (TypeScript through tsx) with isolated-vm's flag. */
export function spawnNode(script: string, args: string[], cwd: string, uid?: number): ChildProcess {
  const loader = script.endsWith('.ts') ? ['--import', TSX] : [];
  return spawn(process.execPath, ['--no-node-snapshot', ...loader, script, ...args], {
    cwd,
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
}

export function exited(child: ChildProcess): Promise<Exit> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs `polyvm ARGS...` in `cwd` and waits for it. */
export function polyvm(cwd: string, args: string[], uid?: number): Promise<Exit> {
  return exited(spawnNode(CLI, args, cwd, uid));
}
