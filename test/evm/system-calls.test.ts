/**
 * The EIP-7002 / EIP-7251 system calls on an empty request queue, written directly by
 * systemCall, against the contracts' own code run by the interpreter (a tracer makes
 * systemCall run the code): the same storage and the same output for every queue state,
 * the inhibitor and values near the targets included.
 */
import { describe, expect, it } from 'vitest';
import { keccak_256 } from '../../src/core/keccak.js';
import {
  accountKey,
  codeKey,
  encodeAccount,
  forkRules,
  storageKey,
  systemCall,
  type Tracer,
} from '../../src/evm/index.js';
import { SYSTEM_CONTRACTS } from '../../src/evm-node/system-contracts.js';
import { JournaledCache, MemoryStore } from '../../src/state/index.js';

const rules = forkRules('Osaka');
const env = {
  coinbase: 0n,
  number: 1n,
  timestamp: 12n,
  gasLimit: 30_000_000n,
  baseFee: 7n,
  prevRandao: 0n,
  difficulty: 0n,
  chainId: 1n,
  blobBaseFee: 1n,
  blockHash: () => 0n,
};
const MAX = (1n << 256n) - 1n;
const queues = SYSTEM_CONTRACTS.filter((s) => s.eip.startsWith('EIP-7002') || s.eip.startsWith('EIP-7251'));

/** The storage slots 0-3 after one system call on a contract with `slots`, and the output. */
function run(code: Uint8Array, address: bigint, slots: bigint[], viaCode: boolean) {
  const cache = new JournaledCache(new MemoryStore());
  const codeHash = keccak_256(code);
  cache.put(accountKey(address), encodeAccount({ nonce: 1n, balance: 0n, codeHash }));
  // The direct write must not need the code: left out there, a fall back to running the code
  // would find none and fail the block (SYSTEM_CONTRACT_EMPTY).
  if (viaCode) cache.put(codeKey(codeHash), code);
  slots.forEach((v, k) => {
    if (v !== 0n)
      cache.put(
        storageKey(address, BigInt(k)),
        Uint8Array.from(Buffer.from(v.toString(16).padStart(64, '0'), 'hex')),
      );
  });
  const tracer: Tracer | undefined = viaCode ? { step() {} } : undefined;
  const r = systemCall(cache, rules, env, address, new Uint8Array(0), true, tracer);
  const after = [0n, 1n, 2n, 3n].map((k) => {
    const v = cache.get(storageKey(address, k));
    return v ? BigInt(`0x${Buffer.from(v).toString('hex')}`) : 0n;
  });
  return { success: r.success, output: Buffer.from(r.output).toString('hex'), after };
}

describe('request-queue system calls on an empty queue', () => {
  it('finds both contracts', () =>
    expect(queues.map((q) => q.eip.slice(0, 8))).toEqual(['EIP-7002', 'EIP-7251']));

  for (const q of queues) {
    it(`${q.eip}: written directly as the code writes them`, () => {
      const code = Uint8Array.from(Buffer.from(q.code.slice(2), 'hex'));
      const values = [0n, 1n, 2n, 3n, 17n, 1n << 64n, MAX - 1n, MAX];
      let cases = 0;
      for (const excess of values)
        for (const count of [0n, 1n, 2n, 5n])
          for (const pointer of [0n, 4n]) {
            const slots = [excess, count, pointer, pointer];
            const direct = run(code, q.address, slots, false);
            expect(direct, `excess ${excess} count ${count} pointer ${pointer}`).toEqual(
              run(code, q.address, slots, true),
            );
            cases++;
          }
      expect(cases).toBe(64);
    });
  }
});
