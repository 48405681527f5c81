// Persons concerned (SPEC.md "Persons concerned"): who a report names as responsible or involved
// (Directive Art. 5(10), Art. 22), and the handlers' free text about them, encrypted to the case's
// notes key like internal notes, so the reporting person's token never opens them.

import { decryptJson, encryptJson } from "./age";
import { CryptoError } from "./errors";

/** A person concerned as the handlers recorded them. */
export interface PersonConcernedContent {
  /** The case the record belongs to. */
  caseId: string;
  /** The record's id, chosen by the browser: a ciphertext moved to another record is refused. */
  recordId: string;
  /** Person id of the handler who wrote it. */
  author: string;
  name: string;
  /** Their role in the matter, in the handler's words (e.g. "line manager", "witness"). */
  role: string;
}

/** Which free text about a person concerned a {@link ConcernedTextContent} is. */
export type ConcernedField = "deferral-reason" | "disclosure-basis" | "disclosure-recipient";

/** A free text about one person concerned: why informing them is deferred, or a disclosure's details. */
export interface ConcernedTextContent {
  caseId: string;
  recordId: string;
  author: string;
  field: ConcernedField;
  text: string;
}

const PERSON_VERSION = "oc-person-concerned-1";
const TEXT_VERSION = "oc-concerned-text-1";
const FIELDS: readonly string[] = ["deferral-reason", "disclosure-basis", "disclosure-recipient"];

const str = (x: unknown): x is string => typeof x === "string";

/**
 * Encrypts a person concerned to the case's notes recipient: `encryptJson([notesRecipient], { version:
 * "oc-person-concerned-1", caseId, recordId, author, name, role })`.
 *
 * @throws CryptoError("bad-recipient") for a recipient that is not a hybrid age recipient.
 */
export function sealPersonConcerned(
  notesRecipient: string,
  person: PersonConcernedContent,
): Promise<Uint8Array> {
  return encryptJson([notesRecipient], { version: PERSON_VERSION, ...person });
}

/**
 * Opens a person concerned with the notes identity and checks its version, case and record.
 *
 * @throws CryptoError("decrypt-failed") if the key does not open it, its version is not
 * `oc-person-concerned-1`, or it belongs to another case or record.
 */
export async function openPersonConcerned(
  notesIdentity: string,
  where: { caseId: string; recordId: string },
  ciphertext: Uint8Array,
): Promise<PersonConcernedContent> {
  const value = await decryptJson<Record<string, unknown>>([notesIdentity], ciphertext);
  if (value === null || typeof value !== "object" || value.version !== PERSON_VERSION)
    throw new CryptoError("decrypt-failed", "unknown person concerned version");
  const { caseId, recordId, author, name, role } = value;
  if (!str(caseId) || !str(recordId) || !str(author) || !str(name) || !str(role))
    throw new CryptoError("decrypt-failed", "unknown person concerned version");
  if (caseId !== where.caseId || recordId !== where.recordId)
    throw new CryptoError("decrypt-failed", "person concerned of another record");
  return { caseId, recordId, author, name, role };
}

/**
 * Encrypts a free text about a person concerned to the notes recipient: `encryptJson([notesRecipient],
 * { version: "oc-concerned-text-1", caseId, recordId, author, field, text })`.
 *
 * @throws CryptoError("bad-recipient") for a recipient that is not a hybrid age recipient.
 */
export function sealConcernedText(
  notesRecipient: string,
  content: ConcernedTextContent,
): Promise<Uint8Array> {
  return encryptJson([notesRecipient], { version: TEXT_VERSION, ...content });
}

/**
 * Opens a free text about a person concerned and checks its version, case, record and field.
 *
 * @throws CryptoError("decrypt-failed") if the key does not open it, its version is not
 * `oc-concerned-text-1`, or it belongs to another case, record or field.
 */
export async function openConcernedText(
  notesIdentity: string,
  where: { caseId: string; recordId: string; field: ConcernedField },
  ciphertext: Uint8Array,
): Promise<ConcernedTextContent> {
  const value = await decryptJson<Record<string, unknown>>([notesIdentity], ciphertext);
  if (value === null || typeof value !== "object" || value.version !== TEXT_VERSION)
    throw new CryptoError("decrypt-failed", "unknown concerned text version");
  const { caseId, recordId, author, field, text } = value;
  if (!str(caseId) || !str(recordId) || !str(author) || !str(field) || !str(text) || !FIELDS.includes(field))
    throw new CryptoError("decrypt-failed", "unknown concerned text version");
  if (caseId !== where.caseId || recordId !== where.recordId || field !== where.field)
    throw new CryptoError("decrypt-failed", "concerned text of another record");
  return { caseId, recordId, author, field: field as ConcernedField, text };
}
