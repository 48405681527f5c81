/**
 * Write builders and reads behind a person's own security (server/routes/staff.ts): the second factor,
 * the passphrase and recovery copies of the identity, the reminder address, passkeys, sessions, and
 * the one-time grant that follows recovery.
 */
import { and, eq, ne } from "drizzle-orm";
import type { Database, Write } from "../index";
import { challenges, passkeys, persons, sessions } from "../schema";
import type { Person } from "./persons";

/** The columns of a person that their own security settings change. */
export type AccountChange = Partial<
  Pick<
    Person,
    | "totpSecret"
    | "totpEnabledAt"
    | "totpLastStep"
    | "kdf"
    | "authKeyHash"
    | "sealedIdentity"
    | "recoveryKdf"
    | "recoveryAuthKeyHash"
    | "recoverySealedIdentity"
    | "notifyEmail"
  >
>;

export const accountUpdate = (database: Database, personId: string, change: AccountChange): Write =>
  database.db.update(persons).set(change).where(eq(persons.id, personId));

/** Ends every session of the person but `keepHash` (the one making the change). */
export const otherSessionsDelete = (database: Database, personId: string, keepHash: string): Write =>
  database.db.delete(sessions).where(and(eq(sessions.personId, personId), ne(sessions.idHash, keepHash)));

export const sessionsDelete = (database: Database, personId: string): Write =>
  database.db.delete(sessions).where(eq(sessions.personId, personId));

export const passkeyInsert = (database: Database, row: typeof passkeys.$inferInsert): Write =>
  database.db.insert(passkeys).values(row);

export const challengeInsert = (database: Database, row: typeof challenges.$inferInsert): Write =>
  database.db.insert(challenges).values(row);

/** Takes (reads and deletes) the person's challenge of `purpose` with this hash; undefined when none. */
export async function takeChallenge(
  database: Database,
  personId: string,
  purpose: string,
  challengeHash: string,
) {
  const where = and(
    eq(challenges.personId, personId),
    eq(challenges.purpose, purpose),
    eq(challenges.challenge, challengeHash),
  );
  const [row] = await database.db.select().from(challenges).where(where);
  if (row) await database.db.delete(challenges).where(where);
  return row;
}
