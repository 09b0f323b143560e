/** Parses contract source with acorn, turning syntax errors into a typed, located error. */
import { type Program, parse } from 'acorn';
import { ContractValidationError } from './errors.js';

export function parseContract(source: string): Program {
  try {
    return parse(source, { ecmaVersion: 2022, sourceType: 'script', locations: true, preserveParens: true });
  } catch (cause) {
    throw new ContractValidationError(`syntax error: ${(cause as Error).message}`, { cause });
  }
}
