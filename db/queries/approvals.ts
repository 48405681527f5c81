/**
 * Changes waiting for a second admin, and the notices that tell handlers a new person can read their
 * channel's reports. Query helpers only; the rules are in server/admin/.
 */
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Database, Write } from "../index";
import { channelMembers, outbox, pendingChanges, persons, staffNotices } from "../schema";
import { type Role, rolesOf } from "./persons";
import type { SettingsChange } from "./settings";

export type PendingChange = typeof pendingChanges.$inferSelect;
/** What a waiting change does; the server writes only these kinds. */
export type PendingKind = "roles" | "members" | "enrolment" | "settings";
/** A waiting change's `change` column, parsed: roles, members, an enrolment's channels, or settings. */
export type PendingChangeBody = {
  roles?: Role[];
  personIds?: string[];
  channelIds?: string[];
} & SettingsChange;
export type StaffNotice = typeof staffNotices.$inferSelect;

/** Ids of the active admins. */
export async function adminIds(database: Database): Promise<string[]> {
  const rows = await database.db
    .select({ id: persons.id, roles: persons.roles })
    .from(persons)
    .where(isNull(persons.removedAt));
  return rows.filter((p) => rolesOf(p).includes("admin")).map((p) => p.id);
}

export async function pendingList(database: Database): Promise<PendingChange[]> {
  const rows = await database.db.select().from(pendingChanges);
  return rows.sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
}

export async function pendingById(database: Database, id: string): Promise<PendingChange | undefined> {
  const [row] = await database.db.select().from(pendingChanges).where(eq(pendingChanges.id, id));
  return row;
}

/** True while an enrolment link waits for a second admin: nobody can use it yet. */
export async function enrolmentAwaitsApproval(database: Database, enrolmentId: string): Promise<boolean> {
  const [row] = await database.db
    .select({ id: pendingChanges.id })
    .from(pendingChanges)
    .where(and(eq(pendingChanges.kind, "enrolment"), eq(pendingChanges.target, enrolmentId)));
  return Boolean(row);
}

export const pendingInsert = (database: Database, row: PendingChange): Write =>
  database.db.insert(pendingChanges).values(row);

export const pendingDelete = (database: Database, id: string): Write =>
  database.db.delete(pendingChanges).where(eq(pendingChanges.id, id));

/** Active members of `channelIds` with a handler or custodian role, with their notification address. */
export async function channelReaders(database: Database, channelIds: string[]) {
  if (channelIds.length === 0) return [];
  const rows = await database.db
    .select({
      id: persons.id,
      roles: persons.roles,
      notifyEmail: persons.notifyEmail,
      channelId: channelMembers.channelId,
    })
    .from(channelMembers)
    .innerJoin(persons, eq(persons.id, channelMembers.personId))
    .where(and(inArray(channelMembers.channelId, channelIds), isNull(persons.removedAt)));
  return rows.filter((r) => {
    const roles = rolesOf(r);
    return roles.includes("handler") || roles.includes("custodian");
  });
}

export async function channelIdsOf(database: Database, personId: string): Promise<string[]> {
  const rows = await database.db
    .select({ channelId: channelMembers.channelId })
    .from(channelMembers)
    .where(eq(channelMembers.personId, personId));
  return rows.map((r) => r.channelId);
}

export const noticeInsert = (database: Database, row: StaffNotice): Write =>
  database.db.insert(staffNotices).values(row);

/** A content-free mail as a write of the same batch (queued once per dedupe key). */
export const mailInsert = (
  database: Database,
  mail: { id: string; to: string; subject: string; body: string; createdAt: string; dedupeKey: string },
): Write => database.db.insert(outbox).values(mail).onConflictDoNothing({ target: outbox.dedupeKey });

export async function noticesOf(database: Database, personId: string): Promise<StaffNotice[]> {
  return database.db
    .select()
    .from(staffNotices)
    .where(eq(staffNotices.personId, personId))
    .orderBy(desc(staffNotices.createdAt))
    .limit(50);
}

export async function dismissNotice(database: Database, personId: string, id: string): Promise<boolean> {
  const gone = await database.db
    .delete(staffNotices)
    .where(and(eq(staffNotices.id, id), eq(staffNotices.personId, personId)))
    .returning({ id: staffNotices.id });
  return gone.length > 0;
}
