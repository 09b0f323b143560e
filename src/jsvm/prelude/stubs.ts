/**
 * The sandbox side of the host API, generated from its table (host-api.ts): for each row an
 * object member with go-iost's name and parameters (storage.js, blockchain.js, IOSTCrypto)
 * that checks its arguments, charges the row's gas, crosses the bridge with the row's index
 * and charges or parses what comes back. `OP.name` in prelude text is replaced by the row's
 * index, so the prelude's own code reaches the internal rows (log, call, b58len) by name.
 */
import { HOST_API, type HostFunction, OP } from '../host-api.js';

function stub(row: HostFunction): string {
  const i = OP[row.name]!;
  const names = row.params.map((p) => p.name);
  const lines: string[] = [];
  for (const p of row.params)
    if (p.is === 'value')
      lines.push(`if (typeof ${p.name} !== 'string') throw new PError('${p.label} must be string');`);
  for (const p of row.params) {
    if (p.is === 'string') lines.push(`str(${p.name}, '${p.label}');`);
    else if (p.is === 'payer') lines.push(`${p.name} = ${p.name} === undefined ? '' : toStr(${p.name});`);
    else if (p.is === 'text') lines.push(`${p.name} = toStr(${p.name});`);
  }
  for (const g of row.gas) lines.push(`charge(${withOps(g)});`);
  const call = `hc(${[i, ...names].join(', ')})`;
  if (row.result === 'charge') lines.push(`charge(${call});`);
  else if (row.result === 'fieldList') lines.push(`return fieldList(${call});`);
  else lines.push(`return ${call};`);
  return `${row.name}(${names.join(', ')}) { ${lines.join(' ')} },`;
}

/** Replaces `OP.name` by the row's index (an unknown name is an error at prelude build time). */
export function withOps(text: string): string {
  return text.replace(/\bOP\.([A-Za-z0-9_]+)/g, (_, name: string) => {
    const i = OP[name];
    if (i === undefined) throw new Error(`prelude: no host API row ${name}`);
    return String(i);
  });
}

/** The members of each sandbox object, as object-literal text. */
export const STUBS: Readonly<Record<'storage' | 'blockchain' | 'IOSTCrypto', string>> = {
  storage: members('storage'),
  blockchain: members('blockchain'),
  IOSTCrypto: members('IOSTCrypto'),
};

function members(object: HostFunction['object']): string {
  return HOST_API.filter((r) => r.object === object)
    .map(stub)
    .join('\n  ');
}
