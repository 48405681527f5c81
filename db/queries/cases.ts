import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../index";
import { caseExclusions, caseKeys, cases, entries, identityRequests } from "../schema";

export type CaseRow = typeof cases.$inferSelect;
export type EntryRow = typeof entries.$inferSelect;
/** What a custodian's request to open the identity section is at (Art. 16): the server writes only these. */
export type IdentityRequestState = "pending" | "approved" | "refused";
export type IdentityRequestRow = Omit<typeof identityRequests.$inferSelect, "state"> & {
  state: IdentityRequestState;
};

export async function caseByLoginKeyHash(
  database: Database,
  loginKeyHash: string,
): Promise<CaseRow | undefined> {
  const [c] = await database.db.select().from(cases).where(eq(cases.loginKeyHash, loginKeyHash));
  return c;
}

export async function caseById(database: Database, id: string): Promise<CaseRow | undefined> {
  const [c] = await database.db.select().from(cases).where(eq(cases.id, id));
  return c;
}

export async function entriesOf(database: Database, caseId: string): Promise<EntryRow[]> {
  return database.db.select().from(entries).where(eq(entries.caseId, caseId)).orderBy(asc(entries.seq));
}

/** The wrapped keys a person holds for a case ("case", "identity" for custodians, "notes" for handlers). */
export async function keysOf(database: Database, caseId: string, personId: string) {
  const rows = await database.db
    .select()
    .from(caseKeys)
    .where(and(eq(caseKeys.caseId, caseId), eq(caseKeys.personId, personId)));
  return {
    caseKey: rows.find((r) => r.kind === "case")?.wrapped ?? null,
    identityKey: rows.find((r) => r.kind === "identity")?.wrapped ?? null,
    notesKey: rows.find((r) => r.kind === "notes")?.wrapped ?? null,
  };
}

/** Cases a person can open: those with a case key wrapped to them. */
export async function casesHeldBy(database: Database, personId: string): Promise<CaseRow[]> {
  const held = await database.db
    .select({ caseId: caseKeys.caseId })
    .from(caseKeys)
    .where(and(eq(caseKeys.personId, personId), eq(caseKeys.kind, "case")));
  if (held.length === 0) return [];
  return database.db
    .select()
    .from(cases)
    .where(
      inArray(
        cases.id,
        held.map((h) => h.caseId),
      ),
    );
}

export async function allCases(database: Database): Promise<CaseRow[]> {
  return database.db.select().from(cases);
}

export async function holdersOf(database: Database, caseId: string) {
  return database.db
    .select({ personId: caseKeys.personId, kind: caseKeys.kind })
    .from(caseKeys)
    .where(eq(caseKeys.caseId, caseId));
}

export async function exclusionsOf(database: Database, caseId: string): Promise<string[]> {
  const rows = await database.db
    .select({ personId: caseExclusions.personId })
    .from(caseExclusions)
    .where(eq(caseExclusions.caseId, caseId));
  return rows.map((r) => r.personId);
}

export async function identityRequestsOf(database: Database, caseId: string): Promise<IdentityRequestRow[]> {
  const rows = await database.db.select().from(identityRequests).where(eq(identityRequests.caseId, caseId));
  return rows as IdentityRequestRow[];
}
