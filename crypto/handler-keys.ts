// Handler keys: one slow passphrase KDF yields an authentication key and a
// key that seals the handler's private age identity (SPEC.md "Handler keys").

import { xchacha20poly1305 } from "@noble/ciphers/chacha.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { scryptAsync } from "@noble/hashes/scrypt.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { generateHybridIdentity, identityToRecipient } from "age-encryption";
import { canonicalChars, group, luhn32, randomChars } from "./base32";
import { concatBytes, fromBase64, fromUtf8, randomBytes, toBase64, utf8 } from "./encoding";
import { CryptoError } from "./errors";

/** Parameters of the handler passphrase KDF, stored beside the sealed identity. */
export interface KdfParams {
  /** Format version; only "oc-kdf-1" (scrypt, then HKDF-SHA256) exists. */
  version: "oc-kdf-1";
  /** Standard base64 of 16 random bytes. */
  salt: string;
  /** scrypt cost: N = 2^logN. */
  logN: number;
  /** scrypt block size. */
  r: number;
  /** scrypt parallelism. */
  p: number;
}

/**
 * Default KDF cost: scrypt N = 2^17, r = 8, p = 1 (128 MiB). About 0.7-0.9 s
 * in Chromium and Node 20 with @noble/hashes' scryptAsync on a quiet 2-core
 * server (see SPEC.md); phones take several times longer.
 */
export const DEFAULT_KDF: Omit<KdfParams, "salt"> = Object.freeze({
  version: "oc-kdf-1",
  logN: 17,
  r: 8,
  p: 1,
});

const KDF_LABEL = "open-channel/handler-kdf/v1";
const AUTH_LABEL = "open-channel/handler-auth/v1";
const WRAP_LABEL = "open-channel/handler-wrap/v1";
const SEAL_PREFIX = utf8("oc-seal-1");
const NONCE_SIZE = 24;
const TAG_SIZE = 16;
const MIN_LOG_N = 10;
const MAX_LOG_N = 20;
const MAX_MEMORY = 2 ** 30; // scrypt uses 128 * r * N bytes

function checkedParams(params: KdfParams): { salt: Uint8Array; N: number; r: number; p: number } {
  if (params === null || typeof params !== "object" || params.version !== "oc-kdf-1") {
    throw new CryptoError("bad-kdf", "unknown kdf version");
  }
  const { logN, r, p } = params;
  const int = (x: unknown, lo: number, hi: number) =>
    Number.isInteger(x) && (x as number) >= lo && (x as number) <= hi;
  if (!int(logN, MIN_LOG_N, MAX_LOG_N) || !int(r, 1, 32) || !int(p, 1, 16)) {
    throw new CryptoError("bad-kdf", "kdf parameters out of range");
  }
  if (128 * r * 2 ** logN > MAX_MEMORY) throw new CryptoError("bad-kdf", "kdf parameters out of range");
  let salt: Uint8Array;
  try {
    salt = fromBase64(params.salt);
  } catch {
    throw new CryptoError("bad-kdf", "invalid salt");
  }
  if (salt.length !== 16) throw new CryptoError("bad-kdf", "invalid salt");
  return { salt, N: 2 ** logN, r, p };
}

/**
 * Fresh KDF parameters with a random 16-byte salt, {@link DEFAULT_KDF} cost
 * unless overridden (tests may use logN 10).
 *
 * @throws CryptoError("bad-kdf") if the overrides are out of range.
 */
export function newKdfParams(overrides?: Partial<Omit<KdfParams, "version" | "salt">>): KdfParams {
  const params: KdfParams = {
    version: "oc-kdf-1",
    salt: toBase64(randomBytes(16)),
    logN: overrides?.logN ?? DEFAULT_KDF.logN,
    r: overrides?.r ?? DEFAULT_KDF.r,
    p: overrides?.p ?? DEFAULT_KDF.p,
  };
  checkedParams(params);
  return params;
}

/**
 * Runs the one slow KDF: scrypt over the NFC-normalised passphrase, then
 * HKDF-SHA256 with distinct labels. The server may learn `authKey` (it stores
 * a hash of it); `wrapKey` never leaves the browser.
 *
 * @param passphrase - the handler's passphrase, or a canonical recovery key
 * (pass user input through {@link normalizeRecoveryKey} first).
 * @param params - the stored parameters, as served by the server.
 * @param opts - `minLogN`: refuse cheaper parameters. Browsers deriving from
 * server-supplied parameters should pass `DEFAULT_KDF.logN`, so that a
 * malicious server cannot lower the cost and then guess the passphrase
 * offline from the authentication key.
 * @throws CryptoError("bad-kdf") for an unknown version, parameters out of
 * range (logN 10..20 and at least `minLogN`, r 1..32, p 1..16, at most 1 GiB),
 * a salt that is not 16 bytes, or an empty passphrase.
 */
