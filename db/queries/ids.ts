/** Random ids (never sequential) and hashes of secrets, for rows. Web Crypto only: runs everywhere. */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { fromBase64 } from "../../crypto/index";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** A random id of `bytes` bytes (default 16: 128 bits) in lowercase Crockford base32. */
export function randomId(bytes = 16): string {
  const b = crypto.getRandomValues(new Uint8Array(bytes));
  let out = "";
  let acc = 0;
  let bits = 0;
  for (const byte of b) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(acc << (5 - bits)) & 31];
  return out;
}

/** SHA-256 hex of a secret that arrives as bytes or text. */
export function hashSecret(secret: Uint8Array | string): string {
  return bytesToHex(sha256(typeof secret === "string" ? utf8ToBytes(secret) : secret));
}

/** What is stored of a reporting person's inbox login key (base64): its hash, never the key. */
export function loginKeyHash(loginKey: string): string {
  return hashSecret(fromBase64(loginKey));
}
