/**
 * The Ethereum fork ladder, oldest first, and the names other tools use for them (geth's
 * `tests/init.go`, ethereum/tests, execution-spec-tests). Per-fork tables (rules, opcodes,
 * precompiles) are built once from this order. The glacier forks only move the difficulty
 * bomb; BPO1-BPO5 (EIP-7892) only change blob parameters.
 */

export const FORKS = [
  'Frontier',
  'Homestead',
  'TangerineWhistle',
  'SpuriousDragon',
  'Byzantium',
  'Constantinople',
  'Petersburg',
  'Istanbul',
  'MuirGlacier',
  'Berlin',
  'London',
  'ArrowGlacier',
  'GrayGlacier',
  'Paris',
  'Shanghai',
  'Cancun',
  'Prague',
  'Osaka',
  'BPO1',
  'BPO2',
  'BPO3',
  'BPO4',
  'BPO5',
] as const;

export type ForkName = (typeof FORKS)[number];

/** Names used in state-test `post` sections and by other tools, mapped to ours. */
export const FORK_ALIASES: Readonly<Record<string, ForkName>> = {
  EIP150: 'TangerineWhistle',
  EIP158: 'SpuriousDragon',
  ConstantinopleFix: 'Petersburg',
  Merge: 'Paris',
};

const INDEX = new Map<string, number>(FORKS.map((f, i) => [f, i]));

/** The canonical fork name for `name` (case-insensitive, aliases accepted), or undefined. */
export function parseForkName(name: string): ForkName | undefined {
  const lower = name.toLowerCase();
  for (const f of FORKS) if (f.toLowerCase() === lower) return f;
  for (const [alias, f] of Object.entries(FORK_ALIASES)) if (alias.toLowerCase() === lower) return f;
  return undefined;
}

/** True when `fork` is `base` or later. */
export function forkAtLeast(fork: ForkName, base: ForkName): boolean {
  return INDEX.get(fork)! >= INDEX.get(base)!;
}

/** The position of `fork` in the ladder (Frontier is 0). */
export function forkIndex(fork: ForkName): number {
  return INDEX.get(fork)!;
}
