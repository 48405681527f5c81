/**
 * `npm start` on a restored folder: a case whose retention ended while the backup sat on the shelf
 * is shredded before the server listens, so nobody can open it, while a case still within its
 * period stays. Runs the real Node server (server/node.ts) on a real SQLite file.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openSqlite } from "../../db/node";
import { type RunningServer, startServer } from "./server";

describe("starting on a restored folder", () => {
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it("shreds cases past retention before it serves", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "oc-restored-"));
    const file = join(dataDir, "channel.sqlite");
    openSqlite(file).close();
    const db = new BetterSqlite3(file);
    const insert = db.prepare(
      "INSERT INTO cases (id, login_key_hash, channel_id, jurisdiction, status, outcome, received_on, closed_on, case_recipient, reporter_key) VALUES (?, ?, 'default', 'DE', 'closed', 'no_action', ?, ?, 'age1pq1x', 'x')",
    );
    // Germany keeps 3 years after closure (HinSchG s.11(5)): closed in 2020, due in 2023.
    insert.run("past", "a".repeat(64), "2020-01-02", "2020-02-01");
    insert.run("within", "b".repeat(64), "2026-01-02", "2026-02-01");
    db.close();

    server = await startServer({ DATA_DIR: dataDir, ORG_JURISDICTION: "DE" });
    const after = new BetterSqlite3(file, { readonly: true });
    const left = after.prepare("SELECT id FROM cases ORDER BY id").all() as { id: string }[];
    const shredded = after
      .prepare("SELECT case_id AS caseId FROM audit_log WHERE action = 'case.shredded'")
      .all();
    after.close();
    expect(left.map((c) => c.id)).toEqual(["within"]);
    expect(shredded).toEqual([{ caseId: "past" }]);
  });
});
