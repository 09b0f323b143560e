/**
 * `polyvm js pack`: bundles a multi-file contract project (Node-style require and
 * module.exports) into one file with esbuild, the seeds' compile-stage "Contract Pack". The
 * bundle ends with `module.exports = CLASS;` so it passes deploy validation like a
 * hand-written contract.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { build } from 'esbuild';
import { InvalidInputFileError } from '../core/errors.js';

const GLOBAL_NAME = '__contract_bundle';

/** Finds the entry of a project: package.json "main", else index.js. */
function entryOf(dir: string): string {
  if (typeof dir !== 'string')
    throw new InvalidInputFileError(`pack: expected a directory path, got ${typeof dir}`);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new InvalidInputFileError(`${dir}: not a directory`);
  const pkg = join(dir, 'package.json');
  if (existsSync(pkg)) {
    const main = (JSON.parse(readFileSync(pkg, 'utf8')) as { main?: string }).main;
    if (main) return join(dir, main);
  }
  const index = join(dir, 'index.js');
  if (!existsSync(index)) throw new InvalidInputFileError(`${dir}: no package.json "main" and no index.js`);
  return index;
}

/** Returns the bundled source of the project in `dir`. */
export async function packProject(dir: string): Promise<string> {
  const entry = entryOf(dir);
  let text: string;
  try {
    const out = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: GLOBAL_NAME,
      platform: 'neutral',
      target: 'es2022',
      logLevel: 'silent',
      charset: 'utf8',
    });
    text = out.outputFiles[0]!.text;
  } catch (cause) {
    const first = (cause as { errors?: { text: string; location?: { file: string; line: number } }[] })
      .errors?.[0];
    const where = first?.location ? ` (${first.location.file}:${first.location.line})` : '';
    throw new InvalidInputFileError(`pack failed: ${first?.text ?? (cause as Error).message}${where}`, {
      cause,
    });
  }
  return `${withoutTry(text)}\n${forwardingClass(readFileSync(entry, 'utf8'), entry)}`;
}

/**
 * esbuild's `__commonJS` helper wraps each module's first run in try/catch (to forget a module
 * whose body threw). IOST contracts may not use try/catch, and a contract cannot catch anyway,
 * so the helper is replaced by the same function without it.
 */
function withoutTry(bundle: string): string {
  // biome-ignore lint/suspicious/noExplicitAny: a walk over acorn's untyped ESTree nodes.
  const ast: any = parse(bundle, { ecmaVersion: 2022, sourceType: 'script' });
  const iife = ast.body[0]?.declarations?.[0]?.init?.callee;
  const body = (iife?.type === 'ParenthesizedExpression' ? iife.expression : iife)?.body?.body ?? [];
  for (const stmt of body) {
    const decl = stmt.type === 'VariableDeclaration' ? stmt.declarations[0] : undefined;
    if (decl?.id?.name !== '__commonJS') continue;
    const helper =
      '(cb, mod) => function __require() {\n    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;\n  }';
    return bundle.slice(0, decl.init.start) + helper + bundle.slice(decl.init.end);
  }
  return bundle;
}

/**
 * Validation reads the exported class's own methods, so the bundle ends with a class that
 * forwards each method of the entry's exported class (same name, same parameter count).
 */
function forwardingClass(source: string, file: string): string {
  // biome-ignore lint/suspicious/noExplicitAny: a walk over acorn's untyped ESTree nodes.
  let ast: any;
  try {
    ast = parse(source, { ecmaVersion: 2022, sourceType: 'script' });
  } catch (cause) {
    throw new InvalidInputFileError(`${file}: ${(cause as Error).message}`, { cause });
  }
  const last = ast.body[ast.body.length - 1];
  const name = last?.expression?.right?.name;
  const cls = ast.body.find(
    (n: { type: string; id?: { name: string } }) => n.type === 'ClassDeclaration' && n.id?.name === name,
  );
  if (!cls)
    throw new InvalidInputFileError(
      `${file}: the entry must end with 'module.exports = CLASS;' and declare CLASS`,
    );
  const methods = cls.body.body
    .filter(
      (m: { type: string; kind: string; static: boolean; key: { type: string } }) =>
        m.type === 'MethodDefinition' && m.kind === 'method' && !m.static && m.key.type === 'Identifier',
    )
    .map((m: { key: { name: string }; value: { params: unknown[] } }) => {
      const params = m.value.params.map((_, i) => `a${i}`).join(', ');
      const call = params ? `this, ${params}` : 'this';
      return `  ${m.key.name}(${params}) { return ${GLOBAL_NAME}.prototype.${m.key.name}.call(${call}); }`;
    });
  return `class ${name} {\n${methods.join('\n')}\n}\nmodule.exports = ${name};\n`;
}
