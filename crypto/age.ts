// age v1 (C2SP age spec) through age-encryption: case keys, content
// encryption, key wrapping and exports (SPEC.md "age").

import { Decrypter, Encrypter, generateHybridIdentity, identityToRecipient } from "age-encryption";
import { fromUtf8, utf8 } from "./encoding";
import { CryptoError } from "./errors";
import { pad, unpad } from "./pad";

// Lowercase bech32 only; the data part of a bech32 string never contains "1",
// so "age1pq1" cannot be the start of an X25519 recipient.
const HYBRID_RECIPIENT = /^age1pq1[02-9ac-hj-np-z]+$/;
const X25519_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;
const IDENTITY = /^AGE-SECRET-KEY-(?:PQ-)?1[02-9AC-HJ-NP-Z]{58}$/;

function checkIdentityShape(identity: string): void {
  if (typeof identity !== "string" || !IDENTITY.test(identity))
    throw new CryptoError("bad-recipient", "invalid identity");
}

/** An age Encrypter for checked recipients (shared with stream.ts; not part of the public surface). */
export function encrypterFor(recipients: readonly string[], allowX25519: boolean): Encrypter {
  if (recipients.length === 0) throw new CryptoError("bad-recipient", "no recipients");
  const e = new Encrypter();
  for (const r of recipients) {
    const hybrid = typeof r === "string" && HYBRID_RECIPIENT.test(r);
    const x25519 = typeof r === "string" && X25519_RECIPIENT.test(r);
    if (!hybrid && !(allowX25519 && x25519)) {
      throw new CryptoError("bad-recipient", x25519 ? "x25519 recipient not allowed" : "invalid recipient");
    }
    try {
      e.addRecipient(r); // decodes and checks the bech32 checksum and key size
    } catch {
      throw new CryptoError("bad-recipient", "invalid recipient");
    }
  }
  return e;
}

/**
 * Makes a new case identity: a hybrid post-quantum age identity
 * (ML-KEM-768 + X25519, `AGE-SECRET-KEY-PQ-1...`) and its `age1pq1...` recipient.
 */
export async function newCaseIdentity(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateHybridIdentity();
  return { identity, recipient: await identityToRecipient(identity) };
}

/**
 * The recipient of an age identity (hybrid or X25519).
 *
 * @throws CryptoError("bad-recipient") if the identity is malformed.
 */
export async function recipientOf(identity: string): Promise<string> {
  checkIdentityShape(identity);
  try {
    return await identityToRecipient(identity);
  } catch {
    throw new CryptoError("bad-recipient", "invalid identity");
  }
}

/**
 * Pads the plaintext (see `pad`) and encrypts it to every recipient as one
 * binary (not armored) age v1 file.
 *
 * @param recipients - hybrid `age1pq1...` recipients; plain X25519 `age1...`
 * recipients only with `allowX25519` (exports), since they are not post-quantum.
 * @throws CryptoError("bad-recipient") for an empty list or a recipient that
 * is malformed or of a type not allowed.
 */
export async function encryptTo(
  recipients: string[],
  plaintext: Uint8Array | string,
  opts?: { allowX25519?: boolean },
): Promise<Uint8Array> {
  const e = encrypterFor(recipients, opts?.allowX25519 ?? false);
  return await e.encrypt(pad(typeof plaintext === "string" ? utf8(plaintext) : plaintext));
}

/**
 * Decrypts an age file made by {@link encryptTo} with any of the identities
 * and removes the padding.
 *
 * @throws CryptoError("decrypt-failed") if no identity opens the file or the
 * file is malformed or tampered with; CryptoError("bad-padding") if it opens
 * but does not hold a valid padding container.
 */
export async function decryptWith(identities: string[], ciphertext: Uint8Array): Promise<Uint8Array> {
  if (identities.length === 0) throw new CryptoError("decrypt-failed", "no identities");
  const d = new Decrypter();
  let padded: Uint8Array;
  try {
    for (const id of identities) d.addIdentity(id);
    padded = await d.decrypt(ciphertext);
  } catch {
    throw new CryptoError("decrypt-failed", "decryption failed");
  }
  return unpad(padded);
}

/** {@link encryptTo} for UTF-8 text. */
export function encryptText(recipients: string[], text: string): Promise<Uint8Array> {
  return encryptTo(recipients, utf8(text));
}

/**
 * {@link decryptWith} for UTF-8 text.
 *
 * @throws CryptoError("decrypt-failed") also if the plaintext is not valid UTF-8.
 */
export async function decryptText(identities: string[], c: Uint8Array): Promise<string> {
  const bytes = await decryptWith(identities, c);
  try {
    return fromUtf8(bytes);
  } catch {
    throw new CryptoError("decrypt-failed", "invalid utf-8");
  }
}

/**
 * {@link encryptTo} for a JSON value.
 *
 * @throws TypeError (as a rejection) if the value has no JSON form (undefined, a function, a cycle, a bigint).
 */
export async function encryptJson(recipients: string[], value: unknown): Promise<Uint8Array> {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError("value has no json form");
  return await encryptTo(recipients, utf8(json));
}

/**
 * {@link decryptWith} for a JSON value. The result is parsed, not validated:
 * check its shape before use.
 *
 * @throws CryptoError("decrypt-failed") also if the plaintext is not JSON.
 */
export async function decryptJson<T = unknown>(identities: string[], c: Uint8Array): Promise<T> {
  const text = await decryptText(identities, c);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new CryptoError("decrypt-failed", "invalid json");
  }
}

/**
 * Wraps an identity (e.g. a case key) to one hybrid recipient: the identity
 * string, padded and age-encrypted, with exactly one mlkem768x25519 stanza.
 *
 * @throws CryptoError("bad-recipient") if the recipient is not hybrid or the
 * identity is malformed.
 */
export async function wrapIdentityTo(recipient: string, identity: string): Promise<Uint8Array> {
  checkIdentityShape(identity);
  return await encryptTo([recipient], utf8(identity));
}

/**
 * Unwraps an identity wrapped by {@link wrapIdentityTo}.
 *
 * @param identity - the identity the wrapped copy was made for.
 * @throws CryptoError("unwrap-failed") on any failure.
 */
export async function unwrapIdentity(identity: string, wrapped: Uint8Array): Promise<string> {
  let inner: string;
  try {
    inner = fromUtf8(await decryptWith([identity], wrapped));
  } catch {
    throw new CryptoError("unwrap-failed", "unwrap failed");
  }
  if (!IDENTITY.test(inner)) throw new CryptoError("unwrap-failed", "unwrap failed");
  return inner;
}

/**
 * Encrypts an export for a plain X25519 recipient (`age1...`), so that the
 * standard `age` tool decrypts it to exactly `plaintext`: not padded.
 *
 * @throws CryptoError("bad-recipient") unless the recipient is a valid X25519 recipient.
 */
export async function exportForAge(recipientX25519: string, plaintext: Uint8Array): Promise<Uint8Array> {
  if (typeof recipientX25519 !== "string" || !X25519_RECIPIENT.test(recipientX25519)) {
    throw new CryptoError("bad-recipient", "not an x25519 recipient");
  }
  const e = encrypterFor([recipientX25519], true);
  return await e.encrypt(plaintext);
}
