/** Call flags (neo `SmartContract/CallFlags.cs`): what a called context may do. */
export const CallFlags = {
  None: 0,
  ReadStates: 0b0001,
  WriteStates: 0b0010,
  AllowCall: 0b0100,
  AllowNotify: 0b1000,
  States: 0b0011,
  ReadOnly: 0b0101,
  All: 0b1111,
} as const;

export type CallFlagsValue = number;

// Descending by value: .NET names a [Flags] value greedily from the largest member.
const NAMES: [number, string][] = [
  [CallFlags.All, 'All'],
  [CallFlags.AllowNotify, 'AllowNotify'],
  [CallFlags.ReadOnly, 'ReadOnly'],
  [CallFlags.AllowCall, 'AllowCall'],
  [CallFlags.States, 'States'],
  [CallFlags.WriteStates, 'WriteStates'],
  [CallFlags.ReadStates, 'ReadStates'],
];

/** The flags as .NET prints a [Flags] enum: "None", "All", "WriteStates, ReadOnly". */
export function callFlagsName(flags: number): string {
  if (flags === 0) return 'None';
  const parts: string[] = [];
  let rest = flags;
  for (const [v, name] of NAMES) {
    if ((rest & v) === v) {
      parts.push(name);
      rest -= v;
    }
  }
  if (rest !== 0) return String(flags);
  return parts.reverse().join(', ');
}
