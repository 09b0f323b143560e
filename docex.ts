import { readFileSync } from 'node:fs';
import { gasToken, NeoChain } from 'polyvm/neo';
import { ByteStringItem, integer, NULL } from 'polyvm/neovm';
import { JournaledCache, MemoryStore } from 'polyvm/state';

// A fresh local chain (one validator; the genesis account holds the NEO and GAS).
const chain = NeoChain.open(new JournaledCache(new MemoryStore()));
const owner = chain.genesisAccount;
const alice = chain.createAccount('alice');

// Deploy: one transaction in a new block; _deploy(data) mints the supply to the owner.
const nef = readFileSync('/tmp/docex/TinyToken.nef');
const manifest = readFileSync('/tmp/docex/TinyToken.manifest.json', 'utf8');
const { hash, result } = chain.deploy(nef, manifest, { account: owner }, new ByteStringItem(owner.scriptHash));
console.log(result.state, result.gasConsumed); // HALT 1000…  (10 GAS minimum deployment fee + execution)

// transfer(from, to, amount, data), signed by the owner (CalledByEntry).
const transfer = NeoChain.callScript(hash, 'transfer', [
  new ByteStringItem(owner.scriptHash),
  new ByteStringItem(alice.scriptHash),
  integer(5_00000000n),
  NULL,
]);
const sent = chain.send(transfer, [{ account: owner }]);
console.log(sent.block.index, sent.result.state, sent.result.notifications[0]?.eventName); // 2 HALT Transfer

// balanceOf in test mode (RPC invokefunction): nothing is persisted.
const r = chain.test(NeoChain.callScript(hash, 'balanceOf', [new ByteStringItem(alice.scriptHash)]));
console.log(r.stack[0]); // IntegerItem 500000000n
// GAS is a native NEP-17 token like any other.
const gas = chain.test(NeoChain.callScript(gasToken.hash, 'balanceOf', [new ByteStringItem(owner.scriptHash)]));
console.log(gas.stack[0]);
