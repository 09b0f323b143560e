/**
 * geth genesis files (core.Genesis): the genesis header geth derives must hash as the
 * fixtures' genesis blocks do, and configs geth refuses are refused with the field named.
 */
import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../../src/core/bytes.js';
import { InvalidInputFileError } from '../../src/core/errors.js';
import { headerHash, parseGenesis, readFixtureText } from '../../src/evm/index.js';
import { conformanceSuite } from '../conformance-dir.js';

const suite = conformanceSuite('eest/blockchain_tests/prague/eip6110_deposits/test_eip_6110.json.gz');

/** Every fork by block at 0, the merge at genesis and the time forks up to `last` at 0. */
const config = (extra: Record<string, unknown> = {}) => ({
  chainId: 1,
  ...Object.fromEntries(
    [
      'homestead',
      'eip150',
      'eip155',
      'eip158',
      'byzantium',
      'constantinople',
      'petersburg',
      'istanbul',
      'berlin',
      'london',
    ].map((f) => [`${f}Block`, 0]),
  ),
  terminalTotalDifficulty: 0,
  ...extra,
});

describe('parseGenesis', () => {
  it.skipIf(!suite.found)(
    `an EEST Prague genesis as a geth genesis file hashes as the fixture's ${suite.skipReason}`,
    () => {
      const [, t] = Object.entries(JSON.parse(readFixtureText(suite.path)))[0] as [
        string,
        Record<string, never>,
      ];
      const h = t.genesisBlockHeader as Record<string, string>;
      const g = parseGenesis({
        config: config({
          shanghaiTime: 0,
          cancunTime: 0,
          pragueTime: 0,
          blobSchedule: (t.config as { blobSchedule: unknown }).blobSchedule,
        }),
        alloc: t.pre,
        ...Object.fromEntries(
          [
            'coinbase',
            'difficulty',
            'extraData',
            'gasLimit',
            'timestamp',
            'mixHash',
            'nonce',
            'baseFeePerGas',
          ].map((k) => [k, h[k]]),
        ),
      });
      expect(bytesToHex(g.header.stateRoot)).toBe(h.stateRoot!.slice(2));
      expect(`0x${bytesToHex(headerHash(g.header))}`).toBe(h.hash);
      expect(g.config.activations.at(-1)).toEqual({ fork: 'Prague', timestamp: 0n });
    },
  );

  it('bomb-delay forks may be left out; other gaps, unknown forks and split EIP-155/158 are refused', () => {
    const acts = parseGenesis({ config: config() }).config.activations;
    expect(acts.find((a) => a.fork === 'MuirGlacier')).toEqual({ fork: 'MuirGlacier', block: 0n });
    expect(acts.at(-1)).toEqual({ fork: 'Paris', totalDifficulty: 0n });
    const refused = (c: Record<string, unknown>) => {
      try {
        parseGenesis({ config: c }, 'dev.json');
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidInputFileError);
        return (e as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refused(config({ byzantiumBlock: undefined }))).toBe(
      'dev.json: config.byzantiumBlock: missing, but constantinopleBlock is set (forks activate in order)',
    );
    expect(refused(config({ shanghaiTime: 0, pragueTime: 0 }))).toBe(
      'dev.json: config.cancunTime: missing, but pragueTime is set (forks activate in order)',
    );
    expect(refused(config({ amsterdamTime: 0 }))).toBe(
      'dev.json: config.amsterdamTime: this fork is not implemented',
    );
    expect(refused(config({ eip155Block: 1 }))).toMatch(
      /^dev\.json: config\.eip155Block: EIP-155 and EIP-158/,
    );
    expect(refused(config({ londonBlock: -1 }))).toBe(
      'dev.json: config.londonBlock: expected a non-negative integer, got -1',
    );
  });
});
