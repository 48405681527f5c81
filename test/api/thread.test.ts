/**
 * Signed threads through the API (crypto/SPEC.md "Signed thread entry"): the report is the first entry,
 * signed with the token's key, whose public half the server keeps with the case; every later entry
 * claims the place its author signed it for, and the one insert refuses a place that is not the next,
 * so two writers can never leave two entries at one place.
 */
import { describe, expect, it } from "vitest";
import {
  decryptThread,
  EMPTY_THREAD,
  fromBase64,
  handlerSigningKey,
  reporterSigningKey,
  sealEntry,
  type ThreadHead,
  threadHead,
  toBase64,
  unwrapIdentity,
  verifyThread,
} from "../../crypto/index";
import { buildSubmission, enrol, type Harness, setup } from "./harness";

interface CaseAnswer {
  id: string;
  caseRecipient: string;
  myKey: string;
  reporterSigningKey: string | null;
  entries: { kind: string; ciphertext: string; threadSeq: number | null }[];
}

async function signedCase(h: Harness, opts: { identity?: boolean } = {}) {
  const alice = await enrol(h, h.firstCode, "alice");
  const { body, reporter } = await buildSubmission(
    h,
    { category: "ai-act", whatHappened: "signed report" },
    opts.identity ? { identity: { name: "N", contact: "c", note: "" } } : {},
  );
  const caseId = "signedcase0000000000000001";
  const signing = reporterSigningKey(reporter.token);
  const first = await sealEntry(reporter.caseRecipient, signing, EMPTY_THREAD, {
    caseId,
    kind: "report",
    author: "reporter",
    content: { v: 1, category: "ai-act", whatHappened: "signed report" },
  });
  const res = await h.request("POST", "/api/reports", {
    ...body,
    caseId,
    signingKey: signing.publicKey,
    report: toBase64(first.ciphertext),
  });
  expect(res.status).toBe(201);
  return { alice, reporter, caseId, signing, head: first.head, body };
}

async function handlerEntry(
  h: Harness,
  c: Awaited<ReturnType<typeof signedCase>>,
  path: string,
  head: ThreadHead,
  kind: string,
  extra: Record<string, unknown> = {},
  field: "message" | "text" = "message",
) {
  const sealed = await sealEntry(c.reporter.caseRecipient, handlerSigningKey(c.alice.identity), head, {
    caseId: c.caseId,
    kind,
    author: c.alice.personId,
    content: { v: 1, text: `${kind} text` },
  });
  const res = await h.request(
    "POST",
    `/api/cases/${c.caseId}/${path}`,
    { [field]: toBase64(sealed.ciphertext), seq: sealed.head.seq, ...extra },
    c.alice.headers,
  );
  return { res, head: sealed.head };
}

