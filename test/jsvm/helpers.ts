/** Shared set-up of the jsvm tests: an engine over a memory store, accounts, deploy helper. */
import { bytesToHex } from '../../src/core/bytes.js';
import { JsVm, type JsVmOptions } from '../../src/jsvm/index.js';
import { type IostTx, type KeyPair, signTx, unsignedTx } from '../../src/jsvm/tx.js';
import { MemoryStore, namespacePrefix } from '../../src/state/index.js';

export function makeVm(options: JsVmOptions = {}): JsVm {
  const vm = new JsVm(new MemoryStore(), options);
  vm.createAccount('alice', '1000');
  vm.createAccount('bob', '10');
  return vm;
}

export type Method = [name: string, args?: string[], amountLimit?: { token: string; val: string }[]];

export function abiOf(methods: Method[]) {
  return {
    lang: 'javascript',
    version: '1.0.0',
    abi: methods.map(([name, args = [], amountLimit]) => ({
      name,
      args,
      ...(amountLimit ? { amountLimit } : {}),
    })),
  };
}

export function deploy(vm: JsVm, code: string, methods: Method[], id?: string): string {
  const r = vm.deploy({ code, abi: abiOf(methods), signers: ['alice'], id });
  if (r.status !== 'success') throw new Error(`deploy failed: ${r.error}`);
  return r.id!;
}

export function call(
  vm: JsVm,
  contract: string,
  method: string,
  args: unknown[] = [],
  signers = ['alice'],
  gasLimit?: number,
) {
  return vm.call({ contract, method, args: JSON.stringify(args), signers, gasLimit });
}

/** Every key and value of the js/ namespace, pending changes included. */
export function snapshot(vm: JsVm): string {
  return [...vm.cache.range({ prefix: namespacePrefix('jsvm') })]
    .map(([k, v]) => `${bytesToHex(k)}=${bytesToHex(v)}`)
    .join('\n');
}

/** A transaction of `actions` that `publisher` publishes and signs with `keys`, as iwallet does (no signers). */
export function signedTx(
  actions: IostTx['actions'],
  publisher: string,
  keys: KeyPair[],
  time = 1_700_000_000_000_000_000n,
): IostTx {
  return signTx(unsignedTx(actions, time, 400_000_000n), publisher, keys);
}
