/**
 * Scheduled backups with a moved clock: written when due, deleted after the keeping period (never
 * longer than the shortest retention), and a restore followed by the first scheduler run shreds the
 * cases whose retention ended after the backup was taken.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { generateHybridIdentity, identityToRecipient } from "age-encryption";
import { describe, expect, it } from "vitest";
import { type NodeDatabase, openSqlite } from "../../db/node";
import { backupFileName, expired, keepDays, shortestRetentionDays } from "../../server/backup/expiry";
import { restoreBackup } from "../../server/backup/restore";
import { runScheduledBackup } from "../../server/backup/schedule";
import { profileOf } from "../../server/directive";
import { runScheduledJobs } from "../../server/scheduler";
import { enrol, setup, submit } from "../api/harness";

async function backupKey() {
  const identity = await generateHybridIdentity();
  return { identity, recipient: await identityToRecipient(identity) };
}

describe("backup expiry", () => {
  it("keeps 30 days by default and never longer than the shortest retention in force", () => {
    expect(keepDays(30, profileOf("EU"), 3)).toBe(30);
    // Spain deletes a report nobody investigated after 3 months (Ley 2/2023 art. 32): 84 days at most.
    expect(shortestRetentionDays(profileOf("ES"), 10)).toBe(84);
    expect(keepDays(400, profileOf("ES"), 10)).toBe(84);
    // France (CNIL guidance): 2 months after the checks end, 56 days at most.
    expect(keepDays(400, profileOf("FR"), 3)).toBe(56);
    // An organisation's own year, where the law leaves it open, shortens it too.
    expect(keepDays(400, profileOf("EU"), 1)).toBe(336);
  });

  it("names backups by their time and finds those past the period", () => {
    const names = [
      backupFileName(new Date("2026-10-01T02:00:00Z")),
      backupFileName(new Date("2026-10-30T02:00:00Z")),
      "notes.txt",
    ];
    expect(names[0]).toBe("oc-backup-20261001T020000Z.age");
    expect(expired(names, new Date("2026-10-31T03:00:00Z"), 30)).toEqual([names[0]]);
  });
});

describe("scheduled backups", () => {
  it("writes one when due with a record of its audit head, and deletes it after the keeping period", async () => {
    const h = await setup({ now: "2026-11-01T10:00:00Z" });
    await enrol(h, h.firstCode, "alice");
    await submit(h, { whatHappened: "x" });
    const database = h.database as NodeDatabase;
    const dir = mkdtempSync(join(tmpdir(), "oc-scheduled-"));
    const { recipient } = await backupKey();
    const deps = {
      database,
      dataDir: dirname(database.file),
      schedule: { dir, everyHours: 24, keepDays: 30, recipient },
    };

    const first = await runScheduledBackup(deps, new Date("2026-11-01T10:00:00Z"));
    expect(first.written?.cases).toBe(1);
    const record = JSON.parse(readFileSync(join(dir, "oc-backup-20261101T100000Z.json"), "utf8"));
    const head = (await h.database.db.query.auditLog.findMany()).at(-1)!;
    expect(record.auditHead).toEqual({ seq: head.seq, hash: head.hash });

    expect((await runScheduledBackup(deps, new Date("2026-11-01T20:00:00Z"))).skipped).toBe("not-due");
    expect((await runScheduledBackup(deps, new Date("2026-11-02T10:30:00Z"))).written).not.toBeNull();
    expect(readdirSync(dir).filter((n) => n.endsWith(".age"))).toHaveLength(2);

    const later = await runScheduledBackup(deps, new Date("2026-12-01T11:00:00Z"));
    expect(later.expired).toEqual(["oc-backup-20261101T100000Z.age"]);
    expect(existsSync(join(dir, "oc-backup-20261101T100000Z.json"))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith(".age"))).toHaveLength(2);
  });

  it("writes nothing without a recipient", async () => {
    const h = await setup();
    const database = h.database as NodeDatabase;
    const dir = mkdtempSync(join(tmpdir(), "oc-scheduled-"));
    const r = await runScheduledBackup(
      { database, dataDir: dirname(database.file), schedule: { dir, everyHours: 24, keepDays: 30 } },
      new Date(),
    );
    expect(r.skipped).toBe("no-recipient");
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("shredding after a restore", () => {
  it("shreds, at the first scheduler run after the restore, a case whose retention ended after the backup", async () => {
    const h = await setup({ jurisdiction: "DE", now: "2026-01-10T10:00:00Z" });
    const alice = await enrol(h, h.firstCode, "alice");
    await submit(h, { whatHappened: "closed long ago" });
    const list = await h.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, alice.headers);
    const closedId = list.json.cases[0]!.id;
    await h.request(
      "POST",
      `/api/cases/${closedId}/status`,
      { status: "closed", outcome: "no_action" },
      alice.headers,
    );
    await submit(h, { whatHappened: "still open" });

    // The backup is taken in 2028, before the closed case's deletion date (2029-01-10).
    const database = h.database as NodeDatabase;
    const dir = mkdtempSync(join(tmpdir(), "oc-shred-"));
    const key = await backupKey();
    const taken = await runScheduledBackup(
      {
        database,
        dataDir: dirname(database.file),
        schedule: { dir, everyHours: 24, keepDays: 30, recipient: key.recipient },
      },
      new Date("2028-06-01T10:00:00Z"),
    );
    expect(taken.written?.cases).toBe(2);

    // Restored in 2029, after that date: the first run shreds it before anyone opens it.
    const target = join(dir, "restored");
    await restoreBackup({
      file: join(dir, "oc-backup-20280601T100000Z.age"),
      dataDir: target,
      identity: key.identity,
    });
    const restored = openSqlite(join(target, "channel.sqlite"));
    expect(await restored.db.query.cases.findMany()).toHaveLength(2);
    const run = await runScheduledJobs({ database: restored }, new Date("2029-01-11T12:00:00Z"));
    expect(run.retention.shredded).toBe(1);
    const left = await restored.db.query.cases.findMany();
    expect(left.map((c) => c.id)).not.toContain(closedId);
    expect(left).toHaveLength(1);
    expect(
      await restored.db.query.caseKeys.findMany({ where: (k, { eq }) => eq(k.caseId, closedId) }),
    ).toEqual([]);
    const audit = await restored.db.query.auditLog.findMany();
    expect(audit.at(-1)).toMatchObject({ action: "case.shredded", caseId: closedId });
    restored.close();
  }, 60_000);
});
