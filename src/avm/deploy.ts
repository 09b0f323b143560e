/**
 * Program deployment over the state store (snarkVM synthesizer/process/src/stack/deploy.rs and
 * the upgrade rules of Stack::check_upgrade_is_valid): a program is stored with the circuit of
 * each function (id, counts) under `aleo-deploy/<program id>`; its imports must be deployed
 * first; credits.aleo is deployed at genesis. A second deployment of the same id with another
 * definition is refused unless the stored program has a constructor and the new one is a valid
 * upgrade (same id, imports, constructor, mappings, structs, records and closures; every
 * function keeps its input and output types and its finalize inputs), which bumps the edition.
 * Deployments whose circuits exceed snarkVM's limits (Stack::verify_deployment over all
 * functions, at the current consensus version V19: 2^22 constraints and 2^22 variables, the cap
 * snarkVM PR #3375 introduced with V19 after 2^21 before V18 and a block-wide limit at V18; the
 * SDK's snarkVM knows 19 consensus versions) are refused. Constraints count as Deployment::num_combined_constraints does (each
 * verifying key's circuit info, Varuna's zero-knowledge row included) and variables as
 * Deployment::num_combined_variables does (each console key's num_variables, R1CS::num_variables:
 * constants, public with the one, private; the report's `variables`).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import type { JournaledCache } from '../state/index.js';
import { CircuitHalt, synthesize } from './circuit/index.js';
import { AleoDeployError } from './errors.js';
import { AleoProgram } from './process.js';

/** The per-deployment caps at ConsensusVersion::V19 (`_V2` in snarkVM's network constants). */
export const MAX_DEPLOYMENT_CONSTRAINTS = 1 << 22;
export const MAX_DEPLOYMENT_VARIABLES = 1 << 22;

/** credits.aleo at genesis: the checksum of its normalized text (the SDK's snarkVM). */
const GENESIS: Record<string, string> = {
  'credits.aleo': '34435eb9928cbe1b79092c7abebd6da8fd44a2e7f77c238b337df5fee83b5bfa',
};

export interface FunctionCircuit {
  readonly circuitId?: string;
  readonly constraints?: number;
  readonly variables?: number;
  /** Why polyvm could not synthesize this function's circuit (the deployment is still stored). */
  readonly unsupported?: string;
}

export interface Deployment {
  readonly program: string;
  readonly edition: number;
  readonly checksum: string;
  readonly source: string;
  readonly functions: Readonly<Record<string, FunctionCircuit>>;
}

const utf8 = new TextEncoder();
const key = (id: string) => utf8.encode(`aleo-deploy/${id}`);

