/**
 * The KDF parameters a sign-in page asks for. Unknown names get stable, plausible fakes: the salt is an
 * HMAC under a stored secret, so it is the same after a restart, and every answer is built in one key
 * order, so neither the values nor the shape tell who is enrolled.
 */
import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import { DEFAULT_KDF, type KdfParams, toBase64 } from "../../crypto/index";

/** `secret` is a stored secret (db/queries/secrets.ts), never one made at start. */
export function kdfParamsFor(
  stored: string | null | undefined,
  secret: Uint8Array,
  purpose: string,
  handle: string,
): KdfParams {
  const known = stored ? (JSON.parse(stored) as KdfParams) : undefined;
  const fake = {
    ...DEFAULT_KDF,
    salt: toBase64(hmac(sha256, secret, utf8ToBytes(`${purpose}:${handle}`)).slice(0, 16)),
  };
  const params = known ?? fake;
  return { version: params.version, salt: params.salt, logN: params.logN, r: params.r, p: params.p };
}
