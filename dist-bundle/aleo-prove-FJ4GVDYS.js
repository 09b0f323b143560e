import {
  assertProvable,
  initVaruna,
  loadProverSrs,
  parseInputs,
  parsePrivateKey,
  proveExecution,
  requestNonce,
  varunaVersionAt,
  verifyingKeyCache
} from "./chunk-MHVT4OXQ.js";
import "./chunk-CIILX6KK.js";
import {
  EXIT_OK,
  printJson
} from "./chunk-KJFF2XIJ.js";
import "./chunk-36UFO7KE.js";
import "./chunk-3R424V4S.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import "./chunk-XXQMZ22L.js";

// dist/cli/commands/aleo-prove.js
async function prepare(program, fn, keys, height) {
  const version = height === void 0 ? 2 : varunaVersionAt(height);
  assertProvable(program, fn);
  const srs = loadProverSrs();
  await initVaruna();
  const nonce = requestNonce(keys.seed);
  return {
    options: { privateKey: keys.privateKey, nonces: [nonce] },
    prove(ctx, texts, r, opts, store) {
      const { privateKey } = keys;
      const inputs = parseInputs(program, fn, texts, parsePrivateKey(privateKey).viewKey);
      const started = performance.now();
      const execution = proveExecution({
        program,
        function: fn,
        inputs,
        privateKey,
        nonce,
        transitions: r.transitions ?? [],
        srs,
        version,
        keyCache: verifyingKeyCache(store)
      });
      if (opts.json)
        printJson(ctx, execution);
      else {
        for (const o of r.outputs)
          ctx.io.out(`${o}
`);
        const seconds = ((performance.now() - started) / 1e3).toFixed(1);
        ctx.io.out(`proof (Varuna V${version}, ${seconds} s) ${execution.proof}
`);
      }
      return EXIT_OK;
    }
  };
}
export {
  prepare
};
