/**
 * Solidity's revert payloads (Solidity docs, "Error handling"): `Error(string)` (selector
 * 0x08c379a0) and `Panic(uint256)` (0x4e487b71). geth appends the Error string to
 * "execution reverted: "; for a panic it gives the code's meaning.
 */
const ERROR = '08c379a0';
const PANIC = '4e487b71';

const PANICS: Record<number, string> = {
  0: 'generic panic',
  1: 'assert(false)',
  17: 'arithmetic underflow or overflow',
  18: 'division or modulo by zero',
  33: 'enum overflow',
  34: 'invalid encoded storage byte array accessed',
  49: 'out-of-bounds array access; popping on an empty array',
  50: 'out-of-bounds access of an array or bytesN',
  65: 'out of memory',
  81: 'uninitialized function',
};

function revertReason(out: Uint8Array): string | undefined {
  if (out.length < 4) return undefined;
  const sel = Buffer.from(out.subarray(0, 4)).toString('hex');
  const body = Buffer.from(out.subarray(4));
  if (sel === ERROR && body.length >= 64) {
    const offset = Number(BigInt(`0x${body.subarray(0, 32).toString('hex')}`));
    if (offset + 32 > body.length) return undefined;
    const len = Number(BigInt(`0x${body.subarray(offset, offset + 32).toString('hex')}`));
    if (offset + 32 + len > body.length) return undefined;
    return body.subarray(offset + 32, offset + 32 + len).toString('utf8');
  }
  if (sel === PANIC && body.length === 32) {
    const code = BigInt(`0x${body.toString('hex')}`);
    const known = code < 256n ? PANICS[Number(code)] : undefined;
    return known ?? `unknown panic code: 0x${code.toString(16)}`;
  }
  return undefined;
}

export const abi = { revertReason };
