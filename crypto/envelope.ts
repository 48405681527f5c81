// Structural checks of binary age v1 files (C2SP age spec), without any key.
// The server uses them to refuse anything that is not a well-formed
// ciphertext with the expected recipients, so plaintext is never stored.

import { decodeBase64 } from "./encoding";
import { CryptoError } from "./errors";
import { isPaddedSize } from "./pad";

/** Stanza type of age's hybrid post-quantum recipients (`age1pq1...`). */
export const HYBRID_STANZA = "mlkem768x25519";
/** Stanza type of age's classic X25519 recipients (`age1...`); accepted only for exports. */
export const X25519_STANZA = "X25519";

/** What a structurally valid age file reveals without a key. */
export interface EnvelopeInfo {
  /** The type (first argument) of each recipient stanza, in header order. */
  stanzaTypes: string[];
  /** Bytes of the header, up to and including the MAC line's newline. */
  headerSize: number;
  /** Bytes after the header: the 16-byte nonce and the STREAM chunks. */
  payloadSize: number;
  /** Bytes of plaintext the payload decrypts to (if its tags verify). */
  plaintextSize: number;
}

/** What the server accepts for one kind of upload. */
export interface EnvelopePolicy {
  /** Allowed stanza types, e.g. `[HYBRID_STANZA]`. */
  types: readonly string[];
  /** Fewest recipient stanzas; default 1. */
  minStanzas?: number;
  /** Most recipient stanzas; default unlimited. */
  maxStanzas?: number;
  /** Whether the plaintext size must be a padding bucket; default true. */
  padded?: boolean;
  /** Largest accepted file in bytes; default unlimited. */
  maxBytes?: number;
}

const VERSION_LINE = "age-encryption.org/v1\n";
const ARMOR_LINE = "-----BEGIN AGE ENCRYPTED FILE-----";
const NONCE_SIZE = 16;
const TAG_SIZE = 16;
const CHUNK_SIZE = 64 * 1024;
// The longest standard line is an mlkem768x25519 stanza's (1512 characters).
const MAX_LINE = 8192;
const KNOWN_TYPES = ["X25519", "mlkem768x25519", "scrypt", "p256tag", "mlkem768p256tag"];

const ascii = new TextDecoder();

function fail(reason: string): never {
  throw new CryptoError("bad-envelope", reason);
}

/** Canonical unpadded base64 (age's encoding), or a "bad-envelope" error. */
function b64(s: string): Uint8Array {
  return decodeBase64(s, false) ?? fail("non-canonical base64");
}

function startsWith(bytes: Uint8Array, prefix: string): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

class Lines {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}

  /** The next line without its "\n"; header lines are printable ASCII only. */
  next(): string {
    // Bounded search: a huge upload without newlines costs no more than one line.
    const ahead = this.bytes.subarray(this.pos, this.pos + MAX_LINE + 1);
    const newline = ahead.indexOf(0x0a);
    if (newline < 0) fail(ahead.length > MAX_LINE ? "invalid header" : "truncated header");
    const end = this.pos + newline;
    for (let i = this.pos; i < end; i++) {
      const c = this.bytes[i]!;
      if (c < 0x20 || c > 0x7e) fail("invalid header");
    }
    const line = ascii.decode(this.bytes.subarray(this.pos, end));
    this.pos = end + 1;
    return line;
  }
}

interface Stanza {
  args: string[];
  body: Uint8Array;
}

function parseBody(lines: Lines): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const line = lines.next();
    if (line.length > 64) fail("invalid stanza");
    const part = b64(line);
    parts.push(part);
    size += part.length;
    // A line shorter than 64 columns (possibly empty) ends the body.
    if (line.length < 64) break;
  }
  const body = new Uint8Array(size);
  let off = 0;
  for (const p of parts) {
    body.set(p, off);
    off += p.length;
  }
  return body;
}

// The u-coordinates (little-endian, top bit ignored as RFC 7748 says) of
// Curve25519 points of small order: an X25519 share among them makes the
// shared secret all zeros, which age forbids. test/crypto/cctv-age.test.ts
// checks the list against @noble/curves and C2SP's vectors.
export const LOW_ORDER_U: readonly string[] = [
  "0000000000000000000000000000000000000000000000000000000000000000",
  "0100000000000000000000000000000000000000000000000000000000000000",
  "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
  "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
  "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
  "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
  "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
];

/** Whether a 32-byte X25519 share is a small-order point (see {@link LOW_ORDER_U}). */
export function isLowOrderShare(share: Uint8Array): boolean {
  if (share.length !== 32) return false;
  let hex = "";
  for (let i = 0; i < 32; i++) hex += (i === 31 ? share[i]! & 0x7f : share[i]!).toString(16).padStart(2, "0");
  return LOW_ORDER_U.includes(hex);
}

// age's reference implementation refuses scrypt work factors above 22.
const MAX_SCRYPT_WORK_FACTOR = 22;