describe("signed thread", () => {
  it("keeps the reporting person's signing key and a thread both sides verify entry by entry", async () => {
    const h = await setup();
    const c = await signedCase(h, { identity: true });
    const ack = await handlerEntry(h, c, "acknowledge", c.head, "acknowledgement");
    expect(ack.res.status).toBe(200);
    const ask = await handlerEntry(h, c, "messages", ack.head, "request_info", { kind: "request_info" });
    expect(ask.res.status).toBe(201);
    const answer = await sealEntry(c.reporter.caseRecipient, c.signing, ask.head, {
      caseId: c.caseId,
      kind: "message",
      author: "reporter",
      content: { v: 1, text: "my answer" },
    });
    const sent = await h.request("POST", "/api/inbox/messages", {
      loginKey: c.reporter.loginKey,
      message: toBase64(answer.ciphertext),
      seq: answer.head.seq,
    });
    expect(sent.status).toBe(201);

    const view = await h.request<CaseAnswer>("GET", `/api/cases/${c.caseId}`, undefined, c.alice.headers);
    expect(view.json.reporterSigningKey).toBe(c.signing.publicKey);
    expect(view.json.entries.map((e) => e.threadSeq)).toEqual([1, 2, 3, 4]);
    const caseIdentity = await unwrapIdentity(c.alice.identity, fromBase64(view.json.myKey));
    const plaintexts = await decryptThread(
      caseIdentity,
      view.json.entries.map((e) => fromBase64(e.ciphertext)),
    );
    const keys: Record<string, string> = {
      reporter: c.signing.publicKey,
      [c.alice.personId]: handlerSigningKey(c.alice.identity).publicKey,
    };
    expect(verifyThread(c.caseId, plaintexts, (a) => keys[a] ?? null).map((v) => v.ok)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(threadHead(plaintexts)).toEqual(answer.head);

    // The reporting person's inbox carries the same thread and never the identity section.
    const inbox = await h.request<{ caseId: string; entries: { kind: string }[] }>("POST", "/api/inbox", {
      loginKey: c.reporter.loginKey,
    });
    expect(inbox.json.caseId).toBe(c.caseId);
    expect(inbox.json.entries.map((e) => e.kind)).toEqual([
      "report",
      "acknowledgement",
      "request_info",
      "message",
    ]);
  });

  it("refuses an entry signed for a place that is not the next, and writes nothing", async () => {
    const h = await setup();
    const c = await signedCase(h);
    const ack = await handlerEntry(h, c, "acknowledge", c.head, "acknowledgement");
    expect(ack.res.status).toBe(200);
    const before = await h.counts();

    // A second writer who read the thread before the acknowledgement signed for place 2 as well.
    const stale = await handlerEntry(h, c, "messages", c.head, "message", { kind: "message" });
    expect(stale.res.status).toBe(409);
    expect((stale.res.json as { error: { code: string } }).error.code).toBe("thread_moved");
    const late = await sealEntry(c.reporter.caseRecipient, c.signing, c.head, {
      caseId: c.caseId,
      kind: "message",
      author: "reporter",
      content: { v: 1, text: "late" },
    });
    const reporterStale = await h.request("POST", "/api/inbox/messages", {
      loginKey: c.reporter.loginKey,
      message: toBase64(late.ciphertext),
      seq: late.head.seq,
    });
    expect(reporterStale.status).toBe(409);
    // A place beyond the next leaves no gap either.
    const gap = await handlerEntry(h, c, "messages", { seq: 7, hash: ack.head.hash }, "message", {
      kind: "message",
    });
    expect(gap.res.status).toBe(409);
    expect(await h.counts()).toEqual(before);

    const next = await handlerEntry(h, c, "messages", ack.head, "message", { kind: "message" });
    expect(next.res.status).toBe(201);
  });

  it("places status moves, the start of follow-up, meetings and records in the signed thread", async () => {
    const h = await setup();
    const c = await signedCase(h);
    const ack = await handlerEntry(h, c, "acknowledge", c.head, "acknowledgement");
    const started = await handlerEntry(h, c, "follow-up", ack.head, "follow_up");
    expect(started.res.status).toBe(200);
    expect((started.res.json as { followUpOn: string | null }).followUpOn).not.toBeNull();
    const moved = await handlerEntry(h, c, "status", started.head, "status", { status: "in_follow_up" });
    expect(moved.res.status).toBe(200);
    const proposed = await handlerEntry(h, c, "meeting", moved.head, "meeting_proposal");
    expect(proposed.res.status).toBe(201);
    const recorded = await handlerEntry(
      h,
      c,
      "records",
      proposed.head,
      "record",
      {
        id: "signedrecord01",
        type: "minutes",
      },
      "text",
    );
    expect(recorded.res.status).toBe(201);
    const asked = await sealEntry(c.reporter.caseRecipient, c.signing, recorded.head, {
      caseId: c.caseId,
      kind: "meeting_request",
      author: "reporter",
      content: { v: 1, text: "let us meet" },
    });
    const meeting = await h.request("POST", "/api/inbox/meeting", {
      loginKey: c.reporter.loginKey,
      message: toBase64(asked.ciphertext),
      seq: asked.head.seq,
    });
    expect(meeting.status).toBe(201);

    // A record version signed for a place already taken is refused, and nothing is written.
    const before = await h.counts();
    const stale = await handlerEntry(
      h,
      c,
      "records/signedrecord01/versions",
      recorded.head,
      "record",
      {
        version: 2,
      },
      "text",
    );
    expect(stale.res.status).toBe(409);
    expect(await h.counts()).toEqual(before);

    const view = await h.request<CaseAnswer>("GET", `/api/cases/${c.caseId}`, undefined, c.alice.headers);
    expect(view.json.entries.map((e) => [e.kind, e.threadSeq])).toEqual([
      ["report", 1],
      ["acknowledgement", 2],
      ["follow_up", 3],
      ["status", 4],
      ["meeting_proposal", 5],
      ["record", 6],
      ["meeting_request", 7],
    ]);
    const caseIdentity = await unwrapIdentity(c.alice.identity, fromBase64(view.json.myKey));
    const plaintexts = await decryptThread(
      caseIdentity,
      view.json.entries.map((e) => fromBase64(e.ciphertext)),
    );
    const keys: Record<string, string> = {
      reporter: c.signing.publicKey,
      [c.alice.personId]: handlerSigningKey(c.alice.identity).publicKey,
    };
    expect(verifyThread(c.caseId, plaintexts, (a) => keys[a] ?? null).every((v) => v.ok)).toBe(true);
  });

  it("refuses a case id that is already taken", async () => {
    const h = await setup();
    const c = await signedCase(h);
    const { body } = await buildSubmission(h, { category: "ai-act", whatHappened: "again" });
    const before = await h.counts();
    const res = await h.request("POST", "/api/reports", { ...body, caseId: c.caseId });
    expect(res.status).toBe(409);
    expect(await h.counts()).toEqual(before);
    const badKey = await h.request("POST", "/api/reports", { ...body, signingKey: "not a key" });
    expect(badKey.status).toBe(400);
  });
});
