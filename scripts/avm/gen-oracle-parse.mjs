#!/usr/bin/env node
/**
 * Regenerates test/avm/fixtures/oracle-parse.json: which programs snarkVM's parser
 * (@provablehq/sdk Program.fromString) accepts when comments stand before each declaration and
 * statement (Sanitizer::parse) or inside a statement (only whitespace is skipped there).
 *
 *   node scripts/avm/gen-oracle-parse.mjs
 */
import { writeFileSync } from 'node:fs';
import { Program } from '@provablehq/sdk/mainnet.js';

// `@` marks where a declaration or statement starts; `~k` a place inside statement k.
const BASE = `@import credits.aleo;
@program t.aleo;
@mapping~1 m~2:
    @key~3 as u8.public;
    @value as u8.public~4;
@struct s:
    @a~5 as u8;
@record r:
    @owner~6 as address.private;
    @v as u8.private;
@closure c:
    @input r0~7 as u8;
    @add r0~8 r0 into~9 r1~10;
    @output r1 as u8;
@function f:
    @input r0 as u8.public;
    @call~11 c r0 into r1;
    @async~12 f r1 into r2;
    @output r2~13 as t.aleo/f.future;
@finalize~14 f:
    @input r0 as u8.public;
    @set~15 r0 into~16 m[r0];
@`;

const strip = (s) => s.replaceAll('@', '').replace(/~[0-9]+/g, '');
const cases = [
  { name: 'no comments', source: strip(BASE) },
  { name: 'a block comment before every statement', source: strip(BASE.replaceAll('@', '/* note */ ')) },
  {
    name: 'a line comment before every statement',
    source: strip(BASE.replaceAll('@', '// note\n')),
  },
  {
    name: 'a line comment after every statement',
    source: strip(BASE.replace(/;\n/g, '; // note\n').replace(/:\n/g, ': // note\n')),
  },
];
for (let k = 1; k <= 16; k++)
  cases.push({
    name: `a comment inside a statement (place ${k})`,
    source: strip(BASE.replace(`~${k}`, ' /* note */')),
  });

for (const c of cases) {
  try {
    Program.fromString(c.source);
    c.accepted = true;
  } catch (e) {
    c.accepted = false;
    c.error = String(e).split('\n')[0];
  }
}
const file = new URL('../../test/avm/fixtures/oracle-parse.json', import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify({ generator: '@provablehq/sdk Program.fromString', cases }, null, 1)}\n`,
);
console.log(cases.map((c) => `${c.accepted ? 'accepted' : 'rejected'}: ${c.name}`).join('\n'));
process.exit(0);
