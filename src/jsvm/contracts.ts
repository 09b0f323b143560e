/**
 * Deployed contracts as stored (go-iost `system.iost` setCode/updateCode keep code, ABI and
 * owner): loaded once per block and remembered, re-instrumented when stored by an older
 * metering version (or marked with why they must be deployed again).
 */
import { utf8ToBytes } from '../core/bytes.js';
import type { JournaledCache } from '../state/index.js';
import { instrument, METER_VERSION } from './instrument.js';
import { keys } from './keys.js';
import { codeHashOf } from './sandbox.js';
import type { ContractRecord } from './types.js';

export class ContractRegistry {
  private readonly records = new Map<string, ContractRecord>();

  constructor(private readonly cache: JournaledCache) {}

  load(id: string): ContractRecord | undefined {
    const hit = this.records.get(id);
    if (hit) return hit;
    const raw = this.cache.get(keys.contract(id));
    if (!raw) return undefined;
    const rec = JSON.parse(new TextDecoder().decode(raw)) as ContractRecord;
    if (rec.meter !== METER_VERSION) {
      // Stored by an older polyvm: meter it as today's rules do, or say why it cannot run.
      try {
        rec.instrumented = instrument(rec.code);
        rec.codeHash = codeHashOf(rec.instrumented);
        rec.meter = METER_VERSION;
      } catch (e) {
        rec.stale = `contract ${id} was deployed under older rules and must be deployed again: ${(e as Error).message}`;
      }
    }
    this.records.set(id, rec);
    return rec;
  }

  /** Writes a record (deploy, update); the remembered copy is dropped. */
  store(rec: ContractRecord): void {
    this.cache.put(keys.contract(rec.id), utf8ToBytes(JSON.stringify(rec)));
    this.records.delete(rec.id);
  }

  /** Forgets every remembered record (a revert, or another writer may have changed them). */
  clear(): void {
    this.records.clear();
  }
}
