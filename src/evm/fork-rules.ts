/**
 * The fork ladder as cumulative tables (DESIGN.md "forks as tables", evmone
 * `instructions_traits.hpp`, revm `spec`): each fork is the previous one plus the values
 * its EIPs change, every changed value naming its EIP. Transaction, opcode and block code
 * read numbers and switches from here; none asks "is EIP x active" while stepping.
 * Static opcode gas comes from the opcode rows (opcodes.ts), per fork.
 * Sources: execution-specs `forks/<fork>/{fork,vm/gas}.py`, geth `params/protocol_params.go`.
 */
import { FORKS, type ForkName, forkAtLeast } from './fork-names.js';
import { OPCODES } from './opcodes.js';

/** EIP-4844 / EIP-7691 / EIP-7892 blob parameters of a fork (EIP-7840 `blobSchedule`). */
export interface BlobParams {
  readonly target: number;
  readonly max: number;
  readonly updateFraction: bigint;
}

export interface ForkParams {
  // Transactions
  readonly txGas: bigint;
  readonly txCreateGas: bigint;
  readonly txDataZero: number;
  readonly txDataNonZero: number;
  /** Per 32-byte word of initcode (EIP-3860), 0 before Shanghai. */
  readonly initcodeWordGas: number;
  readonly accessListAddressGas: bigint;
  readonly accessListStorageKeyGas: bigint;
  /** Highest transaction type (EIP-2718): 1 Berlin, 2 London, 3 Cancun, 4 Prague. */
  readonly maxTxType: number;
  /** EIP-155 chain id in legacy signatures. */
  readonly replayProtection: boolean;
  /** EIP-2: signatures with s above n/2 are invalid. */
  readonly lowS: boolean;
  /** EIP-7623: the calldata floor per token, 0 before Prague. */
  readonly floorPerToken: bigint;
  readonly tokensPerNonZeroByte: number;
  /** EIP-7702: per authorization, and the refund when the authority already exists. */
  readonly authorizationGas: bigint;
  readonly authorizationBaseGas: bigint;
  /** EIP-7825: a transaction's gas limit cap (Osaka), unlimited before. */
  readonly maxTxGas: bigint;
  /** EIP-7594: blobs one transaction may carry (Osaka), unlimited before. */
  readonly maxBlobsPerTx: number;
  // Execution
  /** EIP-150: calls keep 1/64 of the gas and cost more. */
  readonly allButOne64th: boolean;
  readonly callValueCost: number;
  readonly callNewAccountCost: number;
  readonly callStipend: number;
  readonly createDataGas: number;
  /** SELFDESTRUCT's EIP-150 cost where it is dynamic (before Berlin; static from then). */
  readonly selfdestructGas: number;
  /** EIP-160. */
  readonly expByteCost: number;
  /** EIP-2929: warm/cold access; the surcharges come on top of the warm static cost. */
  readonly accessLists: boolean;
  readonly coldAccountSurcharge: number;
  readonly coldSlotSurcharge: number;
  readonly coldAccountCost: number;
  readonly warmReadCost: number;
  /** SSTORE: 'legacy' (set/reset), 'eip1283' (Constantinople), 'eip2200' (Istanbul on). */
  readonly sstoreMetering: 'legacy' | 'eip1283' | 'eip2200';
  readonly sstoreSetGas: number;
  readonly sstoreResetGas: number;
  /** The cost of a no-op or dirty SSTORE under net metering (SLOAD_GAS; warm read from Berlin). */
  readonly sstoreNoopGas: number;
  /** EIP-2200: SSTORE fails with this much gas or less. */
  readonly sstoreSentry: number;
  readonly sstoreClearRefund: number;
  readonly selfdestructRefund: number;
  readonly refundQuotient: bigint;
  /** EIP-161: empty accounts are dead, touched empties are deleted. */
  readonly emptyIsDead: boolean;
  /** EIP-161: contracts start with nonce 1. */
  readonly createdNonce: bigint;
  /** EIP-2: running out of gas on code deposit fails the creation. */
  readonly depositFails: boolean;
  /** EIP-170, EIP-3860. */
  readonly maxCodeSize: number;
  readonly maxInitcodeSize: number;
  /** EIP-3541. */
  readonly rejectEf: boolean;
  /** EIP-3651. */
  readonly warmCoinbase: boolean;
  /** EIP-6780. */
  readonly selfdestructOnlyCreated: boolean;
  /** EIP-1559 base fee in the block and in fee rules. */
  readonly hasBaseFee: boolean;
  /** EIP-4399: 0x44 reads PREVRANDAO. */
  readonly hasRandao: boolean;
  /** EIP-7702: 0xef0100 delegation designators are followed by calls. */
  readonly delegation: boolean;
  // Blocks
  /** Ether minted per block for the miner (Yellow Paper 11.3, EIP-649, EIP-1234); 0 from Paris. */
  readonly blockReward: bigint;
  /** Ethash difficulty: 'frontier', 'homestead' (EIP-2), 'byzantium' (EIP-100) or 'pos'. */
  readonly difficulty: 'frontier' | 'homestead' | 'byzantium' | 'pos';
  /** Blocks the difficulty bomb is pushed back (EIP-649, 1234, 2384, 3554, 4345, 5133). */
  readonly bombDelay: bigint;
  /** EIP-1559: base fee change denominator and elasticity. */
  readonly baseFeeChangeDenominator: bigint;
  readonly elasticityMultiplier: bigint;
  /** EIP-4895 withdrawals. */
  readonly withdrawals: boolean;
  /** EIP-4788 parent beacon root, EIP-4844 blob header fields. */
  readonly beaconRoot: boolean;
  readonly blobs: boolean;
  readonly blob: BlobParams;
  /** EIP-7918: blob base fee floor from execution cost (BLOB_BASE_COST), 0 before Osaka. */
  readonly blobBaseCost: bigint;
  /** EIP-2935 history system call; EIP-7685 requests (6110, 7002, 7251). */
  readonly historyStorage: boolean;
  readonly requests: boolean;
  /** EIP-7934: largest block RLP (Osaka), unlimited before. */
  readonly maxBlockRlpSize: number;
}

