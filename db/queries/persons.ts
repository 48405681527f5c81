import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Database, Db, Write } from "../index";
import { prepared } from "../prepared";
import { caseKeys, channelMembers, channels, enrolments, persons, sessions } from "../schema";

export type Person = typeof persons.$inferSelect;
export type Role = "admin" | "handler" | "custodian";

export function rolesOf(p: Pick<Person, "roles">): Role[] {
  return JSON.parse(p.roles) as Role[];
}

export async function personByHandle(database: Database, handle: string): Promise<Person | undefined> {
  const [p] = await database.db
    .select()
    .from(persons)
    .where(and(eq(persons.handle, handle), isNull(persons.removedAt)));
  return p;
}

export async function personById(database: Database, id: string): Promise<Person | undefined> {
  const [p] = await database.db
    .select()
    .from(persons)
    .where(and(eq(persons.id, id), isNull(persons.removedAt)));
  return p;
}

export async function activePersonCount(database: Database): Promise<number> {
  const rows = await database.db.select({ id: persons.id }).from(persons).where(isNull(persons.removedAt));
  return rows.length;
}

const channelMembersQuery = (db: Db) =>
  db
    .select({
      id: persons.id,
      displayName: persons.displayName,
      recipient: persons.recipient,
      roles: persons.roles,
    })
    .from(channelMembers)
    .innerJoin(persons, eq(persons.id, channelMembers.personId))
    .where(and(eq(channelMembers.channelId, sql.placeholder("channelId")), isNull(persons.removedAt)))
    .prepare();

/** Handlers (and custodians) of a channel who can currently receive new case keys. */
export async function channelRecipients(database: Database, channelId: string) {
  const rows = await prepared(database, channelMembersQuery).all({ channelId });
  const withRoles = rows.map((r) => ({ ...r, roleList: rolesOf(r) }));
  return {
    handlers: withRoles
      .filter((r) => r.roleList.includes("handler"))
      .map(({ id, displayName, recipient }) => ({ id, displayName, recipient })),
    custodians: withRoles
      .filter((r) => r.roleList.includes("custodian"))
      .map(({ id, displayName, recipient }) => ({ id, displayName, recipient })),
  };
}

export async function listChannels(database: Database) {
  return database.db.select({ id: channels.id, name: channels.name }).from(channels).orderBy(channels.name);
}

export async function channelExists(database: Database, id: string): Promise<boolean> {
  const [c] = await database.db.select({ id: channels.id }).from(channels).where(eq(channels.id, id));
  return Boolean(c);
}

export async function enrolmentByCodeHash(database: Database, codeHash: string) {
  const [e] = await database.db.select().from(enrolments).where(eq(enrolments.codeHash, codeHash));
  return e;
}

export async function openEnrolmentCount(database: Database): Promise<number> {
  const rows = await database.db
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(isNull(enrolments.usedAt));
  return rows.length;
}

export async function sessionByHash(database: Database, idHash: string) {
  const [s] = await database.db.select().from(sessions).where(eq(sessions.idHash, idHash));
  return s;
}

export async function personsByIds(database: Database, ids: string[]) {
  if (ids.length === 0) return [];
  return database.db
    .select()
    .from(persons)
    .where(and(inArray(persons.id, ids), isNull(persons.removedAt)));
}

/** Everyone still active, for choosing whom to give access. */
export async function activePersons(database: Database): Promise<Person[]> {
  return database.db.select().from(persons).where(isNull(persons.removedAt));
}

export async function channelMemberIds(database: Database, channelId: string): Promise<string[]> {
  const rows = await database.db
    .select({ personId: channelMembers.personId })
    .from(channelMembers)
    .where(eq(channelMembers.channelId, channelId));
  return rows.map((r) => r.personId);
}

/** Every active person with the channels they are a member of, for the admin's list. */
export async function personsWithChannels(database: Database) {
  const rows = await activePersons(database);
  const members = await database.db.select().from(channelMembers);
  return rows.map((p) => ({
    id: p.id,
    handle: p.handle,
    displayName: p.displayName,
    roles: rolesOf(p),
    channels: members.filter((m) => m.personId === p.id).map((m) => m.channelId),
    totp: Boolean(p.totpEnabledAt),
    createdAt: p.createdAt,
  }));
}

