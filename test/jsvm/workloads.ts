/**
 * The heaviest work per gas we could find for each kind of built-in and operator: every
 * method spins on one costly operation until it runs out of gas (under the default limit of
 * 4,000,000) or returns a digest of what it built. The machine-speed test runs them idle and
 * with the other core busy (same result and gas, never the clock); `npm run bench:jsvm`
 * prints their nanoseconds per gas.
 */

const methods: Record<string, string> = {
  // strings
  indexOfMiss: `const s = 'a'.repeat(60000); let n = 0; for (;;) n += s.indexOf('b');`,
  includesLong: `const s = 'ab'.repeat(30000); const t = 'ab'.repeat(1000) + 'c'; for (;;) s.includes(t);`,
  strictEqualLong: `const a = 'x'.repeat(60000), b = 'x'.repeat(59999) + 'y'; let n = 0; for (;;) if (a === b) n++;`,
  lessThanLong: `const a = 'x'.repeat(60000), b = 'x'.repeat(59999) + 'y'; let n = 0; for (;;) if (a < b) n++;`,
  toNumberLong: `const s = '1'.repeat(60000); let n = 0; for (;;) n += s * 1;`,
  looseEqualLong: `const s = ' '.repeat(60000) + '1'; let n = 0; for (;;) if (s == 1) n++;`,
  concatFlatten: `const s = 'x'.repeat(60000); let n = 0; for (;;) { const t = s + 'y'; n += t.charCodeAt(30000); }`,
  concatGrow: `let s = ''; for (;;) s += 'abcdefgh';`,
  templateGrow: `const s = 'x'.repeat(30000); let n = 0; for (;;) n += \`\${s}\${n}\`.length;`,
  repeatMany: `let n = 0; for (;;) n += 'abcd'.repeat(10000).length;`,
  splitChars: `const s = 'ab'.repeat(20000); for (;;) s.split('');`,
  replaceDollar: `const s = 'x'.repeat(20000) + 'y'; for (;;) s.replace('y', '$\`$\`$\`$\`');`,
  upperCase: `const s = 'abc'.repeat(20000); for (;;) s.toUpperCase();`,
  trimSpaces: `const s = ' '.repeat(60000); for (;;) s.trim();`,
  sliceKeys: `const s = 'k'.repeat(60000); const o = {}; let i = 0; for (;;) o[s.slice(0, 1000 + (i++ % 59000))] = 1;`,
  switchLong: `const a = 'x'.repeat(60000), b = 'x'.repeat(59999) + 'y'; let n = 0; for (;;) switch (a) { case b: n++; break; case b: n++; }`,
  fromCharCodes: `const c = []; for (let i = 0; i < 5000; i++) c.push(65 + (i % 26)); for (;;) String.fromCharCode(...c);`,
  // arrays
  sortDefault: `const a = []; for (let i = 0; i < 3000; i++) a.push('k' + ((i * 7919) % 3001)); for (;;) a.slice().sort();`,
  sortNumbersDefault: `const a = []; for (let i = 0; i < 3000; i++) a.push((i * 7919) % 3001); for (;;) a.slice().sort();`,
  sortComparator: `const a = []; for (let i = 0; i < 3000; i++) a.push((i * 7919) % 3001); for (;;) a.slice().sort((x, y) => x - y);`,
  indexOfArray: `const a = []; for (let i = 0; i < 60000; i++) a.push(i); for (;;) a.indexOf(-1);`,
  includesStrings: `const a = []; for (let i = 0; i < 2000; i++) a.push('x'.repeat(999) + i); const t = 'x'.repeat(1003); for (;;) a.includes(t);`,
  joinBig: `const a = []; for (let i = 0; i < 20000; i++) a.push(i); for (;;) a.join(',');`,
  unshiftShift: `const a = []; for (let i = 0; i < 60000; i++) a.push(i); for (;;) { a.unshift(1); a.shift(); }`,
  spliceMiddle: `const a = []; for (let i = 0; i < 60000; i++) a.push(i); for (;;) { a.splice(1, 0, 1); a.splice(1, 1); }`,
  spreadArray: `const a = []; for (let i = 0; i < 20000; i++) a.push(i); for (;;) [...a];`,
  spreadCall: `const a = []; for (let i = 0; i < 20000; i++) a.push(i); for (;;) Math.max(...a);`,
  concatArrays: `const a = []; for (let i = 0; i < 20000; i++) a.push(i); for (;;) a.concat(a);`,
  arrayAlloc: `for (;;) new Array(90000);`,
  forEachHoles: `const a = new Array(60000); for (;;) a.forEach(() => 0);`,
  // objects
  objectKeysBig: `const o = {}; for (let i = 0; i < 20000; i++) o['k' + i] = i; for (;;) Object.keys(o);`,
  forInBreak: `const o = {}; for (let i = 0; i < 20000; i++) o['k' + i] = i; for (;;) for (const k in o) break;`,
  assignBig: `const o = {}; for (let i = 0; i < 20000; i++) o['k' + i] = i; for (;;) Object.assign({}, o);`,
  deepChainMiss: `let p = {}; for (let i = 0; i < 30; i++) p = Object.create(p); let i = 0; for (;;) p['m' + (i++)];`,
  instanceofDeep: `class A {} let C = A; for (let i = 0; i < 28; i++) C = class extends C {}; const x = new C(); let n = 0; for (;;) if (x instanceof Array) n++;`,
  freshKeyStore: `const o = {}; for (let i = 0; ; i++) o['k' + i] = i;`,
  freshKeyLoad: `const o = { a: 1 }; let n = 0; for (let i = 0; ; i++) if (o['k' + i] !== undefined) n++;`,
  fractionKeys: `const o = {}; for (let i = 0; ; i++) o[i + 0.5] = 1;`,
  hasOwnFresh: `const o = {}; for (let i = 0; ; i++) o.hasOwnProperty('k' + i);`,
  symbolFor: `for (let i = 0; ; i++) Symbol.for('s' + i);`,
  closures: `for (;;) { const f = () => 1; f(); }`,
  classes: `for (;;) { const C = class { m() {} }; new C(); }`,
  // JSON
  parseFreshKeys: `let t = '{'; for (let i = 0; i < 3000; i++) t += '"k' + i + '":1,'; t += '"z":0}'; for (;;) JSON.parse(t);`,
  stringifyWide: `const o = {}; for (let i = 0; i < 5000; i++) o['k' + i] = 'v'.repeat(10); for (;;) JSON.stringify(o);`,
  stringifyDeep: `let a = []; for (let i = 0; i < 300; i++) a = [a]; for (;;) JSON.stringify(a);`,
  parseBig: `const t = '[' + '{"a":[1,2,{"b":"c"}]},'.repeat(3000) + '0]'; for (;;) JSON.parse(t);`,
  parseReviver: `const t = '[' + '[1,[2,[3]]],'.repeat(3000) + '0]'; for (;;) JSON.parse(t, (k, v) => v);`,
  // numbers
  bigNumberTimes: `const a = new BigNumber('9'.repeat(2000)); for (;;) a.times(a);`,
  bigNumberDiv: `const a = new BigNumber('9'.repeat(2000)), b = new BigNumber('7'.repeat(1000)); for (;;) a.div(b);`,
  bigNumberPow: `const a = new BigNumber('123456789'); for (;;) a.pow(200);`,
  bigNumberToString: `const a = new BigNumber('9'.repeat(3000) + '.5'); for (;;) a.toFixed(10);`,
  bigNumberParse: `const s = '9'.repeat(3000); for (;;) new BigNumber(s);`,
  int64Ops: `let a = new Int64(1); for (;;) a = a.plus(3).multi(2).div(2);`,
  // calls and host
  recursion: `const f = (n) => (n > 0 ? f(n - 1) + 1 : 0); for (;;) f(300);`,
  storageGetBig: `storage.put('big', 'v'.repeat(60000)); for (;;) storage.get('big');`,
  mapKeysMany: `for (let i = 0; i < 1000; i++) storage.mapPut('m', 'field' + i, '1'); for (;;) storage.mapKeys('m');`,
  mapPutGrow: `for (let i = 0; ; i++) storage.mapPut('g', 'f' + i, '');`,
  sha3Big: `const s = 'x'.repeat(60000); for (;;) IOSTCrypto.sha3(s);`,
  verifyLong: `const s = '2'.repeat(2000); for (;;) IOSTCrypto.verify('ed25519', s, s, s);`,
  consoleLog: `const o = { a: 'x'.repeat(1000) }; for (;;) console.log(o);`,
};

