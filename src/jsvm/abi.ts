/**
 * The contract ABI file of IOST (`{"lang":"javascript","version":"1.0.0","abi":[...]}`) and
 * its rules, as go-iost `vm/v8vm/v8/libjs/validate.js` and `vm/host` check them: method
 * names of 1 to 32 characters of [A-Za-z0-9_] not starting with `_`, argument types from
 * string/bool/number/json, `init` never listed, amountLimit entries {token, val} as strings,
 * no token twice.
 */
import { DecimalFormatError, parseAmount } from './decimal.js';
import { ContractValidationError } from './errors.js';

/** Tokens an amountLimit may name, with their decimals ('*' is read with 0, as IOST does). */
const LIMIT_TOKENS: Readonly<Record<string, number>> = { '*': 0, iost: 8, ram: 0 };

export type AbiArgType = 'string' | 'bool' | 'number' | 'json';

export interface AmountLimit {
  token: string;
  val: string;
}

export interface AbiMethod {
  name: string;
  args: AbiArgType[];
  amountLimit: AmountLimit[];
}

export interface ContractAbi {
  lang: 'javascript';
  version: string;
  abi: AbiMethod[];
}

const ARG_TYPES = new Set(['string', 'bool', 'number', 'json']);

function fail(rule: string): never {
  throw new ContractValidationError(`abi invalid: ${rule}`);
}

export function checkAbiName(name: unknown): asserts name is string {
  if (typeof name !== 'string') fail('method name must be a string');
  if (name.length < 1 || name.length > 32)
    fail(`abi name length should be between 1,32, got ${JSON.stringify(name)}`);
  if (name[0] === '_') fail(`abi name shouldn't start with _: ${name}`);
  const bad = /[^A-Za-z0-9_]/.exec(name);
  if (bad) fail(`abi name ${JSON.stringify(name)} contains invalid character ${JSON.stringify(bad[0])}`);
}

/** Parses and checks an ABI document (text or value). */
export function parseAbi(input: string | unknown): ContractAbi {
  let doc: unknown = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (cause) {
      throw new ContractValidationError(`abi invalid: not JSON (${(cause as Error).message})`, { cause });
    }
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) fail('the document must be a JSON object');
  const d = doc as Record<string, unknown>;
  if (d.lang !== 'javascript') fail(`lang must be "javascript", got ${JSON.stringify(d.lang)}`);
  const version = d.version === undefined ? '1.0.0' : d.version;
  if (typeof version !== 'string') fail('version must be a string');
  if (!Array.isArray(d.abi)) fail('"abi" must be an array of methods');
  const seen = new Set<string>();
  const abi = d.abi.map((m: unknown, i: number): AbiMethod => {
    if (!m || typeof m !== 'object') fail(`abi[${i}] must be an object`);
    const e = m as Record<string, unknown>;
    checkAbiName(e.name);
    if (e.name === 'init') fail("abi shouldn't contain internal function: init");
    if (seen.has(e.name)) fail(`method ${e.name} listed twice`);
    seen.add(e.name);
    const args = e.args ?? [];
    if (!Array.isArray(args)) fail(`args of ${e.name} must be an array`);
    for (const a of args)
      if (!ARG_TYPES.has(a as string))
        fail(
          `args should be one of ["string", "bool", "number", "json"]: ${e.name} lists ${JSON.stringify(a)}`,
        );
    return {
      name: e.name,
      args: args as AbiArgType[],
      amountLimit: parseAmountLimits(e.amountLimit, e.name),
    };
  });
  return { lang: 'javascript', version, abi };
}

function parseAmountLimits(value: unknown, method: string): AmountLimit[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(`amountLimit of ${method} must be an array`);
  const tokens = new Set<string>();
  return value.map((l: unknown) => {
    const e = (l ?? {}) as Record<string, unknown>;
    if (typeof e.token !== 'string') fail(`amountLimit of ${method}: token should be string type`);
    if (typeof e.val !== 'string') fail(`amountLimit of ${method}: val should be string type`);
    if (tokens.has(e.token)) fail(`duplicated token in amountLimit: ${e.token}`);
    tokens.add(e.token);
    const decimals = LIMIT_TOKENS[e.token];
    if (decimals === undefined) fail(`token not exists in amountLimit: ${e.token}`);
    if (e.val !== 'unlimited') {
      try {
        parseAmount(e.val, decimals);
      } catch (err) {
        if (!(err instanceof DecimalFormatError)) throw err;
        fail(`amountLimit of ${method}: val ${JSON.stringify(e.val)}: ${err.message}`);
      }
    }
    return { token: e.token, val: e.val };
  });
}
