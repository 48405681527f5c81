import { sha256 as nobleSha256 } from "@noble/hashes/sha2.js";
import { base64, hex } from "@scure/base";
import { CryptoError } from "./errors";

// Padded standard base64 only: an optional "=" tail, no whitespace, no URL alphabet.
const BASE64_SHAPE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Encodes bytes as standard base64 with padding (RFC 4648 section 4). */
export function toBase64(b: Uint8Array): string {
  return base64.encode(b);
}

/**
 * Decodes standard padded base64. Strict: rejects whitespace, the URL-safe
 * alphabet, missing padding and non-zero trailing bits, so every byte string
 * has exactly one accepted encoding.
 *
 * @throws CryptoError("bad-envelope") on any invalid input.
 */
export function fromBase64(s: string): Uint8Array {
  if (typeof s !== "string" || !BASE64_SHAPE.test(s)) throw new CryptoError("bad-envelope", "invalid base64");
  try {
    return base64.decode(s);
  } catch {
    throw new CryptoError("bad-envelope", "invalid base64");
  }
}

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Encodes a string as UTF-8. */
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

/**
 * Decodes UTF-8 strictly (a byte order mark is kept as U+FEFF).
 *
 * @throws CryptoError("bad-envelope") if the bytes are not valid UTF-8.
 */
export function fromUtf8(b: Uint8Array): string {
  try {
    return strictDecoder.decode(b);
  } catch {
    throw new CryptoError("bad-envelope", "invalid utf-8");
  }
}

/** SHA-256 of the bytes. */
export function sha256(b: Uint8Array): Uint8Array {
  return nobleSha256(b);
}

/** Lowercase hex SHA-256 of bytes, or of a string's UTF-8 encoding. */
export function sha256Hex(b: Uint8Array | string): string {
  return hex.encode(nobleSha256(typeof b === "string" ? utf8(b) : b));
}

/** Lowercase hex encoding of bytes. */
export function toHex(b: Uint8Array): string {
  return hex.encode(b);
}

/**
 * Compares two byte strings in time that depends only on their lengths.
 * Lengths are not secret here (keys, MACs and hashes have fixed sizes).
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let acc = 0;
  for (let i = 0; i < a.length; i++) acc |= a[i]! ^ b[i]!;
  return acc === 0;
}

/** `n` bytes from the platform CSPRNG (`crypto.getRandomValues`). */
export function randomBytes(n: number): Uint8Array {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError("invalid length");
  const out = new Uint8Array(n);
  // getRandomValues fills at most 65536 bytes per call.
  for (let i = 0; i < n; i += 65536) crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  return out;
}

/** Concatenates byte strings. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let len = 0;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}
