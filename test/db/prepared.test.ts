import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openSqlite } from "../../db/node";
import { channelRules } from "../../db/queries/channels";
import { channelRecipients } from "../../db/queries/persons";
import { getSettings } from "../../db/queries/settings";
import { channelMembers, channels, persons, settings } from "../../db/schema";

const open = () => openSqlite(join(mkdtempSync(join(tmpdir(), "oc-prepared-")), "channel.sqlite"));
const at = "2026-12-08T00:00:00.000Z";

function person(id: string, roles: string) {
  return {
    id,
    handle: id,
    displayName: id.toUpperCase(),
    roles,
    recipient: `age1${id}`,
    kdf: "{}",
    authKeyHash: id,
    sealedIdentity: id,
    createdAt: at,
  };
}

describe("queries kept prepared (db/prepared.ts)", () => {
  it("answer with the rows as they are at each call, not as they were when first built", async () => {
    const database = open();
    await database.db.insert(channels).values({ id: "c", name: "C", createdAt: at });
    await database.db.insert(persons).values([person("h", '["handler"]'), person("k", '["custodian"]')]);
    await database.db.insert(channelMembers).values({ channelId: "c", personId: "h" });
    expect((await channelRecipients(database, "c")).handlers.map((p) => p.id)).toEqual(["h"]);
    expect(await channelRules(database, "c")).toEqual({ jurisdiction: null, timeZone: null });

    await database.batch([
      database.db.insert(channelMembers).values({ channelId: "c", personId: "k" }),
      database.db.update(channels).set({ jurisdiction: "IE", timeZone: "Europe/Dublin" }),
    ]);
    const now = await channelRecipients(database, "c");
    expect(now.custodians.map((p) => p.id)).toEqual(["k"]);
    expect(await channelRules(database, "c")).toEqual({ jurisdiction: "IE", timeZone: "Europe/Dublin" });
    // A placeholder is bound per call: another channel's answer is its own.
    expect(await channelRules(database, "other")).toBeNull();
    expect((await channelRecipients(database, "other")).handlers).toEqual([]);

    await database.db.update(persons).set({ removedAt: at }).where(eq(persons.id, "h"));
    expect((await channelRecipients(database, "c")).handlers).toEqual([]);
    database.close();
  });

  it("are kept per database: two files never answer from each other", async () => {
    const one = open();
    const two = open();
    await getSettings(one, { orgName: "One", jurisdiction: "EU", timeZone: "Europe/Brussels" });
    await getSettings(two, { orgName: "Two", jurisdiction: "IE", timeZone: "Europe/Dublin" });
    expect((await getSettings(one)).orgName).toBe("One");
    expect((await getSettings(two)).orgName).toBe("Two");
    await two.db.update(settings).set({ orgName: "Two, renamed" });
    expect((await getSettings(two)).orgName).toBe("Two, renamed");
    expect((await getSettings(one)).orgName).toBe("One");
    one.close();
    two.close();
  });
});
