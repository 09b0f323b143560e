#!/usr/bin/env -S npx tsx
/**
 * Regenerates test/avm/fixtures/oracle-inclusion.json: the inclusion circuit's verifying key as
 * snarkVM itself bundles it (@provablehq/sdk, mainnet WASM, `VerifyingKey.inclusionVerifier()`),
 * in text and bytes, with the SDK's own constraint count (Varuna's zero-knowledge row included).
 * The key holds the circuit's info (public inputs padded, variables, constraints, non-zero
 * entries per matrix) and its circuit id (Blake2s over the matrices), so polyvm's synthesis of
 * the inclusion circuit can be compared with it offline; proving it needs SRS powers past 2^16.
 *
 *   npx tsx scripts/avm/gen-oracle-inclusion.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';

const sdk = await import('@provablehq/sdk/mainnet.js');
// biome-ignore lint/suspicious/noExplicitAny: the SDK's WASM classes are used untyped here
const { VerifyingKey } = sdk as any;
const vk = VerifyingKey.inclusionVerifier();
const pkg = new URL('../../node_modules/@provablehq/sdk/package.json', import.meta.url);
const { version } = JSON.parse(readFileSync(pkg, 'utf8'));
const out = {
  sdk: `@provablehq/sdk ${version}`,
  verifyingKey: vk.toString(),
  verifyingKeyBytes: Buffer.from(vk.toBytes()).toString('hex'),
  numConstraints: vk.numConstraints(),
  isInclusionVerifier: vk.isInclusionVerifier(),
};
const file = new URL('../../test/avm/fixtures/oracle-inclusion.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${file.pathname}: ${out.numConstraints} constraints`);
