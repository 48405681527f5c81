/**
 * Reminders end to end: the real app with an injected clock, the real SMTP mailer and a real SMTP
 * server on 127.0.0.1 that is stopped and started again while the channel keeps running.
 */
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { outbox } from "../../../db/schema";
import { createEnrolment } from "../../../server/bootstrap";
import { smtpMailer } from "../../../server/mail/smtp";
import { runScheduledJobs, type SchedulerDeps, startIntervalScheduler } from "../../../server/scheduler";
import { enrol, type Harness, proofOf, type Staff, setup, signIn, submit } from "../../api/harness";
import { type Sink, startSink } from "../mail/sink";

const PUBLIC_URL = "https://channel.example.test";
const SENTINEL = "SENTINEL-q7Zk";
const FAST = { connection: 500, greeting: 500, socket: 2000, dns: 500 };

let sinks: Sink[] = [];
afterEach(async () => {
  await Promise.all(sinks.map((s) => s.stop()));
  sinks = [];
});

async function sink(opts: Parameters<typeof startSink>[0] = {}) {
  const s = await startSink(opts);
  sinks.push(s);
  return s;
}

function depsFor(h: Harness, s: Sink): SchedulerDeps {
  return {
    database: h.database,
    publicUrl: PUBLIC_URL,
    mailer: smtpMailer({ url: s.url, from: "channel@example.test", timeouts: FAST }),
  };
}

async function setNotifyEmail(h: Harness, staff: Staff, email: string | null) {
  const res = await h.request(
    "PUT",
    "/api/me/notify-email",
    { email, proof: await proofOf(h, staff) },
    staff.headers,
  );
  expect(res.status).toBe(200);
}

/** Alice (admin, handler, custodian) and Bob (handler) both hold the case; only Alice gave an address. */
async function channelWithOneCase() {
  const h = await setup(); // 27 Nov 2026, 11:00 in Brussels
  const alice = await enrol(h, h.firstCode, "alice");
  const { code } = await createEnrolment(h.database, {
    roles: ["handler"],
    channelIds: ["default"],
    createdBy: alice.personId,
    now: h.clock(),
  });
  const bob = await enrol(h, code, "bob");
  await setNotifyEmail(h, alice, "alice@example.test");
  const field = (name: string) => `${SENTINEL}-${name}`;
  const { reporter } = await submit(
    h,
    {
      category: field("category"),
      whatHappened: field("whatHappened"),
      whenWhere: field("whenWhere"),
      whoInvolved: field("whoInvolved"),
      relationship: field("relationship"),
      attachments: [{ name: field("attachment"), type: "text/plain", data: field("data") }],
    },
    { identity: { name: field("name"), contact: field("contact"), note: field("note") } },
  );
  const list = await h.request<{ cases: { id: string; ref: string }[] }>(
    "GET",
    "/api/cases",
    undefined,
    alice.headers,
  );
  const [row] = list.json.cases;
  if (!row) throw new Error("no case");
  // Both have read the new report, so only deadline reminders are due (not an activity mail).
  for (const p of [alice, bob]) await h.request("GET", `/api/cases/${row.id}`, undefined, p.headers);
  return { h, alice, bob, reporter, caseId: row.id, ref: row.ref };
}

async function outboxRows(h: Harness) {
  return h.database.db.select().from(outbox);
}

