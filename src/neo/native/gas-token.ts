/**
 * GasToken (neo `Native/GasToken.cs`), id -6, 8 decimals: the initial distribution to the
 * standby validators' BFT address at genesis; each block burns every transaction's system and
 * network fee from its sender and mints the network fees (less the NotaryAssisted share) to
 * the block's primary validator.
 */
import { type StackItem, StructItem } from '../../neovm/index.js';
import { bftAddress, signatureRedeemScriptHash } from '../contract/redeem.js';
import type { ApplicationEngine } from '../engine/application-engine.js';
import { AttributeType, getAttribute, transactionSender } from '../payloads/transaction.js';
import { standbyValidators } from '../settings.js';
import { type AccountState, FungibleToken } from './fungible.js';
import type { NativeTask } from './native.js';
import { nextBlockValidators } from './neo-token.js';
import { attributeFee } from './policy.js';
import { fields, int } from './values.js';

class GasToken extends FungibleToken<AccountState> {
  readonly name = 'GasToken';
  readonly id = -6;
  readonly symbol = 'GAS';
  readonly decimals = 8;

  protected newState(): AccountState {
    return { balance: 0n };
  }
  protected decode(item: StackItem): AccountState {
    return { balance: fields(item)[0]!.getInteger() };
  }
  protected encode(state: AccountState): StackItem {
    return new StructItem([int(state.balance)]);
  }

  protected override supportedStandards(): string[] {
    return ['NEP-17'];
  }

  protected defineMethods() {
    return this.tokenMethods();
  }

  override initialize(engine: ApplicationEngine, hardfork: string | null): NativeTask<void> | undefined {
    if (hardfork !== this.activeIn) return undefined;
    const account = bftAddress(standbyValidators(engine.settings));
    return this.mint(engine, account, engine.settings.initialGasDistribution, false);
  }

  override *onPersist(engine: ApplicationEngine): NativeTask<void> {
    let totalNetworkFee = 0n;
    const block = engine.persistingBlock!;
    for (const tx of block.transactions) {
      yield* this.burn(engine, transactionSender(tx), tx.systemFee + tx.networkFee);
      totalNetworkFee += tx.networkFee;
      const notary = getAttribute(tx, AttributeType.NotaryAssisted);
      if (notary !== undefined) {
        totalNetworkFee -=
          BigInt(notary.data[0]! + 1) * BigInt(attributeFee(engine.store, AttributeType.NotaryAssisted));
      }
    }
    const validators = nextBlockValidators(engine.store, engine.settings.validatorsCount);
    const primary = signatureRedeemScriptHash(validators[block.header.primaryIndex]!);
    yield* this.mint(engine, primary, totalNetworkFee, false);
  }
}

export const gasToken = new GasToken();
