/**
 * Handlers' internal notes and the case's notes key (crypto/SPEC.md "Internal notes"). The server keeps
 * only ciphertexts and wrapped copies; which holders still lack a copy is a join over case_keys.
 */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Database, Write } from "../index";
import { caseKeys, caseNotes, cases, NO_DUE, persons } from "../schema";

export type NoteRow = typeof caseNotes.$inferSelect;

export async function notesOf(database: Database, caseId: string): Promise<NoteRow[]> {
  return database.db
    .select()
    .from(caseNotes)
    .where(eq(caseNotes.caseId, caseId))
    .orderBy(asc(caseNotes.at), asc(caseNotes.id));
}

export function noteInsert(database: Database, row: typeof caseNotes.$inferInsert): Write {
  return database.db.insert(caseNotes).values(row);
}

/**
 * Sets the case's notes recipient only where none is set yet, so two first notes written at once cannot
 * leave two keys; the caller reads the case again to learn whether its key won.
 */
export function notesRecipientSet(database: Database, caseId: string, recipient: string): Write {
  return database.db
    .update(cases)
    .set({ notesRecipient: recipient })
    .where(and(eq(cases.id, caseId), isNull(cases.notesRecipient)));
}

/** Holders of the case key (active people) who hold no notes key yet, with their public keys. */
export async function holdersWithoutNotesKey(database: Database, caseId: string) {
  const rows = await database.db
    .select({ personId: caseKeys.personId, recipient: persons.recipient, kind: caseKeys.kind })
    .from(caseKeys)
    .innerJoin(persons, eq(persons.id, caseKeys.personId))
    .where(and(eq(caseKeys.caseId, caseId), isNull(persons.removedAt)));
  const withNotes = new Set(rows.filter((r) => r.kind === "notes").map((r) => r.personId));
  return rows
    .filter((r) => r.kind === "case" && !withNotes.has(r.personId))
    .map(({ personId, recipient }) => ({ personId, recipient }));
}

/** Who is on the case: `null` takes the assignment away. */
export function assigneeSet(database: Database, caseId: string, personId: string | null): Write {
  return database.db.update(cases).set({ assigneeId: personId }).where(eq(cases.id, caseId));
}

/**
 * Wrapped copies of the notes key, each written only while the case's notes recipient is still
 * `recipient`: a copy of a key that lost the race to be the case's first is never stored. A person who
 * already holds a copy keeps it.
 */
export function notesKeyInserts(
  database: Database,
  caseId: string,
  recipient: string,
  keys: readonly { personId: string; wrapped: string }[],
  grantedAt: string,
  grantedBy: string,
): Write[] {
  return keys.map((k) =>
    database.db
      .insert(caseKeys)
      .select(
        database.db
          .select({
            caseId: cases.id,
            personId: sql<string>`${k.personId}`.as("person_id"),
            kind: sql<string>`'notes'`.as("kind"),
            wrapped: sql<string>`${k.wrapped}`.as("wrapped"),
            grantedAt: sql<string>`${grantedAt}`.as("granted_at"),
            grantedBy: sql<string>`${grantedBy}`.as("granted_by"),
            dueOn: sql<string>`coalesce(${cases.nextDueOn}, ${NO_DUE})`.as("due_on"),
            receivedOn: cases.receivedOn,
          })
          .from(cases)
          .where(and(eq(cases.id, caseId), eq(cases.notesRecipient, recipient))),
      )
      .onConflictDoNothing(),
  );
}
