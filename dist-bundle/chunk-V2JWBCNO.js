import {
  base58Decode,
  base58Encode
} from "./chunk-CIILX6KK.js";
import {
  namespacedKey
} from "./chunk-ACMAOO3W.js";
import {
  bytesToHex,
  concatBytes,
  utf8ToBytes
} from "./chunk-IXTBPKQN.js";
import {
  PolyvmError
} from "./chunk-XXQMZ22L.js";

// dist/jsvm/errors.js
var ContractValidationError = class extends PolyvmError {
  name = "ContractValidationError";
  rule;
  location;
  constructor(rule, options = {}) {
    const at = options.location ? ` (line ${options.location.line}, column ${options.location.column})` : "";
    super("JS_CONTRACT_INVALID", `${rule}${at}`, options);
    this.rule = rule;
    this.location = options.location;
  }
};
var JsVmRequestError = class extends PolyvmError {
  name = "JsVmRequestError";
  constructor(shortMessage, options) {
    super("JS_REQUEST", shortMessage, options);
  }
};
var TxFailure = class extends Error {
  fatal;
  name = "TxFailure";
  constructor(message, fatal = false) {
    super(message);
    this.fatal = fatal;
  }
};

// dist/jsvm/decimal.js
var INT64_MAX = 2n ** 63n - 1n;
function checkScale(what, scale) {
  if (!Number.isSafeInteger(scale) || scale < 0)
    throw new JsVmRequestError(`${what}: scale must be a non-negative integer, got ${String(scale)}`);
}
var DecimalFormatError = class extends Error {
};
function parseAmount(text2, scale) {
  if (typeof text2 !== "string")
    throw new JsVmRequestError(`parseAmount: expected a string, got ${typeof text2}`);
  checkScale("parseAmount", scale);
  if (text2.length === 0 || text2[0] === ".")
    throw new DecimalFormatError("amount format error");
  if (text2[0] === "-")
    return -parseAmount(text2.slice(1), scale);
  let value2 = 0n;
  let decimals = 0;
  let point = false;
  for (const ch of text2) {
    if (ch >= "0" && ch <= "9") {
      if (point && decimals >= scale)
        break;
      value2 = value2 * 10n + BigInt(ch.charCodeAt(0) - 48);
      if (value2 > INT64_MAX)
        throw new DecimalFormatError("overflow error");
      if (point)
        decimals++;
    } else if (ch === ".") {
      if (point)
        throw new DecimalFormatError("multi decimal point error");
      point = true;
    } else
      throw new DecimalFormatError("abnormal char in amount");
  }
  const scaled = value2 * 10n ** BigInt(scale - decimals);
  if (scaled > INT64_MAX)
    throw new DecimalFormatError("overflow error");
  return scaled;
}
function formatAmount(value2, scale) {
  if (typeof value2 !== "bigint")
    throw new JsVmRequestError(`formatAmount: expected a bigint, got ${typeof value2}`);
  checkScale("formatAmount", scale);
  const neg2 = value2 < 0n;
  let digits = (neg2 ? -value2 : value2).toString().padStart(scale + 1, "0");
  if (scale > 0) {
    digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/0+$/, "").replace(/\.$/, "");
  }
  return (neg2 ? "-" : "") + digits;
}

// dist/jsvm/abi.js
var LIMIT_TOKENS = { "*": 0, iost: 8, ram: 0 };
var ARG_TYPES = /* @__PURE__ */ new Set(["string", "bool", "number", "json"]);
function fail(rule) {
  throw new ContractValidationError(`abi invalid: ${rule}`);
}
function checkAbiName(name) {
  if (typeof name !== "string")
    fail("method name must be a string");
  if (name.length < 1 || name.length > 32)
    fail(`abi name length should be between 1,32, got ${JSON.stringify(name)}`);
  if (name[0] === "_")
    fail(`abi name shouldn't start with _: ${name}`);
  const bad = /[^A-Za-z0-9_]/.exec(name);
  if (bad)
    fail(`abi name ${JSON.stringify(name)} contains invalid character ${JSON.stringify(bad[0])}`);
}
function parseAbi(input) {
  let doc = input;
  if (typeof input === "string") {
    try {
      doc = JSON.parse(input);
    } catch (cause) {
      throw new ContractValidationError(`abi invalid: not JSON (${cause.message})`, { cause });
    }
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc))
    fail("the document must be a JSON object");
  const d = doc;
  if (d.lang !== "javascript")
    fail(`lang must be "javascript", got ${JSON.stringify(d.lang)}`);
  const version = d.version === void 0 ? "1.0.0" : d.version;
  if (typeof version !== "string")
    fail("version must be a string");
  if (!Array.isArray(d.abi))
    fail('"abi" must be an array of methods');
  const seen = /* @__PURE__ */ new Set();
  const abi = d.abi.map((m, i) => {
    if (!m || typeof m !== "object")
      fail(`abi[${i}] must be an object`);
    const e = m;
    checkAbiName(e.name);
    if (e.name === "init")
      fail("abi shouldn't contain internal function: init");
    if (seen.has(e.name))
      fail(`method ${e.name} listed twice`);
    seen.add(e.name);
    const args = e.args ?? [];
    if (!Array.isArray(args))
      fail(`args of ${e.name} must be an array`);
    for (const a of args)
      if (!ARG_TYPES.has(a))
        fail(`args should be one of ["string", "bool", "number", "json"]: ${e.name} lists ${JSON.stringify(a)}`);
    return {
      name: e.name,
      args,
      amountLimit: parseAmountLimits(e.amountLimit, e.name)
    };
  });
  return { lang: "javascript", version, abi };
}
function parseAmountLimits(value2, method) {
  if (value2 === void 0 || value2 === null)
    return [];
  if (!Array.isArray(value2))
    fail(`amountLimit of ${method} must be an array`);
  const tokens = /* @__PURE__ */ new Set();
  return value2.map((l) => {
    const e = l ?? {};
    if (typeof e.token !== "string")
      fail(`amountLimit of ${method}: token should be string type`);
    if (typeof e.val !== "string")
      fail(`amountLimit of ${method}: val should be string type`);
    if (tokens.has(e.token))
      fail(`duplicated token in amountLimit: ${e.token}`);
    tokens.add(e.token);
    const decimals = LIMIT_TOKENS[e.token];
    if (decimals === void 0)
      fail(`token not exists in amountLimit: ${e.token}`);
    if (e.val !== "unlimited") {
      try {
        parseAmount(e.val, decimals);
      } catch (err) {
        if (!(err instanceof DecimalFormatError))
          throw err;
        fail(`amountLimit of ${method}: val ${JSON.stringify(e.val)}: ${err.message}`);
      }
    }
    return { token: e.token, val: e.val };
  });
}

// dist/jsvm/parse.js
import { parse } from "acorn";
function parseContract(source) {
  try {
    return parse(source, { ecmaVersion: 2022, sourceType: "script", locations: true, preserveParens: true });
  } catch (cause) {
    const loc = cause.loc;
    const message = cause.message.replace(/ \(\d+:\d+\)$/, "");
    throw new ContractValidationError(`syntax error: ${message}`, {
      cause,
      location: loc ? { line: loc.line, column: loc.column + 1 } : void 0
    });
  }
}

// dist/jsvm/validate.js
var MAX_CODE_LENGTH = 1 << 20;
function fail2(rule, node) {
  const loc = node?.loc?.start;
  throw new ContractValidationError(`contract invalid: ${rule}`, {
    location: loc ? { line: loc.line, column: loc.column + 1 } : void 0
  });
}
var IOST_RESERVED = /* @__PURE__ */ new Set(["IOSTInstruction", "_IOSTInstruction_counter", "_IOSTBinaryOp"]);
var RESERVED = "use of _IOSTInstruction_counter or _IOSTBinaryOp keyword is not allowed";
var ASYNC = "use of async or await is not supported";
function identifierRule(name) {
  if (name.startsWith("_IOST") || IOST_RESERVED.has(name))
    return RESERVED;
  if (name.startsWith("__pvm"))
    return `identifier ${name} is reserved`;
  if (name === "async" || name === "await")
    return ASYNC;
  return void 0;
}
var isSuperMember = (n) => n?.type === "MemberExpression" && n.object.type === "Super";
var hasSpread = (n) => n.arguments.some((a) => a.type === "SpreadElement");
var functionRule = (node) => node.async ? ASYNC : void 0;
var RULES = {
  Identifier: (n) => identifierRule(n.name),
  PrivateIdentifier: (n) => identifierRule(n.name),
  Literal: (n) => n.regex ? "use of RegularExpression is not allowed." : n.bigint !== void 0 ? "use of BigInt is not supported" : void 0,
  TryStatement: () => "use of try catch is not supported",
  ArrayPattern: () => "use of ArrayPattern or ObjectPattern is not allowed.",
  ObjectPattern: () => "use of ArrayPattern or ObjectPattern is not allowed.",
  MethodDefinition: (n) => functionRule(n.value),
  Property: (n) => n.method ? functionRule(n.value) : void 0,
  FunctionDeclaration: functionRule,
  FunctionExpression: functionRule,
  ArrowFunctionExpression: functionRule,
  AwaitExpression: () => ASYNC,
  ImportExpression: () => "import() is forbidden",
  MetaProperty: (n) => n.meta.name === "import" ? "import.meta is forbidden" : void 0,
  WithStatement: () => "with is forbidden",
  PropertyDefinition: () => "class fields are not supported",
  StaticBlock: () => "class static blocks are not supported",
  ObjectExpression: (n) => n.properties.some((p) => p.type === "Property" && !p.computed && !p.shorthand && !p.method && p.kind === "init" && (p.key.name ?? p.key.value) === "__proto__") ? "__proto__ in object literals is not supported" : void 0,
  CallExpression: (n) => hasSpread(n) && n.callee.type === "MemberExpression" && n.callee.property.type === "PrivateIdentifier" ? "spread arguments in calls of private methods are not supported" : void 0,
  ChainExpression: (n) => {
    for (let e = n.expression; e; ) {
      if (e.type === "CallExpression" && hasSpread(e))
        return "spread arguments in optional calls are not supported";
      e = e.type === "CallExpression" ? e.callee : e.type === "MemberExpression" ? e.object : void 0;
    }
    return void 0;
  },
  UpdateExpression: (n) => isSuperMember(n.argument) ? "compound assignment to a super property is not supported" : void 0,
  AssignmentExpression: (n) => n.operator !== "=" && !["&&=", "||=", "??="].includes(n.operator) && isSuperMember(n.left) ? "compound assignment to a super property is not supported" : void 0
};
function checkContractSyntax(root) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    const broken = RULES[node.type]?.(node);
    if (broken)
      fail2(broken, node);
    const children2 = [];
    for (const key2 of Object.keys(node)) {
      if (key2 === "loc")
        continue;
      const v = node[key2];
      if (Array.isArray(v)) {
        for (const c of v)
          if (c && typeof c.type === "string")
            children2.push(c);
      } else if (v && typeof v === "object" && typeof v.type === "string")
        children2.push(v);
    }
    for (let i = children2.length - 1; i >= 0; i--)
      stack.push(children2[i]);
  }
}
function exportedClassName(body) {
  if (body.length <= 1)
    fail2("empty source code: expected a class and module.exports = CLASS");
  const last = body[body.length - 1];
  const exp = last.expression;
  const left = exp?.left;
  if (last.type !== "ExpressionStatement" || exp?.type !== "AssignmentExpression" || exp.operator !== "=" || left?.type !== "MemberExpression" || left.object.type !== "Identifier" || left.object.name !== "module" || left.property.type !== "Identifier" || left.property.name !== "exports" || left.computed || exp.right.type !== "Identifier")
    fail2("last expression must be 'module.exports = CLASS_IDENTIFIER;'", last);
  return exp.right.name;
}
function classMethods(body, name) {
  const cls = body.find((n) => n.type === "ClassDeclaration" && n.id?.name === name);
  if (!cls)
    fail2(`class ${name} (named by module.exports) is not declared at the top level`);
  const methods = /* @__PURE__ */ new Map();
  for (const m of cls.body.body) {
    if (m.type !== "MethodDefinition" || m.key.type !== "Identifier" || m.static)
      continue;
    const key2 = m.key.name;
    if (m.kind === "constructor")
      fail2("smart contract class shouldn't contain constructor method", m);
    if (m.kind !== "method")
      continue;
    methods.set(key2, m.value.params.length);
  }
  if (!methods.has("init"))
    fail2(`init not found: class ${name} must define init()`, cls);
  return methods;
}
function validateContract(source, abi) {
  if (typeof source !== "string" || source.length === 0)
    fail2("empty source code");
  if (source.length > MAX_CODE_LENGTH)
    fail2(`source longer than ${MAX_CODE_LENGTH} characters`);
  if (!abi || typeof abi !== "object" || !Array.isArray(abi.abi))
    throw new ContractValidationError("abi invalid: expected a parsed ABI (see parseAbi)");
  const ast = parseContract(source);
  checkContractSyntax(ast);
  const body = ast.body;
  const methods = classMethods(body, exportedClassName(body));
  for (const m of abi.abi) {
    const arity = methods.get(m.name);
    if (arity === void 0)
      fail2(`abi not defined in source code: ${m.name}`);
    if (arity !== m.args.length)
      fail2(`args length not match: ${m.name} takes ${arity} parameter(s), the abi lists ${m.args.length}`);
  }
}

// dist/jsvm/tx.js
import { ed25519 } from "@noble/curves/ed25519.js";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { sha3_256 } from "@noble/hashes/sha3.js";
var ALGORITHMS = { secp256k1: 1, ed25519: 2 };
var SimpleEncoder = class {
  parts = [];
  byte(b) {
    this.parts.push(Uint8Array.of(b));
    return this;
  }
  int64(n) {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigInt64(0, n);
    this.parts.push(b);
    return this;
  }
  int32(n) {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setInt32(0, n);
    this.parts.push(b);
    return this;
  }
  bytes(b) {
    this.int32(b.length);
    this.parts.push(b);
    return this;
  }
  string(s) {
    return this.bytes(utf8ToBytes(s));
  }
  bytesList(list) {
    this.int32(list.length);
    for (const b of list)
      this.bytes(b);
    return this;
  }
  result() {
    return concatBytes(...this.parts);
  }
};
function signatureBytes(s) {
  return new SimpleEncoder().byte(ALGORITHMS[s.algorithm]).bytes(base58Decode(s.sig)).bytes(base58Decode(s.pubkey)).result();
}
var LEVELS = { base: 0, publish: 1, full: 2 };
function txBytes(tx, level) {
  const l = LEVELS[level];
  const e = new SimpleEncoder().int64(tx.time).int64(tx.expiration).int64(tx.gasRatio).int64(tx.gasLimit).int64(tx.delay).int32(tx.chainId).bytes(tx.reserved ?? new Uint8Array()).bytesList(tx.signers.map(utf8ToBytes)).bytesList(tx.actions.map((a) => new SimpleEncoder().string(a.contract).string(a.actionName).string(a.data).result())).bytesList(tx.amountLimit.map((a) => new SimpleEncoder().string(a.token).string(a.value).result()));
  if (l > LEVELS.base)
    e.bytesList(tx.signs.map(signatureBytes));
  if (l > LEVELS.publish)
    e.bytes(tx.referredTx ?? new Uint8Array()).string(tx.publisher).bytesList(tx.publishSigns.map(signatureBytes));
  return e.result();
}
var publishHash = (tx) => sha3_256(txBytes(tx, "publish"));
function keyPair(seckey, algorithm = "ed25519") {
  let raw2;
  try {
    raw2 = base58Decode(seckey);
  } catch {
    throw new JsVmRequestError("secret key: not base58");
  }
  let pub;
  if (algorithm === "ed25519") {
    if (raw2.length !== 64)
      throw new JsVmRequestError(`secret key: seckey length error ed25519 seckey length should not be ${raw2.length}`);
    pub = ed25519.getPublicKey(raw2.subarray(0, 32));
    if (base58Encode(pub) !== base58Encode(raw2.subarray(32)))
      throw new JsVmRequestError("secret key: invalid seckey");
  } else if (algorithm === "secp256k1") {
    if (raw2.length !== 32)
      throw new JsVmRequestError(`secret key: seckey length error secp256k1 seckey length should not be ${raw2.length}`);
    try {
      pub = secp256k1.getPublicKey(raw2, true);
    } catch {
      throw new JsVmRequestError("secret key: invalid seckey");
    }
  } else
    throw new JsVmRequestError(`secret key: unknown algorithm ${JSON.stringify(algorithm)}`);
  return { algorithm, seckey, pubkey: base58Encode(pub) };
}
function sign(kp, message) {
  const raw2 = base58Decode(kp.seckey);
  const sig = kp.algorithm === "ed25519" ? ed25519.sign(message, raw2.subarray(0, 32)) : secp256k1.sign(message, raw2, { prehash: false, lowS: true });
  return { algorithm: kp.algorithm, sig: base58Encode(sig), pubkey: kp.pubkey };
}
function signTx(tx, publisher, kps) {
  const t = { ...tx, publisher, publishSigns: [] };
  t.publishSigns = kps.map((kp) => sign(kp, publishHash(t)));
  return t;
}

