/**
 * The signed receipt of a report (Directive Art. 21(5)): the channel states, under its receipt key, that
 * a case was received on a day, acknowledged on a day, under which jurisdiction, and which dates it
 * promised. The reporting person downloads it and anyone can check it offline (crypto/receipt.ts,
 * `npm run verify:receipt`, /verify-receipt.html) with the public key printed on the notice.
 *
 * The key is an instance secret, apart from every case key, so a receipt outlives its case: deleting
 * or crypto-shredding the case takes nothing a receipt needs to verify.
 */
import {
  caseRefHash,
  fingerprintOf,
  RECEIPT_FORMAT,
  type SigningKey,
  signingKeyFromSeed,
  signReceipt,
} from "../../crypto/index";
import type { Database } from "../../db/index";
import type { CaseRow } from "../../db/queries/cases";
import { storedSecret } from "../../db/queries/secrets";
import type { Settings } from "../../db/queries/settings";
import { reporterDeadlines } from "./view";

/** The key pair of each stored seed seen: deriving the public key costs a scalar multiplication. */
const keysBySeed = new WeakMap<Uint8Array, SigningKey>();

/** The instance's receipt signing key, made once at first start and kept with the other secrets. */
export async function receiptKey(database: Database): Promise<SigningKey> {
  // Keyed by the seed as read, so a replaced seed is a new key; the seed object is the stored
  // secrets' own cached value, never changed in place.
  const seed = await storedSecret(database, "receipt-key");
  let key = keysBySeed.get(seed);
  if (key === undefined) {
    key = signingKeyFromSeed(seed);
    keysBySeed.set(seed, key);
  }
  return key;
}

/** What the notice and `GET /api/receipt-key` publish. */
export async function receiptKeyInfo(database: Database) {
  const key = await receiptKey(database);
  return { format: RECEIPT_FORMAT, key: key.publicKey, fingerprint: fingerprintOf(key.publicKey) };
}

/** The receipt file (text) for a case as it stands today. */
export async function issueReceipt(
  database: Database,
  settings: Settings,
  heldCase: CaseRow,
  today: string,
): Promise<string> {
  const d = reporterDeadlines(heldCase, settings);
  return signReceipt(await receiptKey(database), {
    caseRefHash: caseRefHash(heldCase.id),
    organisation: settings.orgName.slice(0, 200),
    jurisdiction: heldCase.jurisdiction,
    timeZone: heldCase.timeZone ?? settings.timeZone,
    receivedOn: heldCase.receivedOn,
    acknowledgedOn: heldCase.acknowledgedOn,
    deadlines: {
      acknowledgeBy: d.acknowledgeBy?.date ?? null,
      feedbackBy: d.feedbackBy?.date ?? null,
      publicDisclosureFrom: d.publicDisclosureFrom?.date ?? null,
    },
    issuedOn: today,
  });
}
