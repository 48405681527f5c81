import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateIdentity, identityToRecipient } from "age-encryption";
import { describe, expect, it } from "vitest";
import { registerCsv } from "../../server/register";
import { runRetention } from "../../server/retention";
import { enrol, setup, signIn, submit } from "../api/harness";

async function exportRegister(h: Awaited<ReturnType<typeof setup>>, headers: Record<string, string>) {
  const identity = await generateIdentity();
  const recipient = await identityToRecipient(identity);
  const res = await h.app.request("http://localhost/api/admin/register/export", {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ recipient }),
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  const dir = mkdtempSync(join(tmpdir(), "register-"));
  writeFileSync(join(dir, "key.txt"), `${identity}\n`);
  writeFileSync(join(dir, "register.csv.age"), bytes);
  const csv = execFileSync("age", [
    "-d",
    "-i",
    join(dir, "key.txt"),
    join(dir, "register.csv.age"),
  ]).toString();
  return { status: res.status, bytes, csv };
}

describe("the register of reports (Art. 18; Ley 2/2023 art. 26)", () => {
  it("keeps an anonymised row after the case is shredded, and exports it as CSV inside an age file", async () => {
    const h = await setup({ jurisdiction: "DE", now: "2026-01-10T10:00:00Z" });
    const alice = await enrol(h, h.firstCode, "alice");
    await submit(h, { whatHappened: "register sentinel text" });
    const list = await h.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, alice.headers);
    const id = list.json.cases[0]!.id;
    await h.request(
      "POST",
      `/api/cases/${id}/status`,
      { status: "closed", outcome: "no_action" },
      alice.headers,
    );
    await runRetention(h.database, new Date("2029-01-09T12:00:00Z")); // the 7-day warning
    expect(await runRetention(h.database, new Date("2029-01-11T12:00:00Z"))).toMatchObject({ shredded: 1 });
    expect(await h.database.db.query.cases.findMany()).toHaveLength(0);

    const rows = await h.database.db.query.register.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      jurisdiction: "DE",
      receivedOn: "2026-01-10",
      closedOn: "2026-01-10",
      outcome: "no_action",
      deletedOn: "2029-01-11",
    });
    expect(rows[0]?.id).not.toBe(id);

    h.clock.set("2029-01-11T12:00:00Z");
    await signIn(h, alice);
    await submit(h, { whatHappened: "a live case" });
    const out = await exportRegister(h, alice.headers);
    expect(out.status).toBe(200);
    expect(new TextDecoder().decode(out.bytes.slice(0, 21))).toBe("age-encryption.org/v1");
    const lines = out.csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "channelId,channelKind,jurisdiction,receivedOn,acknowledgedOn,followUpOn,feedbackOn,outcomeCommunicatedOn,closedOn,outcome,extended,retaliationClaim,deletedOn,deletionBasis",
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /^default,internal,DE,2026-01-10,.*no_action,false,false,2029-01-11,HinSchG §11\(5\)/,
    );
    expect(lines[2]).toMatch(/^default,internal,DE,2029-01-11,/);
    expect(out.csv).not.toContain(id);
    expect(out.csv).not.toContain("sentinel");
    const audit = await h.database.db.query.auditLog.findMany();
    expect(audit.at(-1)?.action).toBe("register.exported");
  });

  it("refuses a recipient that is not age X25519, and anyone signed out", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const bad = await h.request<{ error: { code: string } }>(
      "POST",
      "/api/admin/register/export",
      { recipient: "not-a-key" },
      alice.headers,
    );
    expect(bad.status).toBe(400);
    const anonymous = await h.request("POST", "/api/admin/register/export", { recipient: "x" });
    expect(anonymous.status).toBe(401);
  });

  it("quotes CSV cells and defuses spreadsheet formulas", () => {
    const row = {
      channelId: '=HYPERLINK("x")',
      channelKind: "internal",
      jurisdiction: "ES",
      receivedOn: "2026-01-01",
      acknowledgedOn: null,
      followUpOn: null,
      feedbackOn: null,
      outcomeCommunicatedOn: null,
      closedOn: null,
      outcome: null,
      extended: false,
      retaliationClaim: false,
      deletedOn: "2026-04-01",
      deletionBasis: "Ley 2/2023 art. 32, anonymised",
    };
    const line = registerCsv([row]).split("\r\n")[1];
    expect(line).toBe(
      `"'=HYPERLINK(""x"")",internal,ES,2026-01-01,,,,,,,false,false,2026-04-01,"Ley 2/2023 art. 32, anonymised"`,
    );
  });
});
