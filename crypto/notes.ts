// Internal notes (SPEC.md "Internal notes"): handlers' notes on a case, encrypted to the case's notes
// key, which is wrapped to handlers only and never to the reporting person's token.

import { decryptJson, encryptJson } from "./age";
import { CryptoError } from "./errors";
import { type SignedStatement, type SigningKey, signStatement, verifyStatement } from "./sign";

/** What a note holds once opened. */
export interface NoteContent {
  /** The case the note was written on: a note moved to another case is refused. */
  caseId: string;
  /** The person id of the handler who wrote it. */
  author: string;
  text: string;
}

const NOTE_VERSION = "oc-note-1";

/**
 * Encrypts a note to the case's notes recipient: `encryptJson([notesRecipient], { version: "oc-note-1",
 * caseId, author, text })`.
 *
 * @throws CryptoError("bad-recipient") for a recipient that is not a hybrid age recipient.
 */
export function sealNote(notesRecipient: string, note: NoteContent): Promise<Uint8Array> {
  return encryptJson([notesRecipient], { version: NOTE_VERSION, ...note });
}

/**
 * Opens a note with the notes identity and checks its version and case.
 *
 * @throws CryptoError("decrypt-failed") if the notes key does not open it, or it is not a note of
 * version `oc-note-1` (`unknown note version`) of this case (`note of another case`).
 */
export async function openNote(notesIdentity: string, caseId: string, ciphertext: Uint8Array) {
  const value = await decryptJson<Record<string, unknown>>([notesIdentity], ciphertext);
  if (value === null || typeof value !== "object" || value.version !== NOTE_VERSION)
    throw new CryptoError("decrypt-failed", "unknown note version");
  const { caseId: noteCase, author, text } = value;
  if (typeof noteCase !== "string" || typeof author !== "string" || typeof text !== "string")
    throw new CryptoError("decrypt-failed", "unknown note version");
  if (noteCase !== caseId) throw new CryptoError("decrypt-failed", "note of another case");
  return { caseId: noteCase, author, text } satisfies NoteContent;
}

const SIGNED_NOTE_VERSION = "oc-note-2";

/**
 * Signs a note with its author's signing key and encrypts it to the case's notes recipient:
 * `encryptJson([notesRecipient], { version: "oc-note-2", body, signature })`, where `body` is the JSON
 * text `{ caseId, author, text }` and `signature` signs `"oc-note-2\n" || body`.
 *
 * @throws CryptoError("bad-recipient") for a recipient that is not a hybrid age recipient.
 */
export function sealSignedNote(
  notesRecipient: string,
  key: SigningKey,
  note: NoteContent,
): Promise<Uint8Array> {
  const body = JSON.stringify({ caseId: note.caseId, author: note.author, text: note.text });
  return encryptJson([notesRecipient], {
    version: SIGNED_NOTE_VERSION,
    ...signStatement(SIGNED_NOTE_VERSION, key, body),
  });
}

/**
 * Opens a signed note and verifies it with the key `keyOf(author)` returns (the author's signing key
 * from the signed roster). Anyone who knows the notes recipient can encrypt to it, so only a note
 * signed by a person of the roster is the note of a colleague.
 *
 * @throws CryptoError("decrypt-failed") if the notes key does not open it or it is a note of another
 * case; CryptoError("bad-signature") if it is not an `oc-note-2` note (an unsigned `oc-note-1` one
 * included), names an author `keyOf` knows no key for, or its signature does not verify.
 */
export async function openSignedNote(
  notesIdentity: string,
  caseId: string,
  ciphertext: Uint8Array,
  keyOf: (author: string) => string | null,
): Promise<NoteContent> {
  const value = await decryptJson<Partial<SignedStatement> & { version?: unknown }>(
    [notesIdentity],
    ciphertext,
  );
  let note: Partial<Record<keyof NoteContent, unknown>> | null = null;
  try {
    if (value?.version === SIGNED_NOTE_VERSION) note = JSON.parse(value.body as string);
  } catch {}
  const { author, text } = note ?? {};
  if (typeof note?.caseId !== "string" || typeof author !== "string" || typeof text !== "string")
    throw new CryptoError("bad-signature", "not a signed note");
  if (note.caseId !== caseId) throw new CryptoError("decrypt-failed", "note of another case");
  const key = keyOf(author);
  if (key === null) throw new CryptoError("bad-signature", "unknown author");
  verifyStatement(SIGNED_NOTE_VERSION, key, value as SignedStatement);
  return { caseId, author, text };
}