describe("runScheduledJobs", () => {
  it("reminds of an overdue case by count only, keeps the mail while SMTP is down, and delivers it once when it is back", async () => {
    const { h, alice, bob, reporter, caseId, ref } = await channelWithOneCase();
    const s = await sink();
    const deps = depsFor(h, s);

    // Day of receipt: acknowledgement due on 4 Dec, far beyond the 2-day lead.
    expect(await runScheduledJobs(deps, h.clock())).toMatchObject({
      day: "2026-11-27",
      planned: 0,
      queued: 0,
      sent: 0,
    });
    expect(s.received).toHaveLength(0);

    // Day 8: the 7 days of Art. 9(1)(b) have passed.
    h.clock.set("2026-12-05T09:00:00Z");
    await signIn(h, alice);
    const list = await h.request<{ cases: { id: string; next: { kind: string; overdue: boolean } }[] }>(
      "GET",
      "/api/cases",
      undefined,
      alice.headers,
    );
    expect(list.json.cases[0]).toMatchObject({ id: caseId, next: { kind: "acknowledge", overdue: true } });
    expect(
      (await h.request<{ overdue: number }>("GET", "/api/me", undefined, alice.headers)).json.overdue,
    ).toBe(1);

    const first = await runScheduledJobs(deps, h.clock());
    expect(first).toMatchObject({ day: "2026-12-05", mail: "on", planned: 2, queued: 1, sent: 1, failed: 0 });
    expect(s.received).toHaveLength(1);
    const mail = s.received[0]!;
    expect(mail.to).toEqual(["alice@example.test"]); // Bob set no address: no mail for him, and nothing broke
    expect(mail.text).toContain(
      "1 case in the reporting channel needs your attention. It is past a legal deadline.",
    );
    expect(mail.text).toContain(`${PUBLIC_URL}/handler.html`);
    const secrets = [
      SENTINEL,
      caseId,
      caseId.toUpperCase(),
      ref,
      ref.toLowerCase(),
      reporter.token,
      reporter.loginKey,
    ];
    for (const secret of secrets) {
      expect(mail.raw).not.toContain(secret);
      expect(mail.text).not.toContain(secret);
    }
    // The Date header is the moment of sending; the body names no date, category or legal step.
    expect(mail.text).not.toMatch(/\d{4}-\d{2}-\d{2}|Nov|Dec|\bEU\b|Art\. 9|acknowledg|categor/i);
    // Besides the count, only the audit log's head hash (issue 10: a copy off the server), never a case's.
    const head = /Keep for audits: the channel's audit log head is ([0-9a-f]{64})\.\n/;
    expect(mail.text).toMatch(head);
    expect(mail.text.replace(head, "").match(/\d+/g)).toEqual(["1"]);
    expect(mail.raw).not.toContain(bob.handle);

    // Once a day at most.
    expect(await runScheduledJobs(deps, h.clock())).toMatchObject({ queued: 0, sent: 0 });
    h.clock.set("2026-12-05T21:00:00Z");
    expect(await runScheduledJobs(deps, h.clock())).toMatchObject({ queued: 0, sent: 0 });
    expect(s.received).toHaveLength(1);

    // The SMTP server goes away.
    await s.stop();
    h.clock.set("2026-12-06T09:00:00Z");
    const started = Date.now();
    const down = await runScheduledJobs(deps, h.clock());
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(down).toMatchObject({ day: "2026-12-06", queued: 1, sent: 0, failed: 1 });
    expect(down.errors[0]).toMatch(/^E[A-Z]+$/);
    let waiting = (await outboxRows(h)).filter((r) => r.sentAt === null);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ to: "alice@example.test", attempts: 1, lastError: down.errors[0] });

    // The channel keeps answering.
    await signIn(h, alice);
    expect((await h.request("GET", "/api/cases", undefined, alice.headers)).status).toBe(200);
    expect(
      (await h.request<{ overdue: number }>("GET", "/api/me", undefined, alice.headers)).json.overdue,
    ).toBe(1);
    expect((await h.request("GET", "/healthz")).status).toBe(200);

    // Retried on the next run, still failing, still kept.
    expect(await runScheduledJobs(deps, h.clock())).toMatchObject({ queued: 0, failed: 1 });
    waiting = (await outboxRows(h)).filter((r) => r.sentAt === null);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.attempts).toBe(2);

    // Back on the same port: delivered exactly once.
    await s.start();
    expect(await runScheduledJobs(deps, h.clock())).toMatchObject({ sent: 1, failed: 0 });
    expect(await runScheduledJobs(deps, h.clock())).toMatchObject({ queued: 0, sent: 0 });
    expect(s.received).toHaveLength(2);
    expect(s.received[1]?.text).toContain("past a legal deadline");
    expect((await outboxRows(h)).every((r) => r.sentAt !== null)).toBe(true);
  });

  it("replaces a reminder that missed its day with the next day's", async () => {
    const { h } = await channelWithOneCase();
    const s = await sink();
    const deps = depsFor(h, s);
    await s.stop();
    h.clock.set("2026-12-05T09:00:00Z");
    expect(await runScheduledJobs(deps, h.clock())).toMatchObject({ queued: 1, failed: 1 });
    h.clock.set("2026-12-06T09:00:00Z");
    expect(await runScheduledJobs(deps, h.clock())).toMatchObject({ queued: 1, failed: 1 });
    const rows = await outboxRows(h);
    expect(rows.map((r) => r.dedupeKey)).toEqual([expect.stringMatching(/^reminder:2026-12-06:/)]);
    await s.start();
    expect(await runScheduledJobs(deps, h.clock())).toMatchObject({ sent: 1 });
    expect(s.received).toHaveLength(1);
  });

  it("counts a deadline as due until the end of its day in the organisation's zone", async () => {
    const { h } = await channelWithOneCase();
    const s = await sink();
    const deps = depsFor(h, s);
    h.clock.set("2026-12-04T22:59:00Z"); // 23:59 in Brussels on the due day
    expect(await runScheduledJobs(deps, h.clock())).toMatchObject({ day: "2026-12-04", sent: 1 });
    h.clock.set("2026-12-04T23:00:00Z"); // midnight in Brussels
    expect(await runScheduledJobs(deps, h.clock())).toMatchObject({ day: "2026-12-05", sent: 1 });
    expect(s.received.map((m) => /past a legal deadline/.test(m.text))).toEqual([false, true]);
  });

  it("follows the organisation's lead time for acknowledgements", async () => {
    const { h, alice } = await channelWithOneCase();
    const s = await sink();
    const deps = depsFor(h, s);
    h.clock.set("2026-11-29T09:00:00Z"); // 5 days before 4 Dec
    expect(await runScheduledJobs(deps, h.clock())).toMatchObject({ planned: 0 });
    await signIn(h, alice);
    expect(
      (await h.request("PUT", "/api/admin/settings", { reminderAckDays: 5 }, alice.headers)).status,
    ).toBe(200);
    expect(await runScheduledJobs(deps, h.clock())).toMatchObject({ planned: 2, sent: 1 });
    expect(s.received[0]?.text).toContain("1 case in the reporting channel needs your attention.");
  });

  it("goes on to the next mail when the server refuses one recipient", async () => {
    const { h, bob } = await channelWithOneCase();
    const s = await sink({ refuse: ["alice@example.test"] });
    const deps = depsFor(h, s);
    await setNotifyEmail(h, bob, "bob@example.test");
    h.clock.set("2026-12-05T09:00:00Z");
    const run = await runScheduledJobs(deps, h.clock());
    expect(run).toMatchObject({ queued: 2, sent: 1, failed: 1, errors: ["EENVELOPE:550"] });
    expect(s.received.map((m) => m.to)).toEqual([["bob@example.test"]]);
    const [refused] = (await outboxRows(h)).filter((r) => r.sentAt === null);
    expect(refused).toMatchObject({ to: "alice@example.test", lastError: "EENVELOPE:550" });
  });

  it("queues nothing while no mailer is configured", async () => {
    const { h } = await channelWithOneCase();
    h.clock.set("2026-12-05T09:00:00Z");
    expect(await runScheduledJobs({ database: h.database }, h.clock())).toMatchObject({
      mail: "off",
      queued: 0,
    });
    expect(await outboxRows(h)).toHaveLength(0);
  });

  it("drops a waiting reminder when the person removes or changes their address", async () => {
    const { h, alice } = await channelWithOneCase();
    const s = await sink();
    const deps = depsFor(h, s);
    await s.stop();
    h.clock.set("2026-12-05T09:00:00Z");
    expect(await runScheduledJobs(deps, h.clock())).toMatchObject({ queued: 1, failed: 1 });
    await signIn(h, alice);
    await setNotifyEmail(h, alice, null);
    await s.start();
    expect(await runScheduledJobs(deps, h.clock())).toMatchObject({ planned: 2, queued: 0, sent: 0 });
    expect(await outboxRows(h)).toHaveLength(0);
    expect(s.received).toHaveLength(0);

    await s.stop();
    await setNotifyEmail(h, alice, "old@example.test");
    expect(await runScheduledJobs(deps, h.clock())).toMatchObject({ queued: 1, failed: 1 });
    await setNotifyEmail(h, alice, "new@example.test");
    await s.start();
    // The mail to the old address never left; today's reminder goes to the new one instead.
    expect(await runScheduledJobs(deps, h.clock())).toMatchObject({ queued: 1, sent: 1 });
    expect(s.received.map((m) => m.to)).toEqual([["new@example.test"]]);
  });
});

