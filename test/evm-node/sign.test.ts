/**
 * eth_sign / personal_sign (EIP-191) and eth_signTypedData_v4 (EIP-712) with the dev keys:
 * the signatures equal what ethers' Wallet computes for the same key, independently.
 */
import { Wallet } from 'ethers';
import { afterAll, describe, expect, it } from 'vitest';
import { createNode } from '../../src/evm-node/index.js';
import { DEV0 } from './helpers.js';

const wallet = new Wallet(DEV0.key);
const domain = {
  name: 'Ether Mail',
  version: '1',
  chainId: 31337,
  verifyingContract: '0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC',
};
const types = {
  Person: [
    { name: 'name', type: 'string' },
    { name: 'wallets', type: 'address[]' },
  ],
  Mail: [
    { name: 'from', type: 'Person' },
    { name: 'to', type: 'Person[]' },
    { name: 'contents', type: 'string' },
    { name: 'amount', type: 'uint256' },
    { name: 'tag', type: 'bytes32' },
    { name: 'ok', type: 'bool' },
  ],
};
const message = {
  from: { name: 'Cow', wallets: ['0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826'] },
  to: [
    {
      name: 'Bob',
      wallets: ['0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB', '0xB0B0b0b0b0b0B000000000000000000000000000'],
    },
  ],
  contents: 'Hello, Bob!',
  amount: 12345678901234567890n,
  tag: `0x${'ab'.repeat(32)}`,
  ok: true,
};

describe('signing with dev keys', () => {
  const p = createNode();
  afterAll(() => p.close());

  it('personal_sign and eth_sign equal ethers signMessage', async () => {
    const msg = '0x48656c6c6f2c20706f6c79766d'; // "Hello, polyvm"
    const want = await wallet.signMessage(Buffer.from(msg.slice(2), 'hex'));
    expect(await p.request({ method: 'personal_sign', params: [msg, DEV0.address] })).toBe(want);
    expect(await p.request({ method: 'eth_sign', params: [DEV0.address, msg] })).toBe(want);
  });

  it('eth_signTypedData_v4 equals ethers signTypedData', async () => {
    const want = await wallet.signTypedData(domain, types, message);
    const typed = {
      types: {
        EIP712Domain: [
          { name: 'name', type: 'string' },
          { name: 'version', type: 'string' },
          { name: 'chainId', type: 'uint256' },
          { name: 'verifyingContract', type: 'address' },
        ],
        ...types,
      },
      primaryType: 'Mail',
      domain,
      message: { ...message, amount: message.amount.toString() },
    };
    expect(
      await p.request({ method: 'eth_signTypedData_v4', params: [DEV0.address, JSON.stringify(typed)] }),
    ).toBe(want);
    // Without EIP712Domain in types, it follows from the domain's fields.
    const { EIP712Domain: _, ...rest } = typed.types;
    expect(
      await p.request({ method: 'eth_signTypedData_v4', params: [DEV0.address, { ...typed, types: rest }] }),
    ).toBe(want);
  });
});
