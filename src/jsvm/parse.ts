/** Parses contract source with acorn, turning syntax errors into a typed, located error. */
import { type Program, parse } from 'acorn';
import { ContractValidationError } from './errors.js';

export function parseContract(source: string): Program {
  try {
    return parse(source, { ecmaVersion: 2022, sourceType: 'script', locations: true, preserveParens: true });
  } catch (cause) {
    const loc = (cause as { loc?: { line: number; column: number } }).loc;
    const message = (cause as Error).message.replace(/ \(\d+:\d+\)$/, '');
    throw new ContractValidationError(`syntax error: ${message}`, {
      cause,
      location: loc ? { line: loc.line, column: loc.column + 1 } : undefined,
    });
  }
}
