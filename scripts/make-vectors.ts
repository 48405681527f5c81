// Writes the test vectors in test/vectors/*.txt: `npx tsx scripts/make-vectors.ts`.
//
// Randomness is replaced by a SHA-256 counter-mode stream from a fixed seed,
// so every run writes byte-identical files and a diff shows real format
// changes only. Never do this outside this script.

import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 as nobleSha256 } from "@noble/hashes/sha2.js";

let counter = 0;
let pool = new Uint8Array(0);
function deterministicRandom<T extends ArrayBufferView | null>(array: T): T {
  if (array === null) return array;
  const out = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  for (let i = 0; i < out.length; i++) {
    if (pool.length === 0) {
      const seed = new TextEncoder().encode(`open-channel/test-vectors/v1/${counter++}`);
      pool = nobleSha256(seed);
    }
    out[i] = pool[0]!;
    pool = pool.subarray(1);
  }
  return array;
}
Object.defineProperty(globalThis.crypto, "getRandomValues", {
  value: deterministicRandom,
  configurable: true,
});

// Imported after the override so every module sees the deterministic source.
const { armor, Encrypter, generateX25519Identity } = await import("age-encryption");
const { group, luhn32 } = await import("../crypto/base32");
const c = await import("../crypto/index");
const { patternBytes } = await import("../test/vectors/loader");

const DIR = join(import.meta.dirname, "../test/vectors");
const files = new Map<string, string>();

type Header = Record<string, string | number | boolean | undefined>;

function wrap64(b64: string): string {
  return b64.replace(/.{64}/g, "$&\n").replace(/\n$/, "");
}

