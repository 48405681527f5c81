import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { NodeDatabase } from "../../db/node";
import { runRetention } from "../../server/retention";
import { enrol, proofOf, sealedText, setup, signIn, submit } from "../api/harness";

function fileText(db: NodeDatabase): string {
  let text = readFileSync(db.file).toString("latin1");
  try {
    text += readFileSync(`${db.file}-wal`).toString("latin1");
  } catch {}
  return text;
}

async function closedGermanCase() {
  const h = await setup({ jurisdiction: "DE", now: "2026-01-10T10:00:00Z" });
  const alice = await enrol(h, h.firstCode, "alice");
  await submit(h, { whatHappened: "x" });
  const list = await h.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, alice.headers);
  const id = list.json.cases[0]!.id;
  await h.request(
    "POST",
    `/api/cases/${id}/status`,
    { status: "closed", outcome: "no_action" },
    alice.headers,
  );
  const rows = await h.database.db.query.entries.findMany();
  return { h, alice, id, ciphertext: rows[0]!.ciphertext };
}

describe("retention by crypto-shredding", () => {
  it("keeps a closed German case for 3 years, then deletes its keys and ciphertext from the file", async () => {
    const { h, ciphertext } = await closedGermanCase();
    const probe = ciphertext.slice(200, 260);
    expect(fileText(h.database as NodeDatabase)).toContain(probe);
    expect(await runRetention(h.database, new Date("2029-01-10T12:00:00Z"))).toMatchObject({
      shredded: 0,
      dueSoon: 1,
    });
    expect(await runRetention(h.database, new Date("2029-01-11T12:00:00Z"))).toMatchObject({ shredded: 1 });
    expect(await h.database.db.query.cases.findMany()).toHaveLength(0);
    expect(await h.database.db.query.caseKeys.findMany()).toHaveLength(0);
    expect(fileText(h.database as NodeDatabase)).not.toContain(probe);
    const audit = await h.database.db.query.auditLog.findMany();
    expect(audit.at(-1)?.action).toBe("case.shredded");
  });

  it("keeps a case under a legal hold, which needs a written justification", async () => {
    const { h, alice, id } = await closedGermanCase();
    const noReason = await h.request(
      "POST",
      `/api/cases/${id}/legal-hold`,
      { justification: "" },
      alice.headers,
    );
    expect(noReason.status).toBe(400);
    const { caseRecipient } = (
      await h.request<{ caseRecipient: string }>("GET", `/api/cases/${id}`, undefined, alice.headers)
    ).json;
    const held = await h.request(
      "POST",
      `/api/cases/${id}/legal-hold`,
      { justification: await sealedText(caseRecipient, "Court proceedings 4 O 123/26 pending") },
      alice.headers,
    );
    expect(held.status).toBe(200);
    expect(await runRetention(h.database, new Date("2030-01-01T12:00:00Z"))).toMatchObject({
      shredded: 0,
      held: 1,
    });
    h.clock.set("2030-01-01T12:00:00Z");
    await signIn(h, alice);
    await h.request("DELETE", `/api/cases/${id}/legal-hold`, undefined, alice.headers);
    expect(await runRetention(h.database, new Date("2030-01-01T12:00:00Z"))).toMatchObject({ shredded: 1 });
  });
});

describe("reminder before retention deletion", () => {
  it("tells the holders how many cases go within 30 days, without naming them", async () => {
    const { startSink } = await import("./mail/sink");
    const { smtpMailer } = await import("../../server/mail/smtp");
    const { runScheduledJobs } = await import("../../server/scheduler");
    const { h, alice, id } = await closedGermanCase();
    await h.request(
      "PUT",
      "/api/me/notify-email",
      { email: "alice@example.test", proof: await proofOf(h, alice) },
      alice.headers,
    );
    const sink = await startSink();
    try {
      const deps = {
        database: h.database,
        publicUrl: "https://c.example.org",
        mailer: smtpMailer({ url: sink.url, from: "channel@example.test" }),
      };
      await runScheduledJobs(deps, new Date("2028-12-01T10:00:00Z"));
      expect(sink.received).toHaveLength(0);
      await runScheduledJobs(deps, new Date("2028-12-20T10:00:00Z"));
      expect(sink.received).toHaveLength(1);
      const mail = JSON.stringify(sink.received[0]);
      expect(mail).toContain("1 case(s)");
      expect(mail).not.toContain(id);
      expect(mail).not.toContain(id.slice(0, 8).toUpperCase());
    } finally {
      await sink.stop();
    }
  });
});

