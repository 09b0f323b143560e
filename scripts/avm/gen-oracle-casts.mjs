#!/usr/bin/env node
/**
 * Regenerates test/avm/fixtures/oracle-casts.json: snarkVM's (@provablehq/sdk, WASM)
 * results of `cast` and `cast.lossy` from every integer type, field and scalar into the
 * integer types, field, scalar and boolean, on values at the edges of the types.
 *
 *   node scripts/avm/gen-oracle-casts.mjs
 */
import { writeFileSync } from 'node:fs';
import { initThreadPool, PrivateKey, ProgramManagerBase } from '@provablehq/sdk/mainnet.js';

const INTS = ['u8', 'u16', 'u32', 'u64', 'u128', 'i8', 'i16', 'i32', 'i64', 'i128'];
const TARGETS = [...INTS, 'field', 'scalar', 'boolean'];

const programs = [];
const cases = [];
for (const from of [...INTS, 'field', 'scalar']) {
  const lines = [`program casts_${from}.aleo;`, '', `function lossy:`, `    input r0 as ${from}.public;`];
  for (const [i, t] of TARGETS.entries()) lines.push(`    cast.lossy r0 into r${i + 1} as ${t};`);
  for (const [i, t] of TARGETS.entries()) lines.push(`    output r${i + 1} as ${t}.public;`);
  // Lossless casts that fit for the chosen input (small non-negative values fit every type).
  lines.push('', 'function lossless:', `    input r0 as ${from}.public;`);
  const exact = TARGETS.filter((t) => t !== 'boolean');
  for (const [i, t] of exact.entries()) lines.push(`    cast r0 into r${i + 1} as ${t};`);
  for (const [i, t] of exact.entries()) lines.push(`    output r${i + 1} as ${t}.public;`);
  const src = `${lines.join('\n')}\n`;
  programs.push(src);
  const values =
    from === 'field'
      ? ['-1field', '340282366920938463463374607431768211457field', '6field']
      : from === 'scalar'
        ? ['2111115437357092606062206234695386632838870926408408195193685246394721360382scalar', '300scalar']
        : from[0] === 'i'
          ? [`-1${from}`, `${-(2n ** BigInt(Number(from.slice(1)) - 1))}${from}`, `77${from}`]
          : [`${2n ** BigInt(Number(from.slice(1))) - 1n}${from}`, `77${from}`];
  for (const v of values) cases.push({ src, fn: 'lossy', inputs: [v] });
  cases.push({ src, fn: 'lossless', inputs: [`77${from}`] });
}

await initThreadPool(2);
const key = new PrivateKey();
const out = [];
for (const [i, c] of cases.entries()) {
  try {
    const auth = await ProgramManagerBase.authorize(key, c.src, c.fn, c.inputs);
    const outputs = JSON.parse(auth.toString())
      .transitions.at(-1)
      .outputs.map((o) => o.value);
    out.push({ program: programs.indexOf(c.src), function: c.fn, inputs: c.inputs, outputs });
  } catch (error) {
    process.stderr.write(`\ncase ${c.fn} ${c.inputs.join(' ')} rejected by the oracle: ${error}\n`);
  }
  process.stderr.write(`\r${i + 1}/${cases.length}`);
}
process.stderr.write('\n');
const file = new URL('../../test/avm/fixtures/oracle-casts.json', import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify({ generator: '@provablehq/sdk ProgramManager.authorize', programs, cases: out }, null, 1)}\n`,
);
console.log(`wrote ${out.length} cases`);