export interface ForkRules extends ForkParams {
  readonly fork: ForkName;
  /** Static gas per byte value; -1 for an opcode this fork does not have. */
  readonly staticGas: Int32Array;
  readonly homestead: boolean;
}

const UNLIMITED = Number.MAX_SAFE_INTEGER;
const ETHER = 10n ** 18n;

const frontier: ForkParams = {
  txGas: 21000n,
  txCreateGas: 21000n,
  txDataZero: 4,
  txDataNonZero: 68,
  initcodeWordGas: 0,
  accessListAddressGas: 2400n,
  accessListStorageKeyGas: 1900n,
  maxTxType: 0,
  replayProtection: false,
  lowS: false,
  floorPerToken: 0n,
  tokensPerNonZeroByte: 4,
  authorizationGas: 25000n,
  authorizationBaseGas: 12500n,
  maxTxGas: 1n << 64n,
  maxBlobsPerTx: UNLIMITED,
  allButOne64th: false,
  callValueCost: 9000,
  callNewAccountCost: 25000,
  callStipend: 2300,
  createDataGas: 200,
  selfdestructGas: 0,
  expByteCost: 10,
  accessLists: false,
  coldAccountSurcharge: 0,
  coldSlotSurcharge: 0,
  coldAccountCost: 0,
  warmReadCost: 0,
  sstoreMetering: 'legacy',
  sstoreSetGas: 20000,
  sstoreResetGas: 5000,
  sstoreNoopGas: 0,
  sstoreSentry: 0,
  sstoreClearRefund: 15000,
  selfdestructRefund: 24000,
  refundQuotient: 2n,
  emptyIsDead: false,
  createdNonce: 0n,
  depositFails: false,
  maxCodeSize: UNLIMITED,
  maxInitcodeSize: UNLIMITED,
  rejectEf: false,
  warmCoinbase: false,
  selfdestructOnlyCreated: false,
  hasBaseFee: false,
  hasRandao: false,
  delegation: false,
  blockReward: 5n * ETHER,
  difficulty: 'frontier',
  bombDelay: 0n,
  baseFeeChangeDenominator: 8n,
  elasticityMultiplier: 2n,
  withdrawals: false,
  beaconRoot: false,
  blobs: false,
  blob: { target: 0, max: 0, updateFraction: 1n },
  blobBaseCost: 0n,
  historyStorage: false,
  requests: false,
  maxBlockRlpSize: UNLIMITED,
};

