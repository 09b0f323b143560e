/** Engine states (neo-vm `src/Neo.VM/VMState.cs`). */
export const VMState = { NONE: 'NONE', HALT: 'HALT', FAULT: 'FAULT', BREAK: 'BREAK' } as const;
export type VMState = (typeof VMState)[keyof typeof VMState];
