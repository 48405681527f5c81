// Internal notes (SPEC.md "Internal notes"): handlers' notes on a case, encrypted to the case's notes
// key, which is wrapped to handlers only and never to the reporting person's token.

import { decryptJson, encryptJson } from "./age";
import { CryptoError } from "./errors";

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
