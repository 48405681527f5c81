// The anonymous case token: the reporting person's only key to their case.
// Format and derivation are fixed in SPEC.md ("Case token").

import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bech32 } from "@scure/base";
import { identityToRecipient } from "age-encryption";
import { canonicalChars, charsToBytes, group, luhn32, randomChars } from "./base32";
import { utf8 } from "./encoding";
import { CryptoError } from "./errors";

const DATA_CHARS = 24; // 24 x 5 = 120 bits of CSPRNG entropy
const TOKEN_SALT = "open-channel/token/v1";
const LOGIN_LABEL = "open-channel/token-login/v1";
const IDENTITY_LABEL = "open-channel/token-age-identity/v1";

/**
 * Makes a new case token: 24 random Crockford base32 characters (120 bits)
 * and one Luhn mod 32 check character, shown as five groups of five joined by
 * "-", e.g. `7K3QF-M9X2A-0RJWT-B4HZC-PD8N1`. It must never be sent to a server.
 */
export function generateCaseToken(): string {
  const data = randomChars(DATA_CHARS);
  return group(data + luhn32(data), 5);
}

/**
 * Canonicalises a typed case token: uppercases, drops spaces and hyphens,
 * reads O as 0 and I, L as 1, then checks the length and the check character.
 *
 * @returns the canonical grouped form (`XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`).
 * @throws CryptoError("bad-token") if the input is not a valid token.
 */
export function normalizeCaseToken(input: string): string {
  const s = canonicalChars(input);
  if (s === null) throw new CryptoError("bad-token", "invalid character");
  if (s.length !== DATA_CHARS + 1) throw new CryptoError("bad-token", "wrong length");
  if (luhn32(s.slice(0, DATA_CHARS)) !== s.slice(DATA_CHARS))
    throw new CryptoError("bad-token", "bad check character");
  return group(s, 5);
}

/** Whether the input normalises to a valid case token. */
export function isValidCaseToken(input: string): boolean {
  try {
    normalizeCaseToken(input);
    return true;
  } catch {
    return false;
  }
}

/** Keys the reporting person's browser derives from the case token. */
export interface ReporterKeys {
  /** 32-byte inbox login key; the server stores only its SHA-256. */
  loginKey: Uint8Array;
  /** The reporter's hybrid age identity (`AGE-SECRET-KEY-PQ-1...`); never leaves the browser. */
  identity: string;
  /** The matching hybrid recipient (`age1pq1...`), to which the case key is wrapped. */
  recipient: string;
}

/**
 * Derives the inbox login key and the reporter's hybrid age identity from a
 * case token (in any accepted typed form). Deterministic: the same token
 * always yields the same keys, on any platform.
 *
 * @throws CryptoError("bad-token") if the token is invalid.
 */
export async function deriveReporterKeys(token: string): Promise<ReporterKeys> {
  const canonical = normalizeCaseToken(token).replace(/-/g, "");
  const entropy = charsToBytes(canonical.slice(0, DATA_CHARS)); // exactly 15 bytes
  const loginKey = hkdf(sha256, entropy, utf8(TOKEN_SALT), utf8(LOGIN_LABEL), 32);
  const seed = hkdf(sha256, entropy, utf8(TOKEN_SALT), utf8(IDENTITY_LABEL), 32);
  // The same encoding as age-encryption's generateHybridIdentity.
  const identity = bech32.encodeFromBytes("AGE-SECRET-KEY-PQ-", seed).toUpperCase();
  const recipient = await identityToRecipient(identity);
  return { loginKey, identity, recipient };
}
