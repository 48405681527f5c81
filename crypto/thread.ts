// Signed thread entries and signed audit checkpoints. Formats: SPEC.md
// ("Signed thread entry", "Audit checkpoint").

import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 as nobleSha256 } from "@noble/hashes/sha2.js";
import { decryptJson, encryptJson } from "./age";
import { charsToBytes } from "./base32";
import { sha256Hex, utf8 } from "./encoding";
import { CryptoError } from "./errors";
import {
  type SignedStatement,
  type SigningKey,
  signingKeyFromSeed,
  signStatement,
  verifyStatement,
} from "./sign";
import { normalizeCaseToken } from "./token";

/** The previous-entry hash of the first entry of a thread. */
export const GENESIS_HASH = "0".repeat(64);

/** What the author of a thread entry states and signs. */
export interface EntryFields {
  caseId: string;
  /** 1 for the first entry of the thread, then +1. */
  seq: number;
  kind: string;
  /** `reporter`, or the person id of a handler. */
  author: string;
  /** {@link entryHash} of the previous entry, or {@link GENESIS_HASH}. */
  prev: string;
  /** The entry's content (report object, message text, ...). */
  content: unknown;
}

/** The plaintext of a signed entry, as encrypted: `{"version":"oc-entry-1","body":…,"signature":…}`. */
export interface SignedEntry extends SignedStatement {
  version: "oc-entry-1";
}

/**
 * The reporting person's signing key, derived from the case token like the inbox login key
 * (HKDF-SHA256, salt `open-channel/token/v1`, info `open-channel/token-signing/v1`).
 */
export function reporterSigningKey(token: string): SigningKey {
  const canonical = normalizeCaseToken(token).replace(/-/g, "");
  const entropy = charsToBytes(canonical.slice(0, 24));
  return signingKeyFromSeed(
    hkdf(nobleSha256, entropy, utf8("open-channel/token/v1"), utf8("open-channel/token-signing/v1"), 32),
  );
}

/** Signs an entry; the result is what gets encrypted to the case recipient. */
export function signEntry(key: SigningKey, fields: EntryFields): SignedEntry {
  const body = JSON.stringify({
    caseId: fields.caseId,
    seq: fields.seq,
    kind: fields.kind,
    author: fields.author,
    prev: fields.prev,
    content: fields.content,
  });
  return { version: "oc-entry-1", ...signStatement("oc-entry-1", key, body) };
}

/** The hash the next entry names as `prev`: SHA-256 hex of `"oc-entry-1\n" || body`. */
export function entryHash(entry: SignedEntry): string {
  return sha256Hex(utf8(`oc-entry-1\n${entry.body}`));
}

/**
 * One entry of a verified thread: its fields, or why it cannot be shown. `removed` is set when the
 * entry's place is taken by a signed removal (crypto/minimisation.ts): nothing of it is shown, but the
 * chain goes on.
 */
export type VerifiedEntry = { ok: true; fields: EntryFields } | { ok: false; reason: string; removed?: true };

/**
 * Verifies a whole thread in order. Each entry must be a signed entry for this case, at the next
 * sequence number, naming the previous entry's hash, signed by the key `keyOf(author)` returns.
 * An entry that fails is reported with a reason and never yields fields; every entry after a
 * break in the chain (a missing, reordered or failed entry) is reported as failed too, because
 * its place in the conversation can no longer be trusted.
 *
 * `removedHash(seq)` names the hash of an entry removed under Art. 17 (crypto/minimisation.ts
 * `verifyMinimisedThread` passes what signed removals state): its place then counts with that hash,
 * and an entry still present there must have it.
 */
