import { describe, expect, it } from "vitest";
import {
  decryptJson,
  deriveReporterKeys,
  encryptTo,
  fromBase64,
  generateCaseToken,
  newCaseIdentity,
  toBase64,
  unwrapIdentity,
  utf8,
} from "../../crypto/index";
import { buildSubmission, enrol, type Harness, setup, submit } from "./harness";

async function withHandler() {
  const h = await setup();
  const alice = await enrol(h, h.firstCode, "alice");
  return { h, alice };
}

/** Sends `mutate(body)` and checks the answer is a 4xx JSON error that changed nothing. */
async function rejects(h: Harness, body: unknown, expected: { status: number; code: string }) {
  const before = await h.counts();
  const res = await h.request<{ error: { code: string; message: string } }>("POST", "/api/reports", body);
  expect(res.status).toBe(expected.status);
  expect(res.json.error.code).toBe(expected.code);
  expect(typeof res.json.error.message).toBe("string");
  expect(await h.counts()).toEqual(before);
  return res;
}

describe("submission", () => {
  it("accepts a well-formed encrypted report and answers with the day and deadlines", async () => {
    const { h } = await withHandler();
    const { answer } = await submit(h, { category: "ai-act", whatHappened: "x" });
    expect(answer.receivedOn).toBe("2026-11-27");
    const d = answer.deadlines as Record<string, { date: string; basis: string }>;
    expect(d.acknowledgeBy?.date).toBe("2026-12-04");
    expect(d.feedbackBy?.date).toBe("2027-03-04");
    expect(d.acknowledgeBy?.basis).toMatch(/9\(1\)\(b\)/);
  });

  it("rejects a plaintext upload", async () => {
    const { h } = await withHandler();
    const { body } = await buildSubmission(h, { whatHappened: "x" });
    await rejects(
      h,
      { ...body, report: toBase64(utf8(JSON.stringify({ whatHappened: "SENTINEL plaintext" }))) },
      { status: 400, code: "bad_ciphertext" },
    );
  });

  it("rejects a truncated age file", async () => {
    const { h } = await withHandler();
    const { body } = await buildSubmission(h, { whatHappened: "x" });
    const full = fromBase64(body.report as string);
    await rejects(
      h,
      { ...body, report: toBase64(full.slice(0, full.length - 100)) },
      { status: 400, code: "bad_ciphertext" },
    );
    await rejects(
      h,
      { ...body, report: toBase64(full.slice(0, 200)) },
      { status: 400, code: "bad_ciphertext" },
    );
  });

  it("rejects an age file to an X25519-only recipient where a hybrid one is expected", async () => {
    const { h } = await withHandler();
    const { body } = await buildSubmission(h, { whatHappened: "x" });
    const { generateX25519Identity, identityToRecipient } = await import("age-encryption");
    const x = await identityToRecipient(await generateX25519Identity());
    const classic = await encryptTo([x], JSON.stringify({ v: 1, whatHappened: "x" }), { allowX25519: true });
    await rejects(h, { ...body, report: toBase64(classic) }, { status: 400, code: "bad_ciphertext" });
    await rejects(h, { ...body, reporterKey: toBase64(classic) }, { status: 400, code: "bad_ciphertext" });
  });

  it("rejects a report encrypted to two recipients (one case key only)", async () => {
    const { h } = await withHandler();
    const { body } = await buildSubmission(h, { whatHappened: "x" });
    const a = await newCaseIdentity();
    const b = await newCaseIdentity();
    const two = await encryptTo([a.recipient, b.recipient], "{}");
    await rejects(h, { ...body, report: toBase64(two) }, { status: 400, code: "bad_ciphertext" });
  });

  it("rejects malformed JSON, a wrong content type and unknown fields", async () => {
    const { h } = await withHandler();
    const before = await h.counts();
    const bad = await h.request<{ error: { code: string } }>("POST", "/api/reports", "{not json");
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("bad_json");
    const form = await h.request<{ error: { code: string } }>("POST", "/api/reports", "a=b", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(form.status).toBe(400);
    expect(form.json.error.code).toBe("bad_content_type");
    const { body } = await buildSubmission(h, { whatHappened: "x" });
    await rejects(h, { ...body, note: "extra" }, { status: 400, code: "invalid" });
    await rejects(h, { ...body, loginKey: "short" }, { status: 400, code: "invalid" });
    expect(await h.counts()).toEqual(before);
  });

  it("rejects an oversized body with 413 and stores nothing", async () => {
    const { h } = await withHandler();
    const { body } = await buildSubmission(h, { whatHappened: "x" });
    await rejects(h, { ...body, report: "A".repeat(9 << 20) }, { status: 413, code: "too_large" });
  });

  it("refuses a submission that leaves out one of the channel's handlers", async () => {
    const { h } = await withHandler();
    const { body } = await buildSubmission(h, { whatHappened: "x" });
    await rejects(h, { ...body, handlerKeys: [] }, { status: 400, code: "invalid" });
    await rejects(
      h,
      {
        ...body,
        handlerKeys: [
          { personId: "someoneelse", wrapped: (body.handlerKeys as { wrapped: string }[])[0]?.wrapped },
        ],
      },
      { status: 409, code: "recipients_changed" },
    );
  });
});

describe("inbox", () => {
  it("opens with the token-derived key and decrypts in the reporting person's hands", async () => {
    const { h } = await withHandler();
    const { reporter } = await submit(h, { whatHappened: "the report text" });
    const res = await h.request<{
      status: string;
      reporterKey: string;
      entries: { kind: string; ciphertext: string }[];
    }>("POST", "/api/inbox", { loginKey: reporter.loginKey });
    expect(res.status).toBe(200);
    expect(res.json.status).toBe("received");
    const keys = await deriveReporterKeys(reporter.token);
    const caseIdentity = await unwrapIdentity(keys.identity, fromBase64(res.json.reporterKey));
    const first = res.json.entries[0];
    expect(first?.kind).toBe("report");
    const report = await decryptJson<{ whatHappened: string }>([caseIdentity], fromBase64(first!.ciphertext));
    expect(report.whatHappened).toBe("the report text");
  });

  it("answers a wrong token and an unknown one with the same status and body", async () => {
    const { h } = await withHandler();
    const { reporter } = await submit(h, { whatHappened: "x" });
    // Wrong: the real login key with one bit flipped. Unknown: the key of a token nobody ever used.
    const wrongKey = fromBase64(reporter.loginKey);
    wrongKey[0] = (wrongKey[0] ?? 0) ^ 1;
    const unknownKeys = await deriveReporterKeys(generateCaseToken());
    const wrong = await h.request("POST", "/api/inbox", { loginKey: toBase64(wrongKey) });
    const unknown = await h.request("POST", "/api/inbox", { loginKey: toBase64(unknownKeys.loginKey) });
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.json).toEqual(wrong.json);
  });

  it("takes a reply from the reporting person and refuses a plaintext one", async () => {
    const { h } = await withHandler();
    const { reporter } = await submit(h, { whatHappened: "x" });
    const msg = await encryptTo([reporter.caseRecipient], JSON.stringify({ v: 1, text: "more info" }));
    const ok = await h.request("POST", "/api/inbox/messages", {
      loginKey: reporter.loginKey,
      message: toBase64(msg),
    });
    expect(ok.status).toBe(201);
    expect(ok.json).toEqual({ on: "2026-11-27" });
    const before = await h.counts();
    const bad = await h.request("POST", "/api/inbox/messages", {
      loginKey: reporter.loginKey,
      message: toBase64(utf8("plain words")),
    });
    expect(bad.status).toBe(400);
    expect(await h.counts()).toEqual(before);
  });
});

describe("report form configuration", () => {
  it("names the national authorities of the organisation's jurisdiction and the AI Office tool first", async () => {
    const h = await setup({ jurisdiction: "DE" });
    const res = await h.request<{
      external: {
        countries: { country: string; authorities: { url: string }[] }[];
        eu: { id: string; url: string }[];
      };
    }>("GET", "/api/config");
    expect(res.json.external.countries.map((c) => c.country)).toEqual(["DE"]);
    expect(res.json.external.countries[0]?.authorities.length).toBeGreaterThan(0);
    expect(res.json.external.eu[0]?.id).toBe("eu-ai-office-whistleblower-tool");
    for (const e of res.json.external.eu) expect(e.url).toMatch(/^https:\/\//);
  });
});
