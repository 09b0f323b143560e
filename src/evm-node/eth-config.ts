/**
 * EIP-7910 `eth_config` as geth answers it (`internal/ethapi` Config): the fork the head runs
 * under (`current`), the next scheduled one and the last one (null when none is scheduled),
 * each with its activation time (the genesis time for forks before Shanghai), blob schedule,
 * chain id, EIP-6122 fork id, active precompiles by geth's names and system contracts.
 */
import { blobParams, type ChainConfig, type ForkName, forkAtLeast, precompilesFor } from '../evm/index.js';
import { address, qty } from './hex.js';

/** geth's precompile names (PrecompiledContract.Name()), by address. */
const PRECOMPILE_NAMES: Readonly<Record<number, string>> = {
  1: 'ECREC',
  2: 'SHA256',
  3: 'RIPEMD160',
  4: 'ID',
  5: 'MODEXP',
  6: 'BN254_ADD',
  7: 'BN254_MUL',
  8: 'BN254_PAIRING',
  9: 'BLAKE2F',
  10: 'KZG_POINT_EVALUATION',
  11: 'BLS12_G1ADD',
  12: 'BLS12_G1MSM',
  13: 'BLS12_G2ADD',
  14: 'BLS12_G2MSM',
  15: 'BLS12_PAIRING_CHECK',
  16: 'BLS12_MAP_FP_TO_G1',
  17: 'BLS12_MAP_FP2_TO_G2',
  256: 'P256VERIFY',
};

/** EIP-7910 system contract names, the fork that brings each, and its address (deposit: the config's). */
const SYSTEM_CONTRACTS: readonly [string, ForkName, bigint | 'deposit'][] = [
  ['BEACON_ROOTS_ADDRESS', 'Cancun', 0x000f3df6d732807ef1319fb7b8bb8522d0beac02n],
  ['CONSOLIDATION_REQUEST_PREDEPLOY_ADDRESS', 'Prague', 0x0000bbddc7ce488642fb579f8b00f3a590007251n],
  ['DEPOSIT_CONTRACT_ADDRESS', 'Prague', 'deposit'],
  ['HISTORY_STORAGE_ADDRESS', 'Prague', 0x0000f90827f1c53a10cb7a02335b175320002935n],
  ['WITHDRAWAL_REQUEST_PREDEPLOY_ADDRESS', 'Prague', 0x00000961ef480eb55e80d19ad83579a64c007002n],
];

/** The genesis fields geth counts in the fork id that ChainConfig does not carry. */
export function extraForkBlocks(genesisJson: unknown): bigint[] {
  const c = (genesisJson as { config?: Record<string, unknown> } | undefined)?.config ?? {};
  const out: bigint[] = [];
  for (const k of ['daoForkBlock', 'mergeNetsplitBlock']) {
    const v = c[k];
    if (typeof v === 'number' || (typeof v === 'string' && /^(0x[0-9a-f]+|[0-9]+)$/i.test(v)))
      out.push(BigInt(v));
  }
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE) continued from `crc` over `bytes`. */
function crc32(crc: number, bytes: Uint8Array): number {
  let c = ~crc >>> 0;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

const u64 = (n: bigint): Uint8Array => {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, n);
  return out;
};

export interface ConfigChain {
  config: ChainConfig;
  genesisHash: Uint8Array;
  genesisTime: bigint;
  headTime: bigint;
  extraForkBlocks: readonly bigint[];
}

/**
 * EIP-2124/6122 fork id at `time`: CRC32 of the genesis hash and every fork block (all of
 * them, as geth's NewID with head = max) and fork time after genesis up to `time`, ascending
 * and without repeats.
 */
function forkId(c: ConfigChain, time: bigint): string {
  const blocks = new Set<bigint>(c.extraForkBlocks);
  const times = new Set<bigint>();
  for (const a of c.config.activations) {
    if (a.block !== undefined) blocks.add(a.block);
    if (a.timestamp !== undefined) times.add(a.timestamp);
  }
  let crc = crc32(0, c.genesisHash);
  for (const b of [...blocks].filter((b) => b > 0n).sort((x, y) => (x < y ? -1 : 1)))
    crc = crc32(crc, u64(b));
  for (const t of [...times].filter((t) => t > c.genesisTime && t <= time).sort((x, y) => (x < y ? -1 : 1)))
    crc = crc32(crc, u64(t));
  return `0x${crc.toString(16).padStart(8, '0')}`;
}

/** The latest fork active at `time` among the time-scheduled ones, else Paris. */
function timeForks(c: ChainConfig): { fork: ForkName; timestamp: bigint }[] {
  return c.activations
    .filter((a) => a.timestamp !== undefined)
    .map((a) => ({ fork: a.fork, timestamp: a.timestamp! }));
}

function assemble(
  c: ConfigChain,
  fork: ForkName,
  activationTime: bigint,
  at: bigint,
): Record<string, unknown> {
  const precompiles: Record<string, string> = {};
  for (const key of precompilesFor(fork).keys()) {
    const a = Number.parseInt(key, 16);
    precompiles[PRECOMPILE_NAMES[a] ?? address(BigInt(a))] = address(BigInt(a));
  }
  const systemContracts: Record<string, string> = {};
  for (const [name, since, addr] of SYSTEM_CONTRACTS)
    if (forkAtLeast(fork, since))
      systemContracts[name] = address(addr === 'deposit' ? c.config.depositContract : addr);
  const blob = forkAtLeast(fork, 'Cancun') ? blobParams(c.config, fork) : undefined;
  return {
    activationTime: Number(activationTime),
    blobSchedule: blob
      ? { target: blob.target, max: blob.max, baseFeeUpdateFraction: Number(blob.updateFraction) }
      : null,
    chainId: qty(c.config.chainId),
    forkId: forkId(c, at),
    precompiles,
    systemContracts,
  };
}

/** The eth_config answer for a chain whose head runs `fork` at `headTime`. */
export function ethConfig(c: ConfigChain, fork: ForkName): Record<string, unknown> {
  const scheduled = timeForks(c.config);
  const active = scheduled.filter((f) => f.timestamp <= c.headTime);
  const cur = active[active.length - 1];
  const next = scheduled.find((f) => f.timestamp > c.headTime);
  const last = scheduled[scheduled.length - 1];
  return {
    current: assemble(c, fork, cur ? cur.timestamp : c.genesisTime, c.headTime),
    next: next ? assemble(c, next.fork, next.timestamp, next.timestamp) : null,
    last: next && last ? assemble(c, last.fork, last.timestamp, last.timestamp) : null,
  };
}
