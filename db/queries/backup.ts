/** The backup recipient row (id 1): set by an admin, read by the backup command and the console. */
import { eq } from "drizzle-orm";
import type { Database, Write } from "../index";
import { backupSettings } from "../schema";

export type BackupSettings = typeof backupSettings.$inferSelect;

/** The configured backup recipient, or `null` while none is set. */
export async function getBackupSettings(database: Database): Promise<BackupSettings | null> {
  const [row] = await database.db.select().from(backupSettings).where(eq(backupSettings.id, 1));
  return row ?? null;
}

/** The write that sets (or replaces) the recipient, for `withAudit`. */
export function setBackupRecipient(
  database: Database,
  recipient: string,
  personId: string | null,
  now: Date,
): Write {
  const row = { id: 1, recipient, setAt: now.toISOString(), setBy: personId };
  return database.db
    .insert(backupSettings)
    .values(row)
    .onConflictDoUpdate({ target: backupSettings.id, set: { recipient, setAt: row.setAt, setBy: personId } });
}
