/**
 * The Ethereum fork ladder, oldest first, and the names ethereum/tests uses for them.
 * Per-fork tables (gas, opcodes, precompiles) are built once from this order.
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
  'Berlin',
  'London',
  'Paris',
  'Shanghai',
  'Cancun',
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
