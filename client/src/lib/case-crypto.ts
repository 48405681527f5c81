/**
 * Opening a case in the browser and writing to it. The server hands out the case recipient that new
 * messages are encrypted to; it is accepted only if it belongs to the case identity we unwrapped, so a
 * server cannot swap in a key of its own and read the replies.
 */
import {
  decryptJson,
  encryptJson,
  fromBase64,
  recipientOf,
  toBase64,
  unwrapIdentity,
} from "../../../crypto/index";
import { t } from "../i18n";
import { asMessage, asReport, type Entry, type MessageObject, type ReportObject } from "./types";

/** An open case: its identity and the recipient that provably belongs to it. */
export interface OpenCase {
  identity: string;
  recipient: string;
}

export class CaseKeyError extends Error {
  constructor(readonly code: "unwrap-failed" | "recipient-mismatch") {
    super(code === "unwrap-failed" ? t.errors.unwrapFailed : t.errors.recipientMismatch);
    this.name = "CaseKeyError";
  }
}

/** Unwraps a wrapped case (or identity-section) key with our identity and checks the server's recipient. */
export async function openCaseKey(
  myIdentity: string,
  wrappedB64: string,
  serverRecipient: string,
): Promise<OpenCase> {
  let identity: string;
  try {
    identity = await unwrapIdentity(myIdentity, fromBase64(wrappedB64));
  } catch {
    throw new CaseKeyError("unwrap-failed");
  }
  if ((await recipientOf(identity)) !== serverRecipient) throw new CaseKeyError("recipient-mismatch");
  return { identity, recipient: serverRecipient };
}

/** Encrypts a thread message to the case: base64 of `encryptJson([caseRecipient], { v: 1, text })`. */
export async function sealMessage(c: OpenCase, text: string): Promise<string> {
  const m: MessageObject = { v: 1, text };
  return toBase64(await encryptJson([c.recipient], m));
}

/** One thread entry after decryption: the report, a message, or why it could not be read. */
export interface OpenEntry {
  entry: Entry;
  report: ReportObject | null;
  text: string | null;
  error: string | null;
}

/** Decrypts every entry; one unreadable entry does not hide the others. */
export async function openEntries(c: OpenCase, entries: Entry[]): Promise<OpenEntry[]> {
  return Promise.all(
    entries.map(async (entry): Promise<OpenEntry> => {
      let value: unknown;
      try {
        value = await decryptJson<unknown>([c.identity], fromBase64(entry.ciphertext));
      } catch {
        return { entry, report: null, text: null, error: t.errors.undecryptable };
      }
      if (entry.kind === "report") {
        const report = asReport(value);
        return { entry, report, text: null, error: report ? null : t.errors.unsupported };
      }
      const m = asMessage(value);
      return { entry, report: null, text: m?.text ?? null, error: m ? null : t.errors.unsupported };
    }),
  );
}
