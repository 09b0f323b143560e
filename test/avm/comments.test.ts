/**
 * Where comments may stand, against snarkVM's parser: test/avm/fixtures/oracle-parse.json holds
 * what @provablehq/sdk's Program.fromString did with comments before every declaration and
 * statement (accepted: Sanitizer::parse) and inside one statement at a time (refused: only
 * whitespace is skipped there). Regenerate with `node scripts/avm/gen-oracle-parse.mjs`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AleoParseError, parseProgram } from '../../src/avm/index.js';

const fx: { cases: { name: string; source: string; accepted: boolean }[] } = JSON.parse(
  readFileSync(new URL('./fixtures/oracle-parse.json', import.meta.url), 'utf8'),
);

describe('comments (snarkVM Sanitizer)', () => {
  it('the fixture has accepted and refused programs', () => {
    expect(fx.cases.filter((c) => c.accepted).length).toBe(4);
    expect(fx.cases.filter((c) => !c.accepted).length).toBe(16);
  });

  for (const c of fx.cases)
    it(`${c.accepted ? 'accepts' : 'refuses'} ${c.name}`, () => {
      if (c.accepted) {
        expect(parseProgram(c.source).id).toBe('t.aleo');
        return;
      }
      const at = c.source.indexOf('/* note */');
      const line = c.source.slice(0, at).split('\n').length;
      const column = at - c.source.lastIndexOf('\n', at - 1);
      let err: unknown;
      try {
        parseProgram(c.source);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(AleoParseError);
      expect((err as AleoParseError).shortMessage).toBe(
        `${line}:${column}: a comment may only stand before a statement`,
      );
    });
});
