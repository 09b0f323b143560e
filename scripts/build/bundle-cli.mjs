// Bundles the compiled CLI (dist/cli) into dist/cli-bundle with esbuild, one file per lazily
// loaded command group: Node.js then resolves and reads a few dozen files at start-up instead of
// some two hundred. dist/core and dist/state stay separate modules (shared with the modules
// below, one instance of each error class), and so do dist/jsvm and dist/avm, which find their
// worker, sandbox and SRS files next to themselves. npm packages are not bundled.
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dist = resolve(fileURLToPath(new URL('../../dist', import.meta.url)));
const outdir = resolve(dist, 'cli-bundle');
const separate = ['core', 'state', 'jsvm', 'avm'].map((d) => `${resolve(dist, d)}/`);

await build({
  entryPoints: [resolve(dist, 'cli/index.js')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  plugins: [
    {
      name: 'separate-modules',
      setup(b) {
        b.onResolve({ filter: /^\./ }, (args) => {
          const path = resolve(args.resolveDir, args.path);
          if (separate.some((d) => path.startsWith(d)))
            return { path: `./${relative(outdir, path)}`, external: true };
          return undefined;
        });
      },
    },
  ],
});