const homestead: ForkParams = {
  ...frontier,
  txCreateGas: 53000n, // EIP-2
  depositFails: true, // EIP-2
  lowS: true, // EIP-2
  difficulty: 'homestead', // EIP-2
};
const tangerineWhistle: ForkParams = { ...homestead, allButOne64th: true, selfdestructGas: 5000 }; // EIP-150
const spuriousDragon: ForkParams = {
  ...tangerineWhistle,
  replayProtection: true, // EIP-155
  expByteCost: 50, // EIP-160
  emptyIsDead: true, // EIP-161
  createdNonce: 1n, // EIP-161
  maxCodeSize: 24576, // EIP-170
};
const byzantium: ForkParams = {
  ...spuriousDragon,
  blockReward: 3n * ETHER, // EIP-649
  bombDelay: 3_000_000n, // EIP-649
  difficulty: 'byzantium', // EIP-100
};
const constantinople: ForkParams = {
  ...byzantium,
  blockReward: 2n * ETHER, // EIP-1234
  bombDelay: 5_000_000n, // EIP-1234
  sstoreMetering: 'eip1283', // EIP-1283
  sstoreNoopGas: 200, // EIP-1283
};
const petersburg: ForkParams = { ...constantinople, sstoreMetering: 'legacy', sstoreNoopGas: 0 }; // EIP-1716
const istanbul: ForkParams = {
  ...petersburg,
  txDataNonZero: 16, // EIP-2028
  sstoreMetering: 'eip2200', // EIP-2200
  sstoreNoopGas: 800, // EIP-2200 (SLOAD_GAS, EIP-1884)
  sstoreSentry: 2300, // EIP-2200
};
const muirGlacier: ForkParams = { ...istanbul, bombDelay: 9_000_000n }; // EIP-2384
const berlin: ForkParams = {
  ...muirGlacier,
  maxTxType: 1, // EIP-2718, EIP-2930
  accessLists: true, // EIP-2929
  coldAccountSurcharge: 2500, // EIP-2929
  coldSlotSurcharge: 2000, // EIP-2929
  coldAccountCost: 2600, // EIP-2929
  warmReadCost: 100, // EIP-2929
  sstoreNoopGas: 100, // EIP-2929
  sstoreResetGas: 2900, // EIP-2929: 5000 - COLD_SLOAD_COST
  selfdestructGas: 0, // static from here (opcodes.ts)
};
const london: ForkParams = {
  ...berlin,
  maxTxType: 2, // EIP-1559
  hasBaseFee: true, // EIP-1559
  refundQuotient: 5n, // EIP-3529
  sstoreClearRefund: 4800, // EIP-3529
  selfdestructRefund: 0, // EIP-3529
  rejectEf: true, // EIP-3541
  bombDelay: 9_700_000n, // EIP-3554
};
const arrowGlacier: ForkParams = { ...london, bombDelay: 10_700_000n }; // EIP-4345
const grayGlacier: ForkParams = { ...arrowGlacier, bombDelay: 11_400_000n }; // EIP-5133
const paris: ForkParams = {
  ...grayGlacier,
  blockReward: 0n, // EIP-3675
  difficulty: 'pos', // EIP-3675
  hasRandao: true, // EIP-4399
};
const shanghai: ForkParams = {
  ...paris,
  warmCoinbase: true, // EIP-3651
  maxInitcodeSize: 49152, // EIP-3860
  initcodeWordGas: 2, // EIP-3860
  withdrawals: true, // EIP-4895
};
const cancun: ForkParams = {
  ...shanghai,
  maxTxType: 3, // EIP-4844
  blobs: true, // EIP-4844
  blob: { target: 3, max: 6, updateFraction: 3338477n }, // EIP-4844
  beaconRoot: true, // EIP-4788
  selfdestructOnlyCreated: true, // EIP-6780
};
const prague: ForkParams = {
  ...cancun,
  maxTxType: 4, // EIP-7702
  delegation: true, // EIP-7702
  floorPerToken: 10n, // EIP-7623
  blob: { target: 6, max: 9, updateFraction: 5007716n }, // EIP-7691
  historyStorage: true, // EIP-2935
  requests: true, // EIP-7685
};
const osaka: ForkParams = {
  ...prague,
  maxTxGas: 1n << 24n, // EIP-7825
  maxBlobsPerTx: 6, // EIP-7594
  blobBaseCost: 1n << 13n, // EIP-7918
  maxBlockRlpSize: 10_485_760 - 2_097_152, // EIP-7934
};
// EIP-7892 blob-parameter-only forks (mainnet BPO1 and BPO2; BPO3 and BPO4 as geth's tests).
const bpo1: ForkParams = { ...osaka, blob: { target: 10, max: 15, updateFraction: 8346193n } };
const bpo2: ForkParams = { ...bpo1, blob: { target: 14, max: 21, updateFraction: 11684671n } };
const bpo3: ForkParams = { ...bpo2, blob: { target: 21, max: 32, updateFraction: 20609697n } };
const bpo4: ForkParams = { ...bpo3, blob: { target: 14, max: 21, updateFraction: 13739630n } };
const bpo5: ForkParams = { ...bpo4 };

