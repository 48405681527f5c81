/** The register of reports: anonymised rows of deleted cases (server/register.ts builds them). */
import { asc } from "drizzle-orm";
import type { Database } from "../index";
import { register } from "../schema";

/** Every register row, oldest report first. */
export async function registerRows(database: Database) {
  return database.db.select().from(register).orderBy(asc(register.receivedOn));
}
