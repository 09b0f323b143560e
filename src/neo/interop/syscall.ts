/** The shape of one syscall row (neo `InteropDescriptor`): declared once, with its handler. */
import type { StackItem } from '../../neovm/index.js';
import type { ApplicationEngine } from '../engine/application-engine.js';
import type { Param } from '../engine/convert.js';
import type { Hardfork } from '../settings.js';
import { interopId } from './id.js';

export interface Syscall {
  readonly name: string;
  /** First 4 bytes of SHA-256 of the name, little-endian. */
  readonly id: number;
  /** Fixed price in fee units, charged × the execution fee factor before the handler runs. */
  readonly price: number;
  /** Call flags the calling context must hold. */
  readonly flags: number;
  /** The hardfork that introduces it. */
  readonly hardfork?: Hardfork;
  /** Arguments, popped in order (the first from the top of the stack). */
  readonly params: readonly Param[];
  /** Returns the item to push, or undefined for void. */
  readonly handler: (engine: ApplicationEngine, args: unknown[]) => StackItem | undefined;
}

export function syscall(
  name: string,
  price: number,
  flags: number,
  params: readonly Param[],
  handler: Syscall['handler'],
  hardfork?: Hardfork,
): Syscall {
  return { name, id: interopId(name), price, flags, params, handler, ...(hardfork ? { hardfork } : {}) };
}
