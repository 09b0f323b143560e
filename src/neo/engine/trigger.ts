/** Triggers (neo `SmartContract/TriggerType.cs`): why a script runs. */
export const TriggerType = {
  OnPersist: 0x01,
  PostPersist: 0x02,
  System: 0x03,
  Verification: 0x20,
  Application: 0x40,
  All: 0x63,
} as const;

export function triggerName(t: number): string {
  return Object.entries(TriggerType).find(([, v]) => v === t)?.[0] ?? String(t);
}
