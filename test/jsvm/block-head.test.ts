/**
 * JsVm.setHead: the witness, time and number of the blocks that follow, as go-iost's tests set
 * the simulator's head (verifier/simulator.go `s.Head`; test/integration/vote_bonus_test.go
 * sets Witness, Number and Time); without it, polyvm's own clock (genesis + n × 0.5 s).
 */
import { expect, test } from 'vitest';
import { call, deploy, makeVm } from './helpers.js';

const CODE = `class B { init() {}
  head() { const i = JSON.parse(blockchain.blockInfo()); return [block.witness, block.number, block.time, i.witness, i.number, i.time]; }
}
module.exports = B;`;

test('witness, time and number as set, standing still until set again; null gives polyvm its own back', () => {
  const vm = makeVm();
  const id = deploy(vm, CODE, [['head']]);
  const head = () => JSON.parse(call(vm, id, 'head').returns[0] as string);
  const own = head();
  expect(own[0]).toBe('polyvm');
  const n = own[1] as number;
  expect(own[2]).toBe(Number(vm.blockTime(n)));
  const t = 1_541_541_540_000_000_000n; // go-iost's simulator genesis head time
  vm.setHead({ witness: 'KEY1', time: t, number: 7 });
  expect(head()).toEqual(['KEY1', 7, Number(t), 'KEY1', 7, Number(t)]);
  expect(head()).toEqual(['KEY1', 7, Number(t), 'KEY1', 7, Number(t)]);
  vm.setHead({ time: t + 5_073_358_980n });
  expect(head()).toEqual(['KEY1', 7, Number(t + 5_073_358_980n), 'KEY1', 7, Number(t + 5_073_358_980n)]);
  expect(vm.head()).toEqual({ witness: 'KEY1', time: t + 5_073_358_980n, number: 7 });
  vm.setHead({ witness: null, time: null, number: null });
  const back = head();
  expect(back[0]).toBe('polyvm');
  expect(back[1]).toBe(vm.blockNumber());
  expect(back[2]).toBe(Number(vm.blockTime(vm.blockNumber())));
  vm.close();
});

test('bad settings are refused with a typed error and change nothing', () => {
  const vm = makeVm();
  vm.setHead({ witness: 'W' });
  const bad: [unknown, string][] = [
    [{ number: 0 }, 'setHead: number must be a block number of at least 1, got 0'],
    [{ number: 1.5 }, 'setHead: number must be a block number of at least 1, got 1.5'],
    [{ time: 5 }, 'setHead: time must be a bigint of nanoseconds in [0, 2^63)'],
    [{ time: -1n }, 'setHead: time must be a bigint of nanoseconds in [0, 2^63)'],
    [{ witness: '' }, 'setHead: witness must not be empty'],
    [null, 'setHead: expected {witness?, time?, number?}'],
  ];
  for (const [s, message] of bad) {
    expect(() => vm.setHead(s as never)).toThrow(message);
    try {
      vm.setHead(s as never);
    } catch (e) {
      expect((e as { code?: string }).code).toBe('JS_REQUEST');
    }
  }
  expect(vm.head()).toEqual({ witness: 'W' });
  vm.close();
});
