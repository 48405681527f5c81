import { describe, expect, it } from "vitest";
import { caseRefHash, encryptJson, toBase64, verifyReceipt } from "../../crypto/index";
import { enrol, setup, signIn, submit } from "./harness";

describe("signed receipt (Art. 21(5))", () => {
  it("comes with the submission and the inbox, signed by the published key, and adds the acknowledgement", async () => {
    const h = await setup({ jurisdiction: "DE" });
    const alice = await enrol(h, h.firstCode, "alice");
    const published = await h.request<{ format: string; key: string; fingerprint: string }>(
      "GET",
      "/api/receipt-key",
    );
    expect(published.status).toBe(200);
    expect(published.json.format).toBe("oc-receipt-1");

    const { reporter, answer } = await submit(h, { whatHappened: "x" });
    const first = verifyReceipt(answer.receipt as string, published.json.key);
    expect(first.fingerprint).toBe(published.json.fingerprint);
    expect(first.facts).toMatchObject({
      organisation: "Test org",
      jurisdiction: "DE",
      receivedOn: "2026-11-27",
      acknowledgedOn: null,
      deadlines: { acknowledgeBy: "2026-12-04" },
      issuedOn: "2026-11-27",
    });

    const list = await h.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, alice.headers);
    const id = list.json.cases[0]!.id;
    expect(first.facts.caseRefHash).toBe(caseRefHash(id));
    const view = await h.request<{ caseRecipient: string }>(
      "GET",
      `/api/cases/${id}`,
      undefined,
      alice.headers,
    );
    h.clock.advanceDays(2);
    await signIn(h, alice);
    const message = toBase64(await encryptJson([view.json.caseRecipient], { v: 1, text: "Thank you" }));
    expect((await h.request("POST", `/api/cases/${id}/acknowledge`, { message }, alice.headers)).status).toBe(
      200,
    );

    const inbox = await h.request<{ receipt: string }>("POST", "/api/inbox", { loginKey: reporter.loginKey });
    const later = verifyReceipt(inbox.json.receipt, published.json.fingerprint);
    expect(later.facts).toMatchObject({
      receivedOn: "2026-11-27",
      acknowledgedOn: "2026-11-29",
      issuedOn: "2026-11-29",
      // HinSchG §17(2): three months from the acknowledgement.
      deadlines: { feedbackBy: "2027-02-28" },
    });
  });

  it("is published on the notice in en, de and fr, with the checker's address", async () => {
    const h = await setup();
    const admin = await enrol(h, h.firstCode, "alice");
    const profile = {
      name: "Receipt Org",
      countries: ["DE"],
      languages: ["en", "de", "fr"],
      channelUrl: "https://speakup.example.org/report.html",
      policyUrl: "https://example.org/policy",
      impartialFunction: { name: "Integrity Office", contact: "integrity@example.org" },
    };
    expect((await h.request("PUT", "/api/admin/profile", profile, admin.headers)).status).toBe(200);
    const v = await h.request<{ version: number }>(
      "POST",
      "/api/admin/notice/versions",
      undefined,
      admin.headers,
    );
    await h.request("POST", `/api/admin/notice/versions/${v.json.version}/approve`, undefined, admin.headers);
    const published = await h.request<{ key: string; fingerprint: string }>("GET", "/api/receipt-key");
    for (const lang of ["en", "de", "fr"]) {
      const html = await (await h.app.request(`http://localhost/notice?lang=${lang}`)).text();
      expect(html, lang).toContain('data-item="receipt-key"');
      expect(html, lang).toContain(published.json.fingerprint);
      expect(html, lang).toContain("https://speakup.example.org/verify-receipt.html");
      const text = await (await h.app.request(`http://localhost/notice.txt?lang=${lang}`)).text();
      expect(text, lang).toContain(published.json.key);
    }
  });

  it("keeps the same receipt key after a restart, apart from every case key", async () => {
    const h = await setup();
    const before = await h.request<{ key: string }>("GET", "/api/receipt-key");
    const again = await setup({ database: h.database });
    const after = await again.request<{ key: string }>("GET", "/api/receipt-key");
    expect(after.json.key).toBe(before.json.key);
  });
});
