/**
 * Open Channel cryptography: the only public surface of `crypto/`.
 *
 * Implements the formats in `crypto/SPEC.md` on top of age v1
 * (https://c2sp.org/age) via age-encryption, with hybrid post-quantum
 * (mlkem768x25519) recipients by default. Pure: only Web APIs and Uint8Array,
 * so the same code runs in browsers, Node and Workers. Every failure on bad
 * input is a {@link CryptoError} with a code from a closed set.
 *
 * @packageDocumentation
 */

export {
  decryptJson,
  decryptText,
  decryptWith,
  encryptJson,
  encryptText,
  encryptTo,
  exportForAge,
  newCaseIdentity,
  recipientOf,
  unwrapIdentity,
  wrapIdentityTo,
} from "./age";
export type { ConcernedField, ConcernedTextContent, PersonConcernedContent } from "./concerned";
export {
  openConcernedText,
  openPersonConcerned,
  openSignedConcernedText,
  openSignedPersonConcerned,
  sealConcernedText,
  sealPersonConcerned,
  sealSignedConcernedText,
  sealSignedPersonConcerned,
} from "./concerned";
export {
  concatBytes,
  constantTimeEqual,
  fromBase64,
  fromUtf8,
  randomBytes,
  sha256,
  sha256Hex,
  toBase64,
  toHex,
  utf8,
} from "./encoding";
export type { EnvelopeInfo, EnvelopePolicy } from "./envelope";
export { checkEnvelope, HYBRID_STANZA, inspectEnvelope, X25519_STANZA } from "./envelope";
export type { CryptoErrorCode } from "./errors";
export { CryptoError, isCryptoError } from "./errors";
export type { KdfParams } from "./handler-keys";
export {
  DEFAULT_KDF,
  deriveHandlerKeys,
  generateRecoveryKey,
  newHandlerIdentity,
  newKdfParams,
  normalizeRecoveryKey,
  openIdentity,
  sealIdentity,
} from "./handler-keys";
export type { ClientManifest, Release } from "./manifest";
export { openRelease, parseClientManifest, signRelease } from "./manifest";
export type { MinimisationContent, MinimisationReason } from "./minimisation";
export {
  MINIMISATION_KIND,
  MINIMISATION_REASONS,
  minimisationContent,
  verifyMinimisedThread,
} from "./minimisation";
export type { NoteContent } from "./notes";
export { openNote, openSignedNote, sealNote, sealSignedNote } from "./notes";
export { isPaddedSize, pad, paddedSize, unpad } from "./pad";
export { leadingZeroBits, powHash, solvePowSlice } from "./pow";
export type { ReceiptDeadlines, ReceiptFacts, VerifiedReceipt } from "./receipt";
export { caseRefHash, RECEIPT_FORMAT, signReceipt, verifyReceipt } from "./receipt";
export type { Roster, RosterChannel, RosterCheck, RosterContent, RosterPerson } from "./roster";
export { openRoster, ROSTER_LIFETIME_DAYS, rosterRecipients, sameRosterContent, signRoster } from "./roster";
export type { SignedStatement, SigningKey, StatementLabel } from "./sign";
export {
  channelKeyFromText,
  channelKeyText,
  fingerprintOf,
  handlerSigningKey,
  newSigningKey,
  normalizeFingerprint,
  signingKeyFromSeed,
  signStatement,
  signStatementAsync,
  verifyStatement,
} from "./sign";
export { decryptStream, encryptStream, padStream, streamedSizeBound, unpadStream } from "./stream";
export type { Checkpoint, EntryFields, SignedEntry, ThreadHead, VerifiedEntry } from "./thread";
export {
  decryptThread,
  EMPTY_THREAD,
  entryHash,
  GENESIS_HASH,
  openCheckpoint,
  reporterSigningKey,
  sealEntry,
  signCheckpoint,
  signEntry,
  threadHead,
  verifyThread,
} from "./thread";
export type { ReporterKeys } from "./token";
export { deriveReporterKeys, generateCaseToken, isValidCaseToken, normalizeCaseToken } from "./token";
