/**
 * Ireland's further feedback through the API with a moved clock (Protected Disclosures Act 2014 s.6A(1),
 * inserted by the 2022 Act s.9): the reporting person asks from the inbox; each further feedback is due 3
 * months after the previous one, until the case is closed; it shows in triage, in reminders and in the
 * inbox. Under any other law the request is refused and changes nothing.
 */
import { describe, expect, it } from "vitest";
import {
  decryptThread,
  EMPTY_THREAD,
  encryptJson,
  fromBase64,
  reporterSigningKey,
  sealEntry,
  threadHead,
  toBase64,
  verifyThread,
} from "../../crypto/index";
import { openCaseClocks } from "../../db/queries/reminders";
import { attentionOf } from "../../server/reminders/plan";
import { buildSubmission, enrol, type Harness, type Staff, setup, signIn } from "./harness";

interface Deadline {
  date: string;
  basis: string;
}

interface CaseView {
  id: string;
  caseRecipient: string;
  furtherFeedbackRequestedOn: string | null;
  deadlines: { feedbackBy: Deadline | null; furtherFeedbackBy: Deadline | null };
  next: { kind: string | null; date: string | null; overdue: boolean };
  entries: { kind: string; author: string; on: string; at: string | null; ciphertext: string }[];
}

interface Inbox {
  furtherFeedback: { requestedOn: string | null; months: number; basis: string } | null;
  deadlines: { feedbackBy: Deadline | null; furtherFeedbackBy: Deadline | null };
  entries: { kind: string; on: string; ciphertext: string }[];
}

const LEADS = { reminderAckDays: 2, reminderFeedbackDays: 14, retentionYears: 3 };

async function text(recipient: string, words: string) {
  return toBase64(await encryptJson([recipient], { v: 1, text: words }));
}

async function at(h: Harness, staff: Staff, iso: string) {
  h.clock.set(iso);
  await signIn(h, staff);
}

/** A signed report, so that the request is checked as an entry of the signed thread. */
async function irishCase(h: Harness, jurisdiction = "IE") {
  const bea = await enrol(h, h.firstCode, "bea");
  const { body, reporter } = await buildSubmission(h, { whatHappened: "x" });
  const caseId = `${jurisdiction.toLowerCase()}furtherfeedback0000000`.slice(0, 26);
  const signing = reporterSigningKey(reporter.token);
  const first = await sealEntry(reporter.caseRecipient, signing, EMPTY_THREAD, {
    caseId,
    kind: "report",
    author: "reporter",
    content: { v: 1, whatHappened: "x" },
  });
  const filed = await h.request("POST", "/api/reports", {
    ...body,
    caseId,
    signingKey: signing.publicKey,
    report: toBase64(first.ciphertext),
  });
  expect(filed.status).toBe(201);
  return { bea, reporter, caseId };
}

