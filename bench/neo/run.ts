/**
 * Neo N3 benchmarks (`npm run bench:neo`, `-- --quick` for a short run). There is no Neo peer
 * that runs in Node, so each figure is measured against polyvm's own bare NeoVM or as a rate:
 *
 * - metering overhead: the same scripts in the bare `ExecutionEngine` (no fees) and in the
 *   `ApplicationEngine` (opcode fees in picoGAS in the pre-instruction hook, GAS limit checked
 *   each instruction), interleaved after a warm-up, best of N each; ratio = metered / bare;
 * - NEP-17 transfers of TinyToken (test/neo/token.ts: witness check, two storage reads and
 *   writes, a notification) and of the native GAS, run in the engine against a store;
 * - the same TinyToken transfer as a signed transaction in its own block through the local
 *   chain (witness verification, OnPersist/PostPersist of the natives, fees, a block write).
 */
import {
  ApplicationEngine,
  type ExecutionResult,
  gasToken,
  keyPair,
  NeoChain,
  runScript,
  type Transaction,
  TriggerType,
  txContainer,
} from '../../src/neo/index.js';
import { assemble, ByteStringItem, ExecutionEngine, integer, NULL } from '../../src/neovm/index.js';
import { JournaledCache, MemoryStore } from '../../src/state/index.js';
import { tinyToken } from '../../test/neo/token.js';

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 3 : 7;

const LOOPS: Record<string, string> = {
  'integer arithmetic loop': `
      INITSLOT 2 0
      PUSH0
      STLOC0
      PUSH1
      STLOC1
    loop:
      LDLOC1
      PUSHINT16 1103
      MUL
      PUSHINT32 12345
      ADD
      PUSHINT32 1000003
      MOD
      STLOC1
      LDLOC0
      INC
      DUP
      STLOC0
      PUSHINT32 ${quick ? 20_000 : 100_000}
      JMPLT loop
      LDLOC1
      RET`,
  'map insert and lookup': `
      INITSLOT 2 0
      PUSH0
      STLOC0
    round:
      NEWMAP
      STLOC1
      PUSH0
    insert:
      LDLOC1
      OVER
      DUP
      SETITEM
      INC
      DUP
      PUSHINT16 300
      JMPLT insert
      DROP
      PUSH0
    lookup:
      LDLOC1
      OVER
      PICKITEM
      DROP
      INC
      DUP
      PUSHINT16 300
      JMPLT lookup
      DROP
      LDLOC0
      INC
      DUP
      STLOC0
      PUSHINT32 ${quick ? 100 : 500}
      JMPLT round
      RET`,
};

const timed = (f: () => void): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

// ---- the local chain: TinyToken deployed, alice funded ----------------------------------------

const clock = (() => {
  let t = 1_700_000_000_000n;
  return () => (t += 15_000n);
})();
const chain = NeoChain.open(new JournaledCache(new MemoryStore()), {
  settings: { network: 0x4e454f42 },
  validators: [keyPair(new Uint8Array(32).fill(7))],
  clock,
});
const genesis = chain.genesisAccount;
const alice = chain.createAccount('alice', keyPair(new Uint8Array(32).fill(1)));
const bob = chain.createAccount('bob', keyPair(new Uint8Array(32).fill(2)));
const token = tinyToken();
const { hash: tiny } = chain.deploy(
  token.nef,
  token.manifest,
  { account: genesis },
  new ByteStringItem(genesis.scriptHash),
);
const must = (r: ExecutionResult, what: string) => {
  if (r.state !== 'HALT') throw new Error(`${what} faulted: ${r.exception}`);
  return r;
};
const transfer = (hash: Uint8Array, from: Uint8Array, to: Uint8Array, amount: bigint) =>
  NeoChain.callScript(hash, 'transfer', [
    new ByteStringItem(from),
    new ByteStringItem(to),
    integer(amount),
    NULL,
  ]);
must(
  chain.send(transfer(tiny, genesis.scriptHash, alice.scriptHash, 1_000_000_00000000n), [
    { account: genesis },
  ]).result,
  'funding',
);
must(
  chain.send(transfer(gasToken.hash, genesis.scriptHash, alice.scriptHash, 1_000_00000000n), [
    { account: genesis },
  ]).result,
  'funding',
);

/** A transaction signed by alice (CalledByEntry) carrying `script`, as the engine's container. */
const txOf = (script: Uint8Array): Transaction =>
  chain.makeTransaction(script, [{ account: alice }], 1_00000000n);

