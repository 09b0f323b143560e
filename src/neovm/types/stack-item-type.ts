/** Stack item type codes (neo-vm `Types/StackItemType.cs`). */
export const StackItemType = {
  Any: 0x00,
  Pointer: 0x10,
  Boolean: 0x20,
  Integer: 0x21,
  ByteString: 0x28,
  Buffer: 0x30,
  Array: 0x40,
  Struct: 0x41,
  Map: 0x48,
  InteropInterface: 0x60,
} as const;

export type StackItemTypeCode = (typeof StackItemType)[keyof typeof StackItemType];

const NAMES = new Map<number, string>(Object.entries(StackItemType).map(([name, code]) => [code, name]));

/** The enum name of a type code, or its number when it is not defined (as C# prints it). */
export function stackItemTypeName(code: number): string {
  return NAMES.get(code) ?? String(code);
}

/** The code of a type name (case-insensitive), or undefined. */
export function stackItemTypeByName(name: string): StackItemTypeCode | undefined {
  const lower = name.toLowerCase();
  for (const [code, n] of NAMES) if (n.toLowerCase() === lower) return code as StackItemTypeCode;
  return undefined;
}

/** `Enum.IsDefined(typeof(StackItemType), code)`. */
export function isStackItemType(code: number): code is StackItemTypeCode {
  return NAMES.has(code);
}
