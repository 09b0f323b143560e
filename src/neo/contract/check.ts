/**
 * The checks a contract passes at deploy and update (neo `SmartContract/Helper.Check`,
 * `ContractManifest.IsValid`): every ABI method offset is an instruction of the script (in
 * strict mode from Basilisk: every jump and type operand checked too); method (name, parameter
 * count) pairs and event names are unique; the manifest serializes within the engine limits
 * and each group signs the contract hash.
 */
import { type ExecutionEngineLimits, Script } from '../../neovm/index.js';
import { verifySignature } from '../crypto/signature.js';
import { ManifestError, ScriptCheckError } from '../errors.js';
import { serializeWithLimits } from '../serialization/binary-serializer.js';
import type { UInt160 } from '../uint.js';
import { manifestToStackItem } from './contract-state.js';
import type { ContractAbi, ContractManifest } from './manifest.js';

export function checkScript(script: Uint8Array, abi: ContractAbi, strict: boolean): void {
  let s: Script;
  try {
    s = new Script(script, strict);
  } catch (error) {
    throw new ScriptCheckError(`script fails the strict check: ${(error as Error).message}`, {
      cause: error,
    });
  }
  for (const m of abi.methods) {
    try {
      s.getInstruction(m.offset);
    } catch (error) {
      throw new ScriptCheckError(
        `method ${m.name}: offset ${m.offset} is not an instruction: ${(error as Error).message}`,
      );
    }
  }
  const methods = new Set<string>();
  for (const m of abi.methods) {
    const k = `${m.name}/${m.parameters.length}`;
    if (methods.has(k))
      throw new ManifestError(
        `abi: method ${m.name} with ${m.parameters.length} parameters is defined twice`,
      );
    methods.add(k);
  }
  const events = new Set<string>();
  for (const e of abi.events) {
    if (events.has(e.name)) throw new ManifestError(`abi: event ${e.name} is defined twice`);
    events.add(e.name);
  }
}

export function isValidManifest(m: ContractManifest, limits: ExecutionEngineLimits, hash: UInt160): boolean {
  try {
    serializeWithLimits(manifestToStackItem(m), limits);
  } catch {
    return false;
  }
  return m.groups.every((g) => {
    try {
      return verifySignature(hash, g.signature, g.pubKey);
    } catch {
      return false;
    }
  });
}
