/**
 * Retention by crypto-shredding (LAW.md section 6, Directive Art. 18): once a case's deleteBy date
 * has passed and no legal hold stands, every wrapped copy of its keys goes, then the ciphertext.
 * Runs from the scheduler (Node interval, Workers Cron Trigger) with the injected clock.
 */

import { eq } from "drizzle-orm";
import type { Database } from "../db/index";
import { deleteCaseReads } from "../db/queries/activity";
import { withAudit } from "../db/queries/audit";
import { allCases, type CaseRow } from "../db/queries/cases";
import { getSettings } from "../db/queries/settings";
import { caseExclusions, caseKeys, cases, disclosures, entries, identityRequests } from "../db/schema";
import { caseDeadlines } from "./cases/deadlines";
import type { BlobStore } from "./deps";
import { isOverdue, todayIn } from "./directive";
import { discardStaleUploads, shredAttachments } from "./evidence/attachments";

export interface RetentionResult {
  shredded: number;
  held: number;
  /** Cases whose deletion date falls within `warnDays`; their holders get a content-free reminder. */
  dueSoon: number;
  /** Those cases' ids with their deletion dates, for the reminder. */
  dueSoonCases: { caseId: string; deleteBy: string }[];
}

/**
 * Deletes the case's attachments (blobs, then their rows), then every wrapped key, every entry and the
 * case row in one transaction. A blob store that fails leaves the case for the next run.
 */
export async function shredCase(
  database: Database,
  c: CaseRow,
  now: Date,
  reason: Record<string, unknown>,
  blobs?: BlobStore,
): Promise<void> {
  await shredAttachments(database, blobs, c.id);
  await withAudit(
    database,
    { actor: null, action: "case.shredded", caseId: c.id, detail: reason },
    now,
    () => [
      database.db.delete(caseKeys).where(eq(caseKeys.caseId, c.id)),
      database.db.delete(entries).where(eq(entries.caseId, c.id)),
      database.db.delete(caseExclusions).where(eq(caseExclusions.caseId, c.id)),
      deleteCaseReads(database, c.id),
      database.db.delete(identityRequests).where(eq(identityRequests.caseId, c.id)),
      database.db.delete(disclosures).where(eq(disclosures.caseId, c.id)),
      database.db.delete(cases).where(eq(cases.id, c.id)),
    ],
  );
}

export async function runRetention(
  database: Database,
  now: Date,
  warnDays = 30,
  blobs?: BlobStore,
): Promise<RetentionResult> {
  const s = await getSettings(database);
  const today = todayIn(s.timeZone, now);
  await discardStaleUploads(database, blobs, today);
  const result: RetentionResult = { shredded: 0, held: 0, dueSoon: 0, dueSoonCases: [] };
  for (const c of await allCases(database)) {
    const d = caseDeadlines(c, s.retentionYears).deleteBy;
    if (!d) continue;
    if (!isOverdue(d, today)) {
      const soon =
        new Date(`${d.date}T00:00:00Z`).getTime() - new Date(`${today}T00:00:00Z`).getTime() <=
        warnDays * 86_400_000;
      if (soon && !c.legalHold) {
        result.dueSoon += 1;
        result.dueSoonCases.push({ caseId: c.id, deleteBy: d.date });
      }
      continue;
    }
    if (c.legalHold) {
      result.held += 1;
      continue;
    }
    await shredCase(database, c, now, { deleteBy: d.date, basis: d.basis }, blobs);
    result.shredded += 1;
  }
  if (result.shredded > 0) await database.checkpoint?.();
  return result;
}
