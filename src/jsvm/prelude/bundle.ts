/**
 * The prelude's TypeScript modules (prelude/sandbox/), bundled once per process (per thread)
 * by esbuild into a script to paste into the prelude's closure. Under vitest or tsx the
 * sources are bundled; from dist/ (`npm install` runs tsc) the compiled modules beside this
 * file. The bundle declares one binding, `SANDBOX_GLOBAL`, holding the entry's exports; being
 * inside the prelude's function it is not a property of the global object.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export const SANDBOX_GLOBAL = '_IOSTsandbox';

let bundled: string | undefined;

export function sandboxBundle(): string {
  if (bundled !== undefined) return bundled;
  const ts = fileURLToPath(new URL('./sandbox/index.ts', import.meta.url));
  const entry = existsSync(ts) ? ts : fileURLToPath(new URL('./sandbox/index.js', import.meta.url));
  const out = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: SANDBOX_GLOBAL,
    platform: 'neutral',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  bundled = out.outputFiles[0]!.text;
  return bundled;
}
