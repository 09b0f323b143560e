/**
 * Checks at the public entries of the JavaScript VM (noble style): every argument a caller
 * passes is checked for type and range before anything runs, and refused with a
 * `JsVmRequestError` naming the entry and the field. Inside, types are trusted.
 */

import { JsVmRequestError } from './errors.js';
import type { CallRequest, DeployRequest, JsVmOptions } from './types.js';

const describe = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? JSON.stringify(v) : typeof v;

function refuse(what: string, expected: string, got: unknown): never {
  throw new JsVmRequestError(`${what}: expected ${expected}, got ${describe(got)}`);
}

export function checkString(what: string, v: unknown): asserts v is string {
  if (typeof v !== 'string') refuse(what, 'a string', v);
}

function checkObject(what: string, v: unknown): asserts v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) refuse(what, 'an object', v);
}

function checkInteger(what: string, v: unknown, min: number): void {
  if (v !== undefined && !(typeof v === 'number' && Number.isSafeInteger(v) && v >= min))
    refuse(what, `an integer >= ${min}`, v);
}

function checkSigners(what: string, v: unknown): void {
  if (!Array.isArray(v) || v.length === 0 || v.some((s) => typeof s !== 'string'))
    refuse(`${what}: signers`, 'a non-empty array of account names', v);
}

export function checkCallRequest(req: unknown): asserts req is CallRequest {
  checkObject('call: request', req);
  checkString('call: contract', req.contract);
  checkString('call: method', req.method);
  if (req.args !== undefined) checkString('call: args (a JSON array as text)', req.args);
  checkSigners('call', req.signers);
  checkInteger('call: gasLimit', req.gasLimit, 1);
}

export function checkDeployRequest(what: string, req: unknown): asserts req is DeployRequest {
  checkObject(`${what}: request`, req);
  checkString(`${what}: code`, req.code);
  if (typeof req.abi !== 'string' && (req.abi === null || typeof req.abi !== 'object'))
    refuse(`${what}: abi`, 'the ABI as JSON text or a parsed object', req.abi);
  if (req.id !== undefined) checkString(`${what}: id`, req.id);
  checkSigners(what, req.signers);
  checkInteger(`${what}: gasLimit`, req.gasLimit, 1);
}

export function checkOptions(options: unknown): asserts options is JsVmOptions {
  checkObject('JsVm options', options);
  checkInteger('JsVm options: gasLimit', options.gasLimit, 1);
  checkInteger('JsVm options: timeLimitMs', options.timeLimitMs, 1);
  checkInteger('JsVm options: memoryLimitMb', options.memoryLimitMb, 8);
  checkInteger('JsVm options: poolSize', options.poolSize, 0);
  checkInteger('JsVm options: maxContexts', options.maxContexts, 1);
  checkInteger('JsVm options: maxUses', options.maxUses, 1);
  if (options.autoFlush !== undefined && typeof options.autoFlush !== 'boolean')
    refuse('JsVm options: autoFlush', 'a boolean', options.autoFlush);
  if (options.payGas !== undefined && typeof options.payGas !== 'boolean')
    refuse('JsVm options: payGas', 'a boolean', options.payGas);
  if (options.payRam !== undefined && typeof options.payRam !== 'boolean')
    refuse('JsVm options: payRam', 'a boolean', options.payRam);
  if (
    options.snapshot !== undefined &&
    typeof options.snapshot !== 'boolean' &&
    (typeof options.snapshot !== 'string' || options.snapshot === '')
  )
    refuse('JsVm options: snapshot', 'a boolean or a directory', options.snapshot);
  if (options.onLog !== undefined && typeof options.onLog !== 'function')
    refuse('JsVm options: onLog', 'a function', options.onLog);
}
