/**
 * A small NEP-17 token written in NeoVM assembly, for tests, the docs and the benchmark:
 * `_deploy(owner, update)` mints 100,000,000.00000000 TINY to `owner`; `transfer` checks the
 * witness of `from`, moves balances in storage (key 0x01 + account; total supply at 0x00),
 * notifies Transfer and calls `onNEP17Payment` on contract receivers.
 */

import { contractManagement, interopId, makeNef, serializeNef } from '../../src/neo/index.js';
import { assemble } from '../../src/neovm/index.js';

const id = (name: string) => `0x${interopId(name).toString(16)}`;
const CM = `0x${Buffer.from(contractManagement.hash).toString('hex')}`;
export const TOKEN_SUPPLY = 100_000_000_00000000n;

/** Pushes the balance of the account in arg `n` (0 when absent). */
const balanceOf = (load: string) => `
  PUSHDATA1 0x01
  ${load}
  CAT
  SYSCALL ${id('System.Storage.GetReadOnlyContext')}
  SYSCALL ${id('System.Storage.Get')}
  DUP
  ISNULL
  JMPIFNOT has
  DROP
  PUSH0
has:
  CONVERT Integer`;

/** Stores the integer on top as the balance of the account loaded by `load` (deleting a zero). */
const storeBalance = (load: string) => `
  DUP
  JMPIFNOT zero
  PUSHDATA1 0x01
  ${load}
  CAT
  SYSCALL ${id('System.Storage.GetContext')}
  SYSCALL ${id('System.Storage.Put')}
  JMP stored
zero:
  DROP
  PUSHDATA1 0x01
  ${load}
  CAT
  SYSCALL ${id('System.Storage.GetContext')}
  SYSCALL ${id('System.Storage.Delete')}
stored:
  NOP`;

const METHODS: MethodRow[] = [
  ['symbol', [], 'String', true, 'PUSHDATA1 "TINY"\nRET'],
  ['decimals', [], 'Integer', true, 'PUSH8\nRET'],
  [
    'totalSupply',
    [],
    'Integer',
    true,
    `PUSHDATA1 0x00
  SYSCALL ${id('System.Storage.GetReadOnlyContext')}
  SYSCALL ${id('System.Storage.Get')}
  CONVERT Integer
  RET`,
  ],
  ['balanceOf', [['account', 'Hash160']], 'Integer', true, `INITSLOT 0 1\n${balanceOf('LDARG0')}\nRET`],
  [
    'transfer',
    [
      ['from', 'Hash160'],
      ['to', 'Hash160'],
      ['amount', 'Integer'],
      ['data', 'Any'],
    ],
    'Boolean',
    false,
    `INITSLOT 1 4
  LDARG2
  PUSH0
  JMPGE positive
  PUSHDATA1 "The amount must be a positive number."
  THROW
positive:
  LDARG0
  SYSCALL ${id('System.Runtime.CheckWitness')}
  JMPIF witnessed
  PUSHF
  RET
witnessed:
  ${balanceOf('LDARG0').replace(/has/g, 'has1')}
  STLOC0
  LDLOC0
  LDARG2
  JMPGE enough
  PUSHF
  RET
enough:
  LDARG0
  LDARG1
  EQUAL
  JMPIF notify
  LDLOC0
  LDARG2
  SUB
  ${storeBalance('LDARG0')
    .replace(/zero/g, 'zero1')
    .replace(/stored/g, 'stored1')}
  ${balanceOf('LDARG1').replace(/has/g, 'has2')}
  LDARG2
  ADD
  ${storeBalance('LDARG1')
    .replace(/zero/g, 'zero2')
    .replace(/stored/g, 'stored2')}
notify:
  LDARG2
  LDARG1
  LDARG0
  PUSH3
  PACK
  PUSHDATA1 "Transfer"
  SYSCALL ${id('System.Runtime.Notify')}
  LDARG1
  PUSH1
  PACK
  PUSH15
  PUSHDATA1 "isContract"
  PUSHDATA1 ${CM}
  SYSCALL ${id('System.Contract.Call')}
  JMPIFNOT done
  LDARG3
  LDARG2
  LDARG0
  PUSH3
  PACK
  PUSH15
  PUSHDATA1 "onNEP17Payment"
  LDARG1
  SYSCALL ${id('System.Contract.Call')}
  DROP
done:
  PUSHT
  RET`,
  ],
  [
    '_deploy',
    [
      ['data', 'Any'],
      ['update', 'Boolean'],
    ],
    'Void',
    false,
    `INITSLOT 0 2
  LDARG1
  JMPIFNOT mint
  RET
mint:
  PUSHINT64 ${TOKEN_SUPPLY}
  PUSHDATA1 0x00
  SYSCALL ${id('System.Storage.GetContext')}
  SYSCALL ${id('System.Storage.Put')}
  PUSHINT64 ${TOKEN_SUPPLY}
  PUSHDATA1 0x01
  LDARG0
  CAT
  SYSCALL ${id('System.Storage.GetContext')}
  SYSCALL ${id('System.Storage.Put')}
  PUSHINT64 ${TOKEN_SUPPLY}
  LDARG0
  PUSHNULL
  PUSH3
  PACK
  PUSHDATA1 "Transfer"
  SYSCALL ${id('System.Runtime.Notify')}
  RET`,
  ],
];

export type MethodRow = [
  name: string,
  params: [string, string][],
  returns: string,
  safe: boolean,
  source: string,
];

/** A contract from methods in NeoVM assembly: its NEF (bytes) and manifest (JSON text). */
export function assembleContract(
  name: string,
  rows: readonly MethodRow[],
  extra: { standards?: string[]; events?: object[] } = {},
): { nef: Uint8Array; manifest: string; script: Uint8Array } {
  const parts: Uint8Array[] = [];
  const methods: object[] = [];
  let offset = 0;
  for (const [method, params, returntype, safe, source] of rows) {
    const code = assemble(source, `${name}.${method}`);
    methods.push({
      name: method,
      parameters: params.map(([n, t]) => ({ name: n, type: t })),
      returntype,
      offset,
      safe,
    });
    parts.push(code);
    offset += code.length;
  }
  const script = Uint8Array.from(Buffer.concat(parts));
  const nef = serializeNef(makeNef({ compiler: 'polyvm-asm', source: '', tokens: [], script }));
  const manifest = JSON.stringify({
    name,
    groups: [],
    features: {},
    supportedstandards: extra.standards ?? [],
    abi: { methods, events: extra.events ?? [] },
    permissions: [{ contract: '*', methods: '*' }],
    trusts: [],
    extra: null,
  });
  return { nef, manifest, script };
}

/** The token's NEF and manifest (JSON text). */
export function tinyToken(name = 'TinyToken'): { nef: Uint8Array; manifest: string; script: Uint8Array } {
  return assembleContract(name, METHODS, {
    standards: ['NEP-17'],
    events: [
      {
        name: 'Transfer',
        parameters: [
          { name: 'from', type: 'Hash160' },
          { name: 'to', type: 'Hash160' },
          { name: 'amount', type: 'Integer' },
        ],
      },
    ],
  });
}
