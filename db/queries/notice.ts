/** Queries and write builders behind the annual notice (versions, issuances) and transparency periods. */
import { desc, eq } from "drizzle-orm";
import type { Database, Write } from "../index";
import { noticeIssuances, noticeVersions, settings, transparencyPeriods } from "../schema";

export type NoticeVersion = typeof noticeVersions.$inferSelect;
export type TransparencyPeriod = typeof transparencyPeriods.$inferSelect;

/** Every notice version, newest first. */
export async function noticeVersionsOf(database: Database): Promise<NoticeVersion[]> {
  return database.db.select().from(noticeVersions).orderBy(desc(noticeVersions.version));
}

/** The newest approved version, the one the public pages render; null before the first approval. */
export async function approvedNoticeVersion(database: Database): Promise<NoticeVersion | null> {
  return (await noticeVersionsOf(database)).find((x) => x.approvedAt) ?? null;
}

export async function noticeVersion(database: Database, version: number): Promise<NoticeVersion | undefined> {
  const [row] = await database.db.select().from(noticeVersions).where(eq(noticeVersions.version, version));
  return row;
}

/** Every recorded issue of the notice, newest first. */
export async function noticeIssuancesOf(database: Database) {
  return database.db.select().from(noticeIssuances).orderBy(desc(noticeIssuances.issuedOn));
}

export const noticeVersionInsert = (database: Database, row: typeof noticeVersions.$inferInsert): Write =>
  database.db.insert(noticeVersions).values(row);

export const noticeVersionApproval = (
  database: Database,
  id: string,
  approval: { approvedAt: string; approvedBy: string },
): Write => database.db.update(noticeVersions).set(approval).where(eq(noticeVersions.id, id));

export const noticeIssuanceInsert = (database: Database, row: typeof noticeIssuances.$inferInsert): Write =>
  database.db.insert(noticeIssuances).values(row);

/** The organisation profile (JSON) and the one name it shares with the settings. */
export const profileUpdate = (database: Database, profile: string, orgName: string, now: Date): Write =>
  database.db
    .update(settings)
    .set({ profile, orgName, updatedAt: now.toISOString() })
    .where(eq(settings.id, 1));

/** The published period `id`, or the latest when none is asked for. */
export async function publishedPeriod(database: Database, id?: string): Promise<TransparencyPeriod | null> {
  const rows = await database.db.select().from(transparencyPeriods).orderBy(desc(transparencyPeriods.toOn));
  return (id ? rows.find((r) => r.id === id) : rows[0]) ?? null;
}

export const periodInsert = (database: Database, row: typeof transparencyPeriods.$inferInsert): Write =>
  database.db.insert(transparencyPeriods).values(row);