/** The text snarkVM's parser sees: comments dropped, whitespace collapsed. */
export function normalizedSource(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function programChecksum(source: string): string {
  return Buffer.from(sha256(utf8.encode(normalizedSource(source)))).toString('hex');
}

export function readDeployment(state: Pick<JournaledCache, 'get'>, id: string): Deployment | undefined {
  const v = state.get(key(id));
  return v ? (JSON.parse(new TextDecoder().decode(v)) as Deployment) : undefined;
}

function isDeployed(state: Pick<JournaledCache, 'get'>, program: AleoProgram): boolean {
  const checksum = programChecksum(program.ast.source);
  if (GENESIS[program.id]) return GENESIS[program.id] === checksum;
  return readDeployment(state, program.id)?.checksum === checksum;
}

/** `aleo execute` runs only deployed programs (and their imports), as deployed. */
export function requireDeployed(state: Pick<JournaledCache, 'get'>, program: AleoProgram): void {
  for (const p of [...program.imports.values(), program]) {
    if (isDeployed(state, p)) continue;
    const known = GENESIS[p.id] !== undefined || readDeployment(state, p.id) !== undefined;
    throw new AleoDeployError(
      known
        ? `program '${p.id}' differs from its deployed definition`
        : `program '${p.id}' is not deployed (deploy it first: polyvm aleo deploy ${p.id})`,
    );
  }
}

const typeText = (v: unknown) =>
  JSON.stringify(v, (k, x) => (k === 'pos' || k === 'spec' ? undefined : x instanceof Map ? [...x] : x));

/** Stack::check_upgrade_is_valid, the rules that concern the program's interface. */
function checkUpgrade(old: AleoProgram, next: AleoProgram): void {
  const fail = (why: string) => {
    throw new AleoDeployError(`Cannot upgrade '${old.id}' because ${why}`);
  };
  if (!next.ast.ctor)
    throw new AleoDeployError('A program cannot be upgraded to a program without a constructor');
  for (const id of old.ast.imports)
    if (!next.ast.imports.includes(id)) fail(`it is missing the original import '${id}'`);
  if (typeText(old.ast.ctor) !== typeText(next.ast.ctor)) fail('the constructor does not match');
  for (const [kind, a, b] of [
    ['mapping', old.ast.mappings, next.ast.mappings],
    ['struct', old.ast.structs, next.ast.structs],
    ['record', old.ast.records, next.ast.records],
    ['closure', old.ast.closures, next.ast.closures],
  ] as const) {
    for (const [name, def] of a as ReadonlyMap<string, unknown>) {
      const other = (b as ReadonlyMap<string, unknown>).get(name);
      if (!other || typeText(def) !== typeText(other)) fail(`the ${kind} '${name}' does not match`);
    }
  }
  for (const [name, f] of old.ast.functions) {
    const g = next.ast.functions.get(name);
    if (!g) fail(`the function '${name}' is missing`);
    else {
      if (typeText(f.inputs.map((i) => i.type)) !== typeText(g.inputs.map((i) => i.type)))
        fail(`the input types to the function '${name}' do not match`);
      if (typeText(f.outputs.map((o) => o.type)) !== typeText(g.outputs.map((o) => o.type)))
        fail(`the output types of the function '${name}' do not match`);
      if (!!f.finalize !== !!g.finalize)
        fail(`the function '${name}' ${f.finalize ? 'should' : 'should not'} have a finalize block`);
      if (
        f.finalize &&
        g.finalize &&
        typeText(f.finalize.inputs.map((i) => i.type)) !== typeText(g.finalize.inputs.map((i) => i.type))
      )
        fail(`the finalize inputs to the function '${name}' do not match`);
    }
  }
}

export interface DeployLimits {
  readonly constraints: number;
  readonly variables: number;
}

const LIMITS: DeployLimits = { constraints: MAX_DEPLOYMENT_CONSTRAINTS, variables: MAX_DEPLOYMENT_VARIABLES };

function circuits(program: AleoProgram, limits: DeployLimits): Record<string, FunctionCircuit> {
  const out: Record<string, FunctionCircuit> = {};
  let constraints = 0;
  let variables = 0;
  const over = (what: string, n: number | undefined, name: string, limit: number) =>
    new AleoDeployError(
      `'${program.id}' ${n === undefined ? 'exceeds' : `has ${n} ${what}, over`} the deployment limit ${name} (${limit} ${what})`,
    );
  for (const name of program.ast.functions.keys()) {
    try {
      // The limit counts Varuna's zero-knowledge row of each function (vk.circuit_info.num_constraints).
      const budget = {
        constraints: limits.constraints - constraints - 1,
        variables: limits.variables - variables,
      };
      const r = synthesize(program, name, { limits: budget }).report;
      out[name] = {
        circuitId: r.circuitId,
        constraints: r.constraints,
        variables: r.variables,
      };
      constraints += r.constraints + 1;
      variables += r.variables;
    } catch (e) {
      if (!(e instanceof CircuitHalt)) throw e;
      if (/Surpassed the constraint limit/.test(e.shortMessage))
        throw over('constraints', undefined, 'MAX_DEPLOYMENT_CONSTRAINTS', limits.constraints);
      if (/Surpassed the variable limit/.test(e.shortMessage))
        throw over('variables', undefined, 'MAX_DEPLOYMENT_VARIABLES', limits.variables);
      out[name] = { unsupported: e.shortMessage };
    }
  }
  if (constraints > limits.constraints)
    throw over('constraints', constraints, 'MAX_DEPLOYMENT_CONSTRAINTS', limits.constraints);
  if (variables > limits.variables)
    throw over('variables', variables, 'MAX_DEPLOYMENT_VARIABLES', limits.variables);
  return out;
}

export interface DeployResult {
  readonly status: 'deployed' | 'upgraded' | 'unchanged';
  readonly deployment: Deployment;
}

/** Deploys `program` into `state` (the caller flushes); `limits` default to snarkVM's (tests pass smaller ones). */
export function deployProgram(
  state: JournaledCache,
  program: AleoProgram,
  limits: DeployLimits = LIMITS,
): DeployResult {
  for (const p of program.imports.values())
    if (!isDeployed(state, p))
      throw new AleoDeployError(`import '${p.id}' is not deployed (deploy it first)`);
  const checksum = programChecksum(program.ast.source);
  const genesis = GENESIS[program.id];
  if (genesis) {
    if (genesis === checksum) throw new AleoDeployError(`Program '${program.id}' already exists`);
    throw new AleoDeployError(`Cannot upgrade '${program.id}'`);
  }
  const old = readDeployment(state, program.id);
  if (old?.checksum === checksum) return { status: 'unchanged', deployment: old };
  let edition = 0;
  if (old) {
    const previous = AleoProgram.parse(old.source, program.imports);
    if (!previous.ast.ctor)
      throw new AleoDeployError(`Program '${program.id}' already exists with different contents.`);
    checkUpgrade(previous, program);
    edition = old.edition + 1;
  }
  const deployment: Deployment = {
    program: program.id,
    edition,
    checksum,
    source: program.ast.source,
    functions: circuits(program, limits),
  };
  state.put(key(program.id), utf8.encode(JSON.stringify(deployment)));
  return { status: old ? 'upgraded' : 'deployed', deployment };
}