const LADDER: Readonly<Record<ForkName, ForkParams>> = {
  Frontier: frontier,
  Homestead: homestead,
  TangerineWhistle: tangerineWhistle,
  SpuriousDragon: spuriousDragon,
  Byzantium: byzantium,
  Constantinople: constantinople,
  Petersburg: petersburg,
  Istanbul: istanbul,
  MuirGlacier: muirGlacier,
  Berlin: berlin,
  London: london,
  ArrowGlacier: arrowGlacier,
  GrayGlacier: grayGlacier,
  Paris: paris,
  Shanghai: shanghai,
  Cancun: cancun,
  Prague: prague,
  Osaka: osaka,
  BPO1: bpo1,
  BPO2: bpo2,
  BPO3: bpo3,
  BPO4: bpo4,
  BPO5: bpo5,
};

/** Static gas per byte value in `fork`, from the opcode rows; -1 where undefined. */
function staticGasTable(fork: ForkName): Int32Array {
  const table = new Int32Array(256).fill(-1);
  for (const row of OPCODES) {
    if (!forkAtLeast(fork, row.since)) continue;
    for (const [since, gas] of row.gas) if (forkAtLeast(fork, since)) table[row.code] = gas;
  }
  return table;
}

const cache = new Map<ForkName, ForkRules>();

/** The rules of `fork`, built on first use and shared afterwards. */
export function forkRules(fork: ForkName): ForkRules {
  let r = cache.get(fork);
  if (!r) {
    r = { ...LADDER[fork], fork, staticGas: staticGasTable(fork), homestead: forkAtLeast(fork, 'Homestead') };
    cache.set(fork, r);
  }
  return r;
}

export const ALL_FORKS = FORKS;
