/**
 * Free text staff write about a case (issue 11): identity-access reasons, extension justifications,
 * legal-hold justifications, export purposes and disclosure details reach the server only encrypted to
 * the case key; the audit log keeps hashes. A sentinel written into each never reaches the database
 * file, plain text is refused, and the ciphertexts go with the case when it is shredded.
 */
import { readFileSync } from "node:fs";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { describe, expect, it } from "vitest";
import { decryptJson, fromBase64, unwrapIdentity } from "../../crypto/index";
import type { NodeDatabase } from "../../db/node";
import { disclosures, identityRequests, staffTexts } from "../../db/schema";
import { runRetention } from "../../server/retention";
import { enrol, sealedText, setup, submit } from "../api/harness";

const SENTINEL = "SNTNLstafftext7q";

function fileText(db: NodeDatabase): string {
  let text = readFileSync(db.file).toString("latin1");
  try {
    text += readFileSync(`${db.file}-wal`).toString("latin1");
  } catch {}
  return text;
}

describe("staff free text about a case", () => {
  it("is stored only as ciphertext to the case key, never in plain text, and is shredded with the case", async () => {
    const h = await setup({ jurisdiction: "ES", now: "2026-01-10T10:00:00Z" });
    const alice = await enrol(h, h.firstCode, "alice");
    const { reporter } = await submit(h, { whatHappened: "x" }, { identity: { name: "Rita" } });
    const list = await h.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, alice.headers);
    const id = list.json.cases[0]!.id;
    const path = `/api/cases/${id}`;
    const text = (what: string) => `${SENTINEL} ${what}: a sentence long enough for any minimum length.`;
    const seal = (what: string) => sealedText(reporter.caseRecipient, text(what));
    const counsel = await identityToRecipient(await generateX25519Identity());

    // Plain text, sentinel and all, is refused by every route, before anything is stored.
    const before = await h.counts();
    const plain = [
      ["POST", `${path}/identity-requests`, { reason: text("reason") }],
      ["POST", `${path}/extension`, { justification: text("extension") }],
      ["POST", `${path}/legal-hold`, { justification: text("hold") }],
      ["POST", `${path}/exports`, { recipient: counsel, purpose: text("export") }],
      [
        "POST",
        `${path}/disclosures`,
        { legalBasis: text("basis"), disclosedTo: text("to"), jeopardises: true },
      ],
    ] as const;
    for (const [method, url, body] of plain) {
      const res = await h.request<{ error: { code: string } }>(method, url, body, alice.headers);
      expect(res.status, url).toBe(400);
      expect(["invalid", "bad_ciphertext"], url).toContain(res.json.error.code);
    }
    expect(await h.counts()).toEqual(before);

    // Encrypted in the browser, each is accepted.
    const reason = await seal("reason");
    const sealed = {
      reason,
      extension: await seal("extension"),
      hold: await seal("hold"),
      export: await seal("export"),
      basis: await seal("basis"),
      to: await seal("to"),
    };
    expect((await h.request("POST", `${path}/identity-requests`, { reason }, alice.headers)).status).toBe(
      201,
    );
    expect(
      (await h.request("POST", `${path}/extension`, { justification: sealed.extension }, alice.headers))
        .status,
    ).toBe(200);
    expect(
      (await h.request("POST", `${path}/legal-hold`, { justification: sealed.hold }, alice.headers)).status,
    ).toBe(200);
    expect(
      (
        await h.request(
          "POST",
          `${path}/exports`,
          { recipient: counsel, purpose: sealed.export },
          alice.headers,
        )
      ).status,
    ).toBe(201);
    expect(
      (
        await h.request(
          "POST",
          `${path}/disclosures`,
          { legalBasis: sealed.basis, disclosedTo: sealed.to, jeopardises: true },
          alice.headers,
        )
      ).status,
    ).toBe(201);

    // The team reads them back in the browser; the server file holds no plain text of any.
    const view = await h.request<{
      myKey: string;
      legalHoldText: string;
      staffTexts: { kind: string; ciphertext: string }[];
    }>("GET", path, undefined, alice.headers);
    const caseKey = await unwrapIdentity(alice.identity, fromBase64(view.json.myKey));
    const open = async (b64: string) =>
      (await decryptJson<{ text: string }>([caseKey], fromBase64(b64))).text;
    expect(await open(view.json.legalHoldText)).toBe(text("hold"));
    expect(view.json.staffTexts.map((r) => r.kind).sort()).toEqual(["export", "extension"]);
    for (const r of view.json.staffTexts) expect(await open(r.ciphertext)).toBe(text(r.kind));
    const requests = await h.request<{ requests: { reason: string }[] }>(
      "GET",
      `${path}/identity-requests`,
      undefined,
      alice.headers,
    );
    expect(await open(requests.json.requests[0]!.reason)).toBe(text("reason"));
    const db = h.database as NodeDatabase;
    expect(fileText(db)).not.toContain(SENTINEL);
    const audit = await h.database.db.query.auditLog.findMany();
    for (const a of audit) expect(a.detail).not.toContain(SENTINEL);
    expect(audit.find((a) => a.action === "case.legal_hold")?.detail).toMatch(/justificationSha256/);

    // Lifted, closed and past retention: every ciphertext goes with the case.
    await h.request("DELETE", `${path}/legal-hold`, undefined, alice.headers);
    await h.request(`POST`, `${path}/status`, { status: "closed", outcome: "no_action" }, alice.headers);
    const probe = sealed.extension.slice(200, 260);
    expect(fileText(db)).toContain(probe);
    expect(await runRetention(h.database, new Date("2040-01-10T12:00:00Z"))).toMatchObject({ shredded: 1 });
    expect(await h.database.db.select().from(staffTexts)).toEqual([]);
    expect(await h.database.db.select().from(identityRequests)).toEqual([]);
    expect(await h.database.db.select().from(disclosures)).toEqual([]);
    expect(fileText(db)).not.toContain(probe);
  });
});
