/**
 * Triage for a real team: a holder's cases paged, filtered and sorted in SQL. Every query starts from
 * the holder's key rows (case_keys) and walks one of its triage indexes, so a page reads about a
 * page of rows however many cases the holder has, on SQLite and on D1 alike; no list of ids is ever
 * bound beyond one page.
 */
import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { Database } from "../index";
import { caseKeys, cases, NO_DUE } from "../schema";
import type { CaseRow } from "./cases";

export const TRIAGE_FILTERS = ["all", "open", "overdue", "due_week", "closed", "on_hold", "mine"] as const;
export type TriageFilter = (typeof TRIAGE_FILTERS)[number];
export const TRIAGE_SORTS = ["due", "received_desc"] as const;
export type TriageSort = (typeof TRIAGE_SORTS)[number];

/** The largest page: also the most ids any triage query binds. */
export const MAX_PAGE = 50;

export interface TriageQuery {
  personId: string;
  filter: TriageFilter;
  channelId?: string;
  sort: TriageSort;
  /** The organisation's today, and the last day of "due this week" (today + 6). */
  today: string;
  weekEnd: string;
  /** Where the previous page ended: the sort key and case id of its last row. */
  after?: { key: string; caseId: string };
  limit: number;
}

export interface TriagePage {
  rows: CaseRow[];
  /** The cursor of the next page, or null on the last. */
  next: { key: string; caseId: string } | null;
}

function filterOf(q: TriageQuery): SQL | undefined {
  switch (q.filter) {
    case "open":
      return ne(cases.status, "closed");
    case "closed":
      return eq(cases.status, "closed");
    case "overdue":
      return lt(caseKeys.dueOn, q.today);
    case "due_week":
      return and(gte(caseKeys.dueOn, q.today), lte(caseKeys.dueOn, q.weekEnd));
    case "on_hold":
      return isNotNull(cases.legalHold);
    case "mine":
      return eq(cases.assigneeId, q.personId);
    default:
      return undefined;
  }
}

/** One page of a holder's cases, nearest deadline first (or newest first), after `q.after`. */
export async function triagePage(database: Database, q: TriageQuery): Promise<TriagePage> {
  const byDue = q.sort === "due";
  const key = byDue ? caseKeys.dueOn : caseKeys.receivedOn;
  const cursor = q.after
    ? byDue
      ? sql`(${caseKeys.dueOn}, ${caseKeys.caseId}) > (${q.after.key}, ${q.after.caseId})`
      : sql`(${caseKeys.receivedOn}, ${caseKeys.caseId}) < (${q.after.key}, ${q.after.caseId})`
    : undefined;
  const rows = await database.db
    .select({ row: cases, key })
    .from(caseKeys)
    .innerJoin(cases, eq(cases.id, caseKeys.caseId))
    .where(
      and(
        eq(caseKeys.personId, q.personId),
        eq(caseKeys.kind, "case"),
        filterOf(q),
        q.channelId ? eq(cases.channelId, q.channelId) : undefined,
        cursor,
      ),
    )
    .orderBy(
      ...(byDue
        ? [asc(caseKeys.dueOn), asc(caseKeys.caseId)]
        : [desc(caseKeys.receivedOn), desc(caseKeys.caseId)]),
    )
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    rows: page.map((r) => r.row),
    next: rows.length > q.limit && last ? { key: last.key, caseId: last.row.id } : null,
  };
}

/** How many of a holder's cases are past their next due day: one range of the triage index. */
export async function overdueCount(database: Database, personId: string, today: string): Promise<number> {
  const [row] = await database.db
    .select({ n: count() })
    .from(caseKeys)
    .where(and(eq(caseKeys.personId, personId), eq(caseKeys.kind, "case"), lt(caseKeys.dueOn, today)));
  return row?.n ?? 0;
}

/** What the browser needs to decrypt one page's summaries: the holder's wrapped key and the summary. */
export async function pageKeys(database: Database, personId: string, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return database.db
    .select({
      id: cases.id,
      myKey: caseKeys.wrapped,
      summary: cases.summary,
    })
    .from(caseKeys)
    .innerJoin(cases, eq(cases.id, caseKeys.caseId))
    .where(
      and(
        eq(caseKeys.personId, personId),
        eq(caseKeys.kind, "case"),
        inArray(caseKeys.caseId, caseIds.slice(0, MAX_PAGE)),
      ),
    );
}

/** Cases that should have a due day but were stored before it existed. */
export async function casesMissingDue(database: Database): Promise<CaseRow[]> {
  return database.db
    .select()
    .from(cases)
    .where(
      and(
        isNull(cases.nextDueOn),
        ne(cases.status, "closed"),
        or(isNull(cases.acknowledgedOn), isNull(cases.feedbackOn)),
      ),
    );
}

/** Open cases by their next step, and how many of each are overdue (organisation-wide counts, no content). */
export async function openByNextStep(database: Database, today: string) {
  return database.db
    .select({
      kind: cases.nextDueKind,
      open: count(),
      overdue: sql<number>`sum(case when ${cases.nextDueOn} < ${today} then 1 else 0 end)`,
    })
    .from(cases)
    .where(ne(cases.status, "closed"))
    .groupBy(cases.nextDueKind);
}

/** The clock facts of cases received since `from`, for on-time rates. */
export async function clockFactsSince(database: Database, from: string) {
  return database.db
    .select({
      jurisdiction: cases.jurisdiction,
      channelKind: cases.channelKind,
      receivedOn: cases.receivedOn,
      acknowledgedOn: cases.acknowledgedOn,
      followUpOn: cases.followUpOn,
      feedbackOn: cases.feedbackOn,
      closedOn: cases.closedOn,
      outcomeCommunicatedOn: cases.outcomeCommunicatedOn,
      extended: cases.extended,
      status: cases.status,
    })
    .from(cases)
    .where(gte(cases.receivedOn, from));
}

export { NO_DUE };