describe("further feedback on request (Ireland, PDA 2014 s.6A(1))", () => {
  it("is due 3 months after each feedback once asked for, in triage, reminders and the inbox, until closed", async () => {
    const h = await setup({ jurisdiction: "IE", now: "2026-01-10T10:00:00Z" });
    const { bea, reporter, caseId } = await irishCase(h);
    const view = async () =>
      (await h.request<CaseView>("GET", `/api/cases/${caseId}`, undefined, bea.headers)).json;
    const inbox = async () =>
      (await h.request<Inbox>("POST", "/api/inbox", { loginKey: reporter.loginKey })).json;
    const kase = await view();

    expect((await inbox()).furtherFeedback).toMatchObject({ requestedOn: null, months: 3 });
    // Asked before the acknowledgement: recorded, the day only.
    h.clock.set("2026-01-11T16:42:00Z");
    const plaintexts = await decryptThread(
      reporter.caseIdentity,
      (await inbox()).entries.map((e) => fromBase64(e.ciphertext)),
    );
    const head = threadHead(plaintexts);
    const request = await sealEntry(reporter.caseRecipient, reporterSigningKey(reporter.token), head, {
      caseId,
      kind: "further_feedback_request",
      author: "reporter",
      content: { v: 1, text: "Please give me further feedback every 3 months until the case is closed." },
    });
    const asked = await h.request<{ on: string; furtherFeedbackRequestedOn: string }>(
      "POST",
      "/api/inbox/further-feedback",
      { loginKey: reporter.loginKey, message: toBase64(request.ciphertext), seq: request.head.seq },
    );
    expect(asked.status).toBe(201);
    expect(asked.json).toMatchObject({ on: "2026-01-11", furtherFeedbackRequestedOn: "2026-01-11" });
    expect(JSON.stringify(asked.json)).not.toContain("16:42");
    await signIn(h, bea);
    let now = await view();
    expect(now.furtherFeedbackRequestedOn).toBe("2026-01-11");
    expect(now.deadlines.furtherFeedbackBy).toBeNull();
    expect(now.next).toMatchObject({ kind: "acknowledge" });
    const stored = now.entries.find((e) => e.kind === "further_feedback_request");
    expect(stored).toMatchObject({ author: "reporter", on: "2026-01-11", at: null });
    // The request is an entry of the signed thread: both sides verify it as the reporting person's.
    const thread = await decryptThread(
      reporter.caseIdentity,
      now.entries.filter((e) => e.kind !== "identity").map((e) => fromBase64(e.ciphertext)),
    );
    const verified = verifyThread(caseId, thread, (a) =>
      a === "reporter" ? reporterSigningKey(reporter.token).publicKey : null,
    );
    expect(verified.at(-1)).toMatchObject({ ok: true, fields: { kind: "further_feedback_request" } });

    await at(h, bea, "2026-01-12T09:00:00Z");
    expect(
      (
        await h.request(
          "POST",
          `/api/cases/${caseId}/acknowledge`,
          { message: await text(kase.caseRecipient, "Received") },
          bea.headers,
        )
      ).status,
    ).toBe(200);
    // Asked before any feedback: the first feedback (s.6A(1)(e), 3 months from acknowledgement) governs.
    now = await view();
    expect(now.deadlines.furtherFeedbackBy).toBeNull();
    expect(now.next).toMatchObject({ kind: "feedback", date: "2026-04-12" });

    // Feedback on 1 Apr 2026: the next is due 1 Jul 2026.
    await at(h, bea, "2026-04-01T09:00:00Z");
    const feedback = await h.request(
      "POST",
      `/api/cases/${caseId}/messages`,
      { kind: "feedback", message: await text(kase.caseRecipient, "Interim feedback") },
      bea.headers,
    );
    expect(feedback.status).toBe(201);
    now = await view();
    expect(now.next).toMatchObject({ kind: "further_feedback", date: "2026-07-01", overdue: false });
    expect(now.deadlines.furtherFeedbackBy?.basis).toMatch(/^Protected Disclosures Act 2014 s\.6A\(1\)/);
    const triage = await h.request<{ cases: { id: string; next: { kind: string; date: string } }[] }>(
      "GET",
      "/api/cases",
      undefined,
      bea.headers,
    );
    expect(triage.json.cases.find((c) => c.id === caseId)?.next).toMatchObject({
      kind: "further_feedback",
      date: "2026-07-01",
    });
    const shown = await inbox();
    expect(shown.deadlines.furtherFeedbackBy?.date).toBe("2026-07-01");
    expect(shown.furtherFeedback?.requestedOn).toBe("2026-01-11");

    // Reminders: nothing on 16 Jun, due soon from 17 Jun (14 days' lead), overdue on 2 Jul.
    const clock = async () => (await openCaseClocks(h.database)).find((c) => c.id === caseId)!;
    expect(attentionOf(await clock(), LEADS, "2026-06-16")).toBeNull();
    expect(attentionOf(await clock(), LEADS, "2026-06-17")).toBe("due-soon");
    expect(attentionOf(await clock(), LEADS, "2026-07-02")).toBe("overdue");

    // A second request keeps the first day; further feedback on 25 Jun moves the next to 25 Sep.
    h.clock.set("2026-05-05T10:00:00Z");
    const again = await h.request("POST", "/api/inbox/further-feedback", {
      loginKey: reporter.loginKey,
      message: await text(kase.caseRecipient, "Again, please"),
    });
    expect(again.status).toBe(201);
    await at(h, bea, "2026-06-25T09:00:00Z");
    await h.request(
      "POST",
      `/api/cases/${caseId}/messages`,
      { kind: "feedback", message: await text(kase.caseRecipient, "More feedback") },
      bea.headers,
    );
    now = await view();
    expect(now.furtherFeedbackRequestedOn).toBe("2026-01-11");
    expect(now.next).toMatchObject({ kind: "further_feedback", date: "2026-09-25" });
    // Nobody answers by 25 Sep: triage shows it overdue on 26 Sep.
    await at(h, bea, "2026-09-26T09:00:00Z");
    expect((await view()).next).toMatchObject({ kind: "further_feedback", overdue: true });

    // Closed: no further feedback is due, and no new request is taken.
    const closed = await h.request(
      "POST",
      `/api/cases/${caseId}/status`,
      { status: "closed", outcome: "unsubstantiated" },
      bea.headers,
    );
    expect(closed.status).toBe(200);
    now = await view();
    expect(now.deadlines.furtherFeedbackBy).toBeNull();
    expect(now.next.kind).toBeNull();
    const late = await h.request("POST", "/api/inbox/further-feedback", {
      loginKey: reporter.loginKey,
      message: await text(kase.caseRecipient, "Still?"),
    });
    expect(late.status).toBe(409);
    expect(late.json).toMatchObject({ error: { code: "case_closed" } });
  });

  it("is refused under any other law (409), and changes nothing", async () => {
    const h = await setup({ jurisdiction: "DE", now: "2026-01-10T10:00:00Z" });
    const { reporter } = await irishCase(h, "DE");
    const inbox = await h.request<Inbox>("POST", "/api/inbox", { loginKey: reporter.loginKey });
    expect(inbox.json.furtherFeedback).toBeNull();
    expect(inbox.json.deadlines.furtherFeedbackBy).toBeNull();
    const before = await h.counts();
    const refused = await h.request("POST", "/api/inbox/further-feedback", {
      loginKey: reporter.loginKey,
      message: await text(reporter.caseRecipient, "Further feedback please"),
    });
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({ error: { code: "further_feedback_not_provided" } });
    expect(await h.counts()).toEqual(before);
  });

  it("rejects a plaintext request and an unknown token, changing nothing", async () => {
    const h = await setup({ jurisdiction: "IE", now: "2026-01-10T10:00:00Z" });
    const { reporter } = await irishCase(h);
    const before = await h.counts();
    const plain = await h.request("POST", "/api/inbox/further-feedback", {
      loginKey: reporter.loginKey,
      message: "Please give me further feedback",
    });
    expect(plain.status).toBe(400);
    const unknown = await h.request("POST", "/api/inbox/further-feedback", {
      loginKey: toBase64(new Uint8Array(32).fill(3)),
      message: await text(reporter.caseRecipient, "x"),
    });
    expect(unknown.status).toBe(404);
    expect(await h.counts()).toEqual(before);
  });
});
