// Ed25519 signatures over labelled statements, the channel key and its
// fingerprint, and the signing keys of handlers. Formats: SPEC.md ("Signed
// statements", "Channel key", "Fingerprint", "Signing keys").

import { ed25519 } from "@noble/curves/ed25519.js";
import { bytesToNumberLE } from "@noble/curves/utils.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 as nobleSha256, sha512 } from "@noble/hashes/sha2.js";
import { CROCKFORD, canonicalChars, group } from "./base32";
import { concatBytes, constantTimeEqual, fromBase64, randomBytes, sha256, toBase64, utf8 } from "./encoding";
import { CryptoError } from "./errors";

/** The statement labels this module signs; each names its format and version. */
export type StatementLabel =
  | "oc-roster-1"
  | "oc-entry-1"
  | "oc-checkpoint-1"
  | "oc-manifest-1"
  | "oc-receipt-1"
  | "oc-note-2"
  | "oc-person-concerned-2"
  | "oc-concerned-text-2";

const LABELS: readonly string[] = [
  "oc-roster-1",
  "oc-entry-1",
  "oc-checkpoint-1",
  "oc-manifest-1",
  "oc-receipt-1",
  "oc-note-2",
  "oc-person-concerned-2",
  "oc-concerned-text-2",
];
const FINGERPRINT_CHARS = 25; // 125 bits of SHA-256
const CHANNEL_KEY_PREFIX = "oc-channel-key-1:";
const SIGNING_SALT = "open-channel/signing/v1";
const HANDLER_SIGNING_LABEL = "open-channel/handler-signing/v1";

/** A statement and its signature, as stored and served. `body` is the exact signed JSON text. */
export interface SignedStatement {
  /** The JSON text that was signed, byte for byte. */
  body: string;
  /** base64 of the 64-byte Ed25519 signature. */
  signature: string;
}

/** An Ed25519 key pair; `seed` is the 32-byte secret. */
export interface SigningKey {
  seed: Uint8Array;
  /** base64 of the 32-byte public key. */
  publicKey: string;
}

function message(label: StatementLabel, body: string): Uint8Array {
  if (!LABELS.includes(label)) throw new CryptoError("bad-signature", "unknown statement label");
  return utf8(`${label}\n${body}`);
}

function publicKeyBytes(publicKey: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(publicKey);
  } catch {
    throw new CryptoError("bad-signature", "bad public key");
  }
  if (bytes.length !== 32) throw new CryptoError("bad-signature", "bad public key");
  return bytes;
}

/** A seed expanded as RFC 8032 5.1.5 does before every signature: scalar, nonce prefix, public key. */
interface ExpandedSeed {
  /** A copy of the seed this was expanded from; a key whose seed no longer matches is expanded again. */
  seed: Uint8Array;
  scalar: bigint;
  prefix: Uint8Array;
  publicKey: Uint8Array;
}

const expandedSeeds = new WeakMap<SigningKey, ExpandedSeed>();

function expand(seed: Uint8Array): ExpandedSeed {
  const { scalar, prefix, pointBytes } = ed25519.utils.getExtendedPublicKey(seed);
  return { seed: seed.slice(), scalar, prefix, publicKey: pointBytes };
}

/** The expansion of `key.seed`, kept with the key object so a long-lived key is expanded once. */
function expanded(key: SigningKey): ExpandedSeed {
  const known = expandedSeeds.get(key);
  if (known !== undefined && constantTimeEqual(known.seed, key.seed)) return known;
  const fresh = expand(key.seed);
  expandedSeeds.set(key, fresh);
  return fresh;
}

const L = ed25519.Point.Fn;
const scalarOf = (digest: Uint8Array) => L.create(bytesToNumberLE(digest));

/**
 * Ed25519 (RFC 8032 5.1.6) from an expanded seed: the steps of noble's `ed25519.sign`, which expands
 * the seed again (a second scalar multiplication) on every call. Deterministic, so the signature is
 * byte for byte noble's (test/crypto/sign.test.ts compares them).
 */
