/**
 * The physical order of the tables with reporting-person events carries nothing (issue 11): they are
 * WITHOUT ROWID, so an unordered scan yields rows in the order of their random keys, not the order in
 * which reports and messages arrived among other cases' timed handler events. On SQLite and on D1.
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { encryptJson, toBase64 } from "../../crypto/index";
import { enrol, setup, submit } from "./harness";

describe("row order", () => {
  it("follows the random keys, never the arrival, in cases, entries and case_keys", async () => {
    const h = await setup();
    await enrol(h, h.firstCode, "alice");
    for (let i = 0; i < 6; i++) {
      const { reporter } = await submit(h, { whatHappened: `report ${i}` });
      h.clock.set(new Date(h.clock().getTime() + 3_600_000).toISOString());
      const message = toBase64(await encryptJson([reporter.caseRecipient], { v: 1, text: `message ${i}` }));
      expect(
        (await h.request("POST", "/api/inbox/messages", { loginKey: reporter.loginKey, message })).status,
      ).toBe(201);
    }
    for (const [table, key] of [
      ["entries", "id"],
      ["cases", "id"],
      ["case_keys", "case_id || ':' || person_id || ':' || kind"],
    ] as const) {
      // Every column: the planner scans the table itself, not a covering index.
      const rows = (await h.database.db.all(sql.raw(`SELECT ${key} AS k, * FROM ${table}`))) as {
        k: string;
      }[];
      const keys = rows.map((r) => r.k);
      expect(keys.length).toBeGreaterThanOrEqual(6);
      expect(keys, table).toEqual([...keys].sort());
      // There is no hidden insertion counter to sort by either.
      await expect(async () => h.database.db.all(sql.raw(`SELECT rowid FROM ${table}`))).rejects.toThrow(
        /rowid/,
      );
    }
  });
});
