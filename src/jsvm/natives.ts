/**
 * The native contracts, declared once: each with its ABI (argument types per method, as
 * go-iost's native ABIs) and its runner. token.iost follows go-iost `vm/native/token_v6.go`,
 * token721.iost `token721.go`, auth.iost `config/genesis/contract/account.js` and ram.iost `ram.js` (polyvm runs them
 * natively). Each call is charged the flat native price (gas.ts `nativeCall`) by the engine.
 */

import { utf8ToBytes } from '../core/bytes.js';
import type { AbiArgType } from './abi.js';
import { AUTH_CONTRACT, AUTH_MAP, AUTH_METHODS, authCall } from './auth.js';
import { GAS_METHODS, gasCall } from './gas-iost.js';
import { keys } from './keys.js';
import type { NativeLedger } from './ledger.js';
import { RAM_CONTRACT, RAM_METHODS, ramCall } from './ram.js';
import { chargePut, fieldBytes } from './ram-usage.js';
import { type Ledger, TOKEN_CONTRACT, TOKEN_METHODS, tokenCall } from './token.js';
import { TOKEN721_CONTRACT, TOKEN721_METHODS, token721Call } from './token721.js';
import type { TxState } from './tx-state.js';
import { GAS_CONTRACT } from './types.js';

/** What a native call can reach: the transaction, the ledger, and nested calls of the same transaction. */
export interface NativeEnv {
  tx: TxState;
  ledger: NativeLedger;
  api: string;
  isValidAccount(name: string): boolean;
  /** A nested call in the same transaction; a failure fails the native call. */
  call(contract: string, api: string, args: unknown[]): void;
  /** token.iost `api` run natively with `contract`'s authority lent (CallWithAuth from a native contract). */
  tokenAs(contract: string, api: string, argv: unknown[]): string[];
  /** The block's time in nanoseconds. */
  time: bigint;
}

export interface NativeContract {
  methods: Readonly<Record<string, readonly AbiArgType[]>>;
  run(env: NativeEnv, argv: unknown[]): string[];
}

/** token.iost's view of the state, for the frame running; `lent` holds authority besides the frame's. */
export function tokenLedger(env: NativeEnv, lent?: string): Ledger {
  const { tx, ledger } = env;
  return {
    isValidAccount: (n) => env.isValidAccount(n),
    requireAuth: (id, p) => id === lent || tx.requireAuth(id, p),
    balance: (t, a) => ledger.balance(t, a),
    setBalance: (t, a, v) => ledger.setBalance(t, a, v),
    tokenInfo: (t) => ledger.tokenInfo(t),
    setTokenInfo: (t, info) => ledger.setTokenInfo(t, info),
    freezes: (t, a) => ledger.freezes(t, a),
    setFreezes: (t, a, items) => ledger.setFreezes(t, a, items),
    blockTime: tx.block.time as number,
    receipt: (func_name, content) => tx.receipts.push({ func_name, content }),
  };
}

export const NATIVES: Readonly<Record<string, NativeContract>> = {
  [TOKEN_CONTRACT]: {
    methods: TOKEN_METHODS,
    run: (env, argv) => tokenCall(tokenLedger(env), env.api, argv),
  },
  [GAS_CONTRACT]: {
    methods: GAS_METHODS,
    run: (env, argv) => gasCall(env, env.time, argv),
  },
  [TOKEN721_CONTRACT]: {
    methods: TOKEN721_METHODS,
    run: (env, argv) =>
      token721Call(
        {
          maps: env.ledger.nativeMaps(TOKEN721_CONTRACT),
          requireAuth: (id, p) => env.tx.requireAuth(id, p),
          receipt: (content) =>
            env.tx.receipts.push({ func_name: `${TOKEN721_CONTRACT}/${env.api}`, content }),
        },
        env.api,
        argv,
      ),
  },
  [RAM_CONTRACT]: {
    methods: RAM_METHODS,
    run: (env, argv) =>
      ramCall(
        {
          ledger: env.ledger,
          blockNumber: env.tx.block.number as number,
          blockTime: env.tx.block.time as number,
          requireAuth: (id, p) => env.tx.requireAuth(id, p),
          // ram.js: blockchain.callWithAuth("token.iost", …) lends ram.iost's authority.
          token: (api, args) => env.tokenAs(RAM_CONTRACT, api, args),
        },
        env.api,
        argv,
      ),
  },
  [AUTH_CONTRACT]: {
    methods: AUTH_METHODS,
    run: (env, argv) =>
      authCall(
        {
          load: (id) => env.ledger.loadAuth(id),
          // account.js _saveAccount: storage.mapPut('auth', id, JSON, payer), paid in RAM as a
          // JavaScript contract's put is (ram-usage.ts; only counted when the engine pays RAM).
          save: (a, payer = a.id) => {
            const frame = env.tx.stack[env.tx.stack.length - 1]!;
            chargePut(
              { tx: env.tx, frame, cache: env.ledger.cache, id: AUTH_CONTRACT },
              keys.mapField(AUTH_CONTRACT, AUTH_MAP, a.id),
              keys.mapPayer(AUTH_CONTRACT, AUTH_MAP, a.id),
              fieldBytes(AUTH_CONTRACT, AUTH_MAP, a.id),
              utf8ToBytes(JSON.stringify(a)),
              payer,
            );
            env.ledger.saveAuth(a);
          },
          requireAuth: (id, p) => env.tx.requireAuth(id, p),
          publisher: env.tx.publisher,
          blockNumber: env.tx.block.number as number,
          receipt: (content) => env.tx.receipts.push({ func_name: `${AUTH_CONTRACT}/${env.api}`, content }),
          // account.js: blockchain.callWithAuth("gas.iost", "pledge", [referrer, id, "10"]).
          pledge: (from, to, amount) => env.call(GAS_CONTRACT, 'pledge', [from, to, amount]),
        },
        env.api,
        argv,
      ),
  },
};
