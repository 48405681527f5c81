// The signed receipt a reporting person keeps (Directive Art. 21(5)): what the channel states about
// their report, signed with the instance's receipt key. Format: SPEC.md ("Signed receipt").

import { sha256Hex, utf8 } from "./encoding";
import { CryptoError } from "./errors";
import {
  fingerprintOf,
  normalizeFingerprint,
  type SigningKey,
  signStatementAsync,
  verifyStatement,
} from "./sign";

/** The version of the receipt file and of the statement inside it. */
export const RECEIPT_FORMAT = "oc-receipt-1";

/** The dates the reporting person was told, as calendar dates; `null`: not set (yet). */
export interface ReceiptDeadlines {
  acknowledgeBy: string | null;
  feedbackBy: string | null;
  publicDisclosureFrom: string | null;
}

/** What the channel states and signs about one report. */
export interface ReceiptFacts {
  /** {@link caseRefHash} of the case: binds the receipt to one case without naming it. */
  caseRefHash: string;
  /** The organisation that runs the channel, as configured. */
  organisation: string;
  /** The jurisdiction profile the case's dates follow, e.g. "DE" or "EU". */
  jurisdiction: string;
  /** The time zone the calendar dates are in (IANA name). */
  timeZone: string;
  receivedOn: string;
  acknowledgedOn: string | null;
  deadlines: ReceiptDeadlines;
  /** The day this receipt was made (a later receipt may add the acknowledgement). */
  issuedOn: string;
}

/** A verified receipt: the facts, the key that signed them and its fingerprint. */
export interface VerifiedReceipt {
  facts: ReceiptFacts;
  /** base64 of the Ed25519 public key. */
  key: string;
  fingerprint: string;
  /** True when the caller gave the key to check against (pinned), false when the file's own key was used. */
  pinned: boolean;
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const bad = (reason: string) => new CryptoError("bad-signature", reason);

/** SHA-256 (hex) of `"oc-receipt-case-1\n" || caseId`: the case reference as the receipt carries it. */
export function caseRefHash(caseId: string): string {
  return sha256Hex(utf8(`oc-receipt-case-1\n${caseId}`));
}

const day = (v: unknown): v is string => typeof v === "string" && DAY.test(v);
const dayOrNull = (v: unknown): v is string | null => v === null || day(v);
const text = (v: unknown, max: number): v is string => typeof v === "string" && v.length <= max;

/** The one JSON text of `facts` (fixed member order, no spaces). */
function statementOf(f: ReceiptFacts): string {
  return JSON.stringify({
    version: RECEIPT_FORMAT,
    caseRefHash: f.caseRefHash,
    organisation: f.organisation,
    jurisdiction: f.jurisdiction,
    timeZone: f.timeZone,
    receivedOn: f.receivedOn,
    acknowledgedOn: f.acknowledgedOn,
    deadlines: {
      acknowledgeBy: f.deadlines.acknowledgeBy,
      feedbackBy: f.deadlines.feedbackBy,
      publicDisclosureFrom: f.deadlines.publicDisclosureFrom,
    },
    issuedOn: f.issuedOn,
  });
}

function checkFacts(f: unknown): ReceiptFacts {
  const o = f as Partial<ReceiptFacts> | null;
  const d = o?.deadlines as Partial<ReceiptDeadlines> | undefined;
  if (
    typeof o !== "object" ||
    o === null ||
    typeof o.caseRefHash !== "string" ||
    !/^[0-9a-f]{64}$/.test(o.caseRefHash) ||
    !text(o.organisation, 200) ||
    typeof o.jurisdiction !== "string" ||
    !/^[A-Z]{2}$/.test(o.jurisdiction) ||
    !text(o.timeZone, 64) ||
    !day(o.receivedOn) ||
    !dayOrNull(o.acknowledgedOn) ||
    typeof d !== "object" ||
    d === null ||
    !dayOrNull(d.acknowledgeBy) ||
    !dayOrNull(d.feedbackBy) ||
    !dayOrNull(d.publicDisclosureFrom) ||
    !day(o.issuedOn)
  )
    throw bad("not a receipt");
  return {
    caseRefHash: o.caseRefHash,
    organisation: o.organisation,
    jurisdiction: o.jurisdiction,
    timeZone: o.timeZone,
    receivedOn: o.receivedOn,
    acknowledgedOn: o.acknowledgedOn,
    deadlines: {
      acknowledgeBy: d.acknowledgeBy,
      feedbackBy: d.feedbackBy,
      publicDisclosureFrom: d.publicDisclosureFrom,
    },
    issuedOn: o.issuedOn,
  };
}

/** The file text of a receipt: fixed members, two-space indent, one final newline. */
function fileText(statement: string, signature: string, key: string): string {
  return `${JSON.stringify({ format: RECEIPT_FORMAT, statement, signature, key }, null, 2)}\n`;
}

/**
 * Signs `facts` with the receipt key and returns the receipt file's text. Asynchronous because it
 * signs through Web Crypto where the platform has Ed25519 (`signStatementAsync`).
 *
 * @throws CryptoError("bad-signature", "not a receipt") when a fact is malformed.
 */
export async function signReceipt(key: SigningKey, facts: ReceiptFacts): Promise<string> {
  const statement = statementOf(checkFacts(facts));
  const signed = await signStatementAsync(RECEIPT_FORMAT, key, statement);
  return fileText(statement, signed.signature, key.publicKey);
}

/** True when `pin` is `key` itself (base64) or its fingerprint, typed in any accepted form. */
function pins(pin: string, key: string): boolean {
  if (pin.trim() === key) return true;
  try {
    return normalizeFingerprint(pin) === fingerprintOf(key);
  } catch {
    return false;
  }
}

/**
 * Verifies a receipt file, byte for byte: any change to the file, even to its spacing, fails.
 * With `pinnedKey` (the receipt key in base64, or its fingerprint, as the notice prints them) the receipt must be signed by that key; without it, the
 * file's own key is used and the caller must show its fingerprint for comparison with the notice.
 *
 * @throws CryptoError("bad-signature") with reason `not a receipt`, `unknown receipt version`,
 * `not the pinned key` or `signature does not verify`.
 */
export function verifyReceipt(file: string, pinnedKey?: string | null): VerifiedReceipt {
  let outer: { format?: unknown; statement?: unknown; signature?: unknown; key?: unknown };
  try {
    outer = JSON.parse(file);
  } catch {
    throw bad("not a receipt");
  }
  if (typeof outer !== "object" || outer === null) throw bad("not a receipt");
  if (outer.format !== RECEIPT_FORMAT) throw bad("unknown receipt version");
  const { statement, signature, key } = outer;
  if (typeof statement !== "string" || typeof signature !== "string" || typeof key !== "string")
    throw bad("not a receipt");
  if (fileText(statement, signature, key) !== file) throw bad("not a receipt");
  if (pinnedKey != null && !pins(pinnedKey, key)) throw bad("not the pinned key");
  verifyStatement(RECEIPT_FORMAT, key, { body: statement, signature });
  let inner: unknown;
  try {
    inner = JSON.parse(statement);
  } catch {
    throw bad("not a receipt");
  }
  if ((inner as { version?: unknown })?.version !== RECEIPT_FORMAT) throw bad("unknown receipt version");
  const facts = checkFacts(inner);
  // Only the one text of these facts is a receipt: no extra members, no other spelling of a value.
  if (statementOf(facts) !== statement) throw bad("not a receipt");
  return { facts, key, fingerprint: fingerprintOf(key), pinned: pinnedKey != null };
}
