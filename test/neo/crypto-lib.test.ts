/**
 * CryptoLib through the engine. Vectors transcribed from neo's
 * tests/Neo.UnitTests/SmartContract/Native/UT_CryptoLib.cs (BLS12-381, Keccak-256, ECDSA and
 * Ed25519 rules per hardfork), tests/Neo.UnitTests/SmartContract/UT_InteropService.cs (SHA-256,
 * RIPEMD-160, Murmur32 of "Hello, world!") and tests/Neo.UnitTests/Cryptography/UT_Murmur32.cs.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { p256 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { describe, expect, it } from 'vitest';
import {
  cryptoLib,
  HARDFORKS,
  type Hardfork,
  interopId,
  makeSettings,
  murmur32,
  NeoChain,
} from '../../src/neo/index.js';
import {
  type BooleanItem,
  type ByteStringItem,
  ScriptBuilder,
  type StackItem,
} from '../../src/neovm/index.js';
import { type Arg, calls, concat, genesisStore, hex, item, run, toHex } from './helpers.js';

const CALL = interopId('System.Contract.Call');
const HASH = cryptoLib.hash;

/** EmitDynamicCall with the arguments pushed by `push` (a PACK of `count` from the stack). */
function callPacked(method: string, count: number, push: (sb: ScriptBuilder) => void): Uint8Array {
  const sb = new ScriptBuilder();
  push(sb);
  sb.emitPush(BigInt(count)).emit('PACK').emitPush(15n).emitPush(method).emitPush(HASH).emitSysCall(CALL);
  return sb.toArray();
}

const deserialize = (h: string) => NeoChain.callScript(HASH, 'bls12381Deserialize', [item(hex(h))]);

/** Runs `script` (leaving one BLS interop) then bls12381Serialize; returns the hex. */
function serialized(script: Uint8Array): string {
  const r = run(genesisStore(), concat([script, callPacked('bls12381Serialize', 1, () => {})]));
  if (r.state !== 'HALT') throw new Error(`FAULT: ${r.exception}`);
  return toHex((r.stack[0] as ByteStringItem).bytes);
}

function state(script: Uint8Array): string {
  return run(genesisStore(), script).state;
}

const G1 = '97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb';
const G2 =
  '93e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e' +
  '024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8';
const GT = [
  '0f41e58663bf08cf068672cbd01a7ec73baca4d72ca93544deff686bfd6df543d48eaa24afe47e1efde449383b676631',
  '04c581234d086a9902249b64728ffd21a189e87935a954051c7cdba7b3872629a4fafc05066245cb9108f0242d0fe3ef',
  '03350f55a7aefcd3c31b4fcb6ce5771cc6a0e9786ab5973320c806ad360829107ba810c5a09ffdd9be2291a0c25a99a2',
  '11b8b424cd48bf38fcef68083b0b0ec5c81a93b330ee1a677d0d15ff7b984e8978ef48881e32fac91b93b47333e2ba57',
  '06fba23eb7c5af0d9f80940ca771b6ffd5857baaf222eb95a7d2809d61bfe02e1bfd1b68ff02f0b8102ae1c2d5d5ab1a',
  '19f26337d205fb469cd6bd15c3d5a04dc88784fbb3d0b2dbdea54d43b2b73f2cbb12d58386a8703e0f948226e47ee89d',
  '018107154f25a764bd3c79937a45b84546da634b8f6be14a8061e55cceba478b23f7dacaa35c8ca78beae9624045b4b6',
  '01b2f522473d171391125ba84dc4007cfbf2f8da752f7c74185203fcca589ac719c34dffbbaad8431dad1c1fb597aaa5',
  '193502b86edb8857c273fa075a50512937e0794e1e65a7617c90d8bd66065b1fffe51d7a579973b1315021ec3c19934f',
  '1368bb445c7c2d209703f239689ce34c0378a68e72a6b3b216da0e22a5031b54ddff57309396b38c881c4c849ec23e87',
  '089a1c5b46e5110b86750ec6a532348868a84045483c92b7af5af689452eafabf1a8943e50439f1d59882a98eaa0170f',
  '1250ebd871fc0a92a7b2d83168d0d727272d441befa15c503dd8e90ce98db3e7b6d194f60839c508a84305aaca1789b6',
].join('');
const NOT_G1 = `8123456789abcdef${'0123456789abcdef'.repeat(5)}`;
const NOT_G2 = NOT_G1 + '0123456789abcdef'.repeat(6);

