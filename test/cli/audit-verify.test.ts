import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openSqlite } from "../../db/node";
import { appendAudit } from "../../db/queries/audit";

function verify(dir: string) {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", "server/cli/audit-verify.ts", "--data-dir", dir],
    { encoding: "utf8" },
  );
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("npm run audit:verify", () => {
  it("passes an intact chain and names the row when one byte of any row changes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "oc-audit-"));
    const database = openSqlite(join(dir, "channel.sqlite"));
    for (let i = 0; i < 5; i++) {
      await appendAudit(
        database,
        { actor: "p1", action: `test.${i}`, caseId: "c1", detail: { i } },
        new Date(`2026-11-27T10:0${i}:00Z`),
      );
    }
    database.close();
    const intact = verify(dir);
    expect(intact.code).toBe(0);
    expect(intact.out).toContain("intact, 5 entries");

    const columns = ["at", "actor", "action", "case_id", "detail"];
    for (let seq = 1; seq <= 5; seq++) {
      const column = columns[seq - 1]!;
      const db = new BetterSqlite3(join(dir, "channel.sqlite"));
      const { v } = db.prepare(`SELECT ${column} AS v FROM audit_log WHERE seq = ?`).get(seq) as {
        v: string;
      };
      const changed = `${v.slice(0, -1)}${v.endsWith("0") ? "1" : "0"}`;
      db.prepare(`UPDATE audit_log SET ${column} = ? WHERE seq = ?`).run(changed, seq);
      db.close();
      const broken = verify(dir);
      expect(broken.code, `changed ${column} of row ${seq}`).not.toBe(0);
      expect(broken.out).toContain(`BROKEN at seq ${seq}`);
      const undo = new BetterSqlite3(join(dir, "channel.sqlite"));
      undo.prepare(`UPDATE audit_log SET ${column} = ? WHERE seq = ?`).run(v, seq);
      undo.close();
    }
    expect(verify(dir).code).toBe(0);
  });
});