// dist/jsvm/auth.js
var AUTH_CONTRACT = "auth.iost";
var AUTH_METHODS = {
  signUp: ["string", "string", "string"],
  addPermission: ["string", "string", "number"],
  dropPermission: ["string", "string"],
  assignPermission: ["string", "string", "string", "number"],
  revokePermission: ["string", "string", "string"],
  addGroup: ["string", "string"],
  dropGroup: ["string", "string"],
  assignGroup: ["string", "string", "string", "number"],
  revokeGroup: ["string", "string", "string"],
  assignPermissionToGroup: ["string", "string", "string"],
  revokePermissionInGroup: ["string", "string", "string"]
};
function newAccount(id, referrer, owner, active) {
  const perm = (name, key2) => ({
    name,
    groups: [],
    items: [{ id: key2, is_key_pair: true, weight: 100 }],
    threshold: 100
  });
  return {
    id,
    referrer,
    permissions: { active: perm("active", active), owner: perm("owner", owner) },
    groups: {}
  };
}
function checkAccountId(id) {
  if (id.startsWith("0x") && id.length === 42) {
    if (id.toLowerCase() !== id)
      throw new TxFailure("id invalid. upper case not allowed");
    return true;
  }
  if (id.length < 5 || id.length > 11)
    throw new TxFailure(`id invalid. id length should be between 5,11 > ${id}`);
  if (id.startsWith("Contract"))
    throw new TxFailure("id invalid. id shouldn't start with 'Contract'.");
  for (const ch of id)
    if (!(ch >= "a" && ch <= "z" || ch >= "0" && ch <= "9" || ch === "_"))
      throw new TxFailure(`id invalid. id contains invalid character > ${ch}`);
  return false;
}
function checkPermission(perm) {
  if (perm.length < 1 || perm.length > 32)
    throw new TxFailure("id is not defined");
  for (const ch of perm)
    if (!(ch >= "a" && ch <= "z" || ch >= "A" && ch <= "Z" || ch >= "0" && ch <= "9" || ch === "_"))
      throw new TxFailure(`id invalid. id contains invalid character > ${ch}`);
}
var findItem = (items, name) => items.findIndex((i) => i.id === name);
function findPermissionItem(items, name) {
  const at = name.indexOf("@");
  if (at < 0)
    return items.findIndex((i) => i.id === name && i.permission === void 0);
  if (at === 0)
    throw new TxFailure("unexpected item");
  return items.findIndex((i) => i.id === name.slice(0, at) && i.permission === name.slice(at + 1));
}
function itemOf(un, weight, atFirstIsError) {
  const at = un.indexOf("@");
  if (at < 0)
    return { id: un, is_key_pair: true, weight };
  if (at === 0 && atFirstIsError)
    throw new TxFailure("unexpected item");
  return { id: un.slice(0, at), permission: un.slice(at + 1), is_key_pair: false, weight };
}
function authCall(h, api, argv) {
  const [id] = argv;
  const requireOwner = () => {
    if (!h.requireAuth(id, "owner"))
      throw new TxFailure("require auth failed");
  };
  const load = () => {
    const a = h.load(id);
    if (!a)
      throw new TxFailure("Cannot read property 'permissions' of null");
    return a;
  };
  const perm = (a, name) => {
    const p = a.permissions[name];
    if (!p)
      throw new TxFailure("Cannot read property 'items' of undefined");
    return p;
  };
  const group = (a, name) => {
    const g = a.groups[name];
    if (!g)
      throw new TxFailure("Cannot read property 'items' of undefined");
    return g;
  };
  const weightOf = (w) => {
    if (w <= 0)
      throw new TxFailure("weight less than zero");
    return w;
  };
  const done = (a) => {
    h.save(a);
    h.receipt(JSON.stringify(argv));
    return [];
  };
  switch (api) {
    case "signUp": {
      const [, owner, active] = argv;
      if (h.load(id))
        throw new TxFailure(`id existed > ${id}`);
      if (checkAccountId(id) && (owner !== "" || active !== ""))
        throw new TxFailure("permission should be empty");
      const referrer = h.publisher;
      h.save(newAccount(id, referrer, owner, active));
      h.pledge(referrer, id, "10");
      h.receipt(JSON.stringify(argv));
      return [];
    }
    case "addPermission": {
      const [, name, threshold] = argv;
      requireOwner();
      checkPermission(name);
      const a = load();
      if (a.permissions[name] !== void 0)
        throw new TxFailure("permission already exist");
      a.permissions[name] = { name, groups: [], items: [], threshold };
      return done(a);
    }
    case "dropPermission": {
      const [, name] = argv;
      requireOwner();
      if (name === "active" || name === "owner")
        throw new TxFailure("drop active or owner is forbidden");
      const a = load();
      delete a.permissions[name];
      return done(a);
    }
    case "assignPermission": {
      const [, name, un, w] = argv;
      requireOwner();
      weightOf(w);
      const a = load();
      const p = perm(a, name);
      const i = findItem(p.items, un);
      if (i < 0)
        p.items.push(itemOf(un, w, true));
      else
        p.items[i].weight = w;
      return done(a);
    }
    case "revokePermission": {
      const [, name, un] = argv;
      requireOwner();
      const a = load();
      const p = perm(a, name);
      const i = findPermissionItem(p.items, un);
      if (i < 0)
        throw new TxFailure("item not found");
      p.items.splice(i, 1);
      return done(a);
    }
    case "addGroup": {
      const [, name] = argv;
      requireOwner();
      checkPermission(name);
      const a = load();
      if (a.groups[name] !== void 0)
        throw new TxFailure("group already exist");
      a.groups[name] = { name, items: [] };
      return done(a);
    }
    case "dropGroup": {
      const [, name] = argv;
      requireOwner();
      const a = load();
      delete a.groups[name];
      return done(a);
    }
    case "assignGroup": {
      const [, name, un, w] = argv;
      requireOwner();
      weightOf(w);
      const a = load();
      const g = group(a, name);
      const i = findItem(g.items, un);
      if (i < 0)
        g.items.push(itemOf(un, w, false));
      else
        g.items[i].weight = w;
      return done(a);
    }
    case "revokeGroup": {
      const [, name, un] = argv;
      requireOwner();
      const a = load();
      const g = group(a, name);
      const i = findPermissionItem(g.items, un);
      if (i < 0)
        throw new TxFailure("item not found");
      g.items.splice(i, 1);
      return done(a);
    }
    case "assignPermissionToGroup": {
      const [, name, grp] = argv;
      requireOwner();
      const a = load();
      if (a.groups[grp] === void 0)
        throw new TxFailure("group does not exist");
      const p = a.permissions[name];
      if (!p)
        throw new TxFailure("Cannot read property 'groups' of undefined");
      p.groups.push(grp);
      return done(a);
    }
    case "revokePermissionInGroup": {
      const [, name, grp] = argv;
      requireOwner();
      const a = load();
      const p = a.permissions[name];
      if (!p)
        throw new TxFailure("Cannot read property 'groups' of undefined");
      const i = p.groups.indexOf(grp);
      if (i > -1)
        p.groups.splice(i, 1);
      return done(a);
    }
    default:
      throw new TxFailure(`abi ${api} not found`);
  }
}

// dist/jsvm/engine.js
import { sha3_256 as sha3_2562 } from "@noble/hashes/sha3.js";

