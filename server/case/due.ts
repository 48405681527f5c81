/**
 * The next due day of a case, stored on every change (cases.next_due_on, and the triage copies in
 * case_keys), so that triage pages, filters and sorts in SQL. The day and kind come from the rule
 * engine; whether a day has passed is decided at read time against the organisation's today.
 */
import type { Database } from "../../db/index";
import { caseUpdate } from "../../db/queries/case-store";
import type { Settings } from "../../db/queries/settings";
import { casesMissingDue } from "../../db/queries/triage";
import { type CaseClockFacts, caseDeadlines, type DueKind, nextDue } from "../cases/deadlines";

export interface DueFields {
  nextDueOn: string | null;
  nextDueKind: DueKind | null;
}

/** The next deadline's day and kind for a case as it now stands. */
export function dueOf(heldCase: CaseClockFacts, settings: Pick<Settings, "retentionYears">): DueFields {
  const next = nextDue(heldCase, caseDeadlines(heldCase, settings.retentionYears));
  return { nextDueOn: next?.deadline?.date ?? null, nextDueKind: next?.kind ?? null };
}

/** Fills the due day of cases stored before it existed; cheap when there are none. */
export async function backfillDueDays(database: Database, settings: Settings): Promise<number> {
  const missing = await casesMissingDue(database);
  for (const row of missing) await database.batch(caseUpdate(database, row.id, dueOf(row, settings)));
  return missing.length;
}
