/**
 * Data for content-free reminder mails: the clock facts of open cases with the people who hold their
 * keys, the addresses people chose for notifications, and the outbox the scheduler drains. The outbox
 * `dedupeKey` is unique, so a mail planned twice is queued once.
 */
import { and, asc, eq, inArray, isNotNull, isNull, like, lt, ne, notLike, sql } from "drizzle-orm";
import type { Database } from "../index";
import { personOfReminderKey, reminderDedupeKey } from "../reminder-keys";
import { caseKeys, cases, outbox, persons } from "../schema";

/** What the reminder plan needs of an open case: its dates, and who can open it. No content, no keys. */
export interface OpenCaseClock {
  id: string;
  jurisdiction: string;
  channelKind: string;
  receivedOn: string;
  acknowledgedOn: string | null;
  feedbackOn: string | null;
  closedOn: string | null;
  outcomeCommunicatedOn: string | null;
  meetingRequestedOn: string | null;
  meetingProposedOn: string | null;
  furtherFeedbackRequestedOn: string | null;
  lastFeedbackOn: string | null;
  concernedToInform: boolean;
  extended: boolean;
  status: string;
  /** Active persons holding a case key. */
  holders: string[];
}

/** Every case that is not closed, with the active persons who hold its case key. */
export async function openCaseClocks(database: Database): Promise<OpenCaseClock[]> {
  const rows = await database.db
    .select({
      id: cases.id,
      jurisdiction: cases.jurisdiction,
      channelKind: cases.channelKind,
      receivedOn: cases.receivedOn,
      acknowledgedOn: cases.acknowledgedOn,
      feedbackOn: cases.feedbackOn,
      closedOn: cases.closedOn,
      outcomeCommunicatedOn: cases.outcomeCommunicatedOn,
      meetingRequestedOn: cases.meetingRequestedOn,
      meetingProposedOn: cases.meetingProposedOn,
      furtherFeedbackRequestedOn: cases.furtherFeedbackRequestedOn,
      lastFeedbackOn: cases.lastFeedbackOn,
      concernedToInform: cases.concernedToInform,
      extended: cases.extended,
      status: cases.status,
      holder: persons.id,
    })
    .from(cases)
    .leftJoin(caseKeys, and(eq(caseKeys.caseId, cases.id), eq(caseKeys.kind, "case")))
    .leftJoin(persons, and(eq(persons.id, caseKeys.personId), isNull(persons.removedAt)))
    .where(ne(cases.status, "closed"));
  const byId = new Map<string, OpenCaseClock>();
  for (const { holder, ...c } of rows) {
    const entry = byId.get(c.id) ?? { ...c, holders: [] };
    if (holder && !entry.holders.includes(holder)) entry.holders.push(holder);
    byId.set(c.id, entry);
  }
  return [...byId.values()];
}

/** The notification address of each of `personIds` that set one and is still active. */
export async function notifyAddresses(database: Database, personIds: string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await database.db
    .select({ id: persons.id, email: persons.notifyEmail })
    .from(persons)
    .where(and(inArray(persons.id, personIds), isNull(persons.removedAt), isNotNull(persons.notifyEmail)));
  return new Map(rows.flatMap((r) => (r.email ? [[r.id, r.email] as const] : [])));
}

export type OutboxRow = typeof outbox.$inferSelect;

/** Queues a mail unless one with its dedupe key exists; true when it was queued now. */
export async function enqueueMail(
  database: Database,
  mail: Pick<OutboxRow, "id" | "to" | "subject" | "body" | "createdAt" | "dedupeKey">,
): Promise<boolean> {
  const added = await database.db
    .insert(outbox)
    .values(mail)
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
  return added.length > 0;
}

/**
 * Deletes reminders of earlier days that never went out: their counts are stale, and today's plan
 * queues a fresh one for whoever still has cases that need attention.
 */
export async function dropStaleReminders(database: Database, day: string): Promise<void> {
  await database.db
    .delete(outbox)
    .where(
      and(
        isNull(outbox.sentAt),
        like(outbox.dedupeKey, "reminder:%"),
        notLike(outbox.dedupeKey, reminderDedupeKey(day, "%")),
      ),
    );
}

/**
 * Deletes waiting reminders whose person has since removed or changed their address, or left: nothing
 * more goes to an address its owner no longer wants used.
 */
export async function dropRedirectedReminders(database: Database): Promise<void> {
  const waiting = await database.db
    .select({ id: outbox.id, to: outbox.to, dedupeKey: outbox.dedupeKey })
    .from(outbox)
    .where(and(isNull(outbox.sentAt), like(outbox.dedupeKey, "reminder:%")));
  if (waiting.length === 0) return;
  const addresses = await notifyAddresses(database, [
    ...new Set(waiting.map((w) => personOfReminderKey(w.dedupeKey))),
  ]);
  const gone = waiting
    .filter((w) => addresses.get(personOfReminderKey(w.dedupeKey)) !== w.to)
    .map((w) => w.id);
  if (gone.length > 0) await database.db.delete(outbox).where(inArray(outbox.id, gone));
}

/** Mails not sent yet, least tried first. */
export async function unsentMail(database: Database, limit: number): Promise<OutboxRow[]> {
  return database.db
    .select()
    .from(outbox)
    .where(isNull(outbox.sentAt))
    .orderBy(asc(outbox.attempts), asc(outbox.createdAt))
    .limit(limit);
}

/**
 * Counts one delivery attempt, only if nobody else counted it since `row` was read: of two runs that
 * overlap, one claims the mail and the other leaves it alone.
 */
export async function claimMail(
  database: Database,
  row: Pick<OutboxRow, "id" | "attempts">,
): Promise<boolean> {
  const claimed = await database.db
    .update(outbox)
    .set({ attempts: sql`${outbox.attempts} + 1` })
    .where(and(eq(outbox.id, row.id), eq(outbox.attempts, row.attempts), isNull(outbox.sentAt)))
    .returning({ id: outbox.id });
  return claimed.length > 0;
}

export async function markMailSent(database: Database, id: string, at: Date): Promise<void> {
  await database.db
    .update(outbox)
    .set({ sentAt: at.toISOString(), lastError: null })
    .where(eq(outbox.id, id));
}

/** Records why a delivery failed: an error code, never a server's message. */
export async function markMailFailed(database: Database, id: string, reason: string): Promise<void> {
  await database.db.update(outbox).set({ lastError: reason }).where(eq(outbox.id, id));
}

/** Forgets sent mails (and so the addresses they went to) once their dedupe key has no use left. */
export async function pruneSentMail(database: Database, before: Date): Promise<void> {
  await database.db
    .delete(outbox)
    .where(and(isNotNull(outbox.sentAt), lt(outbox.sentAt, before.toISOString())));
}
