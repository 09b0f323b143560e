/**
 * The log tracer of eth_simulateV1 (geth `internal/ethapi/logtracer.go`): per call frame the
 * logs it emitted, dropped when the frame fails, and with `traceTransfers` an ERC-7528
 * pseudo-log for every transfer of ether (a call's or a creation's value, a selfdestruct's
 * balance; not DELEGATECALL or CALLCODE): address 0xeeee…eeee, topics Transfer(address,
 * address,uint256), from, to; data the amount. Log indexes count every log captured in the
 * block, also those a failing frame drops later, as geth's counter does.
 *
 * The EVM reports a LOG instruction as a step; its address, topics and data are the
 * transaction's logs in order (the logs of failed frames are not among them), so a step
 * leaves a placeholder that `logs()` fills from the transaction's result.
 */
import type { Log, TraceEnter, TraceExit, Tracer, TraceStep } from '../evm/index.js';

/** keccak256("Transfer(address,address,uint256)") */
const TRANSFER_TOPIC = 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3efn;
/** ERC-7528: the address standing for ether. */
export const ETH_ADDRESS = 0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeen;

const LOG0 = 0xa0;
const LOG4 = 0xa4;
const DELEGATECALL = 0xf4;
const CALLCODE = 0xf2;

/** A captured log: a real one (filled in later) or a transfer. */
export interface SimLog {
  index: number;
  log?: Log;
}

export class SimLogTracer implements Tracer {
  private frames: SimLog[][] = [];
  private count = 0;
  private top: SimLog[] = [];

  constructor(private readonly traceTransfers: boolean) {}

  /** Before each transaction. */
  reset(): void {
    this.frames = [];
    this.top = [];
  }

  step(s: TraceStep): void {
    if (s.op >= LOG0 && s.op <= LOG4) this.capture({ index: this.count++ });
  }

  enter(e: TraceEnter): void {
    this.frames.push([]);
    if (!this.traceTransfers || e.kind === DELEGATECALL || e.kind === CALLCODE) return;
    if (e.value === undefined || e.value === 0n) return;
    this.capture({
      index: this.count++,
      log: {
        address: ETH_ADDRESS,
        topics: [TRANSFER_TOPIC, e.from, e.to],
        data: Buffer.from(e.value.toString(16).padStart(64, '0'), 'hex'),
      } as Log,
    });
  }

  exit(e: TraceExit): void {
    const frame = this.frames.pop() ?? [];
    if (this.frames.length === 0) {
      this.top = e.error === undefined ? frame : [];
      return;
    }
    if (e.error === undefined) this.frames[this.frames.length - 1]!.push(...frame);
  }

  private capture(l: SimLog): void {
    this.frames[this.frames.length - 1]?.push(l);
  }

  /** The transaction's logs in order: placeholders filled from the EVM's own logs. */
  logs(real: readonly Log[]): { index: number; log: Log }[] {
    let k = 0;
    const out: { index: number; log: Log }[] = [];
    for (const l of this.top) {
      const log = l.log ?? real[k++];
      if (log) out.push({ index: l.index, log });
    }
    return out;
  }
}
