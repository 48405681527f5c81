/**
 * Building a report submission (docs/API.md, POST /api/reports). Every step runs before anything is
 * sent; any failure throws, so the page fails closed: no request leaves with partial or plain content.
 */
import {
  deriveReporterKeys,
  EMPTY_THREAD,
  encryptJson,
  generateCaseToken,
  newCaseIdentity,
  reporterSigningKey,
  sealEntry,
  toBase64,
  wrapIdentityTo,
} from "../../../crypto/index";
import type { IdentityObject, Person, Recipients, ReportObject } from "../lib/types";

export interface ReportInput {
  channelId: string;
  report: ReportObject;
  /** The optional identity section; null keeps the report anonymous. */
  identity: IdentityObject | null;
  excludedPersonIds: string[];
}

export interface WrappedKey {
  personId: string;
  wrapped: string;
}

export interface SubmissionBody {
  loginKey: string;
  /** The case id, chosen here because the signed report names it (crypto/SPEC.md "Signed thread entry"). */
  caseId: string;
  /** The public half of the signing key derived from the token: the server keeps it with the case. */
  signingKey: string;
  channelId: string;
  caseRecipient: string;
  report: string;
  reporterKey: string;
  /** Category and first line, encrypted to the case: what triage shows, decrypted in the handlers' browsers. */
  summary: string;
  handlerKeys: WrappedKey[];
  excludedPersonIds: string[];
  identity: null | { recipient: string; section: string; custodianKeys: WrappedKey[] };
}

/** Why a submission cannot be built; the page maps each code to a sentence. */
export class SubmissionError extends Error {
  constructor(readonly code: "no-handlers" | "all-excluded" | "no-custodians") {
    super(code);
    this.name = "SubmissionError";
  }
}

async function wrapTo(people: Person[], identity: string): Promise<WrappedKey[]> {
  return Promise.all(
    people.map(async (p) => ({
      personId: p.id,
      wrapped: toBase64(await wrapIdentityTo(p.recipient, identity)),
    })),
  );
}

/**
 * Makes the case token and every ciphertext of a submission. The token is returned to be shown once;
 * it is not part of the body (only the login key derived from it is).
 */
/** The summary triage shows: the category and the first line of what happened, at most 120 characters. */
export function summaryOf(report: { category: string; whatHappened: string }) {
  const firstLine = report.whatHappened.trim().split("\n", 1)[0] ?? "";
  return { v: 1 as const, category: report.category, subject: firstLine.slice(0, 120) };
}

/** A random case id: 128 bits in lowercase Crockford base32, the server's id format. */
function newCaseId(): string {
  const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
  const bytes = crypto.getRandomValues(new Uint8Array(26));
  return Array.from(bytes, (b) => alphabet[b & 31]).join("");
}

/**
 * `channelKey` is the key the verified roster was signed with: the signed report names it, so the
 * inbox later checks handlers' keys against the same roster key, whatever the server serves then.
 */
export async function prepareSubmission(
  input: ReportInput,
  recipients: Recipients,
  channelKey: string,
): Promise<{ token: string; body: SubmissionBody }> {
  const excluded = new Set(input.excludedPersonIds);
  if (recipients.handlers.length === 0) throw new SubmissionError("no-handlers");
  const handlers = recipients.handlers.filter((p) => !excluded.has(p.id));
  if (handlers.length === 0) throw new SubmissionError("all-excluded");
  const custodians = recipients.custodians.filter((p) => !excluded.has(p.id));
  if (input.identity && custodians.length === 0) throw new SubmissionError("no-custodians");

  const token = generateCaseToken();
  const keys = await deriveReporterKeys(token);
  const caseKey = await newCaseIdentity();
  const caseId = newCaseId();
  const signing = reporterSigningKey(token);
  // The report is the first entry of the signed thread; the token's signing key signs it.
  const { ciphertext: report } = await sealEntry(caseKey.recipient, signing, EMPTY_THREAD, {
    caseId,
    kind: "report",
    author: "reporter",
    content: { ...input.report, channelKey },
  });
  const reporterKey = await wrapIdentityTo(keys.recipient, caseKey.identity);
  const summary = await encryptJson([caseKey.recipient], summaryOf(input.report));
  // wrapIdentityTo accepts only hybrid (post-quantum) recipients: a downgraded key from the server throws.
  const handlerKeys = await wrapTo(handlers, caseKey.identity);

  let identity: SubmissionBody["identity"] = null;
  if (input.identity) {
    const identityKey = await newCaseIdentity();
    identity = {
      recipient: identityKey.recipient,
      section: toBase64(await encryptJson([identityKey.recipient], input.identity)),
      custodianKeys: await wrapTo(custodians, identityKey.identity),
    };
  }

  const body: SubmissionBody = {
    loginKey: toBase64(keys.loginKey),
    caseId,
    signingKey: signing.publicKey,
    channelId: input.channelId,
    caseRecipient: caseKey.recipient,
    report: toBase64(report),
    reporterKey: toBase64(reporterKey),
    summary: toBase64(summary),
    handlerKeys,
    excludedPersonIds: [...excluded].filter((id) =>
      [...recipients.handlers, ...recipients.custodians].some((p) => p.id === id),
    ),
    identity,
  };
  keys.loginKey.fill(0);
  return { token, body };
}