export async function deriveHandlerKeys(
  passphrase: string,
  params: KdfParams,
  opts?: { minLogN?: number },
): Promise<{ authKey: Uint8Array; wrapKey: Uint8Array }> {
  const { salt, N, r, p } = checkedParams(params);
  if (opts?.minLogN !== undefined && !(params.logN >= opts.minLogN)) {
    throw new CryptoError("bad-kdf", "kdf cost below minimum");
  }
  if (typeof passphrase !== "string" || passphrase.length === 0)
    throw new CryptoError("bad-kdf", "empty passphrase");
  const master = await scryptAsync(utf8(passphrase.normalize("NFC")), concatBytes(utf8(KDF_LABEL), salt), {
    N,
    r,
    p,
    dkLen: 32,
    maxmem: MAX_MEMORY + 2 ** 20,
  });
  return {
    authKey: hkdf(sha256, master, undefined, utf8(AUTH_LABEL), 32),
    wrapKey: hkdf(sha256, master, undefined, utf8(WRAP_LABEL), 32),
  };
}

/**
 * Seals an identity under a wrap key: `oc-seal-1` || 24-byte random nonce ||
 * XChaCha20-Poly1305 ciphertext and tag, with the version prefix and `aad`
 * (e.g. the handler's handle) authenticated as associated data.
 *
 * @throws CryptoError("bad-kdf") if the wrap key is not 32 bytes.
 */
export function sealIdentity(identity: string, wrapKey: Uint8Array, aad: string): Uint8Array {
  if (wrapKey.length !== 32) throw new CryptoError("bad-kdf", "wrap key must be 32 bytes");
  const nonce = randomBytes(NONCE_SIZE);
  const sealed = xchacha20poly1305(wrapKey, nonce, concatBytes(SEAL_PREFIX, utf8(aad))).encrypt(
    utf8(identity),
  );
  return concatBytes(SEAL_PREFIX, nonce, sealed);
}

/**
 * Opens an identity sealed by {@link sealIdentity} with the same wrap key and
 * associated data.
 *
 * @throws CryptoError("unwrap-failed") for an unknown version, a wrong key
 * (wrong passphrase), other associated data, or any tampering.
 */
export function openIdentity(sealed: Uint8Array, wrapKey: Uint8Array, aad: string): string {
  if (sealed.length < SEAL_PREFIX.length + NONCE_SIZE + TAG_SIZE)
    throw new CryptoError("unwrap-failed", "truncated");
  for (let i = 0; i < SEAL_PREFIX.length; i++) {
    if (sealed[i] !== SEAL_PREFIX[i])
      throw new CryptoError("unwrap-failed", "unknown sealed identity version");
  }
  if (wrapKey.length !== 32) throw new CryptoError("unwrap-failed", "unwrap failed");
  const nonce = sealed.subarray(SEAL_PREFIX.length, SEAL_PREFIX.length + NONCE_SIZE);
  const body = sealed.subarray(SEAL_PREFIX.length + NONCE_SIZE);
  try {
    const plain = xchacha20poly1305(wrapKey, nonce, concatBytes(SEAL_PREFIX, utf8(aad))).decrypt(body);
    return fromUtf8(plain);
  } catch {
    throw new CryptoError("unwrap-failed", "unwrap failed");
  }
}

const RECOVERY_DATA_CHARS = 27; // 135 bits

/**
 * Makes a printable recovery key: 27 random Crockford base32 characters
 * (135 bits) and a Luhn mod 32 check character, in seven groups of four,
 * e.g. `ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2349`. Used as a second passphrase to
 * {@link deriveHandlerKeys} for a second sealed copy of the identity.
 */
export function generateRecoveryKey(): string {
  const data = randomChars(RECOVERY_DATA_CHARS);
  return group(data + luhn32(data), 4);
}

/**
 * Canonicalises a typed recovery key the same way case tokens are
 * (case, spaces, hyphens, O/0, I/L/1) and checks its length and check character.
 *
 * @returns the canonical grouped form, the exact string to pass to {@link deriveHandlerKeys}.
 * @throws CryptoError("bad-token") if the input is not a valid recovery key.
 */
export function normalizeRecoveryKey(input: string): string {
  const s = canonicalChars(input);
  if (s === null || s.length !== RECOVERY_DATA_CHARS + 1)
    throw new CryptoError("bad-token", "invalid recovery key");
  if (luhn32(s.slice(0, RECOVERY_DATA_CHARS)) !== s.slice(RECOVERY_DATA_CHARS)) {
    throw new CryptoError("bad-token", "bad check character");
  }
  return group(s, 4);
}

/** Makes a new hybrid post-quantum handler identity and its `age1pq1...` recipient. */
export async function newHandlerIdentity(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateHybridIdentity();
  return { identity, recipient: await identityToRecipient(identity) };
}
