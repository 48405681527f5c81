/**
 * The case events the law's clocks turn on, through the API with a moved clock: follow-up started
 * (Ley 2/2023 art. 32.4) and the final outcome (D.Lgs. 24/2023 art. 14), each apart from interim feedback.
 */
import { describe, expect, it } from "vitest";
import { encryptJson, toBase64 } from "../../crypto/index";
import { runRetention } from "../../server/retention";
import { enrol, type Harness, type Staff, setup, signIn, submit } from "./harness";

interface Row {
  id: string;
  caseRecipient: string;
  status: string;
  followUpOn: string | null;
  outcomeCommunicatedOn: string | null;
  deadlines: {
    deleteBy: { date: string; basis: string } | null;
    publicDisclosureFrom: { date: string } | null;
  };
}

async function message(recipient: string, text: string) {
  return toBase64(await encryptJson([recipient], { v: 1, text }));
}

async function onlyCase(h: Harness, staff: Staff): Promise<Row> {
  const list = await h.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, staff.headers);
  const view = await h.request<Row>("GET", `/api/cases/${list.json.cases[0]!.id}`, undefined, staff.headers);
  return view.json;
}

/** Moves the clock to `iso` and signs in again (sessions end after 30 idle minutes). */
async function at(h: Harness, staff: Staff, iso: string) {
  h.clock.set(iso);
  await signIn(h, staff);
}

describe("Spain: follow-up started is its own event (Ley 2/2023 art. 32.4)", () => {
  it("a case acknowledged and answered with feedback survives month 4", async () => {
    const h = await setup({ jurisdiction: "ES", now: "2026-03-02T10:00:00Z" });
    const bea = await enrol(h, h.firstCode, "bea");
    await submit(h, { whatHappened: "x" });
    const kase = await onlyCase(h, bea);
    expect(kase.deadlines.deleteBy?.date).toBe("2026-06-02");

    await at(h, bea, "2026-03-05T10:00:00Z");
    const ack = await h.request(
      "POST",
      `/api/cases/${kase.id}/acknowledge`,
      { message: await message(kase.caseRecipient, "Received") },
      bea.headers,
    );
    expect(ack.status).toBe(200);
    await at(h, bea, "2026-05-20T10:00:00Z");
    const feedback = await h.request(
      "POST",
      `/api/cases/${kase.id}/messages`,
      { kind: "feedback", message: await message(kase.caseRecipient, "We are looking into it") },
      bea.headers,
    );
    expect(feedback.status).toBe(201);
    const after = await onlyCase(h, bea);
    expect(after.followUpOn).toBe("2026-05-20");
    expect(after.deadlines.deleteBy?.date).toBe("2036-03-02");

    expect(await runRetention(h.database, new Date("2026-07-02T12:00:00Z"))).toMatchObject({ shredded: 0 });
    expect(await h.database.db.query.cases.findMany()).toHaveLength(1);
  });

  it("a case whose follow-up a handler recorded survives month 4; one nobody followed up does not", async () => {
    const h = await setup({ jurisdiction: "ES", now: "2026-03-02T10:00:00Z" });
    const bea = await enrol(h, h.firstCode, "bea");
    await submit(h, { whatHappened: "followed up" });
    const followed = await onlyCase(h, bea);
    await at(h, bea, "2026-04-01T10:00:00Z");
    const started = await h.request<Row & { status: string }>(
      "POST",
      `/api/cases/${followed.id}/follow-up`,
      undefined,
      bea.headers,
    );
    expect(started.status).toBe(200);
    expect(started.json).toMatchObject({ status: "received", followUpOn: "2026-04-01" });
    expect(started.json.deadlines.deleteBy?.basis).toMatch(/art\. 26\.2/);
    const again = await h.request<Row>("POST", `/api/cases/${followed.id}/follow-up`, undefined, bea.headers);
    expect(again.json.followUpOn).toBe("2026-04-01");
    const audit = await h.database.db.query.auditLog.findMany();
    expect(audit.filter((a) => a.action === "case.follow_up_started")).toHaveLength(1);

    await submit(h, { whatHappened: "never followed up" });
    // Warned 30 and 7 days before its art. 32 date (2026-07-01), then deleted.
    expect((await runRetention(h.database, new Date("2026-06-01T12:00:00Z"))).warnings).toMatchObject([
      { stage: 30, deleteBy: "2026-07-01" },
    ]);
    expect((await runRetention(h.database, new Date("2026-06-24T12:00:00Z"))).warnings).toMatchObject([
      { stage: 7, deleteBy: "2026-07-01" },
    ]);
    expect(await runRetention(h.database, new Date("2026-07-02T12:00:00Z"))).toMatchObject({ shredded: 1 });
    const left = await h.database.db.query.cases.findMany();
    expect(left.map((c) => c.id)).toEqual([followed.id]);
  });
});

