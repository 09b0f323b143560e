/**
 * Deployment (snarkVM stack/deploy.rs, Stack::check_upgrade_is_valid): circuits stored per
 * function, imports first, credits.aleo at genesis, one definition per program id unless the
 * program has a constructor and the new one is a valid upgrade, snarkVM's deployment limits.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  aleoState,
  checkProgram,
  deployProgram,
  MAX_DEPLOYMENT_CONSTRAINTS,
  MAX_DEPLOYMENT_VARIABLES,
  readDeployment,
  requireDeployed,
  synthesize,
} from '../../../src/avm/index.js';
import { MemoryStore } from '../../../src/state/index.js';

const credits = readFileSync(new URL('../programs/circuits/credits.aleo', import.meta.url), 'utf8').replace(
  /^\/\/ oracle:.*\n/gm,
  '',
);
const ECHO = 'program echo.aleo;\n\nfunction f:\n    input r0 as u8.public;\n    output r0 as u8.public;\n';
const UPG = (body: string, extra = '') => `program upg.aleo;

mapping m:
    key as u8.public;
    value as u8.public;
${extra}
function f:
    input r0 as u8.public;
${body}    output r0 as u8.public;

constructor:
    assert.eq true true;
`;

describe('deploy', () => {
  it('stores each function with its circuit id and counts; the same definition again changes nothing', () => {
    const state = aleoState(new MemoryStore());
    const p = checkProgram(ECHO);
    const r = deployProgram(state, p);
    expect(r.status).toBe('deployed');
    const s = synthesize(p, 'f').report;
    expect(readDeployment(state, 'echo.aleo')?.functions.f).toEqual({
      circuitId: s.circuitId,
      constraints: s.constraints,
      variables: s.variables,
    });
    expect(deployProgram(state, checkProgram(`// same program\n${ECHO}`)).status).toBe('unchanged');
    expect(() =>
      deployProgram(state, checkProgram(ECHO.replace('u8.public;\n    output', 'u8.private;\n    output'))),
    ).toThrow("Program 'echo.aleo' already exists with different contents.");
  });

  it('credits.aleo is deployed at genesis and cannot be redeployed or upgraded', () => {
    const state = aleoState(new MemoryStore());
    const c = checkProgram(credits);
    expect(() => requireDeployed(state, c)).not.toThrow();
    expect(() => deployProgram(state, c)).toThrow("Program 'credits.aleo' already exists");
    expect(() => deployProgram(state, checkProgram(credits.replace('1000000u64', '1000001u64')))).toThrow(
      "Cannot upgrade 'credits.aleo'",
    );
  });

  it('imports must be deployed first; execution needs the deployed definition', () => {
    const state = aleoState(new MemoryStore());
    const lib = checkProgram(ECHO);
    const user = checkProgram(
      'import echo.aleo;\nprogram user.aleo;\n\nfunction g:\n    input r0 as u8.public;\n    output r0 as u8.public;\n',
      new Map([['echo.aleo', lib]]),
    );
    expect(() => deployProgram(state, user)).toThrow("import 'echo.aleo' is not deployed (deploy it first)");
    expect(() => requireDeployed(state, user)).toThrow("program 'echo.aleo' is not deployed");
    deployProgram(state, lib);
    deployProgram(state, user);
    expect(() => requireDeployed(state, user)).not.toThrow();
  });

  it('upgrades follow snarkVM: constructor required, interface kept, edition bumped', () => {
    const state = aleoState(new MemoryStore());
    deployProgram(state, checkProgram(UPG('')));
    const G = '\nfunction g:\n    input r0 as u8.public;\n    output r0 as u8.public;\n';
    const up = deployProgram(state, checkProgram(UPG('    add r0 1u8 into r1;\n', G)));
    expect(up.status).toBe('upgraded');
    expect(up.deployment.edition).toBe(1);
    expect(() =>
      deployProgram(state, checkProgram(UPG('', G).replace('value as u8.public', 'value as u16.public'))),
    ).toThrow("Cannot upgrade 'upg.aleo' because the mapping 'm' does not match");
    expect(() =>
      deployProgram(
        state,
        checkProgram(UPG('', G).replace('    output r0 as u8.public;', '    output r0 as u8.private;')),
      ),
    ).toThrow("Cannot upgrade 'upg.aleo' because the output types of the function 'g' do not match");
  });

  it('refuses a program over the deployment constraint limit, naming it', () => {
    // ConsensusVersion::V19's cap (snarkVM PR #3375, "from 2^21 to 2^22"); the SDK's snarkVM has
    // 19 consensus versions (getOrInitConsensusVersionTestHeights returns 19 heights).
    expect(MAX_DEPLOYMENT_CONSTRAINTS).toBe(1 << 22);
    const state = aleoState(new MemoryStore());
    expect(() =>
      deployProgram(state, checkProgram(ECHO), { constraints: 10000, variables: 1 << 20 }),
    ).toThrow("'echo.aleo' exceeds the deployment limit MAX_DEPLOYMENT_CONSTRAINTS (10000 constraints)");
    expect(readDeployment(state, 'echo.aleo')).toBeUndefined();
  });

  it("sums each key's num_variables (constants included) against MAX_DEPLOYMENT_VARIABLES, naming it", () => {
    expect(MAX_DEPLOYMENT_VARIABLES).toBe(1 << 22);
    // c_id.aleo's three functions: the trailing num_variables of the keys the SDK synthesized.
    const oracle = JSON.parse(
      readFileSync(new URL('../fixtures/oracle-circuits.json', import.meta.url), 'utf8'),
    ).cases;
    const sum = ['pub', 'priv', 'pubfield'].reduce((n, f) => n + oracle[`c_id.aleo/${f}`].keyVariables, 0);
    expect(sum).toBe(45784);
    const src = readFileSync(new URL('../programs/circuits/c_id.aleo', import.meta.url), 'utf8').replace(
      /^\/\/ oracle:.*\n/gm,
      '',
    );
    const state = aleoState(new MemoryStore());
    expect(() =>
      deployProgram(state, checkProgram(src), { constraints: 1 << 20, variables: sum - 1 }),
    ).toThrow(
      `'c_id.aleo' has ${sum} variables, over the deployment limit MAX_DEPLOYMENT_VARIABLES (${sum - 1} variables)`,
    );
    expect(readDeployment(state, 'c_id.aleo')).toBeUndefined();
    expect(deployProgram(state, checkProgram(src), { constraints: 1 << 20, variables: sum }).status).toBe(
      'deployed',
    );
  });
});
