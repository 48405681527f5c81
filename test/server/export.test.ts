/**
 * An export as the handler's browser makes it: decrypt the case, re-encrypt it to a plain X25519
 * recipient, record the export; then Debian's `age` CLI opens the file with the matching key.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { describe, expect, it } from "vitest";
import { decryptJson, exportForAge, fromBase64, unwrapIdentity, utf8 } from "../../crypto/index";
import { enrol, sealedText, setup, submit } from "../api/harness";

describe("case export", () => {
  it("is recorded in the audit log and opens with the standard age tool", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    await submit(h, { whatHappened: "exported text ✓" });
    const list = await h.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, alice.headers);
    const id = list.json.cases[0]!.id;
    const view = await h.request<{ myKey: string; caseRecipient: string; entries: { ciphertext: string }[] }>(
      "GET",
      `/api/cases/${id}`,
      undefined,
      alice.headers,
    );
    const caseKey = await unwrapIdentity(alice.identity, fromBase64(view.json.myKey));
    const report = await decryptJson<{ whatHappened: string }>(
      [caseKey],
      fromBase64(view.json.entries[0]!.ciphertext),
    );

    const counsel = await generateX25519Identity();
    const recipient = await identityToRecipient(counsel);
    const bad = await h.request(
      "POST",
      `/api/cases/${id}/exports`,
      { recipient: "age1pq1nothybrid", purpose: await sealedText(view.json.caseRecipient, "for counsel") },
      alice.headers,
    );
    expect(bad.status).toBe(400);
    const recorded = await h.request(
      "POST",
      `/api/cases/${id}/exports`,
      { recipient, purpose: await sealedText(view.json.caseRecipient, "Handover to external counsel") },
      alice.headers,
    );
    expect(recorded.status).toBe(201);
    const file = await exportForAge(recipient, utf8(JSON.stringify(report)));

    const dir = mkdtempSync(join(tmpdir(), "oc-export-"));
    writeFileSync(join(dir, "key.txt"), `${counsel}\n`);
    writeFileSync(join(dir, "case.age"), file);
    const out = execFileSync("age", ["--decrypt", "-i", join(dir, "key.txt"), join(dir, "case.age")], {
      encoding: "utf8",
    });
    expect(JSON.parse(out).whatHappened).toBe("exported text ✓");
    const audit = await h.database.db.query.auditLog.findMany();
    expect(audit.map((a) => a.action)).toContain("case.exported");
  });
});
