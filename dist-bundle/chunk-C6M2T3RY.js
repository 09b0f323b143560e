import {
  cliPath
} from "./chunk-KJFF2XIJ.js";
import {
  InvalidInputFileError
} from "./chunk-XXQMZ22L.js";

// dist/cli/json-files.js
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
function collectJsonFiles(ctx, paths, accept = (path) => path.endsWith(".json") || path.endsWith(".json.gz")) {
  const out = [];
  const isDir = (path) => {
    try {
      return statSync(path).isDirectory();
    } catch (e) {
      throw new InvalidInputFileError(`no test files found in ${path}: ${reason(e)}`);
    }
  };
  const walk = (path) => {
    if (isDir(path))
      for (const name of readdirSync(path).sort())
        walk(join(path, name));
    else if (accept(path))
      out.push(path);
  };
  for (const p of paths) {
    const path = cliPath(ctx, p);
    const before = out.length;
    if (isDir(path))
      walk(path);
    else
      out.push(path);
    if (out.length === before)
      throw new InvalidInputFileError(`no test files found in ${path}`);
  }
  return out;
}
function reason(e) {
  const code = e.code;
  return code === "ENOENT" ? "no such file or folder" : code ?? String(e);
}

export {
  collectJsonFiles
};