function mul(point: string, scalar: string, neg: boolean): string {
  return serialized(
    callPacked('bls12381Mul', 3, (sb) => {
      sb.emitPush(neg).emitPush(hex(scalar));
      sb.emitRaw(deserialize(point));
    }),
  );
}

describe('CryptoLib BLS12-381 (UT_CryptoLib.cs)', () => {
  it('TestG1, TestG2: deserialize and serialize back', () => {
    expect(serialized(deserialize(G1))).toBe(G1);
    expect(serialized(deserialize(G2))).toBe(G2);
  });

  it('TestNotG1, TestNotG2: off-curve points FAULT', () => {
    expect(state(deserialize(NOT_G1))).toBe('FAULT');
    expect(state(deserialize(NOT_G2))).toBe('FAULT');
  });

  it('TestBls12381Add: gt + gt', () => {
    const add = callPacked('bls12381Add', 2, (sb) => sb.emitRaw(deserialize(GT)).emitRaw(deserialize(GT)));
    expect(serialized(add)).toBe(
      [
        '079ab7b345eb23c944c957a36a6b74c37537163d4cbf73bad9751de1dd9c68ef72cb21447e259880f72a871c3eda1b0c',
        '017f1c95cf79b22b459599ea57e613e00cb75e35de1f837814a93b443c54241015ac9761f8fb20a44512ff5cfc04ac7f',
        '0f6b8b52b2b5d0661cbf232820a257b8c5594309c01c2a45e64c6a7142301e4fb36e6e16b5a85bd2e437599d103c3ace',
        '06d8046c6b3424c4cd2d72ce98d279f2290a28a87e8664cb0040580d0c485f34df45267f8c215dcbcd862787ab555c7e',
        '113286dee21c9c63a458898beb35914dc8daaac453441e7114b21af7b5f47d559879d477cf2a9cbd5b40c86becd07128',
        '0900410bb2751d0a6af0fe175dcf9d864ecaac463c6218745b543f9e06289922434ee446030923a3e4c4473b4e3b1914',
        '081abd33a78d31eb8d4c1bb3baab0529bb7baf1103d848b4cead1a8e0aa7a7b260fbe79c67dbe41ca4d65ba8a54a72b6',
        '1692a61ce5f4d7a093b2c46aa4bca6c4a66cf873d405ebc9c35d8aa639763720177b23beffaf522d5e41d3c5310ea333',
        '1409cebef9ef393aa00f2ac64673675521e8fc8fddaf90976e607e62a740ac59c3dddf95a6de4fba15beb30c43d4e3f8',
        '03a3734dbeb064bf4bc4a03f945a4921e49d04ab8d45fd753a28b8fa082616b4b17bbcb685e455ff3bf8f60c3bd32a0c',
        '185ef728cf41a1b7b700b7e445f0b372bc29e370bc227d443c70ae9dbcf73fee8acedbd317a286a53266562d817269c0',
        '04fb0f149dd925d2c590a960936763e519c2b62e14c7759f96672cd852194325904197b0b19c6b528ab33566946af39b',
      ].join(''),
    );
  });

  it('TestBls12381Mul: gt * 3, positive and negative', () => {
    const three = `03${'00'.repeat(31)}`;
    const tail = [
      '18cdd273f0d38833c07467eaf77743b70c924d43975d3821d47110a358757f926fcf970660fbdd74ef15d93b81e3aa29',
      '0c78f59cbc6ed0c1e0dcbadfd11a73eb7137850d29efeb6fa321330d0cf70f5c7f6b004bcf86ac99125f8fecf8315793',
      '0bec2af89f8b378c6d7f63b0a07b3651f5207a84f62cee929d574da154ebe795d519b661086f069c9f061ba3b53dc491',
      '0ea1614c87b114e2f9ef328ac94e93d00440b412d5ae5a3c396d52d26c0cdf2156ebd3d3f60ea500c42120a7ce1f7ef8',
      '0f15323118956b17c09e80e96ed4e1572461d604cde2533330c684f86680406b1d3ee830cbafe6d29c9a0a2f41e03e26',
      '095b713eb7e782144db1ec6b53047fcb606b7b665b3dd1f52e95fcf2ae59c4ab159c3f98468c0a43c36c022b548189b6',
    ];
    expect(mul(GT, three, false)).toBe(
      [
        '18b2db6b3286baea116ccad8f5554d170a69b329a6de5b24c50b8834965242001a1c58089fd872b211acd3263897fa66',
        '0b117248d69d8ac745283a3e6a4ccec607f6cf7cedee919575d4b7c8ae14c36001f76be5fca50adc296ef8df4926fa7f',
        '0b55a75f255fe61fc2da7cffe56adc8775aaab54c50d0c4952ad919d90fb0eb221c41abb9f2352a11be2d7f176abe41e',
        '0e30afb34fc2ce16136de66900d92068f30011e9882c0a56e7e7b30f08442be9e58d093e1888151136259d059fb53921',
        '0d635bc491d5244a16ca28fdcf10546ec0f7104d3a419ddc081ba30ecb0cd2289010c2d385946229b7a9735adc827369',
        '14fe61ad26c6c38b787775de3b939105de055f8d7004358272a0823f6f1787a7abb6c3c59c8c9cbd1674ac9005126328',
        ...tail,
      ].join(''),
    );
    expect(mul(GT, three, true)).toBe(
      [
        '014e367f06f92bb039aedcdd4df65fc05a0d985b4ca6b79aa2254a6c605eb424048fa7f6117b8d4da8522cd9c767b045',
        '0eef9fa162e25bd305f36d77d8fede115c807c0805968129f15c1ad8489c32c41cb49418b4aef52390900720b6d8b02c',
        '0eab6a8b1420007a88412ab65de0d04feecca0302e7806761483410365b5e771fce7e5431230ad5e9e1c280e8953c68d',
        '0bd06236e9bd188437adc14d42728c6e7177399b6b5908687f491f91ee6cca3a391ef6c098cbeaee83d962fa604a718a',
        '0c9db625a7aac25034517eb8743b5868a3803b37b94374e35f152f922ba423fb8e9b3d2b2bbf9dd602558ca5237d3742',
        '0502b03d12b9230ed2a431d807b81bd18671ebf78380dd3cf490506187996e7c72f53c3914c76342a38a536ffaed4783',
        ...tail,
      ].join(''),
    );
  });

  it('TestBls12381Pairing: e(g1, g2) is the gt vector', () => {
    const pairing = callPacked('bls12381Pairing', 2, (sb) =>
      sb.emitRaw(deserialize(G2)).emitRaw(deserialize(G1)),
    );
    expect(serialized(pairing)).toBe(GT);
  });

  it('Bls12381Equal', () => {
    const eq = callPacked('bls12381Equal', 2, (sb) => sb.emitRaw(deserialize(G1)).emitRaw(deserialize(G1)));
    const r = run(genesisStore(), eq);
    expect(r.state).toBe('HALT');
    expect((r.stack[0] as BooleanItem).value).toBe(true);
  });

  it('TestBls12381ScalarMul_Compat: G1 and G2 by positive, negative and zero scalars', () => {
    const g1 =
      'a1f9855f7670a63e4c80d64dfe6ddedc2ed2bfaebae27e4da82d71ba474987a39808e8921d3df97df6e5d4b979234de8';
    const s1 = '8463159bd9a1d1e1fd815172177ec24c0c291353ed88b3d1838fd9d63b1efd0b';
    const zero = '00'.repeat(32);
    const g1Result =
      'e85e3e2d677c9e3424ed79b5a7554262c3d6849202b84d2e7024e4b1f2e9dd3f7cf20b807a9f2a67d87e47e9e94d361';
    expect(mul(g1, s1, false)).toBe(`a${g1Result}`);
    expect(mul(g1, s1, true)).toBe(`8${g1Result}`);
    expect(mul(g1, zero, false)).toBe(`c0${'00'.repeat(47)}`);
    const g2 =
      'a41e586fdd58d39616fea921a855e65417a5732809afc35e28466e3acaeed3d53dd4b97ca398b2f29bf6bbcaca026a66' +
      '09a42bdeaaeef42813ae225e35c23c61c293e6ecb6759048fb76ac648ba3bc49f0fcf62f73fca38cdc5e7fa5bf511365';
    const s2 = 'cbfffe3e37e53e31306addde1a1725641fbe88cd047ee7477966c44a3f764b47';
    const g2Result =
      '8ae9bba988e854877c66dfb7ff84aa5e107861aa51d1a2a8dac2414d716a7e219bc4b0239e4b12d2182f57b5eea8283' +
      '0639f2e6713098ae8d4b4c3942f366614bac35c91c83ecb57fa90fe03094aca1ecd3555a7a6fdfa2417b5bb06917732e';
    expect(mul(g2, s2, false)).toBe(`8${g2Result}`);
    expect(mul(g2, s2, true)).toBe(`a${g2Result}`);
    expect(mul(g2, zero, false)).toBe(`c0${'00'.repeat(95)}`);
  });

  it('TestBls12381ScalarMul_Compat: GT by zero is the identity', () => {
    const gt =
      '176ec726aa447f1791e69fc70a71103c84b17385094ef06a9a0235ac7241f6635377f55ad486c216c8701d61ea2ace3e' +
      '05ca1605f238dc8f29f868b795e45645c6f7ff8d9d8ffd77b5e149b0325c2a8f24dde40e80a3381ae72a9a1104ef02d7' +
      '0af7cf8f2fe6ff38961b352b0fde6f8536424fc9aa5805b8e12313bdfc01d5c1db1c0a37654c307fbd252c265dcbfc04' +
      '0ee5605ffd6ac20aab15b0343e47831f4157a20ecedd7350d2cf070c0c7d423786fd97aa7236b99f4462fb23e1735288' +
      '15bf2cf3ccbfc38303fa8154d70ee5e1e3158cbb14d5c87a773cbe948a5cfec2763c5e7129940906920aed344453b0f8' +
      '01760fd3eac8e254ce8e0ae4edd30c914bea9e2935acd4a6a9d42d185a9a6e786c8e462b769b2112423f6591b0933477' +
      '18897438ba918b9e4525888194b20ee17709f7dea319cfd053bb1c222783340326953fd3763eb6feaaa4d1458ee6ca00' +
      '1818ad88222a97e43a71dca8d2abaef70657b9ff7b94ca422d0c50ddb4265fa35514ed534217ce2f0219c6985ec2827a' +
      '0ee1dc17940926551072d693d89e36e6d14162f414b52587e5612ed4a562c9ac15df9d5fa68ccf61d52fea64b2f5d7a6' +
      '00e0a8fa735105bc9a2ecb69b6d9161e55a4ccdc2285164c6846fa5bdc106d1e0693ebd5fe86432e5e88c55f0159ec32' +
      '17332c8492332dfbd93970f002a6a05f23484e081f38815785e766779c843765d58b2444295a87939ad7f8fa4c11e853' +
      '0a62426063c9a57cf3481a00372e443dc014fd6ef4723dd4636105d7ce7b96c4b2b3b641c3a2b6e0fa9be6187e5bfaf9';
    expect(mul(gt, '00'.repeat(32), false)).toBe(`${'0'.repeat(1151)}1`);
  });
});