/** Work that completes under the default limit, returning a digest of what it computed. */
const digests: Record<string, string> = {
  mixedDigest: `const words = []; for (let i = 0; i < 400; i++) words.push('w' + ((i * 7919) % 401));
    words.sort(); const text = words.join(' '); const parts = text.split(' ');
    const o = {}; for (let i = 0; i < parts.length; i++) o[parts[i]] = (o[parts[i]] || 0) + i;
    const json = JSON.stringify(o, null, 1); const back = JSON.parse(json);
    let acc = new BigNumber(1); for (let i = 1; i < 40; i++) acc = acc.times(i).plus(Object.keys(back).length);
    return IOSTCrypto.sha3(text.replace('w1', '[$&]') + json.length + acc.toFixed(3) + [1, 2, 3].map((x) => x * 2).concat(parts.slice(0, 5)));`,
  numericDigest: `let h = 0; const a = []; for (let i = 0; i < 20000; i++) { h = (h * 31 + i * i) % 1000003; a.push(h); }
    a.sort((x, y) => x - y); return [h, a[0], a[a.length - 1], a.indexOf(h), Math.max(...a.slice(0, 500))].join(',');`,
};

export const WORKLOAD_NAMES = Object.keys(methods);
export const DIGEST_NAMES = Object.keys(digests);

export const WORKLOAD_CODE = `class Heavy {\n  init() {}\n${[...WORKLOAD_NAMES.map((n) => `  ${n}() { ${methods[n]} }`), ...DIGEST_NAMES.map((n) => `  ${n}() { ${digests[n]} }`)].join('\n')}\n}\nmodule.exports = Heavy;`;