describe("no case is deleted without warning", () => {
  it("warns 30 and 7 days before, in triage and by content-free mail, then deletes", async () => {
    const { startSink } = await import("./mail/sink");
    const { smtpMailer } = await import("../../server/mail/smtp");
    const { runScheduledJobs } = await import("../../server/scheduler");
    const { h, alice, id } = await closedGermanCase(); // deleteBy 2029-01-10
    await h.request(
      "PUT",
      "/api/me/notify-email",
      { email: "alice@example.test", proof: await proofOf(h, alice) },
      alice.headers,
    );
    const sink = await startSink();
    try {
      const deps = {
        database: h.database,
        publicUrl: "https://c.example.org",
        mailer: smtpMailer({ url: sink.url, from: "channel@example.test" }),
      };
      await runScheduledJobs(deps, new Date("2028-12-11T10:00:00Z")); // 30 days before
      await runScheduledJobs(deps, new Date("2028-12-12T10:00:00Z")); // no second 30-day mail
      await runScheduledJobs(deps, new Date("2029-01-03T10:00:00Z")); // 7 days before
      await runScheduledJobs(deps, new Date("2029-01-04T10:00:00Z"));
      const mails = sink.received.map((m) => JSON.stringify(m));
      expect(mails).toHaveLength(2);
      expect(mails[0]).toContain("within 30 days");
      expect(mails[1]).toContain("within 7 days");
      for (const mail of mails) {
        expect(mail).not.toContain(id);
        expect(mail).not.toContain(id.slice(0, 8).toUpperCase());
        expect(mail).not.toContain("2029-01-10");
      }
      h.clock.set("2029-01-04T10:00:00Z");
      await signIn(h, alice);
      const triage = await h.request<{
        cases: { deletionDaysLeft: number; deadlines: { deleteBy: { date: string } } }[];
      }>("GET", "/api/cases", undefined, alice.headers);
      expect(triage.json.cases[0]).toMatchObject({
        deletionDaysLeft: 6,
        deadlines: { deleteBy: { date: "2029-01-10" } },
      });
      expect(await runRetention(h.database, new Date("2029-01-11T12:00:00Z"))).toMatchObject({ shredded: 1 });
      const warned = (await h.database.db.query.auditLog.findMany()).filter(
        (a) => a.action === "case.deletion_warning",
      );
      expect(warned.map((a) => JSON.parse(a.detail).stage)).toEqual([30, 7]);
    } finally {
      await sink.stop();
    }
  });

  it("never deletes an open case in the run that first warns, even when its date has already passed", async () => {
    const h = await setup({ jurisdiction: "ES", now: "2026-03-02T10:00:00Z" });
    await enrol(h, h.firstCode, "bea");
    await submit(h, { whatHappened: "x" }); // open, never followed up: art. 32.4 date 2026-06-02
    // The scheduler never ran before: the date passed without any warning.
    const first = await runRetention(h.database, new Date("2026-06-10T12:00:00Z"));
    expect(first).toMatchObject({ shredded: 0, waiting: 1 });
    expect(first.warnings).toMatchObject([{ stage: 7, deleteBy: "2026-06-02" }]);
    expect(await runRetention(h.database, new Date("2026-06-10T18:00:00Z"))).toMatchObject({ shredded: 0 });
    expect(await h.database.db.query.cases.findMany()).toHaveLength(1);
    expect(await runRetention(h.database, new Date("2026-06-11T12:00:00Z"))).toMatchObject({ shredded: 1 });
  });
});