function checkKnownStanza(s: Stanza, count: number): void {
  const [type, ...rest] = s.args;
  if (type === X25519_STANZA || type === HYBRID_STANZA) {
    const size = type === X25519_STANZA ? 32 : 1120; // ML-KEM-768 ciphertext (1088) + X25519 share (32)
    const share = rest.length === 1 ? b64(rest[0]!) : undefined;
    if (share?.length !== size || s.body.length !== 32) fail(`invalid ${type.toLowerCase()} stanza`);
    if (isLowOrderShare(share.subarray(size - 32))) fail(`invalid ${type.toLowerCase()} stanza`);
  } else if (type === "scrypt") {
    const ok =
      rest.length === 2 &&
      b64(rest[0]!).length === 16 &&
      /^[1-9][0-9]?$/.test(rest[1]!) &&
      s.body.length === 32;
    if (!ok) fail("invalid scrypt stanza");
    if (Number(rest[1]) > MAX_SCRYPT_WORK_FACTOR) fail("invalid scrypt stanza");
    if (count !== 1) fail("scrypt stanza not alone");
  }
}

function payloadPlaintextSize(payloadSize: number): number {
  if (payloadSize < NONCE_SIZE + TAG_SIZE) fail("truncated payload");
  const c = payloadSize - NONCE_SIZE;
  const full = Math.floor(c / (CHUNK_SIZE + TAG_SIZE));
  const last = c % (CHUNK_SIZE + TAG_SIZE);
  if (last === 0) return full * CHUNK_SIZE;
  // The final chunk holds at least one byte, unless it is the only chunk.
  if (last < TAG_SIZE || (last === TAG_SIZE && full > 0)) fail("invalid payload size");
  return full * CHUNK_SIZE + last - TAG_SIZE;
}

/**
 * Parses the header of a binary age v1 file by hand and sizes its payload.
 * Checks: the version line; stanzas as `-> type args...` with canonical
 * unpadded base64 bodies wrapped at 64 columns; the exact sizes of X25519,
 * mlkem768x25519 and scrypt stanzas; a `--- <mac>` line with a 32-byte MAC;
 * and a payload of a 16-byte nonce plus STREAM chunks of valid sizes.
 * It cannot check MACs or tags: that needs a key.
 *
 * @param totalSize - the size of the whole file when `bytes` is only its
 * start (a streamed upload's first chunk); the header must lie within `bytes`.
 *
 * @throws CryptoError("bad-envelope") with a terse reason.
 */
export function inspectEnvelope(bytes: Uint8Array, totalSize = bytes.length): EnvelopeInfo {
  if (startsWith(bytes, ARMOR_LINE)) fail("armored age file");
  if (!startsWith(bytes, VERSION_LINE)) fail("not an age file");
  const lines = new Lines(bytes);
  lines.pos = VERSION_LINE.length;

  const stanzas: Stanza[] = [];
  for (;;) {
    const line = lines.next();
    if (line.startsWith("-> ")) {
      const args = line.slice(3).split(" ");
      if (args.some((a) => a.length === 0)) fail("invalid stanza");
      stanzas.push({ args, body: parseBody(lines) });
      continue;
    }
    if (!line.startsWith("---")) fail("invalid header");
    if (!line.startsWith("--- ") || line.length !== 4 + 43 || b64(line.slice(4)).length !== 32) {
      fail("bad mac line");
    }
    break;
  }
  if (stanzas.length === 0) fail("no recipient stanzas");
  for (const s of stanzas) checkKnownStanza(s, stanzas.length);

  const headerSize = lines.pos;
  const payloadSize = totalSize - headerSize;
  return {
    stanzaTypes: stanzas.map((s) => s.args[0]!),
    headerSize,
    payloadSize,
    plaintextSize: payloadPlaintextSize(payloadSize),
  };
}

/**
 * Accepts an age file only if it is well formed ({@link inspectEnvelope}) and
 * matches the policy: size limit, stanza count, stanza types and (by default)
 * a padded plaintext size. With `totalSize`, `bytes` is the start of a
 * longer file (see {@link inspectEnvelope}).
 *
 * @throws CryptoError("bad-envelope") with a terse reason such as
 * "unexpected recipient type x25519", "truncated header" or "not an age file".
 */
export function checkEnvelope(
  bytes: Uint8Array,
  policy: EnvelopePolicy,
  totalSize = bytes.length,
): EnvelopeInfo {
  if (!Number.isSafeInteger(totalSize) || totalSize < bytes.length) fail("invalid payload size");
  if (policy.maxBytes !== undefined && totalSize > policy.maxBytes) fail("too large");
  const info = inspectEnvelope(bytes, totalSize);
  if (info.stanzaTypes.length < (policy.minStanzas ?? 1)) fail("too few recipients");
  if (info.stanzaTypes.length > (policy.maxStanzas ?? Number.POSITIVE_INFINITY)) fail("too many recipients");
  for (const type of info.stanzaTypes) {
    if (!policy.types.includes(type)) {
      // Echo only names we know, never attacker-chosen text.
      fail(
        KNOWN_TYPES.includes(type)
          ? `unexpected recipient type ${type.toLowerCase()}`
          : "unexpected recipient type",
      );
    }
  }
  if ((policy.padded ?? true) && !isPaddedSize(info.plaintextSize)) fail("unpadded plaintext size");
  return info;
}
