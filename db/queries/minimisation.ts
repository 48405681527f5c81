/**
 * The writes of Art. 17 minimisation (crypto/SPEC.md "Minimisation (Art. 17)"): an entry's row becomes
 * a content-free tombstone that keeps its place in the thread; an attachment's row goes.
 */
import { and, eq, max } from "drizzle-orm";
import type { Database, Write } from "../index";
import { attachments, entries } from "../schema";

/** The kind a removed entry's row carries; its ciphertext is empty. */
export const MINIMISED_KIND = "minimised";

/** Empties an entry's row: no ciphertext, no kind of its own; who wrote it and when stay. */
export function entryTombstone(database: Database, caseId: string, entryId: string): Write {
  return database.db
    .update(entries)
    .set({ ciphertext: "", kind: MINIMISED_KIND })
    .where(and(eq(entries.caseId, caseId), eq(entries.id, entryId)));
}

/** Deletes an attachment's row with its encrypted name, type and size. */
export function attachmentDelete(database: Database, caseId: string, attachmentId: string): Write {
  return database.db
    .delete(attachments)
    .where(and(eq(attachments.caseId, caseId), eq(attachments.id, attachmentId)));
}

/** The last place taken in a case's thread (0 when empty). */
export async function threadEnd(database: Database, caseId: string): Promise<number> {
  const [row] = await database.db
    .select({ end: max(entries.threadSeq) })
    .from(entries)
    .where(eq(entries.caseId, caseId));
  return row?.end ?? 0;
}