function ed25519Sign(message: Uint8Array, { scalar, prefix, publicKey }: ExpandedSeed): Uint8Array {
  const r = scalarOf(sha512(concatBytes(prefix, message)));
  const R = ed25519.Point.BASE.multiply(r).toBytes();
  const k = scalarOf(sha512(concatBytes(R, publicKey, message)));
  return concatBytes(R, L.toBytes(L.create(r + k * scalar)));
}

/** The key pair of a 32-byte seed. */
export function signingKeyFromSeed(seed: Uint8Array): SigningKey {
  if (seed.length !== 32) throw new RangeError("seed must be 32 bytes");
  const expansion = expand(seed);
  const key = { seed, publicKey: toBase64(expansion.publicKey) };
  expandedSeeds.set(key, expansion);
  return key;
}

/** A new random Ed25519 key pair (the channel key is one). */
export function newSigningKey(): SigningKey {
  return signingKeyFromSeed(randomBytes(32));
}

/**
 * The signing key of a handler, derived from their age identity, so that whoever can open the
 * identity can sign and nothing more has to be stored or sealed.
 */
export function handlerSigningKey(identity: string): SigningKey {
  if (typeof identity !== "string" || !identity.startsWith("AGE-SECRET-KEY-")) {
    throw new CryptoError("bad-recipient", "not an age identity");
  }
  return signingKeyFromSeed(
    hkdf(nobleSha256, utf8(identity), utf8(SIGNING_SALT), utf8(HANDLER_SIGNING_LABEL), 32),
  );
}

/** Signs `body` under `label` (`label || "\n" || body`, Ed25519, RFC 8032). */
export function signStatement(label: StatementLabel, key: SigningKey, body: string): SignedStatement {
  if (!(key.seed instanceof Uint8Array) || key.seed.length !== 32)
    throw new RangeError("seed must be 32 bytes");
  return { body, signature: toBase64(ed25519Sign(message(label, body), expanded(key))) };
}

/** A seed as PKCS #8 wraps it (RFC 8410 section 7): this fixed prefix, then the 32 bytes. */
const PKCS8_ED25519_PREFIX = new Uint8Array([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);

/** The platform's key for a seed, or null where Web Crypto has no Ed25519. */
interface PlatformKey {
  /** A copy of the seed it was imported from; a seed changed in place is imported again. */
  seed: Uint8Array;
  key: Promise<CryptoKey | null>;
}

const platformKeys = new WeakMap<Uint8Array, PlatformKey>();

/** Imports a seed into Web Crypto, not extractable; null where the platform has no Ed25519. */
async function importSeed(seed: Uint8Array): Promise<CryptoKey | null> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return null;
  const pkcs8 = new Uint8Array(48);
  pkcs8.set(PKCS8_ED25519_PREFIX);
  pkcs8.set(seed, 16);
  try {
    return await subtle.importKey("pkcs8", pkcs8, { name: "Ed25519" }, false, ["sign"]);
  } catch {
    return null;
  } finally {
    pkcs8.fill(0);
  }
}

/** The seed's Web Crypto key, imported once per seed array. */
function platformKey(seed: Uint8Array): Promise<CryptoKey | null> {
  const known = platformKeys.get(seed);
  if (known !== undefined && constantTimeEqual(known.seed, seed)) return known.key;
  const key = importSeed(seed);
  platformKeys.set(seed, { seed: seed.slice(), key });
  return key;
}

/**
 * {@link signStatement} through the platform's Web Crypto Ed25519 where there is one (Node 20,
 * Workers, recent browsers; several times faster than the JavaScript curve), else as
 * `signStatement` does. Ed25519 is deterministic, so both give the same signature byte for byte.
 */
