/**
 * The writes of a case, as builders that a verb of server/case/ puts into one atomic batch with its
 * audit link (`commit`). The entries insert exists here once, with the one sequence rule: an entry's
 * seq is its case's next, taken inside the INSERT itself, so two writers can never take the same place
 * in a thread and nobody has to read first and retry.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Database, Write } from "../index";
import {
  caseExclusions,
  caseKeys,
  cases,
  disclosures,
  entries,
  identityRequests,
  NO_DUE,
  staffTexts,
} from "../schema";
import { type AuditEvent, withAudit } from "./audit";

export type NewCase = typeof cases.$inferInsert;
export type CaseChange = Partial<Omit<typeof cases.$inferInsert, "id">>;

/** An entry of a thread: who wrote it, when (the day; the time for handler entries only) and its ciphertext. */
export interface NewEntry {
  id: string;
  caseId: string;
  kind: string;
  author: "reporter" | "handler";
  personId: string | null;
  on: string;
  at: string | null;
  ciphertext: string;
  /**
   * Its place in the signed thread both sides see (crypto/SPEC.md "Signed thread entry"): the number
   * the writer signed, which must be the thread's next or the insert fails (`isThreadMoved`); "next"
   * (the default) takes the next place unchecked; null keeps the entry outside the thread (identity
   * section, notes: anything the reporting person must not receive).
   */
  threadSeq?: number | "next" | null;
}

/** A wrapped copy of a case key ("case") or of the identity key ("identity"). */
export interface WrappedKey {
  personId: string;
  wrapped: string;
}

/** Free text staff wrote about the case, encrypted to its key (schema.ts, staff_texts). */
export function staffTextInsert(database: Database, row: typeof staffTexts.$inferInsert): Write {
  return database.db.insert(staffTexts).values(row);
}

/** The case's staff texts (ciphertexts), oldest first. */
export async function staffTextsOf(database: Database, caseId: string) {
  const rows = await database.db.select().from(staffTexts).where(eq(staffTexts.caseId, caseId));
  return rows
    .sort((a, b) => a.on.localeCompare(b.on))
    .map((r) => ({ id: r.id, kind: r.kind, personId: r.personId, on: r.on, ciphertext: r.ciphertext }));
}

/**
 * The one insert of an entry: its seq is the case's highest plus one, taken in the same statement. An
 * entry that claims a place in the thread gets it only if that place is the next one; otherwise its
 * seq is NULL and the NOT NULL constraint fails the whole batch, so a writer who signed against an
 * old head never leaves a second entry with the same place.
 */
export function entryInsert(database: Database, entry: NewEntry): Write {
  const { threadSeq: claimed = "next", ...row } = entry;
  const nextSeq = sql<number>`(select coalesce(max(e.seq), 0) + 1 from entries e where e.case_id = ${entry.caseId})`;
  if (claimed === null) return database.db.insert(entries).values({ ...row, seq: nextSeq, threadSeq: null });
  if (claimed === "next") {
    const nextThread = sql<number>`(select coalesce(max(e.thread_seq), 0) + 1 from entries e where e.case_id = ${entry.caseId})`;
    return database.db.insert(entries).values({ ...row, seq: nextSeq, threadSeq: nextThread });
  }
  const checkedSeq = sql<number>`(select case when coalesce(max(e.thread_seq), 0) + 1 = ${claimed} then coalesce(max(e.seq), 0) + 1 end from entries e where e.case_id = ${entry.caseId})`;
  return database.db.insert(entries).values({ ...row, seq: checkedSeq, threadSeq: claimed });
}

/** True when a batch failed because an entry claimed a place in the thread that was not the next. */
export function isThreadMoved(e: unknown): boolean {
  for (let cur: unknown = e; cur; cur = (cur as { cause?: unknown }).cause) {
    const msg = String((cur as { message?: unknown }).message ?? "");
    if (/NOT NULL constraint failed: entries\.seq|entries\.case_id, entries\.thread_seq/.test(msg))
      return true;
  }
  return false;
}

export function caseInsert(database: Database, row: NewCase): Write {
  return database.db.insert(cases).values(row);
}

/** The triage copy each key row keeps of its case: next due day and receipt day. */
export interface TriageCopy {
  nextDueOn: string | null;
  receivedOn: string;
}

/**
 * Changes a case. A change of its next due day reaches the key rows too, in the same batch, so the
 * triage index never disagrees with the case.
 */
export function caseUpdate(database: Database, caseId: string, change: CaseChange): Write[] {
  const writes: Write[] = [database.db.update(cases).set(change).where(eq(cases.id, caseId))];
  if ("nextDueOn" in change) {
    writes.push(
      database.db
        .update(caseKeys)
        .set({ dueOn: change.nextDueOn ?? NO_DUE })
        .where(eq(caseKeys.caseId, caseId)),
    );
  }
  return writes;
}

/** Wrapped keys of one kind; a person who already holds one keeps it. */
export function keyInserts(
  database: Database,
  caseId: string,
  kind: "case" | "identity",
  keys: readonly WrappedKey[],
  grantedAt: string,
  grantedBy: string | null,
  triage: TriageCopy,
): Write[] {
  const copy = { dueOn: triage.nextDueOn ?? NO_DUE, receivedOn: triage.receivedOn };
  return keys.map((k) =>
    database.db
      .insert(caseKeys)
      .values({ caseId, personId: k.personId, kind, wrapped: k.wrapped, grantedAt, grantedBy, ...copy })
      .onConflictDoNothing(),
  );
}

/** Deletes every key a person holds for a case (revoke, give up). */
export function keysDelete(database: Database, caseId: string, personId: string): Write {
  return database.db
    .delete(caseKeys)
    .where(and(eq(caseKeys.caseId, caseId), eq(caseKeys.personId, personId)));
}

export function exclusionInserts(database: Database, caseId: string, personIds: readonly string[]): Write[] {
  return personIds.map((personId) => database.db.insert(caseExclusions).values({ caseId, personId }));
}

export function identityRequestInsert(database: Database, row: typeof identityRequests.$inferInsert): Write {
  return database.db.insert(identityRequests).values(row);
}

export function identityRequestDecision(
  database: Database,
  requestId: string,
  decision: { state: string; decidedBy: string; decidedAt: string },
): Write {
  return database.db.update(identityRequests).set(decision).where(eq(identityRequests.id, requestId));
}

export function disclosureInsert(database: Database, row: typeof disclosures.$inferInsert): Write {
  return database.db.insert(disclosures).values(row);
}

/**
 * Runs one verb's writes in one atomic batch, with its audit link when there is one. Reporting-person
 * actions have none: their place between timed staff entries would date them.
 */
export async function commit(
  database: Database,
  audit: (AuditEvent & { at: Date }) | null,
  writes: Write[],
): Promise<void> {
  if (audit) return withAudit(database, audit, audit.at, () => writes);
  if (writes.length > 0) await database.batch(writes);
}
