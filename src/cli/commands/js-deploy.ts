/** `polyvm js deploy`: validates, instruments and deploys a contract, then runs its init. */
import { existsSync, readFileSync } from 'node:fs';
import { InvalidInputFileError, UsageError } from '../../core/errors.js';
import { ContractValidationError, parseAbi, validateContract } from '../../jsvm/index.js';
import { type CliContext, cliPath, EXIT_FAILED, EXIT_OK, errorDocument, printJson } from '../io.js';
import { JS_TX_FAILED } from './js-call.js';
import { openVm, parseGasLimit, printLogs, printRam, requireSigners } from './js-shared.js';
import { type SignOptions, signedTx, signingKeys } from './js-sign.js';

interface DeployOptions extends SignOptions {
  abi?: string;
  id?: string;
  gasLimit?: string;
  payRam?: boolean;
  state: string;
  json?: boolean;
}

export function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new InvalidInputFileError(`cannot read ${what} ${path}: ${(cause as Error).message}`, { cause });
  }
}

/** --abi, else FILE.abi (extension replaced), else FILE.js.abi / FILE + ".abi". */
export function abiPath(file: string, given: string | undefined, ctx: CliContext): string {
  if (given !== undefined) return cliPath(ctx, given);
  const candidates = [
    file.replace(/\.[^./]+$/, '.abi'),
    `${file}.abi`,
    `${file.replace(/\.js$/, '')}.js.abi`,
  ];
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new InvalidInputFileError(
      `no ABI file for ${file}: tried ${candidates.join(', ')}; give --abi FILE`,
    );
  return found;
}

/** Validates here, in-process, so that a rule broken is reported as `file:line:column: rule`. */
export function validate(file: string, code: string, abi: string): void {
  try {
    validateContract(code, parseAbi(abi));
  } catch (e) {
    if (!(e instanceof ContractValidationError) || !e.location) throw e;
    throw new ContractValidationError(`${file}:${e.location.line}:${e.location.column}: ${e.rule}`, {
      cause: e,
    });
  }
}

/**
 * What deploy and update read first: the contract and its ABI (validated), the signing keys
 * (or the unsigned signers) and the gas limit.
 */
export function readContract(
  ctx: CliContext,
  file: string,
  opts: SignOptions & { abi?: string; gasLimit?: string },
) {
  const path = cliPath(ctx, file);
  const code = readText(path, 'contract');
  const abi = readText(abiPath(path, opts.abi, ctx), 'ABI');
  const signing = signingKeys(ctx, opts);
  const signers = signing ? [signing.publisher] : requireSigners(opts.signer);
  const gasLimit = parseGasLimit(opts.gasLimit);
  validate(file, code, abi);
  return { code, abi, signers, signing, gasLimit };
}

/**
 * The contract record iwallet publishes (iwallet/publish.go, core/contract Contract as JSON):
 * the argument of `system.iost setCode` / `updateCode`.
 */
export function contractRecord(id: string, code: string, abi: string): string {
  return JSON.stringify({ ID: id, info: JSON.parse(abi), code });
}

export async function jsDeploy(ctx: CliContext, file: string, opts: DeployOptions): Promise<number> {
  const { code, abi, signers, signing, gasLimit } = readContract(ctx, file, opts);
  if (signing && opts.id !== undefined)
    throw new UsageError(
      '--id: a signed deploy (system.iost setCode) is named Contract + base58 of its hash',
    );
  const vm = openVm(ctx, opts.state, { payRam: opts.payRam });
  try {
    // signed: system.iost setCode(record), as iwallet publish sends it; its return is the id
    const result = signing
      ? await vm
          .send(
            signedTx(
              [
                {
                  contract: 'system.iost',
                  actionName: 'setCode',
                  data: JSON.stringify([contractRecord('', code, abi)]),
                },
              ],
              signing,
              gasLimit,
            ),
          )
          .then((r) => ({ ...r, id: r.returns[0] }))
      : await vm.deploy({ code, abi, id: opts.id, signers, gasLimit });
    printLogs(ctx, result.logs);
    if (result.status === 'success') {
      const ram = result.ramUsage ? { ramUsage: result.ramUsage } : {};
      if (opts.json) printJson(ctx, { status: 'success', id: result.id, gasUsed: result.gasUsed, ...ram });
      else {
        ctx.io.out(`deployed ${result.id} (gas used ${result.gasUsed})\n`);
        printRam(ctx, result.ramUsage);
      }
      return EXIT_OK;
    }
    if (opts.json) printJson(ctx, errorDocument(JS_TX_FAILED, result.error ?? ''));
    else ctx.io.err(`polyvm: deploy failed: ${result.error}\n`);
    return EXIT_FAILED;
  } finally {
    await vm.close();
  }
}
