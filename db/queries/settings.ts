import { eq, sql } from "drizzle-orm";
import type { Database, Db, Write } from "../index";
import { prepared } from "../prepared";
import { settings } from "../schema";

export type Settings = typeof settings.$inferSelect;

export interface SettingsDefaults {
  orgName: string;
  jurisdiction: string;
  timeZone: string;
}

const settingsRow = (db: Db) => db.select().from(settings).where(eq(settings.id, 1)).prepare();

/** The organisation's settings row, created with defaults on first use. */
export async function getSettings(
  database: Database,
  defaults?: SettingsDefaults,
  now = new Date(),
): Promise<Settings> {
  const [row] = await prepared(database, settingsRow).all();
  if (row) return row;
  const fresh: Settings = {
    id: 1,
    orgName: defaults?.orgName ?? "Example organisation",
    jurisdiction: defaults?.jurisdiction ?? "EU",
    timeZone: defaults?.timeZone ?? "Europe/Brussels",
    retentionYears: 3,
    reminderAckDays: 2,
    reminderFeedbackDays: 14,
    requireTotp: false,
    requireDisclosureApproval: false,
    profile: "{}",
    updatedAt: now.toISOString(),
  };
  await database.db.insert(settings).values(fresh).onConflictDoNothing();
  const [created] = await database.db.select().from(settings).where(eq(settings.id, 1));
  return created ?? fresh;
}

/** The settings an admin may change through the API. */
export type SettingsChange = Partial<
  Pick<
    Settings,
    | "orgName"
    | "jurisdiction"
    | "timeZone"
    | "retentionYears"
    | "reminderAckDays"
    | "reminderFeedbackDays"
    | "requireTotp"
    | "requireDisclosureApproval"
  >
>;

/**
 * The write that applies `change` to the settings row (for `withAudit`). The organisation's name is one
 * value: a new name reaches the notice's organisation profile in the same write.
 */
export function settingsUpdate(database: Database, change: SettingsChange, now: Date): Write {
  const profile =
    change.orgName === undefined
      ? {}
      : {
          profile: sql`case when json_valid(${settings.profile}) and ${settings.profile} <> '' then json_set(${settings.profile}, '$.name', ${change.orgName}) else ${settings.profile} end`,
        };
  return database.db
    .update(settings)
    .set({ ...change, ...profile, updatedAt: now.toISOString() })
    .where(eq(settings.id, 1));
}
