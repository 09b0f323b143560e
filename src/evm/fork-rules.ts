/**
 * Per-fork rules, built once per fork from the ladder (DESIGN.md "forks as tables"): which
 * opcodes exist, their static gas, and the dynamic-gas parameters that forks changed.
 * The interpreter reads numbers from here; it never asks "is EIP x active" while stepping.
 * Sources: execution-specs `forks/<fork>/vm/gas.py`, EIPs 150, 158, 160, 1884, 2028,
 * 2200, 2929, 3529, 3541, 3651, 3855, 3860, 4844, 1153, 5656, 6780.
 */
import { FORKS, type ForkName, forkAtLeast } from './fork-names.js';
import { OPCODES } from './opcodes.js';

export interface ForkRules {
  readonly fork: ForkName;
  /** Static gas per byte value; -1 for an opcode this fork does not have. */
  readonly staticGas: Int32Array;
  /** EIP-2929 (Berlin): warm/cold account and slot costs. Before Berlin warm = cold. */
  readonly accessLists: boolean;
  readonly coldAccount: number;
  readonly warmAccount: number;
  /** BALANCE / EXTCODESIZE / EXTCODECOPY / EXTCODEHASH / CALL* cost before Berlin. */
  readonly balanceCost: number;
  readonly extcodeCost: number;
  readonly extcodehashCost: number;
  readonly callCost: number;
  readonly sloadCold: number;
  readonly sloadWarm: number;
  readonly selfdestructCost: number;
  /** 'frontier' (20000/5000, refund 15000) or 'eip2200' (Istanbul net metering and later). */
  readonly sstoreNetMetering: boolean;
  readonly sstoreClearRefund: number;
  readonly selfdestructRefund: number;
  readonly refundQuotient: number;
  readonly expByteCost: number;
  readonly txDataNonZero: number;
  /** EIP-150: all but one 64th, call costs. */
  readonly allButOne64th: boolean;
  /** EIP-158/161: empty accounts are dead, touched empties are deleted. */
  readonly emptyIsDead: boolean;
  /** Homestead: out of gas on code deposit fails the creation. */
  readonly depositFails: boolean;
  readonly maxCodeSize: number;
  readonly maxInitcodeSize: number;
  readonly rejectEf: boolean;
  readonly warmCoinbase: boolean;
  readonly createdNonce: bigint;
  /** EIP-6780: SELFDESTRUCT only deletes accounts created in the same transaction. */
  readonly selfdestructOnlyCreated: boolean;
  readonly hasBaseFee: boolean;
  readonly hasBlobs: boolean;
  readonly hasRandao: boolean;
  readonly homestead: boolean;
}

const cache = new Map<ForkName, ForkRules>();

/** The rules of `fork`, built on first use and shared afterwards. */
export function forkRules(fork: ForkName): ForkRules {
  let r = cache.get(fork);
  if (!r) {
    r = build(fork);
    cache.set(fork, r);
  }
  return r;
}

function build(fork: ForkName): ForkRules {
  const at = (f: ForkName) => forkAtLeast(fork, f);
  const berlin = at('Berlin');
  const tangerine = at('TangerineWhistle');
  const istanbul = at('Istanbul');
  const balanceCost = istanbul ? 700 : tangerine ? 400 : 20;
  const extcodeCost = tangerine ? 700 : 20;
  const extcodehashCost = istanbul ? 700 : 400;
  const callCost = tangerine ? 700 : 40;
  const sload = istanbul ? 800 : tangerine ? 200 : 50;
  const staticGas = new Int32Array(256).fill(-1);
  for (const row of OPCODES) {
    if (!at(row.since)) continue;
    let gas = row.gas;
    switch (row.name) {
      // Opcodes whose whole cost is dynamic (charged by the handler from these rules).
      case 'BALANCE':
      case 'EXTCODESIZE':
      case 'EXTCODECOPY':
      case 'EXTCODEHASH':
      case 'SLOAD':
      case 'SSTORE':
      case 'CALL':
      case 'CALLCODE':
      case 'DELEGATECALL':
      case 'STATICCALL':
      case 'SELFDESTRUCT':
        gas = 0;
        break;
    }
    staticGas[row.code] = gas;
  }
  return {
    fork,
    staticGas,
    accessLists: berlin,
    coldAccount: berlin ? 2600 : 0,
    warmAccount: berlin ? 100 : 0,
    balanceCost,
    extcodeCost,
    extcodehashCost,
    callCost,
    sloadCold: berlin ? 2100 : sload,
    sloadWarm: berlin ? 100 : sload,
    selfdestructCost: tangerine ? 5000 : 0,
    sstoreNetMetering: istanbul,
    sstoreClearRefund: at('London') ? 4800 : 15000,
    selfdestructRefund: at('London') ? 0 : 24000,
    refundQuotient: at('London') ? 5 : 2,
    expByteCost: at('SpuriousDragon') ? 50 : 10,
    txDataNonZero: istanbul ? 16 : 68,
    allButOne64th: tangerine,
    emptyIsDead: at('SpuriousDragon'),
    depositFails: at('Homestead'),
    maxCodeSize: at('SpuriousDragon') ? 24576 : Number.MAX_SAFE_INTEGER,
    maxInitcodeSize: at('Shanghai') ? 49152 : Number.MAX_SAFE_INTEGER,
    rejectEf: at('London'),
    warmCoinbase: at('Shanghai'),
    createdNonce: at('SpuriousDragon') ? 1n : 0n,
    selfdestructOnlyCreated: at('Cancun'),
    hasBaseFee: at('London'),
    hasBlobs: at('Cancun'),
    hasRandao: at('Paris'),
    homestead: at('Homestead'),
  };
}

export const ALL_FORKS = FORKS;
