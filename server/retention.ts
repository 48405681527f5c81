/**
 * Retention by crypto-shredding (LAW.md section 6, Directive Art. 18): once a case's deleteBy date
 * has passed and no legal hold stands, every wrapped copy of its keys goes, then the ciphertext.
 * Runs from the scheduler (Node interval, Workers Cron Trigger) with the injected clock.
 */

import { eq } from "drizzle-orm";
import type { Database } from "../db/index";
import { deleteCaseReads } from "../db/queries/activity";
import { appendAudit, auditOfCases, withAudit } from "../db/queries/audit";
import { allCases, type CaseRow } from "../db/queries/cases";
import { personsConcernedDelete } from "../db/queries/persons-concerned";
import { getSettings } from "../db/queries/settings";
import {
  caseExclusions,
  caseKeys,
  caseNotes,
  caseRecords,
  cases,
  disclosures,
  entries,
  identityRequests,
  register,
  staffTexts,
} from "../db/schema";
import { caseDeadlines } from "./cases/deadlines";
import type { BlobStore } from "./deps";
import { daysUntil, isOverdue, todayIn } from "./directive";
import { discardStaleUploads, shredAttachments } from "./evidence/attachments";
import { registerRow } from "./register";

export interface RetentionResult {
  shredded: number;
  held: number;
  /** Cases whose deletion date falls within `warnDays`; their holders get a content-free reminder. */
  dueSoon: number;
  /** Those cases' ids with their deletion dates, for the reminder. */
  dueSoonCases: { caseId: string; deleteBy: string }[];
  /** Warnings first given in this run (30 and 7 days before), each recorded in the audit log. */
  warnings: DeletionWarning[];
  /** Cases past their date that wait for their warning to have been given on an earlier day. */
  waiting: number;
}

/** A deletion warning: which case, by when, and at which stage (30 or 7 days before). */
export interface DeletionWarning {
  caseId: string;
  deleteBy: string;
  stage: WarningStage;
}

/** Holders are warned 30 days and again 7 days before a case is deleted. */
export type WarningStage = 30 | 7;

/** The warning due `daysLeft` days before deletion (negative: overdue), or `null` before the 30 days. */
export function warningStage(daysLeft: number): WarningStage | null {
  if (daysLeft <= 7) return 7;
  return daysLeft <= 30 ? 30 : null;
}

const WARNED = "case.deletion_warning";

/**
 * Deletes the case's attachments (blobs, then their rows), then every wrapped key, every entry and the
 * case row in one transaction, with the register row. A blob store that fails leaves the case for the
 * next run.
 */
export async function shredCase(
  database: Database,
  c: CaseRow,
  now: Date,
  reason: Record<string, unknown>,
  deletedOn: string = now.toISOString().slice(0, 10),
  blobs?: BlobStore,
): Promise<void> {
  await shredAttachments(database, blobs, c.id);
  // The anonymised register row outlives the case (Art. 18; Ley 2/2023 art. 26, 32.4).
  const row = registerRow(c, deletedOn, typeof reason.basis === "string" ? reason.basis : "retention");
  await withAudit(
    database,
    { actor: null, action: "case.shredded", caseId: c.id, detail: reason },
    now,
    () => [
      database.db.delete(caseKeys).where(eq(caseKeys.caseId, c.id)),
      database.db.delete(entries).where(eq(entries.caseId, c.id)),
      database.db.delete(caseNotes).where(eq(caseNotes.caseId, c.id)),
      ...personsConcernedDelete(database, c.id),
      database.db.delete(caseExclusions).where(eq(caseExclusions.caseId, c.id)),
      deleteCaseReads(database, c.id),
      database.db.delete(identityRequests).where(eq(identityRequests.caseId, c.id)),
      database.db.delete(disclosures).where(eq(disclosures.caseId, c.id)),
      database.db.delete(caseRecords).where(eq(caseRecords.caseId, c.id)),
      database.db.delete(staffTexts).where(eq(staffTexts.caseId, c.id)),
      database.db.delete(cases).where(eq(cases.id, c.id)),
      database.db.insert(register).values(row),
    ],
  );
}

/**
 * Shreds every case past its deletion date, unless a legal hold stands or, for an open case, its
 * holders were not yet warned. The holders are told 30 and 7 days before (content-free mail, and the
 * date in triage); an open case whose date arrives without the 7-day warning (a date that moved
 * earlier, a scheduler that did not run) is warned now and deleted on a later day, never in the run that
 * warns. Each warning is recorded in the audit log, without content.
 */
export async function runRetention(
  database: Database,
  now: Date,
  warnDays = 30,
  blobs?: BlobStore,
): Promise<RetentionResult> {
  const s = await getSettings(database);
  const today = todayIn(s.timeZone, now);
  await discardStaleUploads(database, blobs, today);
  const result: RetentionResult = {
    shredded: 0,
    held: 0,
    dueSoon: 0,
    dueSoonCases: [],
    warnings: [],
    waiting: 0,
  };
  const dated = (await allCases(database)).flatMap((c) => {
    const d = caseDeadlines(c, s.retentionYears).deleteBy;
    return d ? [{ c, d, daysLeft: daysUntil(d, today) }] : [];
  });
  const given = await auditOfCases(
    database,
    WARNED,
    dated.filter((x) => x.daysLeft <= warnDays).map((x) => x.c.id),
  );
  const warnedOn = new Map<string, string>();
  for (const row of given) {
    const detail = JSON.parse(row.detail) as { stage?: number; deleteBy?: string };
    const key = `${row.caseId}:${detail.stage}:${detail.deleteBy}`;
    if (!warnedOn.has(key)) warnedOn.set(key, todayIn(s.timeZone, new Date(row.at)));
  }
  for (const { c, d, daysLeft } of dated) {
    if (c.legalHold) {
      if (isOverdue(d, today)) result.held += 1;
      continue;
    }
    const stage = warningStage(daysLeft);
    if (stage !== null && daysLeft <= warnDays && !warnedOn.has(`${c.id}:${stage}:${d.date}`)) {
      await appendAudit(
        database,
        { actor: null, action: WARNED, caseId: c.id, detail: { stage, deleteBy: d.date } },
        now,
      );
      warnedOn.set(`${c.id}:${stage}:${d.date}`, today);
      result.warnings.push({ caseId: c.id, deleteBy: d.date, stage });
    }
    if (!isOverdue(d, today)) {
      if (daysLeft <= warnDays) {
        result.dueSoon += 1;
        result.dueSoonCases.push({ caseId: c.id, deleteBy: d.date });
      }
      continue;
    }
    // An open case is never deleted in the run that first warns of it (no open case is deleted by
    // mistake); a closed one past its retention goes at once (retention before serving, after a restore too).
    const warned = warnedOn.get(`${c.id}:7:${d.date}`);
    if (c.status !== "closed" && (warned === undefined || warned >= today)) {
      result.waiting += 1;
      continue;
    }
    await shredCase(database, c, now, { deleteBy: d.date, basis: d.basis }, today, blobs);
    result.shredded += 1;
  }
  if (result.shredded > 0) await database.checkpoint?.();
  return result;
}