// dist/jsvm/token.js
var TOKEN_CONTRACT = "token.iost";
var TOKEN_METHODS = {
  create: ["string", "string", "number", "json"],
  issue: ["string", "string", "string"],
  transfer: ["string", "string", "string", "string", "string"],
  transferFreeze: ["string", "string", "string", "string", "number", "string"],
  destroy: ["string", "string", "string"],
  balanceOf: ["string", "string"],
  supply: ["string"],
  totalSupply: ["string"]
};
function goJson(value2) {
  return JSON.stringify(value2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function infoOf(l, token) {
  const info = l.tokenInfo(token);
  if (!info)
    throw new TxFailure("token not exists");
  return info;
}
function refine(text2, decimals) {
  if (!/^([0-9]+[.])?[0-9]+$/.test(text2))
    throw new TxFailure(`invalid amount ${text2} <nil>`);
  let units;
  try {
    units = parseAmount(text2, decimals);
  } catch (e) {
    if (e instanceof DecimalFormatError)
      throw new TxFailure(`invalid amount ${text2} ${e.message}`);
    throw e;
  }
  return { units, text: formatAmount(units, decimals) };
}
function balanceOf(l, token, account) {
  let balance = l.balance(token, account);
  const items = l.freezes(token, account);
  if (items.length === 0)
    return balance;
  let i = 0;
  let add2 = 0n;
  while (i < items.length && items[i].ftime <= l.blockTime)
    add2 += BigInt(items[i++].amount);
  if (add2 > 0n) {
    balance += add2;
    l.setBalance(token, account, balance);
  }
  if (i > 0)
    l.setFreezes(token, account, items.slice(i));
  return balance;
}
function debit(l, token, from, units, decimal) {
  const fb = balanceOf(l, token, from);
  if (fb < units)
    throw notEnough(fb, units, decimal);
  l.setBalance(token, from, fb - units);
}
function notEnough(balance, amount, decimals) {
  return new TxFailure(`balance not enough ${formatAmount(balance, decimals)} < ${formatAmount(amount, decimals)}`);
}
function checkSymbol(symbol) {
  if (symbol.length < 2 || symbol.length > 16)
    throw new TxFailure(`token symbol invalid. token symbol length should be between 2,16 got ${symbol}`);
  for (const ch of symbol)
    if (!(ch >= "a" && ch <= "z" || ch >= "0" && ch <= "9" || ch === "_"))
      throw new TxFailure(`token symbol invalid. token symbol contains invalid character ${ch.codePointAt(0)}`);
}
function checkTransferable(l, info, from) {
  if (!info.canTransfer)
    throw new TxFailure("token can't transfer");
  if (info.onlyIssuerCanTransfer && !l.requireAuth(info.issuer, "transfer"))
    throw new TxFailure("transfer need issuer permission");
  if (!l.requireAuth(from, "transfer"))
    throw new TxFailure("transaction has no permission");
}
function tokenCall(l, api, argv) {
  const args = [...argv];
  const token = args[0];
  const rcpt = () => l.receipt(`${TOKEN_CONTRACT}/${api}`, goJson(args));
  switch (api) {
    case "create": {
      const [, issuer, total, config] = args;
      checkSymbol(token);
      const c = config ?? {};
      if (typeof c !== "object" || Array.isArray(c))
        throw new TxFailure("json: cannot unmarshal config");
      const info = {
        issuer,
        totalSupply: "0",
        supply: "0",
        canTransfer: true,
        onlyIssuerCanTransfer: false,
        defaultRate: "1.0",
        decimal: 8,
        fullName: token
      };
      if ("decimal" in c) {
        if (typeof c.decimal !== "number")
          throw new TxFailure("decimal in config should be number");
        info.decimal = Math.trunc(c.decimal);
      }
      if ("canTransfer" in c) {
        if (typeof c.canTransfer !== "boolean")
          throw new TxFailure("canTransfer in config should be bool");
        info.canTransfer = c.canTransfer;
      }
      if ("onlyIssuerCanTransfer" in c) {
        if (typeof c.onlyIssuerCanTransfer !== "boolean")
          throw new TxFailure("onlyIssuerCanTransfer in config should be bool");
        info.onlyIssuerCanTransfer = c.onlyIssuerCanTransfer;
      }
      if ("defaultRate" in c) {
        if (typeof c.defaultRate !== "string")
          throw new TxFailure("defaultRate in config should be string");
        info.defaultRate = c.defaultRate;
      }
      if ("fullName" in c) {
        if (typeof c.fullName !== "string")
          throw new TxFailure("fullName in config should be string");
        if (new TextEncoder().encode(c.fullName).length > 50)
          throw new TxFailure("fullName is too long");
        info.fullName = c.fullName;
      }
      if (!l.requireAuth(issuer, "token"))
        throw new TxFailure("transaction has no permission");
      if (l.tokenInfo(token))
        throw new TxFailure("token exists");
      if (info.decimal < 0 || info.decimal >= 19)
        throw new TxFailure("invalid decimal");
      if (BigInt(total) > INT64_MAX / 10n ** BigInt(info.decimal))
        throw new TxFailure("invalid totalSupply");
      info.totalSupply = (BigInt(total) * 10n ** BigInt(info.decimal)).toString();
      l.setTokenInfo(token, info);
      rcpt();
      return [];
    }
    case "issue": {
      const [, to, amountText] = args;
      const info = infoOf(l, token);
      const { units, text: text2 } = refine(amountText, info.decimal);
      args[2] = text2;
      if (!l.requireAuth(info.issuer, "token"))
        throw new TxFailure("transaction has no permission");
      if (units <= 0n)
        throw new TxFailure("invalid amount");
      const supply = BigInt(info.supply);
      if (BigInt(info.totalSupply) - supply < units)
        throw new TxFailure("supply too much");
      l.setTokenInfo(token, { ...info, supply: (supply + units).toString() });
      l.setBalance(token, to, balanceOf(l, token, to) + units);
      rcpt();
      return [];
    }
    case "transfer": {
      const [, from, to, amountText, memo] = args;
      if (new TextEncoder().encode(memo).length > 512)
        throw new TxFailure("memo too large");
      if (!l.isValidAccount(from))
        throw new TxFailure(`invalid account ${from}`);
      if (!l.isValidAccount(to))
        throw new TxFailure(`invalid account ${to}`);
      const info = infoOf(l, token);
      const { units, text: text2 } = refine(amountText, info.decimal);
      args[3] = text2;
      checkTransferable(l, info, from);
      if (units <= 0n)
        throw new TxFailure("invalid amount");
      debit(l, token, from, units, info.decimal);
      const tb = balanceOf(l, token, to);
      if (tb + units > INT64_MAX)
        throw new TxFailure("balance overflow");
      l.setBalance(token, to, tb + units);
      rcpt();
      return [];
    }
    case "transferFreeze": {
      const [, from, to, amountText, ftime, memo] = args;
      if (new TextEncoder().encode(memo).length > 512)
        throw new TxFailure("memo too large");
      const info = infoOf(l, token);
      const { units, text: text2 } = refine(amountText, info.decimal);
      args[3] = text2;
      checkTransferable(l, info, from);
      if (units <= 0n)
        throw new TxFailure("invalid amount");
      debit(l, token, from, units, info.decimal);
      const items = [...l.freezes(token, to), { amount: units.toString(), ftime }];
      items.sort((a, b) => a.ftime !== b.ftime ? a.ftime - b.ftime : BigInt(a.amount) < BigInt(b.amount) ? -1 : BigInt(a.amount) > BigInt(b.amount) ? 1 : 0);
      l.setFreezes(token, to, items);
      rcpt();
      return [];
    }
    case "destroy": {
      const [, from, amountText] = args;
      const info = infoOf(l, token);
      const { units, text: text2 } = refine(amountText, info.decimal);
      args[2] = text2;
      if (!l.requireAuth(from, "transfer"))
        throw new TxFailure("transaction has no permission");
      if (units <= 0n)
        throw new TxFailure("invalid amount");
      debit(l, token, from, units, info.decimal);
      const now = infoOf(l, token);
      l.setTokenInfo(token, { ...now, supply: (BigInt(now.supply) - units).toString() });
      rcpt();
      return [];
    }
    case "balanceOf": {
      const info = infoOf(l, token);
      return [formatAmount(balanceOf(l, token, args[1]), info.decimal)];
    }
    case "supply": {
      const info = infoOf(l, token);
      return [formatAmount(BigInt(info.supply), info.decimal)];
    }
    case "totalSupply": {
      const info = infoOf(l, token);
      return [formatAmount(BigInt(info.totalSupply), info.decimal)];
    }
    default:
      throw new TxFailure(`abi ${api} not found`);
  }
}

// dist/jsvm/gas.js
var GAS = {
  /** Flag-down fare of every JavaScript contract call (IOST JSCost). */
  jsCall: 3e4,
  /** Per stack level of a call (IOST CommonOpCost(height) = 10 * height). */
  stackLevel: 10,
  /** Reads: get, has, mapGet, mapHas and the global* forms (IOST GetCost). */
  get: 300,
  /** Minimum price of a put or mapPut; a value of n characters costs max(put, n / 10). */
  put: 300,
  del: 300,
  keys: 300,
  /** blockInfo, txInfo, contextInfo and what derives from them (IOST ContextCost). */
  context: 10,
  auth: 10,
  /** Per character of key, field and value written (polyvm's price of stored bytes). */
  storedByte: 1,
  eventByte: 1,
  receiptByte: 1,
  /** IOSTCrypto base price, plus one per message byte (IOST cryptGasBase). */
  crypto: 100,
  /** Deploy: base + per code character (IOST SetCodeBasePrice, SetCodePrice). */
  deployBase: 2e5,
  deployPerChar: 70,
  /** One native token.iost call (transfer, balanceOf): IOST charges a few storage accesses. */
  nativeCall: 1e3,
  /** Characters read (scanned, compared, converted) per gas. */
  scanChars: 8,
  /** Characters produced (a new string, a host result copied in) per gas. */
  buildChars: 4,
  /** Array elements read or moved in place per gas (indexOf, reverse, shift). */
  scanElements: 8,
  /** Gas per array element or object property created (push, concat, slice, Object.keys). */
  element: 1,
  /** JSON.parse: gas per character of text (it builds up to ~28 bytes of heap per character). */
  jsonParseChar: 2,
  /**
   * A property key that is a string (or a number that is not an array index): V8 internalizes
   * it (hashes it into its string table) and searches or grows the object's dictionary, which
   * takes microseconds for keys it has not seen. Plus one per 16 characters.
   */
  propertyKey: 48,
  /** Per own key a built-in enumerates (Object.keys, for-in, assign): V8 walks its dictionary. */
  enumeratedKey: 16,
  /** Per property a built-in creates from keys (Object.assign, fromEntries, defineProperties). */
  createdProperty: 48
};
var STACK = {
  units: 6400,
  unitBytes: 128,
  slotsPerUnit: 16,
  frameSlots: 40,
  nestedCallUnits: 128,
  levelUnits: 8,
  jsonCallUnits: 16,
  jsonLevelUnits: 4,
  /** Longest prototype chain an object may have (deeper ones would make lookups O(depth)). */
  maxProtoDepth: 32,
  /** Bound arguments of Function.prototype.bind, at most (they sit in every frame of the call). */
  maxBoundArgs: 16
};

// dist/jsvm/instrument-cost.js
var FUNCTION_TYPES = /* @__PURE__ */ new Set([
  "FunctionDeclaration",
  "FunctionExpression",
  "ArrowFunctionExpression"
]);
var LOOP_PARTS = {
  ForStatement: ["body", "test", "update"],
  ForInStatement: ["body"],
  ForOfStatement: ["body"],
  WhileStatement: ["body", "test"],
  DoWhileStatement: ["body", "test"]
};
function children(node) {
  const out = [];
  for (const key2 of Object.keys(node)) {
    if (key2 === "loc")
      continue;
    const v = node[key2];
    if (Array.isArray(v)) {
      for (const c of v)
        if (c && typeof c.type === "string")
          out.push([key2, c]);
    } else if (v && typeof v === "object" && typeof v.type === "string")
      out.push([key2, v]);
  }
  return out;
}
function isConstant(n) {
  switch (n.type) {
    case "Literal":
    case "Identifier":
      return true;
    case "TemplateLiteral":
      return n.expressions.length === 0;
    case "ParenthesizedExpression":
      return isConstant(n.expression);
    case "UnaryExpression":
      return n.argument.type === "Literal";
    case "ArrayExpression":
      return n.elements.every((e) => e === null || isConstant(e));
    case "ObjectExpression":
      return n.properties.every((p) => p.type === "Property" && p.kind === "init" && !p.computed && !p.method && isConstant(p.value));
    default:
      return false;
  }
}
var isOwnFrameDefault = (p) => p.type === "AssignmentPattern" && !isConstant(p.right);
function frameNodes(root) {
  let n = 0;
  const visit = (node, isRoot) => {
    n++;
    if (!isRoot && FUNCTION_TYPES.has(node.type))
      return;
    for (const [key2, c] of children(node)) {
      if (FUNCTION_TYPES.has(node.type) && key2 === "params" && isOwnFrameDefault(c))
        continue;
      visit(c, false);
    }
  };
  visit(root, true);
  return n;
}
var unitsOf = (nodes) => Math.ceil((STACK.frameSlots + 2 * nodes) / STACK.slotsPerUnit);

// dist/jsvm/iost-gas.js
var RUNTIME_GAS = { binaryOp: 3, template: 4, templateSubstitution: 8 };
var SURCHARGE = {
  ClassExpression: 150,
  forInKey: 4,
  freeElements: 1024,
  splitPiece: 2,
  joinElement: 5,
  longSwitch: 64,
  /**
   * A call that changed built-ins: putting them back, and replacing the isolate after the
   * transaction (V8's fast paths for arrays and iterators are isolate-wide and stay off once
   * a built-in they rely on changed), ~10-25 ms of isolate and context set-up (realm.ts).
   */
  realmRestore: 1e5
};

// dist/jsvm/meter-names.js
var COUNTERS = { gas: "_IOSTg", limit: "_IOSTl", depth: "_IOSTd" };
var GENERATOR = { held: "_IOSTh", yielded: "_IOSTx", resumed: "_IOSTv" };
var FAILURES = { outOfGas: "_IOSToog", tooDeep: "_IOSTdeep" };
var BINARY_HELPERS = {
  "+": "_IOSTadd",
  "-": "_IOSTsub",
  "*": "_IOSTmul",
  "/": "_IOSTdiv",
  "%": "_IOSTmod",
  "**": "_IOSTpow",
  "|": "_IOSTbor",
  "&": "_IOSTband",
  "^": "_IOSTbxor",
  "<<": "_IOSTshl",
  ">>": "_IOSTshr",
  ">>>": "_IOSTushr",
  "<": "_IOSTlt",
  "<=": "_IOSTle",
  ">": "_IOSTgt",
  ">=": "_IOSTge",
  "==": "_IOSTeq",
  "!=": "_IOSTeq",
  "===": "_IOSTseq",
  "!==": "_IOSTseq"
};
var chargedHelper = (name) => `${name}c`;
var UNARY_HELPERS = {
  "-": "_IOSTneg",
  "+": "_IOSTpos",
  "~": "_IOSTbnot"
};
var HELPERS = {
  /** ToNumeric of an update target (`x++`). */
  toNumeric: "_IOSTnum",
  /** `o[k]++` and `--o[k]`. */
  update: "_IOSTupd",
  /** `o[k] op= v`: read the reference, then store the metered result. */
  compoundGet: "_IOSTcget",
  compoundSet: "_IOSTcset",
  /** The tag of untagged template literals (IOST's _IOSTTemplateTag). */
  template: "_IOSTtpl",
  /** `[...x]` and `{...x}`. */
  arraySpread: "_IOSTsp",
  objectSpread: "_IOSTosp",
  /** Calls and `new` with spread arguments (stack units for the pushed arguments). */
  call: "_IOSTcall",
  callRef: "_IOSTcallr",
  ref: "_IOSTref",
  construct: "_IOSTnew",
  /** Every other `new`: the result's prototype chain stays short. */
  constructed: "_IOSTnw",
  superSpread: "_IOSTsps",
  superSpreadEnd: "_IOSTspe",
  /** `class extends X`; `switch (x)` and `for (k in x)` (polyvm's surcharges, iost-gas.ts SURCHARGE). */
  heritage: "_IOSText",
  switchOn: "_IOSTsw",
  forIn: "_IOSTforin"
};
var ALL_NAMES = [
  ...Object.values(COUNTERS),
  ...Object.values(FAILURES),
  .../* @__PURE__ */ new Set([...Object.values(BINARY_HELPERS), ...Object.values(UNARY_HELPERS)]),
  ...new Set(Object.values(BINARY_HELPERS).map(chargedHelper)),
  ...Object.values(HELPERS)
];

// dist/jsvm/instrument.js
var chargeStmt = (n) => n > 0 ? `if((${COUNTERS.gas}+=${n})>${COUNTERS.limit})${FAILURES.outOfGas}();` : "";
var plan = {
  statements: /* @__PURE__ */ new Map(),
  expressions: /* @__PURE__ */ new Map(),
  loopBodies: /* @__PURE__ */ new Map(),
  arrowBodies: /* @__PURE__ */ new Map(),
  foldedOps: /* @__PURE__ */ new Set()
};
var binaryHelper = (n, op) => {
  const h = BINARY_HELPERS[op];
  return h === void 0 || plan.foldedOps.has(n) ? h : chargedHelper(h);
};
var enterStmt = (w) => `if((${COUNTERS.depth}+=${w})>${STACK.units})${FAILURES.tooDeep}();`;
var leaveBlock = (w) => `}finally{${COUNTERS.depth}-=${w};}`;
var unparen = (n) => n.type === "ParenthesizedExpression" ? unparen(n.expression) : n;
var isNumberLiteral = (n) => {
  const u = unparen(n);
  return u.type === "Literal" && typeof u.value === "number";
};
var COMPOUND = /* @__PURE__ */ new Set(["+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^="]);
function wrap(e, n, helper, d, tail = ")") {
  e.open(n.start, `${helper}(`, d);
  e.close(n.end, tail, d);
}
var yieldUnits = /* @__PURE__ */ new WeakMap();
function markYields(root, w) {
  for (const [, c] of children(root)) {
    if (c.type === "YieldExpression")
      yieldUnits.set(c, w);
    if (!FUNCTION_TYPES.has(c.type))
      markYields(c, w);
  }
}
var fn = (e, n, d) => {
  const body = n.body;
  const w = unitsOf(frameNodes(n));
  if (n.generator) {
    markYields(body, w);
    const enter = `let ${GENERATOR.held}=${w},${GENERATOR.yielded},${GENERATOR.resumed};${enterStmt(w)}try{`;
    const leave = `}finally{${COUNTERS.depth}-=${GENERATOR.held};}`;
    if (body.end - body.start === 2)
      e.open(body.start + 1, enter + leave, d);
    else {
      e.open(body.start + 1, enter, d);
      e.close(body.end - 1, leave, d);
    }
  } else if (body.type !== "BlockStatement") {
    const enter = `${chargeStmt(plan.arrowBodies.get(n) ?? 0)}${enterStmt(w)}try{`;
    e.open(body.start, `{${enter}return (`, d);
    e.close(body.end, `);${leaveBlock(w)}}`, d);
  } else if (body.end - body.start === 2) {
    e.open(body.start + 1, `${enterStmt(w)}try{${leaveBlock(w)}`, d);
  } else {
    e.open(body.start + 1, `${enterStmt(w)}try{`, d);
    e.close(body.end - 1, leaveBlock(w), d);
  }
  for (const p of n.params) {
    if (!isOwnFrameDefault(p))
      continue;
    const right = p.right;
    const wd = w + unitsOf(frameNodes(right));
    e.open(right.start, `(()=>{${enterStmt(wd)}try{return (`, d + 1);
    e.close(right.end, `);${leaveBlock(wd)}})()`, d + 1);
  }
};
var yieldExpr = (e, n, d) => {
  const w = yieldUnits.get(n);
  if (n.delegate || w === void 0)
    return;
  const release = `${GENERATOR.held}=0,${COUNTERS.depth}-=${w}`;
  const retake = `,${GENERATOR.held}=${w},(${COUNTERS.depth}+=${w})>${STACK.units}&&${FAILURES.tooDeep}(),${GENERATOR.resumed})`;
  const arg = n.argument;
  if (!arg) {
    e.replace(n.start, n.end, `(${GENERATOR.resumed}=yield(${release},void 0)${retake}`, d);
    return;
  }
  e.open(n.start, `(${GENERATOR.resumed}=`, d);
  e.open(arg.start, `(${GENERATOR.yielded}=(`, d + 0.5);
  e.close(arg.end, `),${release},${GENERATOR.yielded})`, d + 0.5);
  e.close(n.end, retake, d);
};
var loop = (e, n, d) => {
  const body = n.body;
  const cost = (plan.loopBodies.get(n) ?? 0) - (n.type === "ForInStatement" ? SURCHARGE.forInKey : 0);
  if (body.type === "BlockStatement")
    e.open(body.start + 1, chargeStmt(cost), d);
  else {
    e.open(body.start, `{${chargeStmt(cost)}`, d);
    e.close(body.end, "}", d);
  }
  if (n.type === "ForInStatement")
    wrap(e, n.right, HELPERS.forIn, d);
};
var update = (e, n, d) => {
  const target = unparen(n.argument);
  const delta = n.operator === "++" ? 1 : -1;
  const prefix = n.prefix ? 1 : 0;
  if (target.type === "Identifier") {
    const x = target.name;
    const op = n.operator;
    e.replace(n.start, n.end, `(${x}=${HELPERS.toNumeric}(${x}),${prefix ? op + x : x + op})`, d);
    return;
  }
  if (target.type !== "MemberExpression" || target.property.type === "PrivateIdentifier")
    return;
  const obj = target.object;
  const prop = target.property;
  e.replace(n.start, obj.start, `${HELPERS.update}(`, d);
  if (target.computed) {
    e.replace(obj.end, prop.start, ",", d);
    e.replace(prop.end, n.end, `,${delta},${prefix})`, d);
  } else
    e.replace(obj.end, n.end, `,${JSON.stringify(prop.name)},${delta},${prefix})`, d);
};
var compound = (e, n, d) => {
  if (!COMPOUND.has(n.operator))
    return;
  const op = n.operator.slice(0, -1);
  const left = unparen(n.left);
  const right = n.right;
  if (left.type === "Identifier") {
    e.replace(n.left.end, right.start, `=${binaryHelper(n, op)}(${left.name},`, d);
    e.close(right.end, ")", d);
    return;
  }
  if (left.type !== "MemberExpression" || left.property.type === "PrivateIdentifier")
    return;
  const obj = left.object;
  const prop = left.property;
  e.replace(n.start, obj.start, `${HELPERS.compoundSet}(${HELPERS.compoundGet}(`, d);
  if (left.computed) {
    e.replace(obj.end, prop.start, ",", d);
    e.replace(prop.end, right.start, `),${JSON.stringify(op)},`, d);
  } else
    e.replace(obj.end, right.start, `,${JSON.stringify(prop.name)}),${JSON.stringify(op)},`, d);
  e.close(right.end, plan.foldedOps.has(n) ? ")" : ",1)", d);
};
var call = (e, n, d) => {
  const args = n.arguments;
  const spreads = args.filter((a) => a.type === "SpreadElement").length;
  if (spreads === 0)
    return;
  const callee = n.callee;
  const first = args[0];
  const last = args[args.length - 1];
  if (callee.type === "Super") {
    e.open(n.start, `${HELPERS.superSpreadEnd}(${spreads},`, d);
    e.close(n.end, ")", d);
    return;
  }
  const target = unparen(callee);
  if (target.type === "MemberExpression" && target.object.type === "Super") {
    e.open(n.start, `${HELPERS.callRef}([this,`, d);
    e.replace(callee.end, first.start, "],[", d);
  } else if (target.type === "MemberExpression") {
    const obj = target.object;
    const prop = target.property;
    e.replace(n.start, obj.start, `${HELPERS.callRef}(${HELPERS.ref}(`, d);
    if (target.computed) {
      e.replace(obj.end, prop.start, ",", d);
      e.replace(prop.end, first.start, "),[", d);
    } else
      e.replace(obj.end, first.start, `,${JSON.stringify(prop.name)}),[`, d);
  } else {
    e.open(n.start, `${HELPERS.call}(`, d);
    e.replace(callee.end, first.start, ",[", d);
  }
  e.replace(last.end, n.end, "])", d);
};
var construct = (e, n, d) => {
  const args = n.arguments;
  const callee = n.callee;
  if (callee.type === "NewExpression") {
    e.open(callee.start, "(", d + 0.5);
    e.close(callee.end, ")", d + 0.5);
  }
  if (args.some((a) => a.type === "SpreadElement")) {
    e.replace(n.start, callee.start, `${HELPERS.construct}(`, d);
    e.replace(callee.end, args[0].start, ",[", d);
    e.replace(args[args.length - 1].end, n.end, "])", d);
  } else
    wrap(e, n, HELPERS.constructed, d);
};
var binary = (e, n, d) => {
  const [a, b] = [n.left, n.right];
  const helper = binaryHelper(n, n.operator);
  if (!helper)
    return;
  const negate = n.operator === "!=" || n.operator === "!==" ? "!" : "";
  e.open(a.start, `${negate}${helper}(`, d);
  e.replace(a.end, b.start, ",", d);
  e.close(b.end, ")", d);
};
var unary = (e, n, d) => {
  const helper = UNARY_HELPERS[n.operator];
  const arg = n.argument;
  if (!helper || isNumberLiteral(arg))
    return;
  e.replace(n.start, arg.start, `${helper}(`, d);
  e.close(arg.end, ")", d);
};
var spread = (e, n, d, parent) => {
  const helper = parent?.type === "ObjectExpression" ? HELPERS.objectSpread : parent?.type === "CallExpression" && parent.callee.type === "Super" ? HELPERS.superSpread : HELPERS.arraySpread;
  wrap(e, n.argument, helper, d);
};
var heritage = (e, n, d) => {
  if (n.superClass)
    wrap(e, n.superClass, HELPERS.heritage, d);
};
var HANDLERS = {
  ...Object.fromEntries([...FUNCTION_TYPES].map((t) => [t, fn])),
  ...Object.fromEntries(Object.keys(LOOP_PARTS).map((t) => [t, loop])),
  BinaryExpression: binary,
  UnaryExpression: unary,
  UpdateExpression: update,
  AssignmentExpression: compound,
  // An untagged template becomes a template tagged with the helper, as IOST's _IOSTTemplateTag.
  TemplateLiteral: (e, n, d, parent) => {
    if (parent?.type !== "TaggedTemplateExpression")
      e.open(n.start, HELPERS.template, d);
  },
  SpreadElement: spread,
  YieldExpression: yieldExpr,
  CallExpression: call,
  NewExpression: construct,
  SwitchStatement: (e, n, d) => wrap(e, n.discriminant, HELPERS.switchOn, d, `,${n.cases.length})`),
  ClassDeclaration: heritage,
  ClassExpression: heritage
};

// dist/jsvm/keys.js
var SEP = "\0";
var keys = {
  contract: (id) => namespacedKey("jsvm", `contract/${id}`),
  value: (id, key2) => namespacedKey("jsvm", `s/${id}${SEP}${key2}`),
  mapField: (id, key2, field2) => namespacedKey("jsvm", `m/${id}${SEP}${key2}${SEP}${field2}`),
  /** The map's fields in insertion order (IOST's mapKeys order), as a JSON array. */
  mapIndex: (id, key2) => namespacedKey("jsvm", `mk/${id}${SEP}${key2}`),
  account: (name) => namespacedKey("jsvm", `account/${name}`),
  balance: (token, account) => namespacedKey("jsvm", `balance/${token}${SEP}${account}`),
  nonce: () => namespacedKey("jsvm", "meta/nonce"),
  tokenInfo: (token) => namespacedKey("jsvm", `token/${token}`),
  freeze: (token, account) => namespacedKey("jsvm", `freeze/${token}${SEP}${account}`)
};

// dist/jsvm/sandbox.js
import ivm from "isolated-vm";

// dist/jsvm/host.js
import { createHash } from "node:crypto";
import { ed25519 as ed255192 } from "@noble/curves/ed25519.js";
import { secp256k1 as secp256k12 } from "@noble/curves/secp256k1.js";
import { ripemd160 as ripemd } from "@noble/hashes/legacy.js";
var decoder = new TextDecoder();
var sha3 = (bytes) => new Uint8Array(createHash("sha3-256").update(bytes).digest());
var ripemd160 = (bytes) => ripemd(bytes);
function putGas(value2, payer2, contract2) {
  const sv = 2 + value2.length + utf8ToBytes(payer2 === "" ? contract2 : payer2).length;
  return Math.max(GAS.put, Math.floor(sv / 10));
}
function checkKey(key2) {
  const len = utf8ToBytes(key2).length;
  if (len === 0 || len > 64)
    throw new Error(`key or field length invalid. expected [1, 64], actual ${len}`);
  for (const ch of key2) {
    const c = ch.codePointAt(0);
    if (c < 32 || c > 126 || ch === "-" || ch === "@")
      throw new Error(`key or field has invalid char, ${c}`);
  }
}
function stored(x, k) {
  const v = x.cache.get(k);
  return v === void 0 ? null : decoder.decode(v);
}
function fieldText(x, contract2, key2) {
  const raw2 = x.cache.get(keys.mapIndex(contract2, key2));
  return raw2 === void 0 ? "[]" : decoder.decode(raw2);
}
var fieldList = (x, contract2, key2) => JSON.parse(fieldText(x, contract2, key2));
function setFieldText(x, key2, text2) {
  if (text2 === "[]")
    x.cache.delete(keys.mapIndex(x.id, key2));
  else
    x.cache.put(keys.mapIndex(x.id, key2), utf8ToBytes(text2));
  return text2.length;
}
function hexBytes(hex) {
  if (hex.length % 2 !== 0 || /[^0-9a-fA-F]/.test(hex))
    return void 0;
  return Uint8Array.from(Buffer.from(hex, "hex"));
}
function verifySignature(algo, msg, sig, pub) {
  try {
    const m = base58Decode(msg);
    const s = base58Decode(sig);
    const p = base58Decode(pub);
    if (algo === "ed25519")
      return ed255192.verify(s, m, p) ? 1 : 0;
    if (algo === "secp256k1")
      return secp256k12.verify(s.subarray(0, 64), m, p, { prehash: false }) ? 1 : 0;
  } catch {
    return 0;
  }
  return 0;
}

// dist/jsvm/host-api.js
var key = (name) => ({ name, is: "string", label: "storage key" });
var field = (name) => ({ name, is: "string", label: "storage field" });
var contract = (name) => ({ name, is: "string", label: "contract" });
var str = (name, label) => ({ name, is: "string", label });
var value = (name, label) => ({ name, is: "value", label });
var payer = (name) => ({ name, is: "payer" });
var text = (name) => ({ name, is: "text" });
var raw = (name) => ({ name, is: "raw" });
var GET = ["G.get"];
var HOST_API = [
  // ---- storage (storage.js; db_handler.go) ----
  {
    object: "storage",
    name: "put",
    params: [key("k"), value("v", "storage put"), payer("p")],
    gas: [],
    result: "charge",
    host: (x, k, v, p) => {
      checkKey(k);
      const bytes = utf8ToBytes(v);
      x.cache.put(keys.value(x.id, k), bytes);
      return putGas(bytes, p, x.id);
    }
  },
  {
    object: "storage",
    name: "get",
    params: [key("k")],
    gas: GET,
    host: (x, k) => stored(x, keys.value(x.id, k))
  },
  {
    object: "storage",
    name: "has",
    params: [key("k")],
    gas: GET,
    host: (x, k) => x.cache.has(keys.value(x.id, k))
  },
  {
    object: "storage",
    name: "del",
    params: [key("k")],
    gas: ["G.del"],
    host: (x, k) => {
      checkKey(k);
      x.cache.delete(keys.value(x.id, k));
      return void 0;
    }
  },
  {
    object: "storage",
    name: "mapPut",
    params: [key("k"), field("f"), value("v", "storage mapPut"), payer("p")],
    gas: [],
    result: "charge",
    host: (x, k, f, v, p) => {
      checkKey(k);
      checkKey(f);
      let rewritten = 0;
      if (!x.cache.has(keys.mapField(x.id, k, f))) {
        const list = fieldText(x, x.id, k);
        const quoted = JSON.stringify(f);
        rewritten = setFieldText(x, k, list === "[]" ? `[${quoted}]` : `${list.slice(0, -1)},${quoted}]`);
      }
      const bytes = utf8ToBytes(v);
      x.cache.put(keys.mapField(x.id, k, f), bytes);
      return putGas(bytes, p, x.id) + 2 * rewritten;
    }
  },
  {
    object: "storage",
    name: "mapHas",
    params: [key("k"), field("f")],
    gas: GET,
    host: (x, k, f) => x.cache.has(keys.mapField(x.id, k, f))
  },
  {
    object: "storage",
    name: "mapGet",
    params: [key("k"), field("f")],
    gas: GET,
    host: (x, k, f) => stored(x, keys.mapField(x.id, k, f))
  },
  {
    object: "storage",
    name: "mapKeys",
    params: [key("k")],
    gas: ["G.keys"],
    result: "fieldList",
    host: (x, k) => fieldText(x, x.id, k)
  },
  {
    object: "storage",
    name: "mapLen",
    params: [key("k")],
    gas: ["G.keys"],
    host: (x, k) => fieldList(x, x.id, k).length
  },
  {
    object: "storage",
    name: "mapDel",
    params: [key("k"), field("f")],
    gas: ["G.del"],
    result: "charge",
    host: (x, k, f) => {
      checkKey(k);
      checkKey(f);
      let rewritten = 0;
      if (x.cache.has(keys.mapField(x.id, k, f)))
        rewritten = setFieldText(x, k, JSON.stringify(fieldList(x, x.id, k).filter((n) => n !== f)));
      x.cache.delete(keys.mapField(x.id, k, f));
      return 2 * rewritten;
    }
  },
  {
    object: "storage",
    name: "globalGet",
    params: [contract("c"), key("k")],
    gas: GET,
    host: (x, c, k) => stored(x, keys.value(c, k))
  },
  {
    object: "storage",
    name: "globalHas",
    params: [contract("c"), key("k")],
    gas: GET,
    host: (x, c, k) => x.cache.has(keys.value(c, k))
  },
  {
    object: "storage",
    name: "globalMapHas",
    params: [contract("c"), key("k"), field("f")],
    gas: GET,
    host: (x, c, k, f) => c === "system.iost" && k === "contract_owner" ? x.tx.vm.contractOwner(f) !== null : x.cache.has(keys.mapField(c, k, f))
  },
  {
    object: "storage",
    name: "globalMapGet",
    params: [contract("c"), key("k"), field("f")],
    gas: GET,
    host: (x, c, k, f) => c === "system.iost" && k === "contract_owner" ? x.tx.vm.contractOwner(f) : stored(x, keys.mapField(c, k, f))
  },
  {
    object: "storage",
    name: "globalMapKeys",
    params: [contract("c"), key("k")],
    gas: GET,
    result: "fieldList",
    host: (x, c, k) => fieldText(x, c, k)
  },
  {
    object: "storage",
    name: "globalMapLen",
    params: [contract("c"), key("k")],
    gas: GET,
    host: (x, c, k) => fieldList(x, c, k).length
  },
  // ---- blockchain (blockchain.js; info.go, authority.go, receipt) ----
  {
    object: "blockchain",
    name: "blockInfo",
    params: [],
    gas: ["G.context"],
    host: (x) => JSON.stringify(x.tx.block)
  },
  {
    object: "blockchain",
    name: "txInfo",
    params: [],
    gas: ["G.context"],
    host: (x) => JSON.stringify(x.tx.info)
  },
  {
    object: "blockchain",
    name: "contextInfo",
    params: [],
    gas: ["G.context"],
    host: (x) => JSON.stringify({
      contract_name: x.id,
      abi_name: x.frame.api,
      publisher: x.tx.publisher,
      caller: x.frame.caller
    })
  },
  {
    object: "blockchain",
    name: "requireAuth",
    params: [str("id", "account"), str("permission", "permission")],
    gas: ["G.auth"],
    host: (x, id, permission) => x.tx.requireAuth(id, permission)
  },
  {
    object: "blockchain",
    name: "receipt",
    params: [text("content")],
    gas: ["content.length * G.receiptByte"],
    host: (x, content) => {
      x.tx.receipts.push({ func_name: `${x.id}/${x.frame.api}`, content });
      return void 0;
    }
  },
  {
    object: "blockchain",
    name: "event",
    params: [text("content")],
    gas: ["content.length * G.eventByte"],
    host: (x, content) => {
      x.tx.events.push({ contract: x.id, data: content });
      return void 0;
    }
  },
  // ---- IOSTCrypto (crypto.go: cryptGasBase 100 + the input's bytes) ----
  {
    object: "IOSTCrypto",
    name: "sha3",
    params: [str("msg", "sha3 message")],
    gas: ["G.crypto + utf8Len(msg)"],
    host: (_x, msg) => base58Encode(sha3(utf8ToBytes(msg)))
  },
  {
    object: "IOSTCrypto",
    name: "sha3Hex",
    params: [str("hex", "sha3Hex message")],
    gas: ["G.crypto + hexLen(hex)"],
    host: (_x, hex) => {
      const bytes = hexBytes(hex);
      return bytes ? bytesToHex(sha3(bytes)) : "";
    }
  },
  {
    object: "IOSTCrypto",
    name: "ripemd160Hex",
    params: [str("hex", "ripemd160Hex message")],
    gas: ["G.crypto + hexLen(hex)"],
    host: (_x, hex) => {
      const bytes = hexBytes(hex);
      return bytes ? bytesToHex(ripemd160(bytes)) : "";
    }
  },
  {
    object: "IOSTCrypto",
    name: "verify",
    params: [str("algo", "algo"), str("msg", "msg"), str("sig", "sig"), str("pubkey", "pubkey")],
    // crypto.go goVerify charges the base58-decoded message's bytes; base58 decoding is
    // quadratic, so polyvm charges long arguments first (b58Extra).
    gas: ["b58Extra(msg) + b58Extra(sig) + b58Extra(pubkey)", "G.crypto + hc(OP.b58len, msg)"],
    host: (_x, algo, msg, sig, pubkey) => verifySignature(algo, msg, sig, pubkey)
  },
  // ---- used by the prelude's own code ----
  {
    name: "b58len",
    params: [raw("t")],
    gas: [],
    host: (_x, t) => {
      try {
        return base58Decode(t).length;
      } catch {
        return 0;
      }
    }
  },
  {
    name: "log",
    params: [raw("level"), raw("text")],
    gas: [],
    host: (x, level, line) => {
      x.tx.logs.push({ level, text: line });
      x.tx.vm.options.onLog?.(level, line);
      return void 0;
    }
  },
  {
    // blockchain.call/callWithAuth: contract, api, args, gas used so far, withAuth, stack units held.
    name: "call",
    params: [raw("contract"), raw("api"), raw("args"), raw("g"), raw("withAuth"), raw("d")],
    gas: [],
    host: (x, c, api, args, g, withAuth, d) => JSON.stringify(x.tx.vm.nestedCall(c, api, args, g, withAuth === true, d))
  }
];
var OP = Object.fromEntries(HOST_API.map((r, i) => [r.name, i]));

// dist/jsvm/prelude/stubs.js
function stub(row) {
  const i = OP[row.name];
  const names = row.params.map((p) => p.name);
  const lines = [];
  for (const p of row.params)
    if (p.is === "value")
      lines.push(`if (typeof ${p.name} !== 'string') throw new PError('${p.label} must be string');`);
  for (const p of row.params) {
    if (p.is === "string")
      lines.push(`str(${p.name}, '${p.label}');`);
    else if (p.is === "payer")
      lines.push(`${p.name} = ${p.name} === undefined ? '' : toStr(${p.name});`);
    else if (p.is === "text")
      lines.push(`${p.name} = toStr(${p.name});`);
  }
  for (const g of row.gas)
    lines.push(`charge(${withOps(g)});`);
  const call2 = `hc(${[i, ...names].join(", ")})`;
  if (row.result === "charge")
    lines.push(`charge(${call2});`);
  else if (row.result === "fieldList")
    lines.push(`return fieldList(${call2});`);
  else
    lines.push(`return ${call2};`);
  return `${row.name}(${names.join(", ")}) { ${lines.join(" ")} },`;
}
function withOps(text2) {
  return text2.replace(/\bOP\.([A-Za-z0-9_]+)/g, (_, name) => {
    const i = OP[name];
    if (i === void 0)
      throw new Error(`prelude: no host API row ${name}`);
    return String(i);
  });
}
var STUBS = {
  storage: members("storage"),
  blockchain: members("blockchain"),
  IOSTCrypto: members("IOSTCrypto")
};
function members(object) {
  return HOST_API.filter((r) => r.object === object).map(stub).join("\n  ");
}

// dist/jsvm/prelude/api.js
var API_JS = withOps(`
let frameBlock = null;
let frameTx = null;
/** go-iost sandbox.h NewCStrChecked: every string a host function takes is at most 65,536 characters. */
const INPUT_MAX_LENGTH = 65536;
const checked = (v) => {
  if (typeof v === 'string' && v.length > INPUT_MAX_LENGTH) throw new PError('input string too long');
  return v;
};
function hc(op, a, b, c, d, e, f) {
  if (!active) throw new PError('host API used outside a contract call');
  checked(a); checked(b); checked(c); checked(d);
  return H(op, a, b, c, d, e, f);
}
const str = (v, what) => {
  if (typeof v !== 'string') throw new PError(what + ' must be string');
  return v;
};
/** go-iost storage.js mapKeys: JSON.parse of the field list, 10 + its length (environment.js). */
function fieldList(text) { charge(10 + text.length); return jsonParse(text); }
const storage = {
  ${STUBS.storage}
};

function callContract(contract, api, args, withAuth) {
  if (typeof args === 'object') args = metredStringify(args);
  checked(str(contract, 'contract')); checked(str(api, 'api')); checked(str(args, 'args'));
  if (!active) throw new PError('host API used outside a contract call');
  const res = jsonParse(H(OP.call, contract, api, args, _IOSTg, withAuth, _IOSTd + S.nestedCallUnits));
  _IOSTg = res.g;
  if (res.f) throw fail(res.e);
  if (_IOSTg > _IOSTl) outOfGas();
  if (res.e !== undefined) throw new PError(res.e);
  return res.r;
}
const contractName = () => jsonParse(blockchain.contextInfo()).contract_name;
function transfer(from, to, amount, memo) {
  if (!(amount instanceof Float64)) amount = new Float64(amount);
  return callContract('token.iost', 'transfer', ['iost', from, to, amount.toString(), toStr(memo)], true);
}
const blockchain = {
  transfer,
  withdraw: (to, amount, memo) => transfer(contractName(), to, amount, memo),
  deposit: (from, amount, memo) => transfer(from, contractName(), amount, memo),
  contractName,
  publisher: () => jsonParse(blockchain.contextInfo()).publisher,
  contractOwner: () => storage.globalMapGet('system.iost', 'contract_owner', contractName()),
  call: (contract, api, args) => callContract(contract, api, args, false),
  callWithAuth: (contract, api, args) => callContract(contract, api, args, true),
  ${STUBS.blockchain}
};

/** UTF-8 bytes of a string (Go's len of the string IOST receives). */
function utf8Len(t) {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = strCharCodeAt(t, i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < t.length && (strCharCodeAt(t, i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  return n;
}
/** Bytes Go's hex.DecodeString gives before its first error (pairs of hex digits from the start). */
function hexLen(t) {
  const hex = (c) => (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
  let n = 0;
  for (let j = 1; j < t.length; j += 2) {
    if (!hex(strCharCodeAt(t, j - 1)) || !hex(strCharCodeAt(t, j))) break;
    n++;
  }
  return n;
}
/** Base58 decoding is quadratic: polyvm's surcharge for texts longer than 128 characters. */
const b58Extra = (t) => (t.length > 128 ? floor((t.length * t.length) / 32) : 0);
/** go-iost vm/v8vm/crypto.go: 100 (cryptGasBase) + the input's bytes (decoded for hex and base58). */
const IOSTCrypto = {
  ${STUBS.IOSTCrypto}
};

/**
 * go-iost libjs/utils.js formatWithOptions: a first argument that is not a string prints the
 * arguments as JSON; otherwise %s (String), %d (an Int64 or BigNumber as its text; for anything
 * else IOST reads the next argument too and prints Number of that one), %v (JSON), %i, %f and
 * %% are replaced while arguments last, and the rest are appended after a space (objects as JSON).
 */
function format(args) {
  const n = args.length;
  const f = args[0];
  if (typeof f !== 'string') return metredStringify(n === 1 ? f : args);
  if (n === 1) return f;
  let out = '';
  let a = 1;
  let last = 0;
  for (let i = 0; i < f.length - 1; i++) {
    if (strCharCodeAt(f, i) !== 37) continue;
    const c = strCharCodeAt(f, ++i);
    if (a === n) {
      if (c === 37) { out += strSlice(f, last, i); last = i + 1; }
      continue;
    }
    let t;
    if (c === 115) t = toStr(args[a++]);
    else if (c === 100) {
      const x = args[a++];
      t = x instanceof Int64 || x instanceof BigNumber ? toStr(x) : PString(numArg(args[a++]));
    } else if (c === 118) t = PString(metredStringify(args[a++]));
    else if (c === 105) t = PString(parseIntRaw(toStr(args[a++])));
    else if (c === 102) t = PString(numberParseFloat(toStr(args[a++])));
    else if (c === 37) { out += strSlice(f, last, i); last = i + 1; continue; }
    else continue;
    if (last !== i - 1) out += strSlice(f, last, i - 1);
    out += t;
    last = i + 1;
  }
  if (last === 0) out = f;
  else if (last < f.length) out += strSlice(f, last);
  for (; a < n; a++) {
    const x = args[a];
    out += ' ' + ((typeof x !== 'object' && typeof x !== 'symbol') || x === null ? toStr(x) : metredStringify(x));
  }
  return out;
}
const log = (level) => (...args) => { const text = format(args); charge(text.length); hc(OP.log, level, text); };
const console = { debug: log('Debug'), info: log('Info'), warn: log('Warn'), error: log('Error'), log: log('Info') };

function getBlock() {
  if (!active) throw new PError('block is only available during a contract call');
  if (frameBlock === null) {
    const b = jsonParse(blockchain.blockInfo());
    frameBlock = objectFreeze({ number: b.number, parentHash: b.parent_hash, witness: b.witness, time: b.time });
  }
  return frameBlock;
}
function getTx() {
  if (!active) throw new PError('tx is only available during a contract call');
  if (frameTx === null) {
    const t = jsonParse(blockchain.txInfo());
    frameTx = objectFreeze({
      time: t.time, hash: t.hash, expiration: t.expiration, gasLimit: t.gas_limit,
      gasRatio: t.gas_ratio, authList: objectFreeze(t.auth_list), publisher: t.publisher,
    });
  }
  return frameTx;
}
`);

// dist/jsvm/prelude/bignumber.js
var BIGNUMBER_JS = String.raw`
// BigNumber.config's DECIMAL_PLACES and ROUNDING_MODE: bignumber.js's defaults at the start of
// every frame (the runner saves and restores them around nested frames), kept by a contract's
// BigNumber.config for the rest of its call, as IOST's per-call sandbox keeps them.
let bigDP = 20;
let bigRM = 4;
const bigHasOwn = Object.hasOwn;
const BigNumber = (function () {
  const TEN = 10n;
  const ST = new PWeakMap();
  const bigCharge = (n) => { if (active) charge(n); };
  const mulWork = (x, y) => floor((x * y) / 256);
  const pow10 = (n) => TEN ** PBigInt(n);
  function digitsOf(c) {
    const a = c < 0n ? -c : c;
    if (a < 9007199254740992n) { const n = PNumberRaw(a); return n === 0 ? 1 : floor(log10(n)) + 1; }
    return ceil(a.toString(16).length * 1.2041199826559248);
  }
  function st(x) {
    const v = ST.get(x);
    if (v === undefined) throw new PTypeError('not a BigNumber');
    return v;
  }
  function norm(c, s, d) {
    if (s === 0 || c % TEN !== 0n) return [c, s];
    if (d > 40) {
      bigCharge(mulWork(d, d) >> 2);
      const str = c.toString();
      let t = 0;
      while (t < s && str[str.length - 1 - t] === '0') t++;
      return [c / pow10(t), s - t];
    }
    while (s > 0 && c % TEN === 0n) { c /= TEN; s--; }
    return [c, s];
  }
  function init(b, c, s, nan, neg0) {
    const d = digitsOf(c);
    const [nc, ns] = nan ? [c, s] : norm(c, s, d);
    ST.set(b, { c: nc, s: ns, nan, neg0, d: nan ? 1 : digitsOf(nc) });
    return b;
  }
  const make = (c, s) => init(objectCreate(BigNumber.prototype), c, s, false, false);
  const nan = () => init(objectCreate(BigNumber.prototype), 0n, 0, true, false);
  function parseDecimal(str) {
    bigCharge(scan(str.length));
    const m = regexExec(/^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i, str);
    if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) return null;
    const frac = m[3] || '';
    const digits = (m[2] || '0') + frac;
    bigCharge(mulWork(digits.length, digits.length) >> 2);
    let c = PBigInt(digits);
    let s = frac.length - (m[4] ? PNumberRaw(m[4]) : 0);
    if (s < 0) {
      const d = digits.length - s;
      bigCharge(build(d) + mulWork(d, d));
      c *= pow10(-s);
      s = 0;
    }
    if (m[1] === '-') c = -c;
    return [c, s];
  }
  function parseBase(str, base) {
    bigCharge(mulWork(str.length, str.length));
    let neg = false;
    let t = strToLower(str);
    if (t[0] === '-' || t[0] === '+') { neg = t[0] === '-'; t = strSlice(t, 1); }
    if (t === '') return null;
    let c = 0n;
    const B = PBigInt(base);
    for (const ch of t) {
      const d = parseIntRaw(ch, 36);
      if (!(d >= 0 && d < base)) return null;
      c = c * B + PBigInt(d);
    }
    return [neg ? -c : c, 0];
  }
  function BigNumber(n, base) {
    if (new.target === undefined) return new BigNumber(n, base);
    bigCharge(20);
    let parsed;
    let neg0 = false;
    if (ST.has(n)) {
      const v = st(n);
      ST.set(this, { c: v.c, s: v.s, nan: v.nan, neg0: v.neg0, d: v.d });
      return;
    }
    if (base !== undefined && base !== 10) {
      if (!(isIntegerRaw(base) && base >= 2 && base <= 36)) throw new PError('[BigNumber Error] Base out of range: ' + base);
      parsed = parseBase(toStr(n), base);
    } else if (typeof n === 'number') {
      parsed = isFiniteNum(n) ? parseDecimal(PString(n)) : null;
      neg0 = objectIs(n, -0);
    } else {
      // bignumber.js reads any other value through String() (an Int64 or Float64 included).
      parsed = n === null || n === undefined ? null : parseDecimal(strTrim(toStr(n)));
    }
    if (parsed === null) init(this, 0n, 0, true, false);
    else init(this, parsed[0], parsed[1], false, neg0);
  }
  const P = BigNumber.prototype;
  const arg = (x) => (ST.has(x) ? st(x) : st(new BigNumber(x)));
  /** Both coefficients at the larger scale; charges the scaling. */
  function align(a, b, base) {
    const s = a.s > b.s ? a.s : b.s;
    const k = s - (a.s < b.s ? a.s : b.s);
    const d = a.d > b.d ? a.d : b.d;
    bigCharge(20 + (a.d + b.d) * base + mulWork(d, k));
    return [a.c * pow10(s - a.s), b.c * pow10(s - b.s), s];
  }
  // bignumber.js's rounding modes: 0 UP, 1 DOWN, 2 CEIL, 3 FLOOR, 4 HALF_UP, 5 HALF_DOWN,
  // 6 HALF_EVEN, 7 HALF_CEIL, 8 HALF_FLOOR. The quotient num / den rounded to an integer.
  function roundQuot(num, den, mode) {
    let q = num / den;
    const r = num % den;
    if (r === 0n) return q;
    const neg = (num < 0n) !== (den < 0n);
    const r2 = (r < 0n ? -r : r) * 2n;
    const d = den < 0n ? -den : den;
    let up;
    if (mode === 0) up = true;
    else if (mode === 1) up = false;
    else if (mode === 2) up = !neg;
    else if (mode === 3) up = neg;
    else if (r2 !== d) up = r2 > d;
    else if (mode === 4) up = true;
    else if (mode === 5) up = false;
    else if (mode === 6) up = q % 2n !== 0n;
    else if (mode === 7) up = !neg;
    else up = neg;
    if (up) q += neg ? -1n : 1n;
    return q;
  }
  // Rounds c / 10^s to dp decimal places in the given mode.
  function roundTo(c, s, dp, mode) {
    if (s <= dp) return [c, s];
    bigCharge(mulWork(digitsOf(c), s - dp));
    return [roundQuot(c, pow10(s - dp), mode), dp];
  }
  function modeOf(rm) {
    if (rm === undefined) return bigRM;
    if (!isIntegerRaw(rm) || rm < 0 || rm > 8) throw new PError('[BigNumber Error] Argument out of range: ' + rm);
    return rm;
  }
  const self = (x) => st(x);
  P.plus = function (y) { const x = self(this); y = arg(y); if (x.nan || y.nan) return nan(); const [a, b, s] = align(x, y, 10); return make(a + b, s); };
  P.minus = function (y) { const x = self(this); y = arg(y); if (x.nan || y.nan) return nan(); const [a, b, s] = align(x, y, 10); return make(a - b, s); };
  P.times = P.multipliedBy = function (y) {
    const x = self(this); y = arg(y);
    if (x.nan || y.nan) return nan();
    bigCharge(20 + (x.d + y.d) * 4 + mulWork(x.d, y.d));
    return make(x.c * y.c, x.s + y.s);
  };
  P.div = P.dividedBy = function (y) {
    const x = self(this); y = arg(y);
    if (x.nan || y.nan || y.c === 0n) return nan();
    const [a, b] = align(x, y, 10);
    bigCharge(mulWork(digitsOf(a) + bigDP + 1, digitsOf(b)));
    return make(roundQuot(a * pow10(bigDP), b, bigRM), bigDP);
  };
  P.idiv = P.dividedToIntegerBy = function (y) {
    const x = self(this); y = arg(y);
    if (x.nan || y.nan || y.c === 0n) return nan();
    const [a, b] = align(x, y, 10);
    bigCharge(mulWork(digitsOf(a), digitsOf(b)));
    return make(a / b, 0);
  };
  P.mod = P.modulo = function (y) {
    const x = self(this); y = arg(y);
    if (x.nan || y.nan || y.c === 0n) return nan();
    const [a, b, s] = align(x, y, 10);
    bigCharge(mulWork(digitsOf(a), digitsOf(b)));
    return make(a % b, s);
  };
  P.pow = P.exponentiatedBy = function (n) {
    const x = self(this);
    const e = ST.has(n) ? PNumberRaw(P.toString.call(n)) : PNumberRaw(n);
    if (!isIntegerRaw(e) || (e < 0 ? -e : e) > 9007199254740991) throw new PError('[BigNumber Error] Argument not an integer: ' + n);
    const r = x.d * (e < 0 ? -e : e);
    bigCharge(20 + x.d * 10 + build(r) + mulWork(r, r));
    if (x.nan) return nan();
    if (e >= 0) return make(x.c ** PBigInt(e), x.s * e);
    return new BigNumber(1).div(make(x.c ** PBigInt(-e), x.s * -e));
  };
  P.abs = P.absoluteValue = function () { const x = self(this); bigCharge(20); if (x.nan) return nan(); return make(x.c < 0n ? -x.c : x.c, x.s); };
  P.negated = function () { const x = self(this); bigCharge(20); if (x.nan) return nan(); return make(-x.c, x.s); };
  function cmp(t, y) {
    const x = self(t); y = arg(y);
    if (x.nan || y.nan) return null;
    const [a, b] = align(x, y, 2);
    return a === b ? 0 : a > b ? 1 : -1;
  }
  P.comparedTo = function (y) { return cmp(this, y); };
  P.eq = P.isEqualTo = function (y) { return cmp(this, y) === 0; };
  P.gt = P.isGreaterThan = function (y) { return cmp(this, y) === 1; };
  P.gte = P.isGreaterThanOrEqualTo = function (y) { const c = cmp(this, y); return c === 1 || c === 0; };
  P.lt = P.isLessThan = function (y) { return cmp(this, y) === -1; };
  P.lte = P.isLessThanOrEqualTo = function (y) { const c = cmp(this, y); return c === -1 || c === 0; };
  const flag = (f) => function () { const x = self(this); bigCharge(20); return f(x); };
  P.isZero = flag((x) => !x.nan && x.c === 0n);
  P.isPositive = flag((x) => !x.nan && (x.c > 0n || (x.c === 0n && !x.neg0)));
  P.isNegative = flag((x) => !x.nan && (x.c < 0n || (x.c === 0n && x.neg0)));
  P.isInteger = flag((x) => !x.nan && x.s === 0);
  P.isNaN = flag((x) => x.nan);
  P.isFinite = flag((x) => !x.nan);
  P.decimalPlaces = P.dp = function (dp, rm) {
    const x = self(this);
    bigCharge(20 + x.d * 4);
    if (dp === undefined) return x.nan ? null : x.s;
    if (x.nan) return nan();
    const [c, s] = roundTo(x.c, x.s, dp, modeOf(rm));
    return make(c, s);
  };
  P.integerValue = function (rm) {
    const x = self(this);
    bigCharge(20 + x.d * 4);
    if (x.nan) return nan();
    const [c] = roundTo(x.c, x.s, 0, modeOf(rm));
    return make(c, 0);
  };
  P.shiftedBy = function (n) {
    const x = self(this);
    if (!isIntegerRaw(n)) throw new PError('[BigNumber Error] Argument not an integer: ' + n);
    bigCharge(20 + x.d * 4 + (n > x.s ? build(n - x.s) + mulWork(x.d, n - x.s) : 0));
    if (x.nan) return nan();
    return n >= 0 ? (n >= x.s ? make(x.c * pow10(n - x.s), 0) : make(x.c, x.s - n)) : make(x.c, x.s - n);
  };
  function digits(x) {
    bigCharge(build(x.d) + (x.d > 40 ? mulWork(x.d, x.d) >> 2 : 0));
    return (x.c < 0n ? -x.c : x.c).toString();
  }
  function plain(x, c, s) {
    const neg = c < 0n;
    let d = digits({ c, d: x.d });
    if (s > 0) {
      if (d.length <= s) { bigCharge(build(s)); d = strRepeat('0', s - d.length + 1) + d; }
      d = strSlice(d, 0, d.length - s) + '.' + strSlice(d, d.length - s);
    }
    return (neg ? '-' : '') + d;
  }
  P.toString = function (base) {
    const x = self(this);
    bigCharge(20);
    if (x.nan) return 'NaN';
    if (base !== undefined && base !== 10) {
      if (x.s !== 0) throw new PError('[BigNumber Error] toString with base needs an integer');
      bigCharge(build(4 * x.d) + mulWork(x.d, x.d));
      return x.c.toString(base);
    }
    if (x.c === 0n) return x.neg0 ? '-0' : '0';
    const d = digits(x);
    const e = d.length - 1 - x.s;
    if (e >= 21 || e <= -7) {
      let end = d.length;
      while (end > 1 && d[end - 1] === '0') end--;
      const m = strSlice(d, 0, end);
      return (x.c < 0n ? '-' : '') + m[0] + (m.length > 1 ? '.' + strSlice(m, 1) : '') + 'e' + (e < 0 ? '-' : '+') + (e < 0 ? -e : e);
    }
    return plain(x, x.c, x.s);
  };
  P.toFixed = function (dp, rm) {
    const x = self(this);
    bigCharge(20 + x.d * 4);
    if (x.nan) return 'NaN';
    if (dp === undefined) return plain(x, x.c, x.s);
    if (!isIntegerRaw(dp) || dp < 0 || dp > 1e9) throw new PError('[BigNumber Error] Argument out of range: ' + dp);
    bigCharge(build(dp));
    const [c, s] = roundTo(x.c, x.s, dp, modeOf(rm));
    const str = plain(x, c, s);
    return s < dp ? str + (s === 0 ? '.' : '') + strRepeat('0', dp - s) : str;
  };
  P.valueOf = P.toJSON = function () { return P.toString.call(this); };
  P.toNumber = function () { return PNumberRaw(P.toString.call(this)); };
  BigNumber.isBigNumber = (x) => ST.has(x);
  function extreme(xs, better) {
    let best;
    for (let i = 0; i < xs.length; i++) {
      const v = ST.has(xs[i]) ? xs[i] : new BigNumber(xs[i]);
      if (best === undefined || cmp(v, best) === better) best = v;
    }
    return best;
  }
  BigNumber.max = (...xs) => extreme(xs, 1);
  BigNumber.min = (...xs) => extreme(xs, -1);
  BigNumber.ROUND_UP = 0; BigNumber.ROUND_DOWN = 1; BigNumber.ROUND_CEIL = 2; BigNumber.ROUND_FLOOR = 3; BigNumber.ROUND_HALF_UP = 4;
  BigNumber.ROUND_HALF_DOWN = 5; BigNumber.ROUND_HALF_EVEN = 6; BigNumber.ROUND_HALF_CEIL = 7; BigNumber.ROUND_HALF_FLOOR = 8;
  // bignumber.js BigNumber.config / set: DECIMAL_PLACES (0 to 1e9) and ROUNDING_MODE (0 to 8),
  // checked as its intCheck does; returns the two settings.
  BigNumber.config = BigNumber.set = function (obj) {
    bigCharge(20);
    if (obj !== undefined && obj !== null) {
      if (typeof obj !== 'object') throw new PError('[BigNumber Error] Object expected: ' + obj);
      const check = (name, v, max) => {
        if (typeof v !== 'number') throw new PError('[BigNumber Error] ' + name + ' not a primitive number: ' + PString(v));
        if (v < 0 || v > max) throw new PError('[BigNumber Error] ' + name + ' out of range: ' + v);
        if (!isIntegerRaw(v)) throw new PError('[BigNumber Error] ' + name + ' not an integer: ' + v);
        return v;
      };
      if (bigHasOwn(obj, 'DECIMAL_PLACES')) bigDP = check('DECIMAL_PLACES', obj.DECIMAL_PLACES, 1e9);
      if (bigHasOwn(obj, 'ROUNDING_MODE')) bigRM = check('ROUNDING_MODE', obj.ROUNDING_MODE, 8);
    }
    return { DECIMAL_PLACES: bigDP, ROUNDING_MODE: bigRM };
  };
  return BigNumber;
})();
`;

// dist/jsvm/prelude/bundle.js
import { buildSync } from "esbuild";

// dist/jsvm/prelude/meter.js
var KIND = {
  "+": "add",
  "<": "rel",
  "<=": "rel",
  ">": "rel",
  ">=": "rel",
  "==": "eq",
  "!=": "eq",
  "===": "seq",
  "!==": "seq"
};
function binaryHelper2(op, name, charged) {
  const c = charged ? `if ((_IOSTg += ${RUNTIME_GAS.binaryOp}) > _IOSTl) outOfGas(); ` : "";
  const fast = `if (typeof a === 'number' && typeof b === 'number') return a ${op} b;`;
  switch (KIND[op] ?? "arith") {
    case "add":
      return `function ${name}(a, b) { ${c}${fast} return addSlow(a, b); }`;
    case "rel":
      return `function ${name}(a, b) { ${c}${fast} cmpCharge(a, b); return a ${op} b; }`;
    case "eq":
    case "seq":
      return `function ${name}(a, b) { ${c}if (typeof a === 'string' || typeof b === 'string') cmpCharge(a, b); return a === b; }`;
    default:
      return `function ${name}(a, b) { ${c}${fast} a = numArg(a); b = numArg(b); return a ${op} b; }`;
  }
}
var binaryHelpers = Object.entries(BINARY_HELPERS).filter(([, name], i, all) => all.findIndex(([, n]) => n === name) === i).map(([op, name]) => `${binaryHelper2(op, name, false)}
${binaryHelper2(op, chargedHelper(name), true)}`).join("\n");
var unaryHelpers = Object.entries(UNARY_HELPERS).map(([op, name]) => `function ${name}(a) { if (typeof a === 'number') return ${op}a; return ${op}numArg(a); }`).join("\n");
var opTable = Object.entries(BINARY_HELPERS).filter(([op]) => KIND[op] === void 0 || KIND[op] === "add").map(([op, name]) => `${JSON.stringify(op)}: ${name}`).join(", ");
var METER_JS = `
const G = ${JSON.stringify(GAS)};
const S = ${JSON.stringify(STACK)};
const { apply, construct, ownKeys } = Reflect;
const getProto = Object.getPrototypeOf;
const defineProperty = Object.defineProperty;
const getOwnDesc = Object.getOwnPropertyDescriptor;
const isArray = Array.isArray;
const floor = Math.floor;
const ceil = Math.ceil;
const PString = String;
const PError = Error;
const PTypeError = TypeError;
const PRangeError = RangeError;
const PWeakMap = WeakMap;
const PSet = Set;
const PArray = Array;
const PBoolean = Boolean;
const uncurry = (f) => (self, ...a) => apply(f, self, a);
const push = uncurry(Array.prototype.push);
const pop = uncurry(Array.prototype.pop);
const arrayJoin = uncurry(Array.prototype.join);
const strSlice = uncurry(String.prototype.slice);
const strCharCodeAt = uncurry(String.prototype.charCodeAt);
const numberParseFloat = Number.parseFloat;
const strIndexOf = uncurry(String.prototype.indexOf);
const strRepeat = uncurry(String.prototype.repeat);
const strToLower = uncurry(String.prototype.toLowerCase);
const regexExec = uncurry(RegExp.prototype.exec);
const jsonParse = JSON.parse;
const jsonStringify = JSON.stringify;
const parseIntRaw = parseInt;
const objectCreate = Object.create;
const objectFreeze = Object.freeze;
const objectKeys = Object.keys;
const objectIs = Object.is;
const strTrim = uncurry(String.prototype.trim);
const log10 = Math.log10;
const PNumberRaw = Number;
const PBigInt = BigInt;
const isIntegerRaw = Number.isInteger;
const isFiniteNum = Number.isFinite;
const reflectDefine = Reflect.defineProperty;
const reflectDelete = Reflect.deleteProperty;
const parseFloatRaw = parseFloat;
const SymToPrimitive = Symbol.toPrimitive;
const SymIterator = Symbol.iterator;
const SymMatch = Symbol.match;

// ---- the running frame ----
let active = false;
let fatal = null;
function fail(message) {
  if (fatal === null) fatal = new PError(message);
  return fatal;
}
function outOfGas() { throw fail('out of gas'); }
function tooDeep() { throw fail('JavaScript call stack exceeded: more than ' + (S.units * S.unitBytes) / 1024 + ' KiB of stack'); }
function charge(n) {
  if (!active) throw new PError('host API used outside a contract call');
  if ((_IOSTg += n) > _IOSTl) outOfGas();
}
/** Gas for reading len characters, building len characters, touching n elements. */
const scan = (len) => 1 + floor(len / G.scanChars);
const build = (len) => 1 + floor(len / G.buildChars);
const elements = (n) => 1 + n * G.element;
/** Stack units held while a call pushes n arguments, or while a recursive built-in nests. */
function enterUnits(u) { if ((_IOSTd += u) > S.units) tooDeep(); }
const argUnits = (n) => ceil(n / S.slotsPerUnit);

// ---- conversions (ECMAScript ToPrimitive, ToNumber, ToString, ToPropertyKey) ----
const isObj = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';
function toPrim(v, hint) {
  const exotic = v[SymToPrimitive];
  if (exotic !== undefined && exotic !== null) {
    if (typeof exotic !== 'function') throw new PTypeError('Symbol.toPrimitive is not a function');
    const r = apply(exotic, v, [hint]);
    if (isObj(r)) throw new PTypeError('Cannot convert object to primitive value');
    return r;
  }
  const first = hint === 'string' ? 'toString' : 'valueOf';
  const second = hint === 'string' ? 'valueOf' : 'toString';
  let m = v[first];
  if (typeof m === 'function') { const r = apply(m, v, []); if (!isObj(r)) return r; }
  m = v[second];
  if (typeof m === 'function') { const r = apply(m, v, []); if (!isObj(r)) return r; }
  throw new PTypeError('Cannot convert object to primitive value');
}
/** ToNumber of a long string reads every character. */
function convCharge(p) { if (typeof p === 'string' && p.length > 64) charge(scan(p.length)); }
function numArg(v) {
  const p = isObj(v) ? toPrim(v, 'number') : v;
  convCharge(p);
  return +p;
}
/** ToString, with objects converted by the metered ToPrimitive. */
const toStr = (v) => (typeof v === 'string' ? v : PString(isObj(v) ? toPrim(v, 'string') : v));
/** ToIntegerOrInfinity, keeping undefined (so that "absent" stays absent for the built-in). */
const intArg = (v) => (v === undefined || typeof v === 'number' ? v : numArg(v));
const toInt = (v) => {
  const n = v === undefined ? 0 : +v;
  return n !== n ? 0 : n === Infinity || n === -Infinity ? n : n < 0 ? ceil(n) : floor(n);
};

// ---- operators ----
function addSlow(a, b) {
  if (isObj(a)) a = toPrim(a, 'default');
  if (isObj(b)) b = toPrim(b, 'default');
  const r = a + b;
  if (typeof r === 'string') charge(r.length);
  return r;
}
/** vm.js: the length of x.toString() (called again for the length, as there), 0 for null, undefined or ''. */
function strLen(x) {
  if (x === null || x === undefined) return 0;
  const s = x.toString();
  if (!(s.length > 0)) return 0;
  const n = x.toString().length;
  return typeof n === 'number' ? floor(n) : 0;
}
/** A comparison with a string operand charges both operands' lengths. */
function cmpCharge(a, b) {
  if (typeof a === 'string' || typeof b === 'string') { charge(strLen(a)); charge(strLen(b)); }
}
${binaryHelpers}
${unaryHelpers}
const BINARY = { ${opTable} };
/** Gas of a property key a built-in takes: none for array indices and symbols, else V8 internalizes a string. */
function keyCost(k) {
  if (typeof k === 'number' ? k >>> 0 === k : typeof k === 'symbol') return 0;
  return G.propertyKey + (typeof k === 'string' ? floor(k.length / G.scanChars) : 0);
}
function _IOSTnum(v) { return typeof v === 'number' ? v : numArg(v); }
// V8 converts an object key on the read and again on the write (ToPropertyKey in GetValue
// and PutValue); passing the key through unconverted does the same.
function _IOSTupd(o, k, delta, prefix) {
  const old = _IOSTnum(o[k]);
  const v = old + delta;
  o[k] = v;
  return prefix ? v : old;
}
function _IOSTcget(o, k) { return [o, k, o[k]]; }
function _IOSTcset(ref, op, v, charged) {
  if (charged === 1) charge(${RUNTIME_GAS.binaryOp});
  const r = BINARY[op](ref[2], v);
  ref[0][ref[1]] = r;
  return r;
}
/**
 * The tag of every untagged template (vm.js _IOSTTemplateTag): 4, then 8 per substitution and
 * each concat as environment.js prices String.prototype.concat (1 + 0.1 per character of the
 * string so far, truncated).
 */
function _IOSTtpl(strings, ...keys) {
  charge(${RUNTIME_GAS.template});
  let res = '';
  const n = strings.length - 1;
  for (let i = 0; i < n; i++) {
    charge(${RUNTIME_GAS.templateSubstitution});
    const v = keys[i];
    const p = isObj(v) ? toPrim(v, 'string') : v;
    res = res + strings[i] + (typeof p === 'string' ? p : '' + p);
    charge(floor(1 + res.length * 0.1));
  }
  res = res + strings[n];
  charge(floor(1 + res.length * 0.1));
  return res;
}

// ---- spreads and calls ----
/** vm.js _IOSTSpreadElement: the spread value's length, when it has one. */
function _IOSTsp(x) {
  if (x !== undefined && x !== null) {
    const n = x.length;
    if (typeof n === 'number' && n > 0) charge(floor(n));
  }
  return x;
}
const _IOSTosp = _IOSTsp;
function sizeOf(x) {
  if (typeof x === 'string') return x.length;
  return isObj(x) ? ownKeys(x).length : 0;
}
function callWithUnits(f, self, args) {
  if (typeof f !== 'function') throw new PTypeError(typeof f + ' is not a function');
  const u = argUnits(args.length);
  enterUnits(u);
  try { return apply(f, self, args); } finally { _IOSTd -= u; }
}
function _IOSTcall(f, args) { return callWithUnits(f, undefined, args); }
function _IOSTref(o, k) { return [o, o[k]]; }
function _IOSTcallr(ref, args) { return callWithUnits(ref[1], ref[0], args); }
function protoDepth(o) {
  let n = 0;
  for (let p = getProto(o); p !== null; p = getProto(p)) if (++n > S.maxProtoDepth) break;
  return n;
}
function shortChain(o, extra) {
  if (protoDepth(o) + extra > S.maxProtoDepth)
    throw new PError('prototype chain longer than ' + S.maxProtoDepth + ' objects');
  return o;
}
function _IOSTnew(F, args) {
  const u = argUnits(args.length);
  enterUnits(u);
  let r;
  try { r = construct(F, args); } finally { _IOSTd -= u; }
  return shortChain(r, 0);
}
function _IOSTnw(r) { return shortChain(r, 0); }
const superUnits = [];
function _IOSTsps(x) {
  const a = _IOSTsp(x);
  const u = argUnits(a === null || a === undefined ? 0 : a.length);
  enterUnits(u);
  push(superUnits, u);
  return a;
}
function _IOSTspe(k, v) { for (let i = 0; i < k; i++) _IOSTd -= pop(superUnits); return v; }
const SUR = ${JSON.stringify(SURCHARGE)};
function _IOSTsw(d, k) { if (typeof d === 'string' && d.length > SUR.longSwitch) charge(k * scan(d.length)); return d; }
/** for-in: 4 per key it will enumerate, own and inherited, up front (its iterations then cost nothing more). */
function _IOSTforin(o) {
  if (!isObj(o)) { if (typeof o === 'string') charge(o.length * SUR.forInKey); return o; }
  let n = 0;
  for (let p = o; p !== null; p = getProto(p)) n += objectKeys(p).length;
  charge(n * SUR.forInKey);
  return o;
}
function _IOSText(E) {
  if (typeof E !== 'function') return E;
  shortChain(E, 1);
  const d = getOwnDesc(E, 'prototype');
  if (d !== undefined && !('value' in d)) throw new PError('class extends: a prototype getter is not supported');
  if (d !== undefined && isObj(d.value)) shortChain(d.value, 2);
  return E;
}
`;

// dist/jsvm/prelude/allowed.js
var ALLOWED = {
  global: [
    "globalThis",
    "NaN",
    "Infinity",
    "undefined",
    "Object",
    "Array",
    "String",
    "Number",
    "Symbol",
    "Error",
    "JSON",
    "Math",
    "isNaN",
    "isFinite",
    "eval",
    "Function",
    "BigNumber",
    "Int64",
    "Float64",
    "storage",
    "blockchain",
    "IOSTCrypto",
    "console",
    "block",
    "tx"
  ],
  Object: [
    "length",
    "name",
    "prototype",
    "assign",
    "create",
    "defineProperty",
    "defineProperties",
    "entries",
    "freeze",
    "fromEntries",
    "getOwnPropertyDescriptor",
    "getOwnPropertyDescriptors",
    "getOwnPropertyNames",
    "getOwnPropertySymbols",
    "getPrototypeOf",
    "hasOwn",
    "is",
    "isExtensible",
    "isFrozen",
    "isSealed",
    "keys",
    "preventExtensions",
    "seal",
    "values"
  ],
  "Object.prototype": [
    "constructor",
    "hasOwnProperty",
    "isPrototypeOf",
    "propertyIsEnumerable",
    "toString",
    "valueOf",
    "__proto__",
    "__defineGetter__",
    "__defineSetter__",
    "__lookupGetter__",
    "__lookupSetter__"
  ],
  "Function.prototype": [
    "length",
    "name",
    "constructor",
    "apply",
    "bind",
    "call",
    "toString",
    "caller",
    "arguments",
    "@@hasInstance"
  ],
  Array: ["length", "name", "prototype", "isArray", "@@species"],
  "Array.prototype": [
    "length",
    "constructor",
    "toString",
    "concat",
    "every",
    "filter",
    "find",
    "findIndex",
    "forEach",
    "includes",
    "indexOf",
    "join",
    "keys",
    "lastIndexOf",
    "map",
    "pop",
    "push",
    "reverse",
    "shift",
    "slice",
    "sort",
    "splice",
    "unshift",
    "@@iterator",
    "@@unscopables"
  ],
  String: ["length", "name", "prototype", "fromCharCode", "fromCodePoint"],
  "String.prototype": [
    "length",
    "constructor",
    "toString",
    "valueOf",
    "charAt",
    "charCodeAt",
    "concat",
    "includes",
    "endsWith",
    "indexOf",
    "lastIndexOf",
    "replace",
    "split",
    "startsWith",
    "slice",
    "substring",
    "toLowerCase",
    "toUpperCase",
    "trim",
    "trimLeft",
    "trimRight",
    "repeat",
    "@@iterator"
  ],
  Boolean: ["length", "name", "prototype"],
  "Boolean.prototype": ["constructor", "toString", "valueOf"],
  Number: [
    "length",
    "name",
    "prototype",
    "isFinite",
    "isInteger",
    "isNaN",
    "isSafeInteger",
    "parseFloat",
    "parseInt",
    "MAX_SAFE_INTEGER",
    "MIN_SAFE_INTEGER",
    "MAX_VALUE",
    "MIN_VALUE",
    "EPSILON",
    "NaN",
    "NEGATIVE_INFINITY",
    "POSITIVE_INFINITY"
  ],
  "Number.prototype": ["constructor", "toExponential", "toFixed", "toPrecision", "toString", "valueOf"],
  Math: [
    "abs",
    "cbrt",
    "ceil",
    "floor",
    "log",
    "log10",
    "log1p",
    "max",
    "min",
    "pow",
    "round",
    "sqrt",
    "E",
    "LN10",
    "LN2",
    "LOG10E",
    "LOG2E",
    "PI",
    "SQRT1_2",
    "SQRT2",
    "@@toStringTag"
  ],
  JSON: ["parse", "stringify", "@@toStringTag"],
  Symbol: [
    "length",
    "name",
    "prototype",
    "for",
    "keyFor",
    "asyncIterator",
    "hasInstance",
    "isConcatSpreadable",
    "iterator",
    "match",
    "matchAll",
    "replace",
    "search",
    "species",
    "split",
    "toPrimitive",
    "toStringTag",
    "unscopables"
  ],
  "Symbol.prototype": ["constructor", "toString", "valueOf", "description", "@@toStringTag", "@@toPrimitive"],
  Error: ["length", "name", "prototype", "stackTraceLimit"],
  "Error.prototype": ["constructor", "name", "message", "toString"],
  "%IteratorPrototype%": ["@@iterator"],
  "%ArrayIteratorPrototype%": ["next", "@@toStringTag"],
  "%StringIteratorPrototype%": ["next", "@@toStringTag"]
};

// dist/jsvm/prelude/runtime.js
var RUNTIME_JS = `
const MAX_RESULT = 65536;
let factory = null;
function install(fn) {
  if (factory !== null) throw new PError('contract already installed');
  factory = fn;
}
const noRequire = (id) => { throw new PError('require(' + jsonStringify(PString(id)) + ') is not available: bundle the project with polyvm js pack'); };
const V8_STACK = 'Maximum call stack size exceeded';
function messageOf(e) {
  if (e instanceof PError) return PString(e.message);
  if (typeof e === 'string') return e;
  const j = metredStringify(e);
  return j === undefined ? PString(e) : j;
}
/** What a failed frame reports: fatal failures (gas, stack, V8's own stack limit) cannot be caught. */
function outcome(e) {
  if (fatal === null && isObj(e) && getProto(e) === PRangeError.prototype && ownValue(e, 'message') === V8_STACK)
    return { g: _IOSTl, r: undefined, e: 'JavaScript call stack exceeded: V8 stack limit reached', f: true, v8: true, t: false };
  let message;
  if (fatal === null) {
    try { message = messageOf(e); } catch (_) { message = 'uncaught exception'; }
  }
  if (fatal !== null) return { g: _IOSTg, r: undefined, e: fatal.message, f: true, v8: false, t: false };
  return { g: _IOSTg, r: undefined, e: message, f: false, v8: false, t: false };
}
const outer = [];
/**
 * A frame's outcome as JSON, built without consulting any prototype: built-ins a contract
 * changed may still be in place when a nested frame of the same contract ends (a polluted
 * Object.prototype.toJSON must not be able to forge the gas reported).
 */
function outcomeJson(o) {
  let t = '{"g":' + PString(o.g);
  if (o.r !== undefined) t += ',"r":' + jsonStringify(o.r);
  if (o.e !== undefined) t += ',"e":' + jsonStringify(o.e);
  if (o.f) t += ',"f":true';
  if (o.v8) t += ',"v8":true';
  if (o.t) t += ',"t":true';
  return t + '}';
}
function run(method, argsJson, g0, limit, d0) {
  push(outer, [active, fatal, _IOSTl, _IOSTd, frameBlock, frameTx, superUnits.length, bigDP, bigRM]);
  bigDP = 20;
  bigRM = 4;
  if (outer.length === 1) superUnits.length = 0;
  active = true;
  fatal = null;
  frameBlock = null;
  frameTx = null;
  _IOSTg = g0;
  _IOSTl = limit;
  _IOSTd = d0;
  let res;
  try {
    if (_IOSTd > S.units) tooDeep();
    const module = { exports: {} };
    factory(module, module.exports, noRequire);
    const C = module.exports;
    if (typeof C !== 'function') throw new PError('module.exports is not a class');
    const obj = new C();
    const fn = obj[method];
    if (typeof fn !== 'function') throw new PError('method ' + method + ' not found');
    let rs = callWithUnits(fn, obj, jsonParse(argsJson));
    // go-iost sandbox.go Prepare: an object or function result costs 12, then JSON.stringify.
    if (typeof rs === 'function' || typeof rs === 'object') {
      charge(12);
      rs = metredStringify(rs);
    }
    const out = rs === undefined ? '' : PString(rs);
    if (out.length > MAX_RESULT) throw new PError('result too long');
    res = { g: _IOSTg, r: out, e: undefined, f: false, v8: false, t: false };
  } catch (e) {
    res = outcome(e);
  } finally {
    const o = pop(outer);
    active = o[0]; fatal = o[1]; _IOSTl = o[2]; _IOSTd = o[3]; frameBlock = o[4]; frameTx = o[5]; superUnits.length = o[6];
    bigDP = o[7]; bigRM = o[8];
  }
  // The contract's outermost frame ended: built-ins it changed are put back (realm.restore).
  if (outer.length === 0) {
    const changed = realm.restore();
    if (changed !== 0) {
      res.t = true;
      res.g += ${SURCHARGE.realmRestore};
      if (changed < 0) { res.r = undefined; res.e = 'built-ins changed beyond restoring'; res.f = true; }
      else if (res.e === undefined && res.g > limit) { res.r = undefined; res.e = 'out of gas'; res.f = true; }
    }
  }
  return outcomeJson(res);
}

(function lockdown() {
  // V8's message when code generation from strings is disallowed, as on IOST.
  const CODEGEN = 'Code generation from strings disallowed for this context';
  const thrower = function () { throw new PError(CODEGEN); };
  const evalStub = { eval() { throw new PError(CODEGEN); } }.eval;
  const fnProtos = [
    Function.prototype,
    getProto(function* () {}),
    getProto(async function () {}),
    getProto(async function* () {}),
  ];
  for (const p of fnProtos) defineProperty(p, 'constructor', { value: thrower, writable: false, configurable: false });
  Error.stackTraceLimit = 0;
  // isolated-vm on Node 20 (laverdet/isolated-vm#496): a context's Math may lack \`E\`, its
  // constant under a mangled, non-configurable key instead. Give Math its E back and leave the
  // mangled constant (a number, harmless) where lockdown cannot delete it.
  if (getOwnDesc(Math, 'E') === undefined)
    defineProperty(Math, 'E', { value: 2.718281828459045, writable: false, enumerable: false, configurable: false });
  const arrayIterator = getProto([][SymIterator]());
  const holders = {
    global, Object, 'Object.prototype': Object.prototype, 'Function.prototype': Function.prototype,
    Array: ArrayCtor, 'Array.prototype': AP, String, 'String.prototype': SP, Number: NumberCtor,
    Boolean: PBoolean, 'Boolean.prototype': PBoolean.prototype,
    'Number.prototype': PNumber.prototype, Math, JSON, Symbol, 'Symbol.prototype': Symbol.prototype, Error,
    'Error.prototype': Error.prototype, '%IteratorPrototype%': getProto(arrayIterator),
    '%ArrayIteratorPrototype%': arrayIterator, '%StringIteratorPrototype%': getProto(''[SymIterator]()),
  };
  const allowed = ${JSON.stringify(ALLOWED)};
  for (const name of ownKeys(holders)) {
    const holder = holders[name];
    const keep = new PSet(allowed[name]);
    for (const k of ownKeys(holder)) {
      const key = typeof k === 'symbol' ? '@@' + strSlice(k.description, 7) : k;
      if (keep.has(key)) continue;
      const d = holder === Math ? getOwnDesc(holder, k) : undefined;
      if (d !== undefined && !d.configurable && typeof d.value === 'number') continue;
      delete holder[k];
    }
  }
  // IOST's environment.js sets Function = null (new Function(...): "Function is not a
  // constructor"); eval stays a function that refuses to compile.
  global.Function = null;
  global.eval = evalStub;
  global.BigNumber = BigNumber;
  global.Int64 = Int64;
  global.Float64 = Float64;
  global.storage = storage;
  global.blockchain = blockchain;
  global.IOSTCrypto = IOSTCrypto;
  global.console = console;
  defineProperty(global, 'block', { get: getBlock, enumerable: true });
  defineProperty(global, 'tx', { get: getTx, enumerable: true });
  // Built-ins may be changed for the rest of a call (realm.ts) but not redefined, frozen or
  // made non-extensible: those could leave nothing to put back.
  const builtins = [];
  for (const name of ownKeys(holders)) if (holders[name] !== global) push(builtins, holders[name]);
  realm.capture(builtins);
  const isBuiltin = (o) => isObj(o) && realm.has(o);
  for (const name of ['defineProperty', 'defineProperties', 'freeze', 'seal', 'preventExtensions']) {
    const orig = Object[name];
    Object[name] = named(name, { [name](o) {
      if (isBuiltin(o)) throw new PTypeError('Object.' + name + ' of a built-in is not supported: assign to it instead');
      return apply(orig, this, arguments);
    } }[name], orig);
  }
  for (const name of ['__defineGetter__', '__defineSetter__']) {
    const orig = Object.prototype[name];
    Object.prototype[name] = named(name, { [name]() {
      if (isBuiltin(this)) throw new PTypeError(name + ' of a built-in is not supported: assign to it instead');
      return apply(orig, this, arguments);
    } }[name], orig);
  }
  defineProperty(Error, 'stackTraceLimit', { value: 0, writable: false, enumerable: true, configurable: false });
  // V8's stack-trace hook would run contract code wherever V8 formats a stack: kept unset.
  defineProperty(Error, 'prepareStackTrace', { value: undefined, writable: false, enumerable: false, configurable: false });
  // Freeze everything reachable, hidden intrinsics included, except the built-in objects themselves.
  const seen = new PSet();
  const hidden = [arrayIterator, getProto(arrayIterator), getProto(''[SymIterator]()), ...fnProtos,
    getProto(function* () {}).prototype, getProto(async function* () {}).prototype];
  const stack = [global, ...hidden];
  while (stack.length) {
    const o = pop(stack);
    if (!isObj(o) || seen.has(o)) continue;
    seen.add(o);
    if (!isBuiltin(o)) objectFreeze(o);
    push(stack, getProto(o));
    for (const k of ownKeys(o)) {
      const d = getOwnDesc(o, k);
      if (!d) continue;
      if ('value' in d) push(stack, d.value);
      else { push(stack, d.get); push(stack, d.set); }
    }
  }
  realm.capture(builtins);
})();
`;

// dist/jsvm/prelude/index.js
var counters = Object.values(COUNTERS);
var internal = { [FAILURES.outOfGas]: "outOfGas", [FAILURES.tooDeep]: "tooDeep" };
var helpers = ALL_NAMES.filter((n) => !counters.includes(n));

// dist/jsvm/gas-decimal.js
var dec = (v, s) => ({ v, s });
var decInt = (v, s) => rescale(dec(BigInt(v), 0), s);
function rescale(d, target) {
  let { v, s } = d;
  while (target > s) {
    s++;
    v *= 10n;
  }
  while (target < s) {
    s--;
    v /= 10n;
  }
  return { v, s };
}
function shrink(d) {
  let { v, s } = d;
  while (v % 10n === 0n && s > 0) {
    v /= 10n;
    s--;
  }
  return { v, s };
}
var pair = (a, b) => a.s < b.s ? [rescale(a, b.s).v, b.v, b.s] : [a.v, rescale(b, a.s).v, a.s];
function add(a, b) {
  const [x, y, s] = pair(a, b);
  return { v: x + y, s };
}
var neg = (d) => ({ v: -d.v, s: d.s });
var sub = (a, b) => add(a, neg(b));
function mul(a, b) {
  const x = shrink(a);
  const y = shrink(b);
  return { v: x.v * y.v, s: x.s + y.s };
}
function mulFloat(d, f) {
  const p = Number(d.v) * f;
  return { v: BigInt(p < 0 ? -Math.round(-p) : Math.round(p)), s: d.s };
}
var divInt = (d, i) => ({ v: d.v / BigInt(i), s: d.s });
function lessThan(a, b) {
  const [x, y] = pair(a, b);
  return x < y;
}
function decString(d) {
  if (d.v < 0n)
    return `-${decString(neg(d))}`;
  let t = d.v.toString().padStart(d.s + 1, "0");
  if (d.s === 0)
    return t;
  t = `${t.slice(0, t.length - d.s)}.${t.slice(t.length - d.s)}`;
  return t.replace(/0+$/, "").replace(/\.$/, "");
}
function parseDecimal(amount, scale) {
  const bad = () => new TxFailure(`invalid amount ${amount}`);
  if (amount.length === 0 || amount[0] === ".")
    throw bad();
  if (amount[0] === "-")
    return neg(parseDecimal(amount.slice(1), scale));
  let v = 0n;
  let s = 0;
  let point = false;
  for (const ch of amount) {
    if (ch >= "0" && ch <= "9") {
      v = v * 10n + BigInt(ch.charCodeAt(0) - 48);
      if (point) {
        s++;
        if (s >= scale)
          break;
      }
    } else if (ch === "." && !point)
      point = true;
    else
      throw bad();
  }
  return rescale({ v, s }, scale);
}
var decText = (d) => `${d.v}/${d.s}`;
function decFromText(t) {
  const [v, s] = t.split("/");
  return { v: BigInt(v), s: Number(s) };
}

// dist/jsvm/types.js
var GAS_CONTRACT = "gas.iost";

// dist/jsvm/gas-iost.js
var GAS_DECIMALS = 2;
var GAS_IMMEDIATE_REWARD = decInt(1e5, 2);
var GAS_LIMIT_PER_IOST = decInt(3e5, 2);
var GAS_FULFILL_SECONDS = 2 * 24 * 3600;
var GAS_INCREASE_RATE = divInt(sub(GAS_LIMIT_PER_IOST, GAS_IMMEDIATE_REWARD), GAS_FULFILL_SECONDS);
var GAS_MAX_INCREASE_SECONDS = 3 * 24 * 3600;
var GAS_MIN_PLEDGE_OF_USER = decInt(10, 8);
var GAS_MIN_PLEDGE_PER_ACTION = decInt(1, 8);
var UNPLEDGE_FREEZE_SECONDS = 3 * 24 * 3600;
var GAS_METHODS = {
  pledge: ["string", "string", "string"],
  unpledge: ["string", "string", "string"]
};
var zeroGas = () => dec(0n, GAS_DECIMALS);
var GasState = class {
  db;
  constructor(db) {
    this.db = db;
  }
  fixed(key2) {
    const t = this.db.get(key2);
    return t === void 0 ? zeroGas() : decFromText(t);
  }
  pledgeTotal = (name) => this.fixed(`${name}gt`);
  limit = (name) => this.fixed(`${name}gl`);
  stock = (name) => this.fixed(`${name}gs`);
  updateTime(name) {
    const t = this.db.get(`${name}gu`);
    return t === void 0 ? 0n : BigInt(t);
  }
  setPledgeTotal = (name, d) => this.db.put(`${name}gt`, decText(d));
  setLimit = (name, d) => this.db.put(`${name}gl`, decText(d));
  setStock = (name, d) => this.db.put(`${name}gs`, decText(d));
  setUpdateTime = (name, t) => this.db.put(`${name}gu`, t.toString());
  pledge(name, pledger) {
    const t = this.db.pledgeOf(pledger, name);
    return t === void 0 ? dec(0n, 8) : decFromText(t);
  }
  /** PGasAtTime: min(limit, stock + seconds since the refresh (at most 3 days) × pledged × rate), 2 decimals. */
  gasAt(name, t) {
    const stock = this.stock(name);
    const updated = this.updateTime(name);
    let seconds = 0;
    if (updated > 0n)
      seconds = Math.min(Number(t - updated) / 1e9, GAS_MAX_INCREASE_SECONDS);
    const rate = mul(this.pledgeTotal(name), GAS_INCREASE_RATE);
    const total = add(mulFloat(rate, seconds), stock);
    const limit = this.limit(name);
    return rescale(lessThan(limit, total) ? limit : total, GAS_DECIMALS);
  }
  refresh(name, t) {
    this.setStock(name, this.gasAt(name, t));
    this.setUpdateTime(name, t);
  }
  /** CostGas: the stock refreshed, then `cost` taken from it (`gas not enough! …` when short). */
  costGas(name, cost, t) {
    this.refresh(name, t);
    const current = this.stock(name);
    if (lessThan(current, cost))
      throw new TxFailure(`gas not enough! Now: ${decString(current)}(tgas:0,pgas:${decString(current)}), Need ${decString(cost)}`);
    this.setStock(name, sub(current, cost));
  }
  /** gas.go pledge(): a positive amount pledges, a negative one unpledges. */
  change(pledger, name, amount, t) {
    if (amount.v === 0n)
      throw new TxFailure(`invalid pledge amount ${decString(amount)}`);
    if (amount.v < 0n) {
      const un = neg(amount);
      const total = this.pledgeTotal(name);
      if (lessThan(sub(total, un), GAS_MIN_PLEDGE_OF_USER))
        throw new TxFailure(`unpledge too much (${decString(total)} - ${decString(un)}) less than ${decString(GAS_MIN_PLEDGE_OF_USER)}`);
      const pledged = this.pledge(name, pledger);
      if (sub(pledged, un).v < 0n)
        throw new TxFailure(`you cannot unpledge more than your pledge ${decString(un)} > ${decString(pledged)}`);
    }
    const limitDelta = mul(amount, GAS_LIMIT_PER_IOST);
    const gasDelta = amount.v < 0n ? zeroGas() : mul(amount, GAS_IMMEDIATE_REWARD);
    if (this.updateTime(name) === 0n) {
      if (amount.v < 0n)
        throw new TxFailure("cannot unpledge! No pledge before");
      this.db.setPledge(pledger, name, decText(amount));
      this.setUpdateTime(name, t);
      this.setPledgeTotal(name, amount);
      this.setLimit(name, limitDelta);
      this.setStock(name, gasDelta);
      return;
    }
    this.refresh(name, t);
    const totalOld = this.pledgeTotal(name);
    const totalNew = add(totalOld, amount);
    if (totalNew.v <= 0n)
      throw new TxFailure(`change gasPledgeTotal failed! current: ${decString(totalOld)}, delta ${decString(amount)}`);
    this.setPledgeTotal(name, totalNew);
    const limitOld = this.limit(name);
    const limitNew = add(limitOld, limitDelta);
    if (limitNew.v <= 0n)
      throw new TxFailure(`change gasLimit failed! current: ${decString(limitOld)}, delta ${decString(limitDelta)}`);
    this.setLimit(name, limitNew);
    let gasNew = add(this.stock(name), gasDelta);
    if (lessThan(limitNew, gasNew))
      gasNew = limitNew;
    this.setStock(name, gasNew);
    const pledgedNew = add(this.pledge(name, pledger), amount);
    this.db.setPledge(pledger, name, pledgedNew.v === 0n ? void 0 : decText(pledgedNew));
  }
};
function gasStore(env) {
  const maps = env.ledger.nativeMaps(GAS_CONTRACT);
  const cache = env.ledger.cache;
  const dec8 = new TextDecoder();
  return {
    get: (key2) => {
      const raw2 = cache.get(keys.value(GAS_CONTRACT, key2));
      return raw2 === void 0 ? void 0 : dec8.decode(raw2);
    },
    put: (key2, value2) => cache.put(keys.value(GAS_CONTRACT, key2), new TextEncoder().encode(value2)),
    pledgeOf: (pledger, name) => maps.get(`${pledger}gp`, name),
    setPledge: (pledger, name, value2) => value2 === void 0 ? maps.del(`${pledger}gp`, name) : maps.put(`${pledger}gp`, name, value2)
  };
}
var goDecimalD = (d) => `&{${d.v} ${d.s} %!d(<nil>)}`;
function gasCall(env, t, argv) {
  const [pledger, gasUser, amountText] = argv;
  const api = env.api;
  if (!env.isValidAccount(pledger))
    throw new TxFailure(`invalid user name ${api === "pledge" ? pledger : gasUser}`);
  if (!env.isValidAccount(gasUser))
    throw new TxFailure(`invalid user name ${api === "pledge" ? gasUser : pledger}`);
  if (!env.tx.requireAuth(pledger, "transfer"))
    throw new TxFailure("transaction has no permission");
  let amount;
  try {
    amount = parseDecimal(amountText, 8);
  } catch {
    throw new TxFailure(`invalid amount ${amountText}`);
  }
  if (amount.v <= 0n)
    throw new TxFailure(`invalid amount ${amountText}`);
  if (lessThan(amount, GAS_MIN_PLEDGE_PER_ACTION))
    throw new TxFailure(`min ${api === "pledge" ? "" : "un"}pledge num is ${goDecimalD(GAS_MIN_PLEDGE_PER_ACTION)}`);
  const state = new GasState(gasStore(env));
  if (api === "pledge") {
    state.change(pledger, gasUser, amount, t);
    if (pledger !== TOKEN_CONTRACT)
      env.call(TOKEN_CONTRACT, "transfer", ["iost", pledger, GAS_CONTRACT, amountText, ""]);
  } else {
    if (state.pledge(gasUser, pledger).v === 0n)
      throw new TxFailure(`${pledger} did not pledge for ${gasUser}`);
    state.change(pledger, gasUser, neg(amount), t);
    if (pledger !== TOKEN_CONTRACT) {
      const freezeTime = t + BigInt(UNPLEDGE_FREEZE_SECONDS) * 1000000000n;
      env.tokenAs(GAS_CONTRACT, "transferFreeze", [
        "iost",
        GAS_CONTRACT,
        pledger,
        decString(amount),
        Number(freezeTime),
        ""
      ]);
    }
  }
  env.tx.receipts.push({ func_name: `${GAS_CONTRACT}/${api}`, content: JSON.stringify(argv) });
  return [];
}

// dist/jsvm/ledger.js
var decoder2 = new TextDecoder();

// dist/jsvm/token721.js
var TOKEN721_CONTRACT = "token721.iost";
var TOKEN721_METHODS = {
  create: ["string", "string", "number"],
  issue: ["string", "string", "string"],
  transfer: ["string", "string", "string", "string"],
  balanceOf: ["string", "string"],
  ownerOf: ["string", "string"],
  tokenOfOwnerByIndex: ["string", "string", "number"],
  tokenMetadata: ["string", "string"]
};
var INFO = (sym) => `T721I${sym}`;
var BALANCE = (account) => `T721B${account}`;
var META = (sym, owner) => `T721M${sym}-${owner}`;
function token721Call(l, api, argv) {
  const m = l.maps;
  const sym = argv[0];
  const exists = () => {
    if (m.get(INFO(sym), "issuer") === void 0)
      throw new TxFailure("token not exists");
  };
  const count = (a) => BigInt(m.get(BALANCE(a), sym) ?? "0");
  switch (api) {
    case "create": {
      const [, issuer, total] = argv;
      checkSymbol(sym);
      if (!l.requireAuth(issuer, "token"))
        throw new TxFailure("transaction has no permission");
      if (m.get(INFO(sym), "issuer") !== void 0)
        throw new TxFailure("token exists");
      m.put(INFO(sym), "issuer", issuer);
      m.put(INFO(sym), "totalSupply", String(total));
      m.put(INFO(sym), "supply", "0");
      l.receipt(goJson(argv));
      return [];
    }
    case "issue": {
      const [, to, meta] = argv;
      exists();
      const issuer = m.get(INFO(sym), "issuer");
      const supply = BigInt(m.get(INFO(sym), "supply"));
      if (BigInt(m.get(INFO(sym), "totalSupply")) - supply <= 0n)
        throw new TxFailure("supply too much");
      const tokenId = supply.toString();
      if (!l.requireAuth(issuer, "token"))
        throw new TxFailure("transaction has no permission");
      m.put(INFO(sym), "supply", (supply + 1n).toString());
      m.put(INFO(sym), tokenId, to);
      m.put(BALANCE(to), sym, (count(to) + 1n).toString());
      m.put(META(sym, to), tokenId, meta);
      l.receipt(goJson(argv));
      return [tokenId];
    }
    case "transfer": {
      const [, from, to, tokenId] = argv;
      if (from === to)
        return [];
      exists();
      if (!l.requireAuth(from, "transfer"))
        throw new TxFailure("transaction has no permission");
      const owner = m.get(INFO(sym), tokenId);
      if (owner === void 0)
        throw new TxFailure(`error tokenID not exists. ${sym} ${tokenId}`);
      if (owner !== from)
        throw new TxFailure(`error token owner isn't from. owner: ${owner}, from: ${from}`);
      m.put(INFO(sym), tokenId, to);
      const fb = count(from);
      const tb = count(to);
      m.put(BALANCE(from), sym, (fb - 1n).toString());
      m.put(BALANCE(to), sym, (tb + 1n).toString());
      const meta = m.get(META(sym, from), tokenId) ?? "";
      m.del(META(sym, from), tokenId);
      m.put(META(sym, to), tokenId, meta);
      l.receipt(goJson(argv));
      return [];
    }
    case "balanceOf":
      exists();
      return [count(argv[1]).toString()];
    case "ownerOf": {
      exists();
      const owner = m.get(INFO(sym), argv[1]);
      if (owner === void 0)
        throw new TxFailure("token exists");
      return [owner];
    }
    case "tokenOfOwnerByIndex": {
      exists();
      const tokens = m.keys(META(sym, argv[1]));
      const i = argv[2];
      if (i >= tokens.length)
        throw new TxFailure("out of range");
      const t = tokens[i];
      if (t === void 0)
        throw new TxFailure("out of range");
      return [t];
    }
    case "tokenMetadata": {
      exists();
      const owner = m.get(INFO(sym), argv[1]);
      if (owner === void 0)
        throw new TxFailure("token exists");
      const meta = m.get(META(sym, owner), argv[1]);
      if (meta === void 0)
        throw new TxFailure("token exists");
      return [meta];
    }
    default:
      throw new TxFailure(`abi ${api} not found`);
  }
}

// dist/jsvm/natives.js
function tokenLedger(env, lent) {
  const { tx, ledger } = env;
  return {
    isValidAccount: (n) => env.isValidAccount(n),
    requireAuth: (id, p) => id === lent || tx.requireAuth(id, p),
    balance: (t, a) => ledger.balance(t, a),
    setBalance: (t, a, v) => ledger.setBalance(t, a, v),
    tokenInfo: (t) => ledger.tokenInfo(t),
    setTokenInfo: (t, info) => ledger.setTokenInfo(t, info),
    freezes: (t, a) => ledger.freezes(t, a),
    setFreezes: (t, a, items) => ledger.setFreezes(t, a, items),
    blockTime: tx.block.time,
    receipt: (func_name, content) => tx.receipts.push({ func_name, content })
  };
}
var NATIVES = {
  [TOKEN_CONTRACT]: {
    methods: TOKEN_METHODS,
    run: (env, argv) => tokenCall(tokenLedger(env), env.api, argv)
  },
  [GAS_CONTRACT]: {
    methods: GAS_METHODS,
    run: (env, argv) => gasCall(env, env.time, argv)
  },
  [TOKEN721_CONTRACT]: {
    methods: TOKEN721_METHODS,
    run: (env, argv) => token721Call({
      maps: env.ledger.nativeMaps(TOKEN721_CONTRACT),
      requireAuth: (id, p) => env.tx.requireAuth(id, p),
      receipt: (content) => env.tx.receipts.push({ func_name: `${TOKEN721_CONTRACT}/${env.api}`, content })
    }, env.api, argv)
  },
  [AUTH_CONTRACT]: {
    methods: AUTH_METHODS,
    run: (env, argv) => authCall({
      load: (id) => env.ledger.loadAuth(id),
      save: (a) => env.ledger.saveAuth(a),
      requireAuth: (id, p) => env.tx.requireAuth(id, p),
      publisher: env.tx.publisher,
      receipt: (content) => env.tx.receipts.push({ func_name: `${AUTH_CONTRACT}/${env.api}`, content }),
      // account.js: blockchain.callWithAuth("gas.iost", "pledge", [referrer, id, "10"]).
      pledge: (from, to, amount) => env.call(GAS_CONTRACT, "pledge", [from, to, amount])
    }, env.api, argv)
  }
};

// dist/jsvm/worker-client.js
import { Worker } from "node:worker_threads";
var WorkerRequestError = class extends PolyvmError {
  name = "JsVmWorkerError";
};
var JsVmWorker = class {
  worker;
  next = 0;
  waiting = /* @__PURE__ */ new Map();
  constructor(options = {}) {
    if (options === null || typeof options !== "object")
      throw new JsVmRequestError(`JsVmWorker: expected options as an object, got ${options === null ? "null" : typeof options}`);
    const { stateDir, ...engine } = options;
    if (stateDir !== void 0 && typeof stateDir !== "string")
      throw new JsVmRequestError(`JsVmWorker: stateDir must be a path string, got ${typeof stateDir}`);
    const ts = import.meta.url.endsWith(".ts");
    const url = new URL(ts ? "./worker.ts" : "./worker.js", import.meta.url);
    const workerData = { stateDir, options: { ...engine, autoFlush: engine.autoFlush ?? true } };
    const tsxApi = typeof import.meta.resolve === "function" ? import.meta.resolve("tsx/esm/api") : "tsx/esm/api";
    this.worker = ts ? new Worker(`import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true, workerData }) : new Worker(url, { workerData });
    this.worker.on("message", (m) => {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (!w)
        return;
      if (m.ok)
        w.resolve(m.value);
      else
        w.reject(new WorkerRequestError(m.error?.code ?? "JS_WORKER", m.error?.message ?? "worker error", {
          details: m.error?.details
        }));
    });
    this.worker.on("error", (e) => this.fail(e));
    this.worker.on("exit", (code) => {
      this.exited = true;
      this.fail(new WorkerRequestError("JS_WORKER", `the JavaScript VM worker exited (code ${code})`));
    });
  }
  exited = false;
  fail(e) {
    for (const w of this.waiting.values())
      w.reject(e);
    this.waiting.clear();
  }
  request(op, ...args) {
    if (this.exited)
      return Promise.reject(new WorkerRequestError("JS_WORKER", "the JavaScript VM worker has exited"));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, args });
    });
  }
  createAccount(name, amount, keys2) {
    return this.request("createAccount", name, amount, keys2);
  }
  hasAccount(name) {
    return this.request("hasAccount", name);
  }
  deploy(req) {
    return this.request("deploy", req);
  }
  call(req) {
    return this.request("call", req);
  }
  /** A signed transaction (JsVm.send). */
  send(tx) {
    return this.request("send", tx);
  }
  update(req) {
    return this.request("update", req);
  }
  balanceOf(account) {
    return this.request("balanceOf", account);
  }
  flush() {
    return this.request("flush");
  }
  /** Flushes and closes the store, then ends the thread (even when the store never opened). */
  async close() {
    try {
      await this.request("close");
    } finally {
      await this.worker.terminate();
    }
  }
};

export {
  ContractValidationError,
  parseAbi,
  validateContract,
  keyPair,
  signTx,
  JsVmWorker
};
