import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import {
  handlerSigningKey,
  newCaseIdentity,
  newHandlerIdentity,
  newSigningKey,
  signCheckpoint,
  signRoster,
} from "../../crypto/index";
import { entryHash } from "../../db/audit-chain";
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

  it("fails after a rewrite with recomputed hashes once a person signed a checkpoint", async () => {
    const dir = mkdtempSync(join(tmpdir(), "oc-audit-"));
    const database = openSqlite(join(dir, "channel.sqlite"));
    for (let i = 0; i < 6; i++) {
      await appendAudit(
        database,
        { actor: "p1", action: `test.${i}`, detail: { i } },
        new Date(`2026-11-27T10:0${i}:00Z`),
      );
    }
    database.close();

    // Alice's browser: the roster (signed with the channel key) lists her signing key; she signs the head.
    const alice = await newHandlerIdentity();
    const signer = handlerSigningKey(alice.identity);
    const channelKey = newSigningKey();
    const roster = signRoster(
      channelKey,
      {
        people: [
          {
            id: "p1",
            displayName: "Alice",
            recipient: (await newCaseIdentity()).recipient,
            signingKey: signer.publicKey,
            roles: ["admin"],
          },
        ],
        channels: [],
      },
      null,
      new Date("2026-11-27T09:00:00Z"),
    );
    const db = new BetterSqlite3(join(dir, "channel.sqlite"));
    db.prepare("INSERT INTO rosters (serial, body, signature, created_at) VALUES (1, ?, ?, ?)").run(
      roster.body,
      roster.signature,
      "2026-11-27T09:00:00Z",
    );
    const head = db.prepare("SELECT hash FROM audit_log WHERE seq = 4").get() as { hash: string };
    const checkpoint = signCheckpoint(signer, {
      seq: 4,
      hash: head.hash,
      at: "2026-11-27T10:05:00Z",
      personId: "p1",
    });
    const insert = db.prepare(
      "INSERT INTO audit_checkpoints (id, seq, person_id, body, signature, created_at) VALUES (?, 4, 'p1', ?, ?, ?)",
    );
    insert.run("cp1", checkpoint.body, checkpoint.signature, "2026-11-27T10:05:00Z");
    db.close();
    const intact = verify(dir);
    expect(intact.out).toContain("1 signed checkpoints (newest at seq 4)");
    expect(intact.code).toBe(0);

    // A database writer changes entry 2 and recomputes every hash after it: the chain alone holds.
    const rewrite = new BetterSqlite3(join(dir, "channel.sqlite"));
    rewrite.prepare("UPDATE audit_log SET action = 'nothing.happened' WHERE seq = 2").run();
    const rows = rewrite
      .prepare(
        "SELECT seq, at, actor, action, case_id AS caseId, detail, prev_hash AS prevHash FROM audit_log ORDER BY seq",
      )
      .all() as {
      seq: number;
      at: string;
      actor: string;
      action: string;
      caseId: string | null;
      detail: string;
    }[];
    let prev = "0".repeat(64);
    for (const row of rows) {
      const hash = entryHash(row, prev);
      rewrite.prepare("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?").run(prev, hash, row.seq);
      prev = hash;
    }
    rewrite.close();
    const broken = verify(dir);
    expect(broken.out).toContain("BROKEN at seq 4 (the log was rewritten after a signed checkpoint)");
    expect(broken.code).toBe(1);

    // Nor can the writer sign a fresh checkpoint for the rewritten head without a person's key.
    const forged = new BetterSqlite3(join(dir, "channel.sqlite"));
    const newHead = forged.prepare("SELECT hash FROM audit_log WHERE seq = 4").get() as { hash: string };
    const fake = signCheckpoint(newSigningKey(), {
      seq: 4,
      hash: newHead.hash,
      at: "2026-11-27T11:00:00Z",
      personId: "p1",
    });
    forged
      .prepare("UPDATE audit_checkpoints SET body = ?, signature = ? WHERE id = 'cp1'")
      .run(fake.body, fake.signature);
    forged.close();
    const refused = verify(dir);
    expect(refused.out).toContain("checkpoint signature does not verify");
    expect(refused.code).toBe(1);
  });
});
