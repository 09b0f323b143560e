/** Contract parameter types (neo `SmartContract/ContractParameterType.cs`), names as in manifests. */
export const ParamType = {
  Any: 0x00,
  Boolean: 0x10,
  Integer: 0x11,
  ByteArray: 0x12,
  String: 0x13,
  Hash160: 0x14,
  Hash256: 0x15,
  PublicKey: 0x16,
  Signature: 0x17,
  Array: 0x20,
  Map: 0x22,
  InteropInterface: 0x30,
  Void: 0xff,
} as const;

export type ParamTypeName = keyof typeof ParamType;
export type ParamTypeCode = (typeof ParamType)[ParamTypeName];

const BY_CODE = new Map<number, ParamTypeName>(
  Object.entries(ParamType).map(([k, v]) => [v, k as ParamTypeName]),
);

export function paramTypeName(code: number): string {
  return BY_CODE.get(code) ?? String(code);
}

export function isParamType(code: number): code is ParamTypeCode {
  return BY_CODE.has(code);
}

/** `Enum.Parse<ContractParameterType>`: a defined name (exact case) or a number; undefined otherwise. */
export function parseParamType(text: string): number | undefined {
  const t = text.trim();
  if (Object.hasOwn(ParamType, t)) return ParamType[t as ParamTypeName];
  if (/^[+-]?\d+$/.test(t)) {
    const n = Number(t);
    if (n >= 0 && n <= 255) return n;
  }
  return undefined;
}