/** Every channel with the ids of its members. */
export async function channelsWithMembers(database: Database) {
  const rows = await database.db.select().from(channels);
  const members = await database.db.select().from(channelMembers);
  return rows.map((ch) => ({
    id: ch.id,
    name: ch.name,
    members: members.filter((m) => m.channelId === ch.id).map((m) => m.personId),
  }));
}

/** Ids of every channel. */
export async function channelIds(database: Database): Promise<string[]> {
  const rows = await database.db.select({ id: channels.id }).from(channels);
  return rows.map((r) => r.id);
}

/** A new routing channel (a write builder for a batch). */
export const channelInsert = (
  database: Database,
  channel: { id: string; name: string; createdAt: string },
): Write => database.db.insert(channels).values(channel);

/** Cases for which `personId` holds the only case key (or identity key) left among active people. */
export async function casesOnlyHeldBy(
  database: Database,
  personId: string,
  kind: "case" | "identity" = "case",
): Promise<string[]> {
  const mine = await database.db
    .select({ caseId: caseKeys.caseId })
    .from(caseKeys)
    .where(and(eq(caseKeys.personId, personId), eq(caseKeys.kind, kind)));
  if (mine.length === 0) return [];
  const ids = mine.map((m) => m.caseId);
  const holders = await database.db
    .select({ caseId: caseKeys.caseId, personId: caseKeys.personId })
    .from(caseKeys)
    .innerJoin(persons, eq(persons.id, caseKeys.personId))
    .where(and(inArray(caseKeys.caseId, ids), eq(caseKeys.kind, kind), isNull(persons.removedAt)));
  return ids.filter((id) => !holders.some((h) => h.caseId === id && h.personId !== personId));
}

/**
 * Offboarding writes: wrapped keys, sessions and memberships go; the public key stays only to show
 * history, and `removedAt` keeps it out of every recipient list.
 */
export function offboardWrites(database: Database, personId: string, now: Date): Write[] {
  return [
    database.db.delete(caseKeys).where(eq(caseKeys.personId, personId)),
    database.db.delete(sessions).where(eq(sessions.personId, personId)),
    database.db.delete(channelMembers).where(eq(channelMembers.personId, personId)),
    database.db
      .update(persons)
      .set({
        removedAt: now.toISOString(),
        sealedIdentity: "",
        authKeyHash: "",
        totpSecret: null,
        recoverySealedIdentity: null,
        recoveryAuthKeyHash: null,
        notifyEmail: null,
      })
      .where(eq(persons.id, personId)),
  ];
}

/** Enrolment links not used and not expired at `now`. */
export async function openEnrolments(database: Database, now: Date) {
  return database.db
    .select()
    .from(enrolments)
    .where(and(isNull(enrolments.usedAt), gt(enrolments.expiresAt, now.toISOString())));
}

export async function enrolmentById(database: Database, id: string) {
  const [e] = await database.db.select().from(enrolments).where(eq(enrolments.id, id));
  return e;
}

/** Ends an unused enrolment link at `now` (a write builder for a batch). */
export const enrolmentExpiry = (database: Database, id: string, now: Date): Write =>
  database.db
    .update(enrolments)
    .set({ expiresAt: now.toISOString() })
    .where(and(eq(enrolments.id, id), isNull(enrolments.usedAt)));

/** Marks an enrolment link used by `personId`; a link used already stays as it was (the race is lost). */
export const enrolmentUse = (database: Database, enrolmentId: string, personId: string, now: Date): Write =>
  database.db
    .update(enrolments)
    .set({ usedAt: now.toISOString(), personId })
    .where(and(eq(enrolments.id, enrolmentId), isNull(enrolments.usedAt)));

export const personInsert = (database: Database, row: typeof persons.$inferInsert): Write =>
  database.db.insert(persons).values(row);

export const memberInsert = (database: Database, channelId: string, personId: string): Write =>
  database.db.insert(channelMembers).values({ channelId, personId });