describe("Italy: the final outcome is its own event (D.Lgs. 24/2023 art. 14)", () => {
  it("a case with interim feedback has no deletion date until its final outcome", async () => {
    const h = await setup({ jurisdiction: "IT", now: "2026-03-20T10:00:00Z" });
    const gio = await enrol(h, h.firstCode, "gio");
    const { reporter } = await submit(h, { whatHappened: "x" });
    const kase = await onlyCase(h, gio);
    await at(h, gio, "2026-03-23T10:00:00Z");
    await h.request(
      "POST",
      `/api/cases/${kase.id}/acknowledge`,
      { message: await message(kase.caseRecipient, "Received") },
      gio.headers,
    );
    await at(h, gio, "2026-04-10T10:00:00Z");
    const interim = await h.request(
      "POST",
      `/api/cases/${kase.id}/messages`,
      { kind: "feedback", message: await message(kase.caseRecipient, "Interim: we are investigating") },
      gio.headers,
    );
    expect(interim.status).toBe(201);
    const afterInterim = await onlyCase(h, gio);
    expect(afterInterim.outcomeCommunicatedOn).toBeNull();
    expect(afterInterim.deadlines.deleteBy).toBeNull();
    expect(afterInterim.deadlines.publicDisclosureFrom?.date).toBe("2026-06-24");

    // Years later, still open: nothing is deleted.
    expect(await runRetention(h.database, new Date("2029-04-11T12:00:00Z"))).toMatchObject({ shredded: 0 });

    await at(h, gio, "2026-09-15T10:00:00Z");
    const closed = await h.request(
      "POST",
      `/api/cases/${kase.id}/status`,
      { status: "closed", outcome: "substantiated" },
      gio.headers,
    );
    expect(closed.status).toBe(200);
    const other = await h.request(
      "POST",
      `/api/cases/${kase.id}/messages`,
      { kind: "message", message: await message(kase.caseRecipient, "hello") },
      gio.headers,
    );
    expect(other.status).toBe(409);
    const outcome = await h.request(
      "POST",
      `/api/cases/${kase.id}/messages`,
      { kind: "final_outcome", message: await message(kase.caseRecipient, "Outcome: substantiated") },
      gio.headers,
    );
    expect(outcome.status).toBe(201);
    const final = await onlyCase(h, gio);
    expect(final).toMatchObject({ status: "closed", outcomeCommunicatedOn: "2026-09-15" });
    expect(final.deadlines.deleteBy?.date).toBe("2029-09-15");
    expect(final.deadlines.deleteBy?.basis).toMatch(/final outcome/);

    const inbox = await h.request<{ entries: { kind: string }[] }>("POST", "/api/inbox", {
      loginKey: reporter.loginKey,
    });
    expect(inbox.json.entries.map((e) => e.kind)).toEqual([
      "report",
      "acknowledgement",
      "feedback",
      "final_outcome",
    ]);
  });

  it("refuses a final outcome before the acknowledgement, and changes nothing", async () => {
    const h = await setup({ jurisdiction: "IT" });
    const gio = await enrol(h, h.firstCode, "gio");
    await submit(h, { whatHappened: "x" });
    const kase = await onlyCase(h, gio);
    const before = await h.counts();
    const refused = await h.request<{ error: { code: string } }>(
      "POST",
      `/api/cases/${kase.id}/messages`,
      { kind: "final_outcome", message: await message(kase.caseRecipient, "Outcome") },
      gio.headers,
    );
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe("not_acknowledged");
    expect(await h.counts()).toEqual(before);
  });
});