type Call = readonly [string, ...Arg[]];

function results(list: readonly Call[], settings = makeSettings()): StackItem[] {
  const r = calls(genesisStore(settings), HASH, list, { settings });
  if (r.state !== 'HALT') throw new Error(`FAULT: ${r.exception}`);
  return r.stack.slice();
}

function faults(c: Call, settings = makeSettings()): boolean {
  return calls(genesisStore(settings), HASH, [c], { settings }).state === 'FAULT';
}

const bytesOf = (s: StackItem) => toHex((s as ByteStringItem).bytes);
const boolOf = (s: StackItem) => (s as BooleanItem).value;
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Settings with the forks up to `last` at genesis (UT_CryptoLib's CreateProtocolSettingsUpTo). */
function upTo(last: Hardfork) {
  return makeSettings({
    hardforks: new Map(HARDFORKS.slice(0, HARDFORKS.indexOf(last) + 1).map((h) => [h, 0])),
  });
}

describe('CryptoLib hashes', () => {
  it('TestKeccak256_*', () => {
    const vectors: [string, string][] = [
      ['Hello, World!', 'acaf3289d7b601cbd114fb36c4d29c85bbfd5e133f14cb355c3fd8d99367964f'],
      ['Keccak', '868c016b666c7d3698636ee1bd023f3f065621514ab61bf26f062c175fdbe7f2'],
      ['Cryptography', '53d49d225dd2cfe77d8c5e2112bcc9efe77bea1c7aa5e5ede5798a36e99e2d29'],
      ['Testing123', '3f82db7b16b0818a1c6b2c6152e265f682d5ebcf497c9aad776ad38bc39cb6ca'],
      [
        'This is a longer string for Keccak256 testing purposes.',
        '24115e5c2359f85f6840b42acd2f7ea47bc239583e576d766fa173bf711bdd2f',
      ],
      ['', 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'],
    ];
    const out = results(vectors.map(([input]): Call => ['keccak256', utf8(input)]));
    expect(out.map(bytesOf)).toEqual(vectors.map(([, h]) => h));
  });

  it('UT_InteropService TestSha256, TestRIPEMD160, TestMurmur32', () => {
    const m = utf8('Hello, world!');
    const out = results([
      ['sha256', m],
      ['ripemd160', m],
      ['murmur32', m, 0],
    ]);
    expect(out.map(bytesOf)).toEqual([
      '315f5bdb76d078c43b8ac0064e4a0164612b1fce77c869345bfc94c75894edd3',
      '58262d1fbdbe4530d8865d3518c6d6e41002610f',
      '433e36c0',
    ]);
  });

  it('UT_Murmur32: seed 10', () => {
    expect(murmur32(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1), 10)).toBe(378574820);
    expect(murmur32(utf8('hello worldhello world'), 10)).toBe(60539726);
    expect(murmur32(utf8('he'), 10)).toBe(972873329);
  });
});

describe('CryptoLib signatures (UT_CryptoLib.cs)', () => {
  const message = utf8('HelloWorld');
  const privR1 = hex('6e63fda41e9e3aba9bb5696d58a75731f044a9bdc48fe546da571543b2fa460e');
  const pubR1 = hex(
    '04cae768e1cf58d50260cab808da8d6d83d5d3ab91eac41cdce577ce5862d736413643bdecd6d21c3b66f122ab080f9219204b10aa8bbceb86c1896974768648f3',
  );
  const privK1 = hex('0b5fb3a050385196b327be7d86cbce6e40a04c8832445af83ad19c82103b3ed9');
  const pubK1 = hex(
    '04b6363b353c3ee1620c5af58594458aa00abf43a6d134d7c4cb2d901dc0f474fd74c94740bd7169aa0b1ef7bc657e824b1d7f4283c547e7ec18c8576acf84418a',
  );
  const compressed = (curve: typeof p256, pub: Uint8Array) => curve.Point.fromBytes(pub).toBytes(true);
  const signWith = (curve: typeof p256, priv: Uint8Array, digest: Uint8Array) =>
    curve.sign(digest, priv, { prehash: false });

  it('the test keys are the upstream pairs', () => {
    expect(toHex(p256.getPublicKey(privR1, false))).toBe(toHex(pubR1));
    expect(toHex(secp256k1.getPublicKey(privK1, false))).toBe(toHex(pubK1));
  });

  it('TestVerifyWithECDsa: each curve with SHA-256 (22, 23) and Keccak-256 (122, 123)', () => {
    const cases: [typeof p256, Uint8Array, Uint8Array, (m: Uint8Array) => Uint8Array, number][] = [
      [p256, privR1, pubR1, sha256, 23],
      [p256, privR1, pubR1, keccak_256, 123],
      [secp256k1, privK1, pubK1, sha256, 22],
      [secp256k1, privK1, pubK1, keccak_256, 122],
    ];
    const list = cases.map(
      ([curve, priv, pub, h, code]): Call => [
        'verifyWithECDsa',
        message,
        compressed(curve, pub),
        signWith(curve, priv, h(message)),
        code,
      ],
    );
    expect(results(list).map(boolOf)).toEqual([true, true, true, true]);
    const wrong: Call = [
      'verifyWithECDsa',
      utf8('other'),
      compressed(p256, pubR1),
      signWith(p256, privR1, sha256(message)),
      23,
    ];
    expect(results([wrong]).map(boolOf)).toEqual([false]);
  });

  it('TestVerifyWithECDsaInvalidParameters (Gorgon: VerifyWithECDsaV2)', () => {
    const m = utf8('hello world');
    const sig = signWith(p256, privR1, sha256(m));
    const key = compressed(p256, pubR1);
    expect(faults(['verifyWithECDsa', m, null, sig, 23])).toBe(true);
    expect(faults(['verifyWithECDsa', m, new Uint8Array(0), sig, 23])).toBe(true);
    expect(faults(['verifyWithECDsa', m, new Uint8Array(0), sig, 99])).toBe(true);
    expect(faults(['verifyWithECDsa', m, Uint8Array.of(1), sig, 23])).toBe(true);
    expect(faults(['verifyWithECDsa', m, key, new Uint8Array(0), 23])).toBe(true);
    expect(results([['verifyWithECDsa', m, key, sig, 23]]).map(boolOf)).toEqual([true]);
    expect(results([['verifyWithECDsa', m, pubR1, sig, 23]]).map(boolOf)).toEqual([true]);
    expect(faults(['verifyWithECDsa', m, pubR1, sig, 22])).toBe(true);
    expect(faults(['verifyWithECDsa', m, Uint8Array.of(3, ...new Uint8Array(32).fill(3)), sig, 22])).toBe(
      true,
    );
    const emptySig = signWith(p256, privR1, sha256(new Uint8Array(0)));
    expect(results([['verifyWithECDsa', new Uint8Array(0), key, emptySig, 23]]).map(boolOf)).toEqual([true]);
    // Called from a script, a null message stops at ApplicationEngine.Convert ("can't be null").
    expect(faults(['verifyWithECDsa', null, key, emptySig, 23])).toBe(true);
  });

  it('TestVerifyWithECDsa_PreCockatrice_UsesV0Behavior: curve codes 22/23 only', () => {
    const m = utf8('hello world');
    const sig = signWith(p256, privR1, sha256(m));
    const settings = upTo('HF_Basilisk');
    expect(results([['verifyWithECDsa', m, compressed(p256, pubR1), sig, 23]], settings).map(boolOf)).toEqual(
      [true],
    );
    expect(faults(['verifyWithECDsa', m, compressed(p256, pubR1), sig, 123], settings)).toBe(true);
  });

  it('TestVerifyWithECDsa_CockatriceBeforeGorgon_ReturnsFalseOnCurveMismatch', () => {
    const m = utf8('hello world');
    const sig = signWith(p256, privR1, sha256(m));
    const settings = upTo('HF_Faun');
    expect(
      results([['verifyWithECDsa', utf8('different message'), pubR1, sig, 23]], settings).map(boolOf),
    ).toEqual([false]);
  });

  it('TestVerifyWithEd25519: RFC 8032 test 1', () => {
    const pub = hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
    const sig = hex(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
    const empty = new Uint8Array(0);
    const flippedSig = sig.slice();
    flippedSig[0]! ^= 1;
    const flippedKey = pub.slice();
    flippedKey[0]! ^= 1;
    const out = results([
      ['verifyWithEd25519', empty, pub, sig],
      ['verifyWithEd25519', utf8('Different message'), pub, sig],
      ['verifyWithEd25519', empty, pub, flippedSig],
    ]);
    expect(out.map(boolOf)).toEqual([true, false, false]);
    expect(faults(['verifyWithEd25519', empty, flippedKey, sig])).toBe(true);
  });

  it('TestVerifyWithEd25519InvalidParameters and _PreGorgon_InvalidLengthReturnsFalse', () => {
    const priv = ed25519.utils.randomSecretKey();
    const pub = ed25519.getPublicKey(priv);
    const m = utf8('hello world');
    const sig = ed25519.sign(m, priv);
    expect(faults(['verifyWithEd25519', m, new Uint8Array(0), sig])).toBe(true);
    expect(faults(['verifyWithEd25519', m, pub, new Uint8Array(0)])).toBe(true);
    expect(results([['verifyWithEd25519', m, pub, sig]]).map(boolOf)).toEqual([true]);
    const echidna = upTo('HF_Echidna');
    expect(results([['verifyWithEd25519', m, pub, sig.subarray(0, 63)]], echidna).map(boolOf)).toEqual([
      false,
    ]);
  });
});
