/**
 * Audit checkpoints signed by handlers, and the audit head in case exports (issue 10, item 5): a handler
 * who is not an admin opens "My security", their browser checks the audit chain and signs its head;
 * `audit:verify` accepts that checkpoint, and fails once an entry before it is rewritten with every
 * later hash recomputed. A case export made in the handler's browser opens with Debian's `age` and
 * carries the audit head, which is the export's own entry.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import BetterSqlite3 from "better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entryHash } from "../../db/audit-chain";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { submitReport } from "./reporter-helpers";
import { type RunningServer, startServer } from "./server";

const PASSPHRASE = "copper meadow signal 2231";

function auditVerify(dataDir: string): { status: number | null; out: string } {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", "server/cli/audit-verify.ts", "--data-dir", dataDir],
    {
      encoding: "utf8",
    },
  );
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function query<T>(dataDir: string, sql: string): T[] {
  const db = new BetterSqlite3(join(dataDir, "channel.sqlite"), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe("audit checkpoints by handlers, and the audit head in case exports", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;
  let alice: Page;
  let bob: Page;
  let bobId: string;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Audit Export Org" });
    ({ browser, close } = await launchChromium());
    alice = await (await browser.newContext()).newPage();
    bob = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await enrolThroughLink(alice, server.enrolmentLink, "alice", "Alice Admin", PASSPHRASE);
    await alice.getByTestId("nav-admin").click();
    await alice.getByTestId("admin-view").waitFor();
    await alice.locator('[data-testid="admin-enrol-role"][data-role="handler"]').check();
    await alice.locator('[data-testid="admin-enrol-channel"][data-channel-id="default"]').check();
    await alice.getByTestId("admin-enrol-submit").click();
    const link = (await alice.getByTestId("admin-enrol-link").textContent({ timeout: 30_000 })) ?? "";
    await enrolThroughLink(bob, link, "bob", "Bob Handler", PASSPHRASE);
    bobId = query<{ id: string }>(server.dataDir, "SELECT id FROM persons WHERE handle = 'bob'")[0]!.id;
    // Alice's browser signs Bob into the roster when she opens the admin view again.
    await alice.getByTestId("nav-cases").click();
    await alice.getByTestId("nav-admin").click();
    for (let tries = 0; ; tries++) {
      const roster = (await (await fetch(`${server.url}/api/roster`)).json()) as { body: string };
      if (roster.body.includes(bobId)) break;
      if (tries > 100) throw new Error("Bob was never signed into the roster");
      await new Promise((r) => setTimeout(r, 300));
    }
    const reporter = await (await browser.newContext()).newPage();
    await reporter.goto(`${server.url}/report.html`);
    await submitReport(reporter, "Exported with the audit head");
    await reporter.close();
  }, 240_000);

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("has a handler's browser check the chain and sign its head, which audit:verify accepts", async () => {
    await bob.getByTestId("nav-security").click();
    const check = bob.getByTestId("audit-check");
    await check.waitFor({ timeout: 30_000 });
    expect(await check.getAttribute("data-ok")).toBe("true");
    await bob.getByTestId("audit-checkpoint").waitFor({ timeout: 30_000 });
    const signed = query<{ seq: number }>(
      server.dataDir,
      `SELECT seq FROM audit_checkpoints WHERE person_id = '${bobId}'`,
    );
    expect(signed.length).toBe(1);
    const run = auditVerify(server.dataDir);
    expect(run.out).toMatch(/intact/);
    expect(run.status).toBe(0);
  });

  it("puts the checked audit head into the case export, which age opens", async () => {
    await bob.getByTestId("nav-cases").click();
    await bob.getByTestId("triage-open").first().click();
    await bob.getByTestId("case-view").waitFor({ timeout: 30_000 });
    const counsel = await generateX25519Identity();
    await bob.getByTestId("case-export-recipient").fill(await identityToRecipient(counsel));
    await bob.getByTestId("case-export-purpose").fill("Handover to external counsel");
    const [download] = await Promise.all([
      bob.waitForEvent("download", { timeout: 60_000 }),
      bob.getByTestId("case-export-submit").click(),
    ]);
    const dir = mkdtempSync(join(tmpdir(), "oc-export-"));
    const file = join(dir, "case.age");
    await download.saveAs(file);
    writeFileSync(join(dir, "key.txt"), `${counsel}\n`);
    const plain = JSON.parse(
      execFileSync("age", ["--decrypt", "-i", join(dir, "key.txt"), file], { encoding: "utf8" }),
    );
    expect(plain.version).toBe("oc-case-export-1");
    expect(JSON.stringify(plain.entries)).toContain("Exported with the audit head");
    const [head] = query<{ seq: number; hash: string; action: string }>(
      server.dataDir,
      "SELECT seq, hash, action FROM audit_log ORDER BY seq DESC LIMIT 1",
    );
    expect(head!.action).toBe("case.exported");
    expect(plain.auditHead).toEqual({ seq: head!.seq, hash: head!.hash, verified: true });
    expect(await bob.getByTestId("case-export-status").textContent()).toContain(head!.hash);
  });

  it("fails audit:verify after an entry before the handler's checkpoint is rewritten with recomputed hashes", () => {
    const db = new BetterSqlite3(join(server.dataDir, "channel.sqlite"));
    // Only the handler's checkpoint stays, so it alone must catch the rewrite.
    db.prepare("DELETE FROM audit_checkpoints WHERE person_id != ?").run(bobId);
    db.prepare("UPDATE audit_log SET action = 'nothing.happened' WHERE seq = 2").run();
    const rows = db
      .prepare("SELECT seq, at, actor, action, case_id AS caseId, detail FROM audit_log ORDER BY seq")
      .all() as {
      seq: number;
      at: string;
      actor: string;
      action: string;
      caseId: string | null;
      detail: string;
    }[];
    let prev = "0".repeat(64);
    for (const row of rows) {
      const hash = entryHash(row, prev);
      db.prepare("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?").run(prev, hash, row.seq);
      prev = hash;
    }
    db.close();
    const run = auditVerify(server.dataDir);
    expect(run.out).toContain("rewritten after a signed checkpoint");
    expect(run.status).toBe(1);
  });
});