function vector(name: string, header: Header, body = ""): void {
  if (files.has(name)) throw new Error(`duplicate vector ${name}`);
  const lines = Object.entries(header)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${String(v)}`);
  files.set(name, `${lines.join("\n")}\n\n${body === "" ? "" : `${body}\n`}`);
}

const binary = (b: Uint8Array) => wrap64(c.toBase64(b));
const ascii = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

function tokenFrom(data: string): string {
  return group(data + luhn32(data), 5);
}

// ---- case tokens -----------------------------------------------------------
const T1 = tokenFrom("7K3QFM9X2A0RJWTB4HZCPD8N");
const T2 = tokenFrom("1000ZZ0110YXWVTSRQPNMKJH");
const bare = T1.replace(/-/g, "");
const swap = (s: string, i: number) => s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
const sub = (s: string, i: number, ch: string) => s.slice(0, i) + ch + s.slice(i + 1);

const token = (
  name: string,
  input: string,
  outcome: { normalized: string } | { reason: string },
  comment?: string,
) =>
  vector(
    name,
    { kind: "token", expect: "normalized" in outcome ? "success" : "bad-token", ...outcome, comment },
    input,
  );
const CHECK = { reason: "bad check character" };
const zeroZ = tokenFrom("Z0ABCDEFGHJKMNPQRSTVWXY1").replace(/-/g, "");

token("token-canonical", T1, { normalized: T1 });
token("token-lowercase-spaced", T1.toLowerCase().replace(/-/g, " "), { normalized: T1 });
token("token-no-separators", bare, { normalized: T1 });
const confusable = T2.replace(/0/g, "O").replace(/1/, "I").replace(/1/, "l");
token("token-confusables", confusable, { normalized: T2 }, "O reads as 0, I and l read as 1");
token("token-typo", sub(bare, 7, bare[7] === "M" ? "N" : "M"), CHECK);
token("token-check-char-typo", sub(bare, 24, bare[24] === "A" ? "B" : "A"), CHECK);
token("token-transposition", swap(bare, 0), CHECK);
const undetected = "known limit of Luhn mod 32: swapping adjacent 0 and Z is not detected";
token("token-transposition-0-z", swap(zeroZ, 0), { normalized: group(swap(zeroZ, 0), 5) }, undetected);
token("token-short", bare.slice(0, 24), { reason: "wrong length" });
token("token-long", `${bare}0`, { reason: "wrong length" });
token("token-invalid-char", sub(bare, 3, "U"), { reason: "invalid character" });

const RK = group(`${"ABCDEFGHJKMNPQRSTVWXYZ01234"}${luhn32("ABCDEFGHJKMNPQRSTVWXYZ01234")}`, 4);
vector("recovery-key-valid", { kind: "recovery-key", expect: "success", normalized: RK }, RK.toLowerCase());
vector("recovery-key-typo", { kind: "recovery-key", expect: "bad-token" }, sub(RK, 2, "X"));

// ---- token derivation --------------------------------------------------------
const K1 = await c.deriveReporterKeys(T1);
const K2 = await c.deriveReporterKeys(T2);
for (const [name, token, keys] of [
  ["token-keys-1", T1, K1],
  ["token-keys-2-typed-form", T2.toLowerCase().replace(/-/g, " "), K2],
] as const) {
  vector(name, {
    kind: "token-keys",
    expect: "success",
    token,
    "login-key": c.toHex(keys.loginKey),
    "login-key-sha256": c.sha256Hex(keys.loginKey),
    identity: keys.identity,
    recipient: keys.recipient,
  });
}
vector("token-keys-bad-token", { kind: "token-keys", expect: "bad-token", token: swap(bare, 3) });

// ---- padding ------------------------------------------------------------------
for (const n of [0, 5, 1012, 1013, 4000, 65536, 1_000_000]) {
  const body = n <= 1012 ? binary(c.pad(patternBytes(n))) : "";
  vector(
    `pad-${n}`,
    { kind: "pad", expect: "success", "content-size": n, "padded-size": c.paddedSize(n) },
    body,
  );
}
const P5 = c.pad(patternBytes(5));
vector(
  "unpad-ok",
  { kind: "unpad", expect: "success", "content-sha256": c.sha256Hex(patternBytes(5)) },
  binary(P5),
);
const unpadBad = (name: string, reason: string, bytes: Uint8Array) =>
  vector(name, { kind: "unpad", expect: "bad-padding", reason }, binary(bytes));
const nonZero = P5.slice();
nonZero[1000] = 1;
unpadBad("unpad-non-zero-padding", "non-zero padding", nonZero);
const v2 = P5.slice();
v2[7] = 0x32; // "oc-pad-2"
unpadBad("unpad-unknown-version", "unknown padding version", v2);
unpadBad("unpad-not-a-bucket", "size is not a bucket", c.concatBytes(P5, new Uint8Array(1)));
const long = P5.slice();
new DataView(long.buffer).setUint32(8, 2000);
unpadBad("unpad-length-too-large", "length does not match size", long);
// 1088 is a bucket, but not the one for 5 bytes.
unpadBad("unpad-larger-bucket", "length does not match size", c.concatBytes(P5, new Uint8Array(64)));

// ---- envelopes ----------------------------------------------------------------
const caseKey = await c.newCaseIdentity();
const other = await c.newCaseIdentity();
const x25519Identity = await generateX25519Identity();
const x25519Recipient = await c.recipientOf(x25519Identity);
const REPORT = "Report: the pressure relief valve on line 3 has been disabled since March.";
const hybrid = await c.encryptText([caseKey.recipient], REPORT);
const twoHybrid = await c.encryptText([caseKey.recipient, other.recipient], REPORT);
const HYBRID_ONLY = { types: c.HYBRID_STANZA };

function envelopeOk(name: string, bytes: Uint8Array, policy: Header): void {
  const info = c.inspectEnvelope(bytes);
  vector(
    name,
    {
      kind: "envelope",
      expect: "success",
      ...policy,
      "stanza-types": info.stanzaTypes.join(","),
      "header-size": info.headerSize,
      "payload-size": info.payloadSize,
      "plaintext-size": info.plaintextSize,
    },
    binary(bytes),
  );
}
function envelopeBad(name: string, reason: string, bytes: Uint8Array, policy: Header = HYBRID_ONLY): void {
  vector(name, { kind: "envelope", expect: "bad-envelope", ...policy, reason }, binary(bytes));
}
/** Rewrites the header text (latin1 keeps every byte as one char). */
function editHeader(bytes: Uint8Array, edit: (header: string) => string): Uint8Array {
  const { headerSize } = c.inspectEnvelope(bytes);
  const header = String.fromCharCode(...bytes.subarray(0, headerSize));
  return c.concatBytes(ascii(edit(header)), bytes.subarray(headerSize));
}

const ONE = { ...HYBRID_ONLY, "max-stanzas": 1 };
envelopeOk("envelope-hybrid", hybrid, HYBRID_ONLY);
envelopeOk("envelope-wrapped-key", await c.wrapIdentityTo(K1.recipient, caseKey.identity), ONE);
envelopeOk("envelope-two-hybrid", twoHybrid, HYBRID_ONLY);
envelopeBad("envelope-two-stanzas-where-one", "too many recipients", twoHybrid, ONE);
envelopeBad("envelope-too-few-stanzas", "too few recipients", hybrid, { ...HYBRID_ONLY, "min-stanzas": 2 });
envelopeBad("envelope-plaintext", "not an age file", ascii(`${REPORT}\n`));
envelopeBad("envelope-empty", "not an age file", new Uint8Array(0));
envelopeBad("envelope-armored", "armored age file", ascii(armor.encode(hybrid)));
envelopeBad("envelope-truncated-header", "truncated header", hybrid.subarray(0, 200));
const { headerSize } = c.inspectEnvelope(hybrid);
envelopeBad("envelope-header-only", "truncated payload", hybrid.subarray(0, headerSize));
envelopeBad("envelope-truncated-payload", "truncated payload", hybrid.subarray(0, headerSize + 26));
envelopeBad("envelope-truncated-tail", "unpadded plaintext size", hybrid.subarray(0, hybrid.length - 100));
const big = await c.encryptTo([caseKey.recipient], patternBytes(70_000));
const bigHeader = c.inspectEnvelope(big).headerSize;
envelopeOk("envelope-two-chunks", big, HYBRID_ONLY);
// A full first chunk, then a final chunk too short to hold a tag and a byte.
envelopeBad(
  "envelope-short-final-chunk",
  "invalid payload size",
  big.subarray(0, bigHeader + 16 + 65552 + 8),
);
if ((await c.encryptText([x25519Recipient], REPORT).catch(() => null)) !== null)
  throw new Error("x25519 allowed");
const x25519File = await c.encryptTo([x25519Recipient], REPORT, { allowX25519: true });
envelopeBad("envelope-x25519-where-hybrid", "unexpected recipient type x25519", x25519File);
const mixed = await c.encryptTo([caseKey.recipient, x25519Recipient], REPORT, { allowX25519: true });
envelopeBad("envelope-mixed-where-hybrid", "unexpected recipient type x25519", mixed);
const exported = await c.exportForAge(x25519Recipient, ascii(REPORT));
envelopeOk("envelope-x25519-export", exported, { types: c.X25519_STANZA, padded: false });
envelopeBad("envelope-export-unpadded", "unpadded plaintext size", exported, { types: c.X25519_STANZA });
const rawHybrid = new Encrypter();
rawHybrid.addRecipient(caseKey.recipient);
const unpaddedHybrid = await rawHybrid.encrypt(REPORT);
envelopeBad("envelope-unpadded-hybrid", "unpadded plaintext size", unpaddedHybrid);
const scrypt = new Encrypter();
scrypt.setPassphrase("hunter2");
scrypt.setScryptWorkFactor(10);
envelopeBad("envelope-scrypt", "unexpected recipient type scrypt", await scrypt.encrypt(REPORT));
envelopeBad("envelope-too-large", "too large", hybrid, { ...HYBRID_ONLY, "max-bytes": 1000 });
const shortMac = (h: string) => h.replace(/--- (\S+)\n$/, (_, mac: string) => `--- ${mac.slice(0, 42)}\n`);
envelopeBad("envelope-bad-mac-line", "bad mac line", editHeader(hybrid, shortMac));
envelopeBad(
  "envelope-missing-mac",
  "bad mac line",
  editHeader(hybrid, (h) => h.replace(/--- \S+\n$/, "---\n")),
);
// The stanza body is 32 bytes: 43 characters, the last of which has 2 unused bits; set one.
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const nonCanonical = (h: string) =>
  h.replace(/\n([A-Za-z0-9+/]{42})([A-Za-z0-9+/])\n---/, (_, head: string, last: string) => {
    return `\n${head}${B64[B64.indexOf(last) | 1]}\n---`;
  });
envelopeBad("envelope-non-canonical-base64", "non-canonical base64", editHeader(hybrid, nonCanonical));
const shortShare = (h: string) => h.replace(/(-> mlkem768x25519 \S{8})\S{4}/, "$1");
envelopeBad("envelope-short-mlkem-share", "invalid mlkem768x25519 stanza", editHeader(hybrid, shortShare));
const grease = (h: string) => h.replace(/\n---/, "\n-> grease-x &%@ 42\nAAAA\n---");
envelopeBad("envelope-unknown-stanza", "unexpected recipient type", editHeader(hybrid, grease));
const crlf = (h: string) => h.replace(/\n---/, "\r\n---");
envelopeBad("envelope-crlf-header", "invalid header", editHeader(hybrid, crlf));

// ---- age decryption and key wrapping --------------------------------------------
const ageDecrypt = (name: string, identity: string, bytes: Uint8Array, expect: string, extra: Header = {}) =>
  vector(name, { kind: "age-decrypt", expect, identity, ...extra }, binary(bytes));
ageDecrypt("age-decrypt-hybrid", caseKey.identity, hybrid, "success", { plaintext: REPORT });
ageDecrypt("age-decrypt-second-recipient", other.identity, twoHybrid, "success", { plaintext: REPORT });
ageDecrypt("age-decrypt-x25519", x25519Identity, x25519File, "success", { plaintext: REPORT });
ageDecrypt("age-decrypt-wrong-identity", other.identity, hybrid, "decrypt-failed");
const tampered = hybrid.slice();
tampered[tampered.length - 20]! ^= 1;
ageDecrypt("age-decrypt-tampered-payload", caseKey.identity, tampered, "decrypt-failed");
ageDecrypt(
  "age-decrypt-tampered-header",
  caseKey.identity,
  editHeader(hybrid, (h) => h.replace("-> mlkem768x25519 ", "-> mlkem768x25519 A")),
  "decrypt-failed",
);
ageDecrypt("age-decrypt-unpadded", caseKey.identity, unpaddedHybrid, "bad-padding");
if (text(await c.decryptWith([caseKey.identity], hybrid)) !== REPORT) throw new Error("round trip");

const wrapped = await c.wrapIdentityTo(K1.recipient, caseKey.identity);
vector(
  "unwrap-reporter",
  { kind: "unwrap", expect: "success", identity: K1.identity, unwrapped: caseKey.identity },
  binary(wrapped),
);
vector(
  "unwrap-wrong-identity",
  { kind: "unwrap", expect: "unwrap-failed", identity: K2.identity },
  binary(wrapped),
);
vector(
  "unwrap-not-an-identity",
  { kind: "unwrap", expect: "unwrap-failed", identity: caseKey.identity },
  binary(hybrid),
);

// ---- handler KDF and sealed identities ---------------------------------------------
const PASS = "correct horse battery staple";
const base = {
  version: "oc-kdf-1" as const,
  salt: c.toBase64(ascii("open-channel-16b")),
  logN: 10,
  r: 8,
  p: 1,
};
const kdfHeader = (p: typeof base) => ({ version: p.version, salt: p.salt, "log-n": p.logN, r: p.r, p: p.p });
async function kdf(name: string, passphrase: string, params = base, extra: Header = {}): Promise<void> {
  const keys = await c.deriveHandlerKeys(passphrase, params);
  vector(name, {
    kind: "kdf",
    expect: "success",
    passphrase,
    ...kdfHeader(params),
    "auth-key": c.toHex(keys.authKey),
    "wrap-key": c.toHex(keys.wrapKey),
    ...extra,
  });
}
await kdf("kdf-logn-10", PASS);
await kdf("kdf-nfc-passphrase", "Grüße, café".normalize("NFC"));
await kdf("kdf-nfd-passphrase", "Grüße, café".normalize("NFD"), base, {
  comment: "same keys as kdf-nfc-passphrase",
});
await kdf("kdf-recovery-key", RK, { ...base, logN: 11 });
const kdfBad = (name: string, passphrase: string, params: Header, reason: string) =>
  vector(name, { kind: "kdf", expect: "bad-kdf", passphrase, ...kdfHeader(base), ...params, reason });
kdfBad("kdf-unknown-version", PASS, { version: "oc-kdf-2" }, "unknown kdf version");
kdfBad("kdf-logn-too-low", PASS, { "log-n": 9 }, "kdf parameters out of range");
kdfBad("kdf-logn-too-high", PASS, { "log-n": 21 }, "kdf parameters out of range");
kdfBad("kdf-short-salt", PASS, { salt: c.toBase64(ascii("8 bytes!")) }, "invalid salt");
kdfBad("kdf-empty-passphrase", "", {}, "empty passphrase");

const handler = await c.newHandlerIdentity();
const { wrapKey } = await c.deriveHandlerKeys(PASS, base);
const AAD = "handler:alice";
const sealed = c.sealIdentity(handler.identity, wrapKey, AAD);
const seal = (name: string, bytes: Uint8Array, expect: string, extra: Header = {}) =>
  vector(
    name,
    {
      kind: "seal",
      expect,
      passphrase: PASS,
      ...kdfHeader(base),
      aad: AAD,
      identity: handler.identity,
      ...extra,
    },
    binary(bytes),
  );
seal("seal-opens", sealed, "success");
seal("seal-wrong-passphrase", sealed, "unwrap-failed", {
  "open-passphrase": "correct horse battery stapler",
});
seal("seal-wrong-aad", sealed, "unwrap-failed", { "open-aad": "handler:mallory" });
const sealedV2 = sealed.slice();
sealedV2[8] = 0x32; // "oc-seal-2"
seal("seal-unknown-version", sealedV2, "unwrap-failed", { reason: "unknown sealed identity version" });
const sealedFlip = sealed.slice();
sealedFlip[40]! ^= 0x80;
seal("seal-tampered", sealedFlip, "unwrap-failed");
const recoveryParams = { ...base, salt: c.toBase64(ascii("recovery-salt-16")) };
const { wrapKey: recoveryWrap } = await c.deriveHandlerKeys(RK, recoveryParams);
vector(
  "seal-recovery-key",
  {
    kind: "seal",
    expect: "success",
    passphrase: RK,
    ...kdfHeader(recoveryParams),
    aad: AAD,
    identity: handler.identity,
  },
  binary(c.sealIdentity(handler.identity, recoveryWrap, AAD)),
);

// ---- trust formats (scripts/vectors-trust.ts) ----
const { trustVectors } = await import("./vectors-trust");
trustVectors(vector, c, T1, handler.identity);

// ---- streamed attachments (SPEC.md "Streamed attachments") ------------------------------
const streamed = async (n: number) => {
  const src = patternBytes(n);
  const { stream, size } = await c.encryptStream(
    [caseKey.recipient],
    new ReadableStream({
      start(ctl) {
        for (let i = 0; i < src.length; i += 10_000) ctl.enqueue(src.slice(i, i + 10_000));
        ctl.close();
      },
    }),
    n,
  );
  const out = new Uint8Array(await new Response(stream).arrayBuffer());
  if (out.length !== size) throw new Error("streamed size");
  return out;
};
const streamHeader = (n: number, expect: string) => ({
  kind: "stream-decrypt",
  expect,
  identity: caseKey.identity,
  "content-size": n,
  "content-sha256": c.sha256Hex(patternBytes(n)),
});
const twoChunks = await streamed(70_000);
vector("stream-decrypt-two-chunks", streamHeader(70_000, "success"), binary(twoChunks));
vector("stream-decrypt-empty", streamHeader(0, "success"), binary(await streamed(0)));
// Cut after the first full STREAM chunk: every remaining byte is a valid chunk, but the last-chunk flag is missing.
const headerEnd = c.inspectEnvelope(twoChunks).headerSize;
vector(
  "stream-decrypt-truncated",
  streamHeader(70_000, "decrypt-failed"),
  binary(twoChunks.slice(0, headerEnd + 16 + 65536 + 16)),
);
const unpaddedStream = new Encrypter();
unpaddedStream.addRecipient(caseKey.recipient);
vector(
  "stream-decrypt-unpadded",
  streamHeader(70_000, "bad-padding"),
  binary(await unpaddedStream.encrypt(patternBytes(70_000))),
);

// ---- signed receipt (SPEC.md "Signed receipt") ------------------------------------------
// A fixed seed, not the random stream: the vectors above stay byte-identical.
const receiptKey = c.signingKeyFromSeed(nobleSha256(ascii("open-channel/test-vectors/receipt-key")));
const receiptFacts = {
  caseRefHash: c.caseRefHash("0123456789abcdef0123456789abcdef"),
  organisation: "Frontier Models GmbH",
  jurisdiction: "DE",
  timeZone: "Europe/Berlin",
  receivedOn: "2027-02-28",
  acknowledgedOn: "2027-03-07",
  deadlines: { acknowledgeBy: "2027-03-07", feedbackBy: "2027-06-07", publicDisclosureFrom: "2027-06-08" },
  issuedOn: "2027-03-07",
};
const receiptText = await c.signReceipt(receiptKey, receiptFacts);
const receiptHeader = (expect: string, extra: Header = {}) => ({
  kind: "receipt",
  expect,
  ...extra,
});
const receiptBody = (file: string) => file.replace(/\n$/, "");
vector(
  "receipt-valid",
  receiptHeader("success", {
    "received-on": receiptFacts.receivedOn,
    "case-ref-hash": receiptFacts.caseRefHash,
    fingerprint: c.fingerprintOf(receiptKey.publicKey),
    // The loader signs the facts again with this seed and must get the same file.
    seed: c.toHex(receiptKey.seed),
  }),
  receiptBody(receiptText),
);
vector(
  "receipt-pinned-fingerprint",
  receiptHeader("success", {
    pin: c.fingerprintOf(receiptKey.publicKey),
    "received-on": receiptFacts.receivedOn,
    "case-ref-hash": receiptFacts.caseRefHash,
    fingerprint: c.fingerprintOf(receiptKey.publicKey),
  }),
  receiptBody(receiptText),
);
const otherReceiptKey = c.signingKeyFromSeed(nobleSha256(ascii("open-channel/test-vectors/other-key")));
vector(
  "receipt-other-pin",
  receiptHeader("bad-signature", { pin: otherReceiptKey.publicKey, reason: "not the pinned key" }),
  receiptBody(receiptText),
);
// One byte of the signed statement: the day received moves by one.
vector(
  "receipt-one-byte-changed",
  receiptHeader("bad-signature", { reason: "signature does not verify" }),
  receiptBody(receiptText.replace("2027-02-28", "2027-02-27")),
);
// One byte of spacing outside the statement: still not the one accepted text.
vector(
  "receipt-spacing-changed",
  receiptHeader("bad-signature", { reason: "not a receipt" }),
  receiptBody(receiptText.replace('{\n  "format"', '{\n\t"format"')),
);
vector(
  "receipt-unknown-version",
  receiptHeader("bad-signature", { reason: "unknown receipt version" }),
  receiptBody(receiptText.replace('"format": "oc-receipt-1"', '"format": "oc-receipt-2"')),
);

// ---- write ---------------------------------------------------------------------------
for (const f of readdirSync(DIR)) if (f.endsWith(".txt")) rmSync(join(DIR, f));
for (const [name, body] of files) writeFileSync(join(DIR, `${name}.txt`), body);
console.log(`wrote ${files.size} vectors to ${DIR}`);
