import { sha256 as nobleSha256 } from "@noble/hashes/sha2.js";
import { base64, hex } from "@scure/base";
import { CryptoError } from "./errors";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** The 6-bit value of each ASCII code in the standard alphabet; -1 for every other code, "=" included. */
const SEXTETS = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) SEXTETS[ALPHABET.charCodeAt(i)] = i;

/** Encodes bytes as standard base64 with padding (RFC 4648 section 4). */
export function toBase64(b: Uint8Array): string {
  return base64.encode(b);
}

const invalidBase64 = () => new CryptoError("bad-envelope", "invalid base64");

/**
 * Decodes canonical base64, padded (RFC 4648 section 4) or unpadded (age's headers), in one pass
 * over the text: a regular expression over megabytes ran out of stack. Null for any other text:
 * other characters, whitespace, a wrong length or padding, or non-zero bits after the last byte.
 */
export function decodeBase64(s: string, padded: boolean): Uint8Array | null {
  if (typeof s !== "string") return null;
  const length = s.length;
  let data = length;
  if (padded) {
    if (length % 4 !== 0) return null;
    if (length > 0 && s.charCodeAt(length - 1) === 61)
      data = s.charCodeAt(length - 2) === 61 ? length - 2 : length - 1;
  }
  const rest = data % 4;
  if (rest === 1) return null;
  const whole = data - rest;
  const out = new Uint8Array((whole / 4) * 3 + (rest === 0 ? 0 : rest - 1));
  let o = 0;
  for (let i = 0; i < whole; i += 4) {
    const c0 = s.charCodeAt(i);
    const c1 = s.charCodeAt(i + 1);
    const c2 = s.charCodeAt(i + 2);
    const c3 = s.charCodeAt(i + 3);
    if ((c0 | c1 | c2 | c3) > 127) return null;
    // A -1 sextet (not in the alphabet, "=" included) makes the whole group negative.
    const group = (SEXTETS[c0]! << 18) | (SEXTETS[c1]! << 12) | (SEXTETS[c2]! << 6) | SEXTETS[c3]!;
    if (group < 0) return null;
    out[o++] = group >> 16;
    out[o++] = (group >> 8) & 255;
    out[o++] = group & 255;
  }
  if (rest > 0) {
    const c0 = s.charCodeAt(whole);
    const c1 = s.charCodeAt(whole + 1);
    const c2 = rest === 3 ? s.charCodeAt(whole + 2) : 65; // "A": no bits
    if ((c0 | c1 | c2) > 127) return null;
    const group = (SEXTETS[c0]! << 18) | (SEXTETS[c1]! << 12) | (SEXTETS[c2]! << 6);
    // The bits after the last byte must be zero: one accepted text per byte string.
    if (group < 0 || (group & (rest === 2 ? 0xffff : 0xff)) !== 0) return null;
    out[o++] = group >> 16;
    if (rest === 3) out[o] = (group >> 8) & 255;
  }
  return out;
}

/**
 * Decodes standard padded base64. Strict: rejects whitespace, the URL-safe
 * alphabet, missing padding and non-zero trailing bits, so every byte string
 * has exactly one accepted encoding.
 *
 * @throws CryptoError("bad-envelope") on any invalid input.
 */
export function fromBase64(s: string): Uint8Array {
  const bytes = decodeBase64(s, true);
  if (bytes === null) throw invalidBase64();
  return bytes;
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