export async function signStatementAsync(
  label: StatementLabel,
  key: SigningKey,
  body: string,
): Promise<SignedStatement> {
  if (!(key.seed instanceof Uint8Array) || key.seed.length !== 32)
    throw new RangeError("seed must be 32 bytes");
  const signed = message(label, body);
  const platform = await platformKey(key.seed);
  if (platform !== null) {
    try {
      // TextEncoder's bytes (message), never a SharedArrayBuffer.
      const signature = await crypto.subtle.sign("Ed25519", platform, signed as Uint8Array<ArrayBuffer>);
      return { body, signature: toBase64(new Uint8Array(signature)) };
    } catch {
      // A platform that imports Ed25519 keys but cannot sign with them: the same signature below.
    }
  }
  return { body, signature: toBase64(ed25519Sign(signed, expanded(key))) };
}

/**
 * Verifies a signed statement against a public key (strict RFC 8032, no ZIP-215 leniency).
 *
 * @throws CryptoError("bad-signature") if the key or signature is malformed or does not verify.
 */
export function verifyStatement(label: StatementLabel, publicKey: string, statement: SignedStatement): void {
  const key = publicKeyBytes(publicKey);
  let sig: Uint8Array;
  try {
    sig = fromBase64(statement.signature);
  } catch {
    throw new CryptoError("bad-signature", "bad signature encoding");
  }
  if (sig.length !== 64 || typeof statement.body !== "string") {
    throw new CryptoError("bad-signature", "bad signature encoding");
  }
  const signed = message(label, statement.body);
  let ok = false;
  try {
    ok = ed25519.verify(sig, signed, key, { zip215: false });
  } catch {
    ok = false;
  }
  if (!ok) throw new CryptoError("bad-signature", "signature does not verify");
}

/**
 * The fingerprint of a channel key, for people to compare and to pin:
 * the first 125 bits of SHA-256("oc-fingerprint-1\n" || key) in Crockford base32,
 * five groups of five, e.g. `7K3QF-M9X2A-0RJWT-B4HZC-PD8N1`.
 */
export function fingerprintOf(publicKey: string): string {
  const digest = sha256(concatBytes(utf8("oc-fingerprint-1\n"), publicKeyBytes(publicKey)));
  let bits = 0n;
  for (const b of digest.subarray(0, 16)) bits = (bits << 8n) | BigInt(b);
  bits >>= 3n; // 128 -> 125 bits
  let out = "";
  for (let i = FINGERPRINT_CHARS - 1; i >= 0; i--) out += CROCKFORD[Number((bits >> BigInt(5 * i)) & 31n)];
  return group(out, 5);
}

/**
 * Canonicalises a typed or linked fingerprint (case, spaces, hyphens, O/I/L as for tokens).
 *
 * @throws CryptoError("bad-signature") if it cannot be a fingerprint.
 */
export function normalizeFingerprint(input: string): string {
  const s = canonicalChars(input);
  if (s === null || s.length !== FINGERPRINT_CHARS) throw new CryptoError("bad-signature", "bad fingerprint");
  return group(s, 5);
}

/** The channel key's seed as the text sealed (age-encrypted) to each admin. */
export function channelKeyText(key: SigningKey): string {
  return CHANNEL_KEY_PREFIX + toBase64(key.seed);
}

/**
 * Reads a sealed channel key's text back.
 *
 * @throws CryptoError("bad-signature") on anything but `oc-channel-key-1:` and a 32-byte seed.
 */
export function channelKeyFromText(text: string): SigningKey {
  if (!text.startsWith(CHANNEL_KEY_PREFIX))
    throw new CryptoError("bad-signature", "unknown channel key version");
  let seed: Uint8Array;
  try {
    seed = fromBase64(text.slice(CHANNEL_KEY_PREFIX.length));
  } catch {
    throw new CryptoError("bad-signature", "bad channel key");
  }
  if (seed.length !== 32) throw new CryptoError("bad-signature", "bad channel key");
  return signingKeyFromSeed(seed);
}