describe("startIntervalScheduler", () => {
  it("runs at once and on every tick, and stops", async () => {
    const { h } = await channelWithOneCase();
    const s = await sink();
    h.clock.set("2026-12-05T09:00:00Z");
    const lines: string[] = [];
    const stop = startIntervalScheduler({ ...depsFor(h, s), clock: h.clock }, 50, (l) => lines.push(l));
    await expect.poll(() => s.received.length, { timeout: 5_000 }).toBe(1);
    h.clock.set("2026-12-06T09:00:00Z");
    await expect.poll(() => s.received.length, { timeout: 5_000 }).toBe(2);
    stop();
    h.clock.set("2026-12-07T09:00:00Z");
    await new Promise((r) => setTimeout(r, 200));
    expect(s.received).toHaveLength(2);
    expect(lines).toEqual([]);
  });

  it("logs failures by code only and keeps running", async () => {
    const { h } = await channelWithOneCase();
    const s = await sink();
    await s.stop();
    h.clock.set("2026-12-05T09:00:00Z");
    const lines: string[] = [];
    const stop = startIntervalScheduler({ ...depsFor(h, s), clock: h.clock }, 50, (l) => lines.push(l));
    await expect.poll(() => lines.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    stop();
    for (const line of lines) {
      expect(line).toMatch(/^mail: 1 not delivered \(E[A-Z]+\); retrying on the next run$/);
    }
    const [row] = await h.database.db.select().from(outbox).where(eq(outbox.to, "alice@example.test"));
    expect(row?.attempts).toBeGreaterThanOrEqual(2);
  });
});
