/** The legal entity of a routing channel: its jurisdiction profile and time zone (null: the organisation's). */
import { eq } from "drizzle-orm";
import type { Database } from "../index";
import { channels } from "../schema";

export interface ChannelRules {
  jurisdiction: string | null;
  timeZone: string | null;
}

/** The channel's own jurisdiction and time zone; `null` when there is no such channel. */
export async function channelRules(database: Database, channelId: string): Promise<ChannelRules | null> {
  const [row] = await database.db
    .select({ jurisdiction: channels.jurisdiction, timeZone: channels.timeZone })
    .from(channels)
    .where(eq(channels.id, channelId));
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