function engineRate(name: string, script: Uint8Array): void {
  const tx = txOf(script);
  const block = chain.nextBlockTemplate([]);
  const one = () =>
    must(
      runScript({
        store: chain.store,
        settings: chain.settings,
        script,
        container: txContainer(tx),
        persistingBlock: block,
        gas: 1_00000000n,
      }),
      name,
    );
  const gas = one().gasConsumed;
  rate(name, quick ? 300 : 2000, one, `${gas} datoshi`);
}

/** Runs `one` n/10 times to warm up, then n times per round; prints the best round's rate. */
function rate(name: string, n: number, one: () => unknown, note: string): void {
  for (let i = 0; i < n / 10; i++) one();
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < ROUNDS; r++)
    best = Math.min(
      best,
      timed(() => {
        for (let i = 0; i < n; i++) one();
      }) / n,
    );
  console.log(
    `${name.padEnd(44)} ${fmt(1000 / best).padStart(9)} /s   ${(best * 1000).toFixed(0).padStart(6)} µs each   ${note}`,
  );
}

// ---- 1. metering overhead ----------------------------------------------------------------------

console.log(`Neo N3 benchmarks (Node ${process.version}${quick ? ', quick' : ''}); best of ${ROUNDS} rounds`);
console.log('\nmetering overhead: bare NeoVM vs the application engine (fees, GAS limit), same script');
console.log(
  `${'script'.padEnd(26)} ${'instructions'.padStart(12)} ${'bare ms'.padStart(9)} ${'metered ms'.padStart(11)} ${'ratio'.padStart(6)} ${'metered instr/s'.padStart(16)} ${'GAS'.padStart(12)}`,
);
for (const [name, source] of Object.entries(LOOPS)) {
  const script = assemble(source, name);
  let instructions = 0;
  const counter = new ExecutionEngine({ hooks: { preExecuteInstruction: () => void instructions++ } });
  counter.loadScript(script);
  counter.execute();
  const bare = () => {
    const e = new ExecutionEngine();
    e.loadScript(script);
    e.execute();
    if (e.state !== 'HALT') throw new Error(`${name}: ${e.faultMessage}`);
  };
  let gas = 0n;
  const metered = () => {
    const e = new ApplicationEngine({
      trigger: TriggerType.Application,
      container: null,
      store: chain.store,
      persistingBlock: null,
      settings: chain.settings,
      gas: 100_000_00000000n,
    });
    e.loadScript(script);
    e.execute();
    if (e.state !== 'HALT') throw new Error(`${name} (metered): ${String(e.faultException)}`);
    gas = e.feeConsumed;
    e.discard();
  };
  bare();
  metered();
  let bestBare = Number.POSITIVE_INFINITY;
  let bestMetered = Number.POSITIVE_INFINITY;
  for (let r = 0; r < ROUNDS; r++) {
    bestBare = Math.min(bestBare, timed(bare));
    bestMetered = Math.min(bestMetered, timed(metered));
  }
  console.log(
    `${name.padEnd(26)} ${String(instructions).padStart(12)} ${bestBare.toFixed(1).padStart(9)} ${bestMetered.toFixed(1).padStart(11)} ${(bestMetered / bestBare).toFixed(2).padStart(6)} ${fmt(instructions / (bestMetered / 1000)).padStart(16)} ${(Number(gas) / 1e8).toFixed(4).padStart(12)}`,
  );
}

// ---- 2. NEP-17 transfers in the engine ---------------------------------------------------------

console.log('\nNEP-17 transfers, engine only (alice to bob, 1 unit; writes kept)');
engineRate(
  'TinyToken.transfer (contract in NeoVM code)',
  transfer(tiny, alice.scriptHash, bob.scriptHash, 1n),
);
engineRate('GasToken.transfer (native)', transfer(gasToken.hash, alice.scriptHash, bob.scriptHash, 1n));
engineRate(
  'TinyToken.balanceOf (read only)',
  NeoChain.callScript(tiny, 'balanceOf', [new ByteStringItem(alice.scriptHash)]),
);

// ---- 3. transactions through the local chain ---------------------------------------------------

console.log('\nsigned transactions through the local chain (one transaction per block)');
{
  const script = transfer(tiny, alice.scriptHash, bob.scriptHash, 1n);
  const one = () => must(chain.send(script, [{ account: alice }]).result, 'chain transfer');
  rate('TinyToken.transfer as a transaction + block', quick ? 50 : 300, one, 'one block each');
}
