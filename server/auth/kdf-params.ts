/**
 * The KDF parameters a sign-in page asks for. Unknown names get stable, plausible fakes (salt from an
 * HMAC under the start-up secret), so the answer does not reveal who is enrolled.
 */
import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import { DEFAULT_KDF, type KdfParams, toBase64 } from "../../crypto/index";

export function kdfParamsFor(
  stored: string | null | undefined,
  secret: Uint8Array,
  purpose: string,
  handle: string,
): KdfParams {
  if (stored) return JSON.parse(stored) as KdfParams;
  const salt = hmac(sha256, secret, utf8ToBytes(`${purpose}:${handle}`)).slice(0, 16);
  return { ...DEFAULT_KDF, salt: toBase64(salt) };
}
