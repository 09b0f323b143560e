/**
 * A transition as JSON in the shape snarkVM's Transition serializes to (the shape
 * `@provablehq/sdk` authorizations print): ids and values as text, record outputs as their
 * `record1…` ciphertext with checksum and sender ciphertext, plus the request's tvk/tcm/scm.
 */
import { addressToString } from '../crypto/address.js';
import { signatureToString } from '../crypto/signature.js';
import { plaintextToText, valueToText } from '../text/value.js';
import type { Transition } from './request.js';

export interface TransitionJson {
  id: string;
  program: string;
  function: string;
  signer: string;
  tvk: string;
  tcm: string;
  scm: string;
  tpk?: string;
  signature?: string;
  inputs: { type: string; id: string; value?: string; tag?: string }[];
  outputs: { type: string; id: string; value?: string; checksum?: string; sender_ciphertext?: string }[];
}

const f = (v: bigint): string => `${v}field`;

export function transitionToJson(t: Transition): TransitionJson {
  const inputs = t.inputValues;
  const outputs = t.outputValues;
  return {
    id: t.id,
    program: t.program,
    function: t.function,
    signer: addressToString(t.signer),
    tvk: f(t.tvk),
    tcm: f(t.tcm),
    scm: f(t.scm),
    ...(t.tpk ? { tpk: `${t.tpk.x}group` } : {}),
    ...(t.signature ? { signature: signatureToString(t.signature) } : {}),
    inputs: t.inputs.map((x, i) => {
      const v = inputs[i]!;
      const value =
        x.type === 'constant' || x.type === 'public'
          ? v.kind === 'record' || v.kind === 'future'
            ? undefined
            : plaintextToText(v)
          : x.ciphertext;
      return {
        type: x.type,
        id: f(x.id),
        ...(value !== undefined ? { value } : {}),
        ...(x.record ? { tag: f(x.record.tag) } : {}),
      };
    }),
    outputs: t.outputs.map((x, i) => {
      const v = outputs[i]!;
      const value =
        x.type === 'constant' || x.type === 'public' || x.type === 'future' ? valueToText(v) : x.ciphertext;
      return {
        type: x.type,
        id: f(x.id),
        ...(value !== undefined ? { value } : {}),
        ...(x.record
          ? { checksum: f(x.record.checksum), sender_ciphertext: f(x.record.senderCiphertext) }
          : {}),
      };
    }),
  };
}
