/**
 * HinSchG §28(4) sentence 4: where an external reporting office extends the feedback period to six months,
 * "the reasons for the extension are to be told to the reporting person" (consolidated text,
 * https://www.buzer.de/28_HinSchG.htm, checked 2026-11-29). The extension is refused without a message to
 * them, and with one the reporting person reads it in the inbox. Cases are filed through the API; the
 * channel kind is set in the database, as no route files an external report.
 */
import { describe, expect, it } from "vitest";
import { encryptJson, toBase64 } from "../../crypto/index";
import { cases } from "../../db/schema";
import { enrol, sealedText, setup, submit } from "./harness";

const JUSTIFICATION = "Extensive processing: three subsidiaries and two regulators are involved.";

async function filed(jurisdiction: string, channelKind: "internal" | "external") {
  const h = await setup({ jurisdiction });
  const alice = await enrol(h, h.firstCode, "alice");
  const { reporter } = await submit(h, { whatHappened: "x" });
  await h.database.db.update(cases).set({ channelKind });
  const [row] = await h.database.db.select().from(cases);
  const id = row!.id;
  const view = await h.request<{ caseRecipient: string }>(
    "GET",
    `/api/cases/${id}`,
    undefined,
    alice.headers,
  );
  const reasons = toBase64(
    await encryptJson([view.json.caseRecipient], { v: 1, text: "Two regulators involved." }),
  );
  // The justification is encrypted to the case in the handler's browser, like the reasons.
  const justification = await sealedText(view.json.caseRecipient, JUSTIFICATION);
  const extend = (body: Record<string, unknown>) =>
    h.request<{ error?: { code: string; message: string } }>(
      "POST",
      `/api/cases/${id}/extension`,
      { justification, ...body },
      alice.headers,
    );
  return { h, id, reporter, reasons, extend };
}

describe("reasons for an extension go to the reporting person (HinSchG §28(4) sentence 4)", () => {
  it("DE external, extended without a message to the reporting person: refused, nothing changes", async () => {
    const { h, extend } = await filed("DE", "external");
    const before = await h.counts();
    const res = await extend({});
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe("reasons_to_reporting_person_required");
    expect(res.json.error?.message).toContain("HinSchG §28(4) sentence 4");
    expect(await h.counts()).toEqual(before);
  });

  it("DE external, extended with the reasons: the reporting person reads them in the inbox", async () => {
    const { h, reporter, reasons, extend } = await filed("DE", "external");
    const res = await extend({ message: reasons });
    expect(res.status).toBe(200);
    const inbox = await h.request<{ entries: { kind: string; author: string; ciphertext: string }[] }>(
      "POST",
      "/api/inbox",
      { loginKey: reporter.loginKey },
    );
    expect(inbox.json.entries.some((e) => e.author === "handler" && e.ciphertext === reasons)).toBe(true);
  });

  it("ES internal, extended for an especially complex case without a message: allowed (no such rule)", async () => {
    const { extend } = await filed("ES", "internal");
    expect((await extend({})).status).toBe(200);
  });

  it("CZ internal (zákon č. 171/2023 Sb. § 12(3)) and PL external (art. 41 ust. 2): refused without a message", async () => {
    for (const [jurisdiction, kind, provision] of [
      ["CZ", "internal", "§ 12(3)"],
      ["PL", "external", "art. 41 ust. 2"],
    ] as const) {
      const { h, extend, reasons } = await filed(jurisdiction, kind);
      const before = await h.counts();
      const res = await extend({});
      expect(res.status, jurisdiction).toBe(400);
      expect(res.json.error?.message).toContain(provision);
      expect(await h.counts()).toEqual(before);
      expect((await extend({ message: reasons })).status, jurisdiction).toBe(200);
    }
  });

  it("DE internal: the law allows no extension at all, message or not", async () => {
    const { extend, reasons } = await filed("DE", "internal");
    const res = await extend({ message: reasons });
    expect(res.status).toBe(409);
  });
});
