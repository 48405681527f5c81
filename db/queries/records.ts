/**
 * Records of oral reports and meetings (db/schema.ts `case_records`, Art. 18(2)-(4)): how many versions
 * of minutes or a transcript exist and which one the reporting person agreed. The versions themselves
 * are thread entries, written through the one entry insert of case-store.ts.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Database, Write } from "../index";
import { caseRecords } from "../schema";

export type RecordRow = typeof caseRecords.$inferSelect;

export async function recordsOf(database: Database, caseId: string): Promise<RecordRow[]> {
  return database.db
    .select()
    .from(caseRecords)
    .where(eq(caseRecords.caseId, caseId))
    .orderBy(asc(caseRecords.on), asc(caseRecords.id));
}

export async function recordById(
  database: Database,
  caseId: string,
  id: string,
): Promise<RecordRow | undefined> {
  const [row] = await database.db
    .select()
    .from(caseRecords)
    .where(and(eq(caseRecords.caseId, caseId), eq(caseRecords.id, id)));
  return row;
}

/** Whether any case has a record with this id (ids come from a handler's browser). */
export async function recordExists(database: Database, id: string): Promise<boolean> {
  const [row] = await database.db
    .select({ id: caseRecords.id })
    .from(caseRecords)
    .where(eq(caseRecords.id, id));
  return row !== undefined;
}

export function recordInsert(database: Database, row: typeof caseRecords.$inferInsert): Write {
  return database.db.insert(caseRecords).values(row);
}

/**
 * The next version of a record. Guarded by the version it replaces and by "not agreed", so a version
 * can never land on top of an agreement or of another handler's version of the same number.
 */
export function recordNextVersion(database: Database, row: RecordRow): Write {
  return database.db
    .update(caseRecords)
    .set({ version: row.version + 1 })
    .where(and(eq(caseRecords.id, row.id), eq(caseRecords.version, row.version)));
}

/** Marks a version agreed (the reporting person's sign-off). */
export function recordAgreement(database: Database, row: RecordRow, agreedOn: string): Write {
  return database.db
    .update(caseRecords)
    .set({ agreedVersion: row.version, agreedOn })
    .where(and(eq(caseRecords.id, row.id), eq(caseRecords.version, row.version)));
}
