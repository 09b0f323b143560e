import {
  InvalidInputFileError
} from "./chunk-XXQMZ22L.js";

// dist/jsvm/pack.js
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { build } from "esbuild";
var GLOBAL_NAME = "__contract_bundle";
function entryOf(dir) {
  if (typeof dir !== "string")
    throw new InvalidInputFileError(`pack: expected a directory path, got ${typeof dir}`);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new InvalidInputFileError(`${dir}: not a directory`);
  const pkg = join(dir, "package.json");
  if (existsSync(pkg)) {
    const main = JSON.parse(readFileSync(pkg, "utf8")).main;
    if (main)
      return join(dir, main);
  }
  const index = join(dir, "index.js");
  if (!existsSync(index))
    throw new InvalidInputFileError(`${dir}: no package.json "main" and no index.js`);
  return index;
}
async function packProject(dir) {
  const entry = entryOf(dir);
  let text;
  try {
    const out = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: "iife",
      globalName: GLOBAL_NAME,
      platform: "neutral",
      target: "es2022",
      logLevel: "silent",
      charset: "utf8"
    });
    text = out.outputFiles[0].text;
  } catch (cause) {
    const first = cause.errors?.[0];
    const where = first?.location ? ` (${first.location.file}:${first.location.line})` : "";
    throw new InvalidInputFileError(`pack failed: ${first?.text ?? cause.message}${where}`, {
      cause
    });
  }
  return `${withoutTry(text)}
${forwardingClass(readFileSync(entry, "utf8"), entry)}`;
}
function withoutTry(bundle) {
  const ast = parse(bundle, { ecmaVersion: 2022, sourceType: "script" });
  const iife = ast.body[0]?.declarations?.[0]?.init?.callee;
  const body = (iife?.type === "ParenthesizedExpression" ? iife.expression : iife)?.body?.body ?? [];
  for (const stmt of body) {
    const decl = stmt.type === "VariableDeclaration" ? stmt.declarations[0] : void 0;
    if (decl?.id?.name !== "__commonJS")
      continue;
    const helper = "(cb, mod) => function __require() {\n    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;\n  }";
    return bundle.slice(0, decl.init.start) + helper + bundle.slice(decl.init.end);
  }
  return bundle;
}
function forwardingClass(source, file) {
  let ast;
  try {
    ast = parse(source, { ecmaVersion: 2022, sourceType: "script" });
  } catch (cause) {
    throw new InvalidInputFileError(`${file}: ${cause.message}`, { cause });
  }
  const last = ast.body[ast.body.length - 1];
  const name = last?.expression?.right?.name;
  const cls = ast.body.find((n) => n.type === "ClassDeclaration" && n.id?.name === name);
  if (!cls)
    throw new InvalidInputFileError(`${file}: the entry must end with 'module.exports = CLASS;' and declare CLASS`);
  const methods = cls.body.body.filter((m) => m.type === "MethodDefinition" && m.kind === "method" && !m.static && m.key.type === "Identifier").map((m) => {
    const params = m.value.params.map((_, i) => `a${i}`).join(", ");
    const call = params ? `this, ${params}` : "this";
    return `  ${m.key.name}(${params}) { return ${GLOBAL_NAME}.prototype.${m.key.name}.call(${call}); }`;
  });
  return `class ${name} {
${methods.join("\n")}
}
module.exports = ${name};
`;
}

export {
  packProject
};
