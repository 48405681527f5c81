// Persons concerned (SPEC.md "Persons concerned"): who a report names as responsible or involved
// (Directive Art. 5(10), Art. 22), and the handlers' free text about them, encrypted to the case's
// notes key like internal notes, so the reporting person's token never opens them.

import { decryptJson, encryptJson } from "./age";
import { CryptoError } from "./errors";
import { type SignedStatement, type SigningKey, signStatement, verifyStatement } from "./sign";

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

const SIGNED_PERSON_VERSION = "oc-person-concerned-2";
const SIGNED_TEXT_VERSION = "oc-concerned-text-2";

/** The signing key of the author a signed record or text names, from the signed roster; null if none. */
type KeyOf = (author: string) => string | null;

/** Opens a signed statement of `version`: its parsed body, or `bad-signature` for anything else. */
async function openSigned(notesIdentity: string, version: string, ciphertext: Uint8Array) {
  const value = await decryptJson<Partial<SignedStatement> & { version?: unknown }>(
    [notesIdentity],
    ciphertext,
  );
  let body: Record<string, unknown> | null = null;
  try {
    if (value?.version === version) body = JSON.parse(value.body as string);
  } catch {}
  if (body === null || typeof body !== "object")
    throw new CryptoError("bad-signature", "not a signed record");
  return { body, statement: value as SignedStatement };
}

/** Verifies the statement with the key `keyOf(author)` returns; `bad-signature` if none or it fails. */
function verifyBy(
  version: "oc-person-concerned-2" | "oc-concerned-text-2",
  statement: SignedStatement,
  author: string,
  keyOf: KeyOf,
) {
  const key = keyOf(author);
  if (key === null) throw new CryptoError("bad-signature", "unknown author");
  verifyStatement(version, key, statement);
}

/**
 * Signs a person concerned with its author's signing key and encrypts it to the notes recipient:
 * `encryptJson([notesRecipient], { version: "oc-person-concerned-2", body, signature })`, where `body`
 * is the JSON text `{ caseId, recordId, author, name, role }` and `signature` signs
 * `"oc-person-concerned-2\n" || body`.
 *
 * @throws CryptoError("bad-recipient") for a recipient that is not a hybrid age recipient.
 */
export function sealSignedPersonConcerned(
  notesRecipient: string,
  key: SigningKey,
  person: PersonConcernedContent,
): Promise<Uint8Array> {
  const { caseId, recordId, author, name, role } = person;
  const body = JSON.stringify({ caseId, recordId, author, name, role });
  return encryptJson([notesRecipient], {
    version: SIGNED_PERSON_VERSION,
    ...signStatement(SIGNED_PERSON_VERSION, key, body),
  });
}

/**
 * Opens a signed person concerned, checks its case and record, and verifies it with the key
 * `keyOf(author)` returns (the author's signing key from the signed roster). Anyone who knows the notes
 * recipient can encrypt to it, so only a record signed by a person of the roster is a colleague's.
 *
 * @throws CryptoError("decrypt-failed") if the notes key does not open it or it belongs to another case
 * or record; CryptoError("bad-signature") if it is not an `oc-person-concerned-2` record (an unsigned
 * `oc-person-concerned-1` one included), names an author `keyOf` knows no key for, or its signature does
 * not verify.
 */
export async function openSignedPersonConcerned(
  notesIdentity: string,
  where: { caseId: string; recordId: string },
  ciphertext: Uint8Array,
  keyOf: KeyOf,
): Promise<PersonConcernedContent> {
  const { body, statement } = await openSigned(notesIdentity, SIGNED_PERSON_VERSION, ciphertext);
  const { caseId, recordId, author, name, role } = body;
  if (!str(caseId) || !str(recordId) || !str(author) || !str(name) || !str(role))
    throw new CryptoError("bad-signature", "not a signed record");
  if (caseId !== where.caseId || recordId !== where.recordId)
    throw new CryptoError("decrypt-failed", "person concerned of another record");
  verifyBy(SIGNED_PERSON_VERSION, statement, author, keyOf);
  return { caseId, recordId, author, name, role };
}

/**
 * Signs a free text about a person concerned and encrypts it to the notes recipient:
 * `encryptJson([notesRecipient], { version: "oc-concerned-text-2", body, signature })`, where `body` is
 * the JSON text `{ caseId, recordId, author, field, text }` and `signature` signs
 * `"oc-concerned-text-2\n" || body`.
 *
 * @throws CryptoError("bad-recipient") for a recipient that is not a hybrid age recipient.
 */
export function sealSignedConcernedText(
  notesRecipient: string,
  key: SigningKey,
  content: ConcernedTextContent,
): Promise<Uint8Array> {
  const { caseId, recordId, author, field, text } = content;
  const body = JSON.stringify({ caseId, recordId, author, field, text });
  return encryptJson([notesRecipient], {
    version: SIGNED_TEXT_VERSION,
    ...signStatement(SIGNED_TEXT_VERSION, key, body),
  });
}

/**
 * Opens a signed free text about a person concerned, checks its case, record and field, and verifies it
 * with `keyOf(author)`.
 *
 * @throws CryptoError("decrypt-failed") if the notes key does not open it or it belongs to another case,
 * record or field; CryptoError("bad-signature") if it is not an `oc-concerned-text-2` text (an unsigned
 * `oc-concerned-text-1` one included), names an author `keyOf` knows no key for, or its signature does
 * not verify.
 */
export async function openSignedConcernedText(
  notesIdentity: string,
  where: { caseId: string; recordId: string; field: ConcernedField },
  ciphertext: Uint8Array,
  keyOf: KeyOf,
): Promise<ConcernedTextContent> {
  const { body, statement } = await openSigned(notesIdentity, SIGNED_TEXT_VERSION, ciphertext);
  const { caseId, recordId, author, field, text } = body;
  if (!str(caseId) || !str(recordId) || !str(author) || !str(field) || !str(text) || !FIELDS.includes(field))
    throw new CryptoError("bad-signature", "not a signed text");
  if (caseId !== where.caseId || recordId !== where.recordId || field !== where.field)
    throw new CryptoError("decrypt-failed", "concerned text of another record");
  verifyBy(SIGNED_TEXT_VERSION, statement, author, keyOf);
  return { caseId, recordId, author, field: field as ConcernedField, text };
}
