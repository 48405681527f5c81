/** The legal entity of a routing channel: its jurisdiction profile and time zone (null: the organisation's). */
import { eq, sql } from "drizzle-orm";
import type { Database, Db } from "../index";
import { prepared } from "../prepared";
import { channels } from "../schema";

export interface ChannelRules {
  jurisdiction: string | null;
  timeZone: string | null;
}

const channelRulesQuery = (db: Db) =>
  db
    .select({ jurisdiction: channels.jurisdiction, timeZone: channels.timeZone })
    .from(channels)
    .where(eq(channels.id, sql.placeholder("channelId")))
    .prepare();

/** The channel's own jurisdiction and time zone; `null` when there is no such channel. */
export async function channelRules(database: Database, channelId: string): Promise<ChannelRules | null> {
  const [row] = await prepared(database, channelRulesQuery).all({ channelId });
  return row ?? null;
}

/** Every channel's jurisdiction and time zone, by id. */
export async function allChannelRules(database: Database) {
  return database.db
    .select({
      id: channels.id,
      name: channels.name,
      jurisdiction: channels.jurisdiction,
      timeZone: channels.timeZone,
    })
    .from(channels)
    .orderBy(channels.name);
}

/** Sets a channel's jurisdiction and time zone (a write builder for a batch). */
export function setChannelRules(database: Database, channelId: string, rules: ChannelRules) {
  return database.db.update(channels).set(rules).where(eq(channels.id, channelId));
}
