/** Queries behind the signed roster, the sealed channel key and signed audit checkpoints. */
import { desc, eq, isNull } from "drizzle-orm";
import type { RosterContent } from "../../crypto/index";
import type { Database, Db, Write } from "../index";
import { prepared } from "../prepared";
import {
  auditCheckpoints,
  channelKeySeals,
  channelMembers,
  channels,
  persons,
  releases,
  rosters,
} from "../schema";
import { rolesOf } from "./persons";

const latestRosterQuery = (db: Db) =>
  db.select().from(rosters).orderBy(desc(rosters.serial)).limit(1).prepare();

/** The newest signed roster, or undefined before the first admin's browser signed one. */
export async function latestRoster(database: Database) {
  const [row] = await prepared(database, latestRosterQuery).all();
  return row;
}

/**
 * What the roster should say now, from the database: every active person with a registered
 * signing key, and every channel's handlers and custodians among them. An admin's browser compares
 * it with the signed roster and signs it if they differ; it is the server's word until then.
 */
export async function rosterDraft(database: Database): Promise<RosterContent & { unregistered: string[] }> {
  const people = await database.db.select().from(persons).where(isNull(persons.removedAt));
  const members = await database.db.select().from(channelMembers);
  const channelRows = await database.db.select().from(channels).orderBy(channels.name);
  const listed = people.filter((p) => p.signingKey !== null);
  const byId = new Map(listed.map((p) => [p.id, p]));
  const withRole = (channelId: string, role: string) =>
    members
      .filter((m) => m.channelId === channelId && byId.has(m.personId))
      .filter((m) => (rolesOf(byId.get(m.personId)!) as string[]).includes(role))
      .map((m) => m.personId)
      .sort();
  return {
    people: listed
      .map((p) => ({
        id: p.id,
        displayName: p.displayName,
        recipient: p.recipient,
        signingKey: p.signingKey!,
        roles: rolesOf(p),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    channels: channelRows.map((c) => ({
      id: c.id,
      name: c.name,
      handlers: withRole(c.id, "handler"),
      custodians: withRole(c.id, "custodian"),
    })),
    unregistered: people.filter((p) => p.signingKey === null).map((p) => p.id),
  };
}

/** Active admins, and whether the channel key is sealed to each. */
export async function adminSeals(database: Database) {
  const people = await database.db.select().from(persons).where(isNull(persons.removedAt));
  const seals = await database.db.select().from(channelKeySeals);
  return people
    .filter((p) => rolesOf(p).includes("admin"))
    .map((p) => ({
      id: p.id,
      recipient: p.recipient,
      sealed: seals.find((s) => s.personId === p.id)?.sealed ?? null,
    }));
}

export async function anySeal(database: Database): Promise<boolean> {
  const [row] = await database.db.select({ id: channelKeySeals.personId }).from(channelKeySeals).limit(1);
  return Boolean(row);
}

export async function setSigningKey(database: Database, personId: string, signingKey: string) {
  await database.db.update(persons).set({ signingKey }).where(eq(persons.id, personId));
}

/** Signed checkpoints, oldest first. */
export async function checkpoints(database: Database) {
  return database.db.select().from(auditCheckpoints).orderBy(auditCheckpoints.seq);
}

/** The newest client release an admin's browser signed, or undefined before the first. */
export async function latestRelease(database: Database) {
  const [row] = await database.db.select().from(releases).orderBy(desc(releases.createdAt)).limit(1);
  return row;
}

/** A signed roster (a write builder for a batch); its serial is the primary key, so a race loses. */
export const rosterInsert = (database: Database, row: typeof rosters.$inferInsert): Write =>
  database.db.insert(rosters).values(row);

/** The channel key sealed to one admin; a copy already stored is kept. */
export const sealInsert = (database: Database, row: typeof channelKeySeals.$inferInsert): Write =>
  database.db.insert(channelKeySeals).values(row).onConflictDoNothing();

export const checkpointInsert = (database: Database, row: typeof auditCheckpoints.$inferInsert): Write =>
  database.db.insert(auditCheckpoints).values(row);

export const releaseInsert = (database: Database, row: typeof releases.$inferInsert): Write =>
  database.db.insert(releases).values(row);
