/** Attachment rows (db/schema.ts `attachments`): the bookkeeping of streamed uploads. */
import { and, asc, eq, lt, sum } from "drizzle-orm";
import type { Database } from "../index";
import { attachments } from "../schema";

export type AttachmentRow = typeof attachments.$inferSelect;

export async function attachmentById(
  database: Database,
  caseId: string,
  id: string,
): Promise<AttachmentRow | undefined> {
  const [row] = await database.db
    .select()
    .from(attachments)
    .where(and(eq(attachments.caseId, caseId), eq(attachments.id, id)));
  return row;
}

export async function attachmentsOf(database: Database, caseId: string): Promise<AttachmentRow[]> {
  return database.db
    .select()
    .from(attachments)
    .where(eq(attachments.caseId, caseId))
    .orderBy(asc(attachments.on), asc(attachments.id));
}

/** Bytes of every attachment of a case, stored or still arriving (what the per-case limit counts). */
export async function attachmentBytesOf(database: Database, caseId: string): Promise<number> {
  const [row] = await database.db
    .select({ total: sum(attachments.size) })
    .from(attachments)
    .where(eq(attachments.caseId, caseId));
  return Number(row?.total ?? 0);
}

/**
 * Records a stored part, only if nobody else moved the upload on meanwhile.
 *
 * @returns false when the row changed (a concurrent part, or the upload was discarded).
 */
export async function recordPart(
  database: Database,
  row: AttachmentRow,
  received: number,
  parts: string[],
): Promise<boolean> {
  const changed = await database.db
    .update(attachments)
    .set({ received, parts: JSON.stringify(parts) })
    .where(
      and(
        eq(attachments.id, row.id),
        eq(attachments.received, row.received),
        eq(attachments.state, "uploading"),
      ),
    )
    .returning({ id: attachments.id });
  return changed.length === 1;
}

export async function markStored(database: Database, id: string): Promise<void> {
  await database.db.update(attachments).set({ state: "stored", parts: "[]" }).where(eq(attachments.id, id));
}

export async function deleteAttachmentRow(database: Database, id: string): Promise<void> {
  await database.db.delete(attachments).where(eq(attachments.id, id));
}

/** Uploads that started before `day` and never completed. */
export async function staleUploads(database: Database, day: string): Promise<AttachmentRow[]> {
  return database.db
    .select()
    .from(attachments)
    .where(and(eq(attachments.state, "uploading"), lt(attachments.on, day)));
}
