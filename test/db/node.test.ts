import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type BetterSqlite3 from "better-sqlite3";
import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openSqlite } from "../../db/node";
import { instanceSecrets } from "../../db/schema";

function openDb() {
  const database = openSqlite(join(mkdtempSync(join(tmpdir(), "oc-node-")), "channel.sqlite"));
  const sqlite = (database.db as unknown as { $client: BetterSqlite3.Database }).$client;
  return { database, sqlite };
}

describe("SQLite store (better-sqlite3)", () => {
  it("compiles each SQL text once and hands the statement out again", () => {
    const { database, sqlite } = openDb();
    const first = sqlite.prepare("select name from instance_secrets");
    expect(sqlite.prepare("select name from instance_secrets")).toBe(first);
    expect(sqlite.prepare("select value from instance_secrets")).not.toBe(first);
    database.close();
  });

  it("hands a statement out in row mode even after drizzle read it in raw mode", async () => {
    const { database, sqlite } = openDb();
    await database.db.insert(instanceSecrets).values({ name: "a", value: "1" });
    const text = 'select "name", "value" from "instance_secrets" where "instance_secrets"."name" = ?';
    // drizzle's select with fields reads arrays (raw mode) from the statement it prepared.
    const selected = await database.db
      .select({ name: instanceSecrets.name, value: instanceSecrets.value })
      .from(instanceSecrets)
      .where(eq(instanceSecrets.name, "a"));
    expect(selected).toEqual([{ name: "a", value: "1" }]);
    expect(sqlite.prepare(text).get("a")).toEqual({ name: "a", value: "1" });
    // And drizzle's raw SQL, which reads objects, gets objects from the same statement.
    const rows = await database.db.all(
      sql`select "name", "value" from "instance_secrets" where "instance_secrets"."name" = ${"a"}`,
    );
    expect(rows).toEqual([{ name: "a", value: "1" }]);
    database.close();
  });

  it("keeps working past the cache's bound, with SQL that varies as inArray's does", async () => {
    const { database } = openDb();
    await database.db.insert(instanceSecrets).values({ name: "a", value: "1" });
    for (let n = 1; n <= 700; n++) {
      const names = ["a", ...Array.from({ length: n }, (_, i) => `x${i}`)];
      const rows = await database.db
        .select()
        .from(instanceSecrets)
        .where(inArray(instanceSecrets.name, names));
      expect(rows).toHaveLength(1);
    }
    expect((await database.db.select().from(instanceSecrets)).map((r) => r.name)).toContain("a");
    database.close();
  });

  it("closes with statements cached, after which nothing runs", async () => {
    const { database, sqlite } = openDb();
    await database.db.select().from(instanceSecrets);
    database.close();
    expect(sqlite.open).toBe(false);
    expect(() => sqlite.prepare("select 1").get()).toThrow();
  });
});
