/**
 * Reporter activity a handler has not seen: the newest entry the reporting person wrote in a case,
 * compared with how far each handler has read (`case_reads.seen_seq`) and been mailed about
 * (`notified_seq`). Sequence numbers only: no time of a reporter's action is stored for this.
 */
import { and, eq, inArray, isNull, max, ne, sql } from "drizzle-orm";
import type { Database } from "../index";
import { caseKeys, caseReads, cases, entries, persons } from "../schema";

/** The newest reporter entry's sequence number per case (cases without one are absent). */
async function lastReporterSeq(database: Database, caseIds?: string[]): Promise<Map<string, number>> {
  if (caseIds && caseIds.length === 0) return new Map();
  const rows = await database.db
    .select({ caseId: entries.caseId, seq: max(entries.seq) })
    .from(entries)
    .where(and(eq(entries.author, "reporter"), caseIds ? inArray(entries.caseId, caseIds) : undefined))
    .groupBy(entries.caseId);
  return new Map(rows.map((r) => [r.caseId, r.seq ?? 0]));
}

/** Records that `personId` has read the case up to its newest entry now. */
export async function markCaseSeen(database: Database, caseId: string, personId: string): Promise<void> {
  const [last] = await database.db
    .select({ seq: max(entries.seq) })
    .from(entries)
    .where(eq(entries.caseId, caseId));
  const seq = last?.seq ?? 0;
  await database.db
    .insert(caseReads)
    .values({ caseId, personId, seenSeq: seq })
    .onConflictDoUpdate({
      target: [caseReads.caseId, caseReads.personId],
      set: { seenSeq: sql`max(${caseReads.seenSeq}, ${seq})` },
    });
}

/** Of `caseIds`, those where the reporting person wrote after `personId` last opened the case. */
export async function casesWithNewActivity(
  database: Database,
  personId: string,
  caseIds: string[],
): Promise<Set<string>> {
  const last = await lastReporterSeq(database, caseIds);
  if (last.size === 0) return new Set();
  const reads = await database.db
    .select({ caseId: caseReads.caseId, seenSeq: caseReads.seenSeq })
    .from(caseReads)
    .where(and(eq(caseReads.personId, personId), inArray(caseReads.caseId, [...last.keys()])));
  const seen = new Map(reads.map((r) => [r.caseId, r.seenSeq]));
  return new Set([...last].filter(([id, seq]) => seq > (seen.get(id) ?? 0)).map(([id]) => id));
}

/** One person's open cases with reporter activity they have neither seen nor been mailed about. */
export interface UnnotifiedActivity {
  personId: string;
  cases: { caseId: string; seq: number }[];
}

/** Every active holder of an open case with reporter activity past both their read and mail marks. */
export async function unnotifiedActivity(database: Database): Promise<UnnotifiedActivity[]> {
  const last = await lastReporterSeq(database);
  if (last.size === 0) return [];
  const rows = await database.db
    .select({
      caseId: caseKeys.caseId,
      personId: caseKeys.personId,
      seenSeq: caseReads.seenSeq,
      notifiedSeq: caseReads.notifiedSeq,
    })
    .from(caseKeys)
    .innerJoin(cases, and(eq(cases.id, caseKeys.caseId), ne(cases.status, "closed")))
    .innerJoin(persons, and(eq(persons.id, caseKeys.personId), isNull(persons.removedAt)))
    .leftJoin(
      caseReads,
      and(eq(caseReads.caseId, caseKeys.caseId), eq(caseReads.personId, caseKeys.personId)),
    )
    .where(eq(caseKeys.kind, "case"));
  const byPerson = new Map<string, UnnotifiedActivity>();
  for (const r of rows) {
    const seq = last.get(r.caseId) ?? 0;
    if (seq <= Math.max(r.seenSeq ?? 0, r.notifiedSeq ?? 0)) continue;
    const entry = byPerson.get(r.personId) ?? { personId: r.personId, cases: [] };
    entry.cases.push({ caseId: r.caseId, seq });
    byPerson.set(r.personId, entry);
  }
  return [...byPerson.values()];
}

/** Records that `personId` was told about each case up to `seq`. */
export async function markNotified(
  database: Database,
  personId: string,
  notified: { caseId: string; seq: number }[],
): Promise<void> {
  for (const { caseId, seq } of notified) {
    await database.db
      .insert(caseReads)
      .values({ caseId, personId, notifiedSeq: seq })
      .onConflictDoUpdate({
        target: [caseReads.caseId, caseReads.personId],
        set: { notifiedSeq: sql`max(${caseReads.notifiedSeq}, ${seq})` },
      });
  }
}

/** Forgets a case's read marks (with the case, when it is shredded). */
export function deleteCaseReads(database: Database, caseId: string) {
  return database.db.delete(caseReads).where(eq(caseReads.caseId, caseId));
}
