/**
 * The programs an Aleo state holds. The first `execute` of a program stores its definition
 * beside its mappings, at `aleo/program/<id>`: the program text without comments, each run of
 * whitespace one space (kept out where tokens touch, as in `m[r0]`). A later execute under the
 * same id with another definition is refused, so that no mapping is ever read or written under
 * types other than those it was made with: snarkVM deploys an id once (upgrades, with their
 * rules, belong to a deploy command).
 */
import { utf8ToBytes } from '../core/bytes.js';
import type { JournaledCache } from '../state/journaled-cache.js';
import { namespacedKey } from '../state/namespaces.js';
import { AleoProgramMismatchError } from './errors.js';
import { adjacent, tokenize } from './parser/lexer.js';
import type { AleoProgram } from './process.js';

export function programDefinitionKey(id: string): Uint8Array {
  return namespacedKey('avm', `program/${id}`);
}

const canonical = new WeakMap<AleoProgram, string>();

/** The definition of a program as a state stores it: its tokens, comments and layout dropped. */
export function programDefinition(program: AleoProgram): string {
  let text = canonical.get(program);
  if (text === undefined) {
    const tokens = tokenize(program.ast.source).filter((t) => t.kind !== 'eof');
    text = tokens.map((t, i) => (i > 0 && !adjacent(tokens[i - 1]!, t) ? ` ${t.text}` : t.text)).join('');
    canonical.set(program, text);
  }
  return text;
}

/** The definition `state` holds for program `id`, if any. */
export function storedDefinition(state: Pick<JournaledCache, 'get'>, id: string): string | undefined {
  const bytes = state.get(programDefinitionKey(id));
  return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
}

/**
 * Checks `program` and every program it imports against `state`: throws when the state holds
 * another definition under one of their ids; returns those the state does not hold yet.
 */
export function programsToStore(state: Pick<JournaledCache, 'get'>, program: AleoProgram): AleoProgram[] {
  const fresh: AleoProgram[] = [];
  const seen = new Set<string>();
  const visit = (p: AleoProgram) => {
    if (seen.has(p.id)) return;
    seen.add(p.id);
    const stored = storedDefinition(state, p.id);
    const given = programDefinition(p);
    if (stored === undefined) fresh.push(p);
    else if (stored !== given)
      throw new AleoProgramMismatchError(
        `program '${p.id}' differs from the one this state holds (stored by its first execute): ${firstDifference(stored, given)}; give the changed program a new id or use another state`,
      );
    for (const sub of p.imports.values()) visit(sub);
  };
  visit(program);
  return fresh;
}

/** Stores the definitions of `programs` (from programsToStore) in `state`. */
export function storePrograms(state: JournaledCache, programs: readonly AleoProgram[]): void {
  for (const p of programs) state.put(programDefinitionKey(p.id), utf8ToBytes(programDefinition(p)));
}

/** Where two definitions part: three words either side of the first difference in each. */
function firstDifference(stored: string, given: string): string {
  let i = 0;
  while (i < stored.length && stored[i] === given[i]) i++;
  let start = i;
  for (let k = 0; k < 3 && start > 0; k++) start = stored.lastIndexOf(' ', start - 1);
  const excerpt = (s: string) => {
    let end = i;
    for (let k = 0; k < 3 && end >= 0; k++) end = s.indexOf(' ', end + 1);
    const text = s.slice(Math.max(0, start + 1), end < 0 ? s.length : end).trim();
    return text === '' ? 'the end' : `'${text}'`;
  };
  return `it holds ${excerpt(stored)} where this one has ${excerpt(given)}`;
}
