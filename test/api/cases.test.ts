import { describe, expect, it } from "vitest";
import { decryptJson, encryptJson, fromBase64, toBase64, unwrapIdentity } from "../../crypto/index";
import { createEnrolment } from "../../server/bootstrap";
import { enrol, sealedText, setup, signIn, submit } from "./harness";

async function message(recipient: string, text: string) {
  return toBase64(await encryptJson([recipient], { v: 1, text }));
}

describe("handler follow-up", () => {
  it("walks triage, acknowledgement, reply and status, and the reporting person sees the dates", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const { reporter } = await submit(h, { whatHappened: "x" });

    const list = await h.request<{
      cases: { id: string; next: { kind: string; date: string; overdue: boolean } }[];
    }>("GET", "/api/cases", undefined, alice.headers);
    expect(list.status).toBe(200);
    expect(list.json.cases).toHaveLength(1);
    const row = list.json.cases[0]!;
    expect(row.next).toMatchObject({ kind: "acknowledge", date: "2026-12-04", overdue: false });

    const view = await h.request<{ myKey: string; caseRecipient: string; entries: { ciphertext: string }[] }>(
      "GET",
      `/api/cases/${row.id}`,
      undefined,
      alice.headers,
    );
    const caseIdentity = await unwrapIdentity(alice.identity, fromBase64(view.json.myKey));
    const report = await decryptJson<{ whatHappened: string }>(
      [caseIdentity],
      fromBase64(view.json.entries[0]!.ciphertext),
    );
    expect(report.whatHappened).toBe("x");

    h.clock.advanceDays(2);
    await signIn(h, alice);
    const ack = await h.request(
      "POST",
      `/api/cases/${row.id}/acknowledge`,
      { message: await message(view.json.caseRecipient, "Thank you") },
      alice.headers,
    );
    expect(ack.status).toBe(200);
    expect(ack.json).toMatchObject({ status: "acknowledged", acknowledgedOn: "2026-11-29" });
    const reply = await h.request(
      "POST",
      `/api/cases/${row.id}/messages`,
      { kind: "request_info", message: await message(view.json.caseRecipient, "When?") },
      alice.headers,
    );
    expect(reply.status).toBe(201);
    const moved = await h.request(
      "POST",
      `/api/cases/${row.id}/status`,
      { status: "in_follow_up" },
      alice.headers,
    );
    expect(moved.json).toMatchObject({ status: "in_follow_up" });
    const closeWithout = await h.request<{ error: { code: string } }>(
      "POST",
      `/api/cases/${row.id}/status`,
      { status: "closed" },
      alice.headers,
    );
    expect(closeWithout.status).toBe(409);
    expect(closeWithout.json.error.code).toBe("outcome_required");

    const inbox = await h.request<{
      status: string;
      acknowledgedOn: string;
      deadlines: { feedbackBy: { date: string } };
      entries: { kind: string; author: string; ciphertext: string }[];
    }>("POST", "/api/inbox", { loginKey: reporter.loginKey });
    expect(inbox.json.acknowledgedOn).toBe("2026-11-29");
    expect(inbox.json.deadlines.feedbackBy.date).toBe("2027-02-28");
    expect(inbox.json.entries.map((e) => e.kind)).toEqual(["report", "acknowledgement", "request_info"]);
    const texts = await Promise.all(
      inbox.json.entries
        .slice(1)
        .map((e) => decryptJson<{ text: string }>([reporter.caseIdentity], fromBase64(e.ciphertext))),
    );
    expect(texts.map((t) => t.text)).toEqual(["Thank you", "When?"]);
  });

  it("marks a case overdue once the acknowledgement day has passed", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    await submit(h, { whatHappened: "x" });
    h.clock.set("2026-12-04T22:59:00Z"); // 23:59 in Brussels on the due day: not yet overdue
    await signIn(h, alice);
    let list = await h.request<{ cases: { next: { overdue: boolean } }[] }>(
      "GET",
      "/api/cases",
      undefined,
      alice.headers,
    );
    expect(list.json.cases[0]?.next.overdue).toBe(false);
    h.clock.set("2026-12-04T23:00:00Z"); // midnight in Brussels
    list = await h.request("GET", "/api/cases", undefined, alice.headers);
    expect(list.json.cases[0]?.next.overdue).toBe(true);
    const me = await h.request<{ overdue: number }>("GET", "/api/me", undefined, alice.headers);
    expect(me.json.overdue).toBe(1);
  });

  it("answers 404, not 403, for a case the person holds no key to", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const { code } = await createEnrolment(h.database, {
      roles: ["handler"],
      channelIds: [],
      createdBy: alice.personId,
      now: h.clock(),
    });
    const bob = await enrol(h, code, "bob");
    await submit(h, { whatHappened: "x" });
    const list = await h.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, alice.headers);
    const id = list.json.cases[0]!.id;
    const other = await h.request("GET", `/api/cases/${id}`, undefined, bob.headers);
    const none = await h.request("GET", "/api/cases/zzzzzzzzzzzzzzzzzzzzzzzzzz", undefined, bob.headers);
    expect(other.status).toBe(404);
    expect(other.json).toEqual(none.json);
  });

  it("ends a session after 30 idle minutes", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    h.clock.set("2026-11-27T10:29:00Z");
    expect((await h.request("GET", "/api/me", undefined, alice.headers)).status).toBe(200);
    h.clock.set("2026-11-27T11:00:00Z");
    expect((await h.request("GET", "/api/me", undefined, alice.headers)).status).toBe(401);
  });

  it("rejects a state change without the CSRF header, and a cross-site POST", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    await submit(h, { whatHappened: "x" });
    const list = await h.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, alice.headers);
    const id = list.json.cases[0]!.id;
    const before = await h.counts();
    const noHeader = await h.request(
      "POST",
      `/api/cases/${id}/status`,
      { status: "in_follow_up" },
      { cookie: alice.cookie },
    );
    expect(noHeader.status).toBe(403);
    const crossSite = await h.request(
      "POST",
      `/api/cases/${id}/status`,
      { status: "in_follow_up" },
      { ...alice.headers, origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    );
    expect(crossSite.status).toBe(403);
    expect(await h.counts()).toEqual(before);
  });

  it("signs in with the passphrase-derived key and refuses a wrong one", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const { deriveHandlerKeys } = await import("../../crypto/index");
    const params = await h.request<{ kdf: Parameters<typeof deriveHandlerKeys>[1] }>(
      "POST",
      "/api/session/params",
      { handle: "alice" },
    );
    const good = await deriveHandlerKeys(alice.passphrase, params.json.kdf);
    const bad = await deriveHandlerKeys("wrong passphrase!!", params.json.kdf);
    const refused = await h.request<{ error: { code: string } }>("POST", "/api/session", {
      handle: "alice",
      authKey: toBase64(bad.authKey),
    });
    expect(refused.status).toBe(401);
    const ok = await h.request<{ sealedIdentity: string }>("POST", "/api/session", {
      handle: "alice",
      authKey: toBase64(good.authKey),
    });
    expect(ok.status).toBe(200);
    expect(ok.json.sealedIdentity).toBeTruthy();
    const unknown = await h.request<{ kdf: { salt: string } }>("POST", "/api/session/params", {
      handle: "nobody",
    });
    const again = await h.request<{ kdf: { salt: string } }>("POST", "/api/session/params", {
      handle: "nobody",
    });
    expect(unknown.status).toBe(200);
    expect(unknown.json.kdf.salt).toBe(again.json.kdf.salt);
  });
});

