/**
 * Treasury (neo `Native/Treasury.cs`), id -11, from Faun: a committee-controlled account that
 * accepts NEP-17 and NEP-11 payments and verifies with the committee's witness.
 */
import { CallFlags } from '../contract/call-flags.js';
import { ParamType } from '../contract/parameter-type.js';
import { arg } from '../engine/convert.js';
import { method, NativeContract } from './native.js';
import { checkCommittee } from './neo-token.js';
import { bool } from './values.js';

class Treasury extends NativeContract {
  readonly name = 'Treasury';
  readonly id = -11;
  override readonly activations = ['HF_Faun' as const];

  protected override supportedStandards(): string[] {
    return ['NEP-26', 'NEP-27', 'NEP-30'];
  }

  protected defineMethods() {
    const none = { cpuFee: 1 << 5, flags: CallFlags.None };
    return [
      method('verify', [], ParamType.Boolean, { cpuFee: 1 << 5, flags: CallFlags.ReadStates }, (e) =>
        bool(checkCommittee(e)),
      ),
      method(
        'onNEP17Payment',
        [arg('from', 'hash160'), arg('amount', 'bigint'), arg('data', 'item')],
        ParamType.Void,
        none,
        () => undefined,
      ),
      method(
        'onNEP11Payment',
        [arg('from', 'hash160'), arg('amount', 'bigint'), arg('tokenId', 'bytes'), arg('data', 'item')],
        ParamType.Void,
        none,
        () => undefined,
      ),
    ];
  }
}

export const treasury = new Treasury();
