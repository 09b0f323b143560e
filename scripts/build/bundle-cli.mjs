// Bundles the compiled CLI (dist/cli) into dist/cli-bundle with esbuild, one file per lazily
// loaded command group: Node.js then resolves and reads a few dozen files at start-up instead of
// some two hundred. dist/core and dist/state stay separate modules (shared with the modules
// below, one instance of each error class), and so do dist/jsvm and dist/avm, which find their
// worker, sandbox and SRS files next to themselves. npm packages stay external except the
// small pure-JavaScript ones every start loads (commander, @noble/*, @scure/*): inlined, they
// cost no package resolution (exports maps) and no CommonJS export scan, some 25 ms of CPU of
// `polyvm evm node`'s start. Their code is pure functions, so the copies dist/core and
// dist/state load from node_modules do no harm. commander's require() of Node.js's modules
// goes through the banner's createRequire.
import { rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dist = resolve(fileURLToPath(new URL('../../dist', import.meta.url)));
const outdir = resolve(dist, 'cli-bundle');
const separate = ['core', 'state', 'jsvm', 'avm'].map((d) => `${resolve(dist, d)}/`);

const INLINE = /^(@noble\/|@scure\/|commander$)/;

// Chunk names carry a content hash: without this, every build would leave the old ones.
rmSync(outdir, { recursive: true, force: true });
await build({
  banner: {
    js: "import { createRequire as __polyvmRequire } from 'node:module';\nconst require = __polyvmRequire(import.meta.url);",
  },
  entryPoints: [resolve(dist, 'cli/index.js')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  plugins: [
    {
      name: 'separate-modules',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          INLINE.test(args.path) ? undefined : { path: args.path, external: true },
        );
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
