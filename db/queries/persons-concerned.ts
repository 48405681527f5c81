/**
 * Persons concerned and disclosures of their identity (server/case/persons-concerned.ts). Rows hold
 * ciphertexts, days and states only; every write is a `Write` for the caller's audited batch.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Database, Write } from "../index";
import { concernedDisclosures, personsConcerned } from "../schema";

export type PersonConcernedRow = typeof personsConcerned.$inferSelect;
export type ConcernedDisclosureRow = typeof concernedDisclosures.$inferSelect;

export async function personsConcernedOf(database: Database, caseId: string): Promise<PersonConcernedRow[]> {
  return database.db
    .select()
    .from(personsConcerned)
    .where(eq(personsConcerned.caseId, caseId))
    .orderBy(asc(personsConcerned.addedAt), asc(personsConcerned.id));
}

export async function personConcernedById(
  database: Database,
  caseId: string,
  id: string,
): Promise<PersonConcernedRow | undefined> {
  const [row] = await database.db
    .select()
    .from(personsConcerned)
    .where(and(eq(personsConcerned.caseId, caseId), eq(personsConcerned.id, id)));
  return row;
}

export function personConcernedInsert(database: Database, row: typeof personsConcerned.$inferInsert): Write {
  return database.db.insert(personsConcerned).values(row);
}

export function personConcernedUpdate(
  database: Database,
  id: string,
  change: Partial<Pick<PersonConcernedRow, "informedOn" | "informDeferredOn" | "deferralReason" | "heardOn">>,
): Write {
  return database.db.update(personsConcerned).set(change).where(eq(personsConcerned.id, id));
}

export async function concernedDisclosuresOf(
  database: Database,
  caseId: string,
): Promise<ConcernedDisclosureRow[]> {
  return database.db
    .select()
    .from(concernedDisclosures)
    .where(eq(concernedDisclosures.caseId, caseId))
    .orderBy(asc(concernedDisclosures.requestedAt), asc(concernedDisclosures.id));
}

export function concernedDisclosureInsert(
  database: Database,
  row: typeof concernedDisclosures.$inferInsert,
): Write {
  return database.db.insert(concernedDisclosures).values(row);
}

export function concernedDisclosureUpdate(
  database: Database,
  id: string,
  change: Partial<Pick<ConcernedDisclosureRow, "state" | "decidedBy" | "decidedAt" | "disclosedOn">>,
): Write {
  return database.db.update(concernedDisclosures).set(change).where(eq(concernedDisclosures.id, id));
}

/** Every row about the case's persons concerned, for crypto-shredding the case. */
export function personsConcernedDelete(database: Database, caseId: string): Write[] {
  return [
    database.db.delete(concernedDisclosures).where(eq(concernedDisclosures.caseId, caseId)),
    database.db.delete(personsConcerned).where(eq(personsConcerned.caseId, caseId)),
  ];
}