describe("extensions", () => {
  it("refuses any extension of an internal report under the Directive, and allows Spain's with a justification", async () => {
    const eu = await setup();
    const alice = await enrol(eu, eu.firstCode, "alice");
    await submit(eu, { whatHappened: "x" });
    const id = (await eu.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, alice.headers))
      .json.cases[0]!.id;
    const { caseRecipient } = (
      await eu.request<{ caseRecipient: string }>("GET", `/api/cases/${id}`, undefined, alice.headers)
    ).json;
    const justification = await sealedText(caseRecipient, "A very complex case with many parties involved");
    const before = await eu.counts();
    const refused = await eu.request<{ error: { code: string } }>(
      "POST",
      `/api/cases/${id}/extension`,
      { justification },
      alice.headers,
    );
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe("extension_not_allowed");
    expect(await eu.counts()).toEqual(before);

    const es = await setup({ jurisdiction: "ES" });
    const bea = await enrol(es, es.firstCode, "bea");
    await submit(es, { whatHappened: "x" });
    const esId = (await es.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, bea.headers))
      .json.cases[0]!.id;
    // The justification is encrypted to the case in the browser: plain text is refused.
    const short = await es.request(
      "POST",
      `/api/cases/${esId}/extension`,
      { justification: "Especially complex: five subsidiaries and two regulators involved" },
      bea.headers,
    );
    expect(short.status).toBe(400);
    const plain = await es.request<{ caseRecipient: string; deadlines: { feedbackBy: { date: string } } }>(
      "GET",
      `/api/cases/${esId}`,
      undefined,
      bea.headers,
    );
    const sealed = await sealedText(
      plain.json.caseRecipient,
      "Especially complex: five subsidiaries and two regulators involved",
    );
    const ok = await es.request<{ deadlines: { feedbackBy: { date: string; basis: string } } }>(
      "POST",
      `/api/cases/${esId}/extension`,
      { justification: sealed },
      bea.headers,
    );
    expect(ok.status).toBe(200);
    expect(ok.json.deadlines.feedbackBy.date > plain.json.deadlines.feedbackBy.date).toBe(true);
    expect(ok.json.deadlines.feedbackBy.basis).toMatch(/justification recorded/);
    const audit = await es.database.db.query.auditLog.findMany();
    expect(audit.at(-1)).toMatchObject({ action: "case.extended" });
    // The audit log keeps the justification's hash; the case keeps its ciphertext for the team.
    expect(audit.at(-1)?.detail).not.toContain("five subsidiaries");
    expect(JSON.parse(audit.at(-1)!.detail).justificationSha256).toMatch(/^[0-9a-f]{64}$/);
    const view = await es.request<{ staffTexts: { kind: string; ciphertext: string }[] }>(
      "GET",
      `/api/cases/${esId}`,
      undefined,
      bea.headers,
    );
    expect(view.json.staffTexts).toEqual([
      expect.objectContaining({ kind: "extension", ciphertext: sealed }),
    ]);
  });
});