export function verifyThread(
  caseId: string,
  plaintexts: unknown[],
  keyOf: (author: string) => string | null,
  removedHash: (seq: number) => string | null = () => null,
): VerifiedEntry[] {
  let prev = GENESIS_HASH;
  let broken = false;
  return plaintexts.map((value, i) => {
    if (broken) return { ok: false, reason: "thread broken before this entry" };
    const entry = value as SignedEntry;
    const standIn = removedHash(i + 1);
    if (standIn !== null) {
      const present = entry !== null && typeof entry === "object" && typeof entry.body === "string";
      if (present && entryHash(entry) !== standIn) {
        broken = true;
        return { ok: false, reason: "removed entry does not match" };
      }
      prev = standIn;
      return { ok: false, reason: "entry removed", removed: true };
    }
    try {
      if (entry === null || typeof entry !== "object" || entry.version !== "oc-entry-1") {
        throw new CryptoError("bad-signature", "not a signed entry");
      }
      const fields = JSON.parse(entry.body) as EntryFields;
      if (fields === null || typeof fields !== "object" || typeof fields.kind !== "string")
        throw new CryptoError("bad-signature", "not a signed entry");
      if (fields.caseId !== caseId) throw new CryptoError("bad-signature", "entry of another case");
      if (fields.seq !== i + 1 || fields.prev !== prev)
        throw new CryptoError("bad-signature", "entry out of order");
      const key = typeof fields.author === "string" ? keyOf(fields.author) : null;
      if (key === null) throw new CryptoError("bad-signature", "unknown author");
      verifyStatement("oc-entry-1", key, entry);
      prev = entryHash(entry);
      return { ok: true, fields };
    } catch (e) {
      broken = true;
      return { ok: false, reason: e instanceof CryptoError ? e.message : "not a signed entry" };
    }
  });
}

/** Where a thread stands: the last entry's sequence number (0 when empty) and what the next names as `prev`. */
export interface ThreadHead {
  seq: number;
  hash: string;
}

/** The head of a thread without entries. */
export const EMPTY_THREAD: ThreadHead = { seq: 0, hash: GENESIS_HASH };

/**
 * Signs an entry as the one after `head` and encrypts it (`encryptJson`) to the case recipient: the
 * one way an entry of a thread is written. Returns the age file and the new head.
 */
export async function sealEntry(
  recipient: string,
  key: SigningKey,
  head: ThreadHead,
  entry: { caseId: string; kind: string; author: string; content: unknown },
): Promise<{ ciphertext: Uint8Array; head: ThreadHead }> {
  const signed = signEntry(key, { ...entry, seq: head.seq + 1, prev: head.hash });
  const ciphertext = await encryptJson([recipient], signed);
  return { ciphertext, head: { seq: head.seq + 1, hash: entryHash(signed) } };
}

/**
 * Decrypts the entries of a thread with the case identity. An entry that does not open yields
 * null, which {@link verifyThread} reports as `not a signed entry`.
 */
export async function decryptThread(identity: string, ciphertexts: Uint8Array[]): Promise<unknown[]> {
  return Promise.all(ciphertexts.map((c) => decryptJson<unknown>([identity], c).catch((): unknown => null)));
}

/**
 * The head a writer appends to after reading `plaintexts`: the position of the last entry and its
 * hash. After a broken thread the head still moves on, so the people can go on writing; readers
 * keep reporting the break.
 */
export function threadHead(plaintexts: unknown[]): ThreadHead {
  const last = plaintexts[plaintexts.length - 1] as SignedEntry | undefined;
  const hash =
    last && typeof last === "object" && last.version === "oc-entry-1" && typeof last.body === "string"
      ? entryHash(last)
      : GENESIS_HASH;
  return { seq: plaintexts.length, hash };
}

/** The head of the audit chain as a person's browser saw and verified it. */
export interface Checkpoint {
  version: "oc-checkpoint-1";
  /** Sequence number of the newest audit entry. */
  seq: number;
  /** Its hash (hex). */
  hash: string;
  /** When it was signed, ISO 8601 UTC. */
  at: string;
  /** The signing person's id. */
  personId: string;
}

/** Signs an audit checkpoint with a person's signing key. */
export function signCheckpoint(key: SigningKey, head: Omit<Checkpoint, "version">): SignedStatement {
  const checkpoint: Checkpoint = {
    version: "oc-checkpoint-1",
    seq: head.seq,
    hash: head.hash,
    at: head.at,
    personId: head.personId,
  };
  return signStatement("oc-checkpoint-1", key, JSON.stringify(checkpoint));
}

/**
 * Verifies a signed checkpoint with the signer's public key and returns it.
 *
 * @throws CryptoError("bad-signature") if it does not verify or is not a checkpoint.
 */
export function openCheckpoint(statement: SignedStatement, publicKey: string): Checkpoint {
  verifyStatement("oc-checkpoint-1", publicKey, statement);
  const c = JSON.parse(statement.body) as Checkpoint;
  if (
    c?.version !== "oc-checkpoint-1" ||
    !Number.isSafeInteger(c.seq) ||
    c.seq < 1 ||
    !/^[0-9a-f]{64}$/.test(c.hash) ||
    typeof c.personId !== "string"
  ) {
    throw new CryptoError("bad-signature", "not a checkpoint");
  }
  return c;
}
