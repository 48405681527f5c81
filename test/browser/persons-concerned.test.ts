/**
 * In Debian's Chromium against the real Node server of an Irish organisation:
 * - a handler records a person concerned (Art. 22), defers informing them with a reason (GDPR Art.
 *   14(5)(b)) and records their hearing; name, role and reason are encrypted in her browser, so no file
 *   of the server's data directory (the SQLite file included) holds them, and the inbox never shows them;
 * - disclosing that person's identity waits for a colleague's approval, as the reporting person's does;
 * - the reporting person asks for further feedback from the inbox (Protected Disclosures Act 2014
 *   s.6A(1)): a signed entry of the thread, the day it was asked shown to both sides;
 * - records are signed by their author (`oc-person-concerned-2`): one a database writer adds in a
 *   colleague's name, unsigned or signed by a key not in the roster, shows as not verified, without its name.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSigningKey, sealPersonConcerned, sealSignedPersonConcerned, toBase64 } from "../../crypto/index";
import { launchChromium } from "./chromium";
import { enrolThroughLink, seriousViolations } from "./helpers";
import { submitReport } from "./reporter-helpers";
import { type RunningServer, startServer } from "./server";

const PASSPHRASE = "granite lantern meadow 3391";
const NAME = "SNTNLconcerned4k Ferdinand Oak";
const ROLE = "SNTNLrole9v payroll lead";
const REASON = "SNTNLreason2w he would wipe the payroll export";
const BASIS = "SNTNLbasis6t court order 12/2026";
const TO = "SNTNLto8p district court";
const FORGED = "SNTNLforged3h Mallory Planted";

function scanDataDir(dataDir: string): string {
  let text = "";
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else text += readFileSync(p).toString("latin1");
    }
  };
  walk(dataDir);
  return text;
}

async function invite(admin: Page): Promise<string> {
  await admin.getByTestId("nav-admin").click();
  await admin.getByTestId("admin-nav-people").click();
  await admin.locator('[data-testid="admin-view"][data-section="people"]').waitFor();
  await admin.locator('[data-testid="admin-enrol-channel"][data-channel-id="default"]').check();
  await admin.getByTestId("admin-enrol-submit").click();
  return (await admin.getByTestId("admin-enrol-link").textContent({ timeout: 30_000 })) ?? "";
}

async function openOnlyCase(page: Page): Promise<string> {
  await page.getByTestId("nav-cases").click();
  await page.getByTestId("triage-table").waitFor({ timeout: 30_000 });
  const row = page.getByTestId("triage-row").first();
  const caseId = (await row.getAttribute("data-case-id")) ?? "";
  await row.getByTestId("triage-open").click();
  await page.getByTestId("case-view").waitFor({ timeout: 30_000 });
  return caseId;
}

describe("persons concerned and Irish further feedback in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  let alice: Page;
  let bob: Page;
  let reporter: Page;
  let token = "";

  const open = async (): Promise<Page> => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    return page;
  };

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Concerned Test Org", ORG_JURISDICTION: "IE" });
    ({ browser, close } = await launchChromium());
    alice = await open();
    bob = await open();
    reporter = await open();
    await enrolThroughLink(alice, server.enrolmentLink, "alice", "Alice Admin", PASSPHRASE);
    await enrolThroughLink(bob, await invite(alice), "bob", "Bob Handler", PASSPHRASE);
    // Bob's enrolment changes the roster: Alice's admin view signs the new one before anyone reports.
    await alice.getByTestId("nav-admin").click();
    await alice.locator('[data-testid="admin-person-row"][data-handle="bob"]').waitFor();
    await reporter.goto(`${server.url}/report.html`);
    token = await submitReport(reporter, "A report that names a payroll lead").catch(async (e) => {
      const said = `${await reporter.getByTestId("report-error").textContent()} | ${await reporter.getByTestId("report-status").textContent()}`;
      throw new Error(`${said} ${problems.join(";")} ${String(e)}`);
    });
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await close?.();
    await server?.stop();
  });

  it("records a person concerned, a deferral of informing them and their hearing, encrypted", async () => {
    await openOnlyCase(alice);
    const box = alice.getByTestId("case-concerned-box");
    await box.getByTestId("case-concerned-name").fill(NAME);
    await box.getByTestId("case-concerned-role").fill(ROLE);
    await box.getByTestId("case-concerned-add").click();
    const person = box.getByTestId("case-concerned").first();
    await expect.poll(() => person.textContent(), { timeout: 30_000 }).toContain(NAME);
    expect(await person.textContent()).toContain(ROLE);
    expect(await person.getByTestId("case-concerned-not-informed").count()).toBe(1);
    // GDPR Art. 14(3)(a): a date to inform them by, until informed or deferred.
    expect(await person.getByTestId("case-concerned-inform-by").locator("time").count()).toBe(1);

    await person.getByTestId("case-concerned-defer-reason").fill(REASON);
    await person.getByTestId("case-concerned-defer").click();
    await expect
      .poll(() => box.getByTestId("case-concerned-deferred").textContent(), { timeout: 30_000 })
      .toContain(REASON);
    expect(await box.getByTestId("case-concerned-inform-by").count()).toBe(0);

    const today = await person.getByTestId("case-concerned-day").inputValue();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await box.getByTestId("case-concerned").first().getByTestId("case-concerned-heard-button").click();
    await box.getByTestId("case-concerned-heard").waitFor({ timeout: 30_000 });
    expect(await box.getByTestId("case-concerned-heard").locator("time").getAttribute("datetime")).toBe(
      today,
    );

    // Read again from the server, as a reload would: still there, decrypted in this browser only.
    await openOnlyCase(alice);
    const again = alice.getByTestId("case-concerned-box").getByTestId("case-concerned").first();
    await expect.poll(() => again.textContent(), { timeout: 30_000 }).toContain(NAME);
    expect(await again.getByTestId("case-concerned-deferred").textContent()).toContain(REASON);
    expect(await seriousViolations(alice)).toEqual([]);

    // The reporting person's inbox never shows them.
    await reporter.goto(`${server.url}/inbox.html`);
    await reporter.getByTestId("inbox-token").fill(token);
    await reporter.getByTestId("inbox-open").click();
    await reporter.getByTestId("inbox-case").waitFor({ timeout: 60_000 });
    const inboxText = (await reporter.locator("body").textContent()) ?? "";
    for (const mark of ["SNTNLconcerned4k", "SNTNLrole9v", "SNTNLreason2w"])
      expect(inboxText).not.toContain(mark);

    // No file of the server's data directory (the SQLite database and its journal) holds any of it.
    const files = scanDataDir(server.dataDir);
    for (const mark of ["SNTNLconcerned4k", "SNTNLrole9v", "SNTNLreason2w"])
      expect(files).not.toContain(mark);
    expect(readdirSync(server.dataDir).some((f) => f.endsWith(".sqlite"))).toBe(true);
    expect(problems).toEqual([]);
  });

  it("discloses a person concerned's identity only once a second person approved (Art. 22, Art. 16)", async () => {
    await alice.getByTestId("nav-admin").click();
    await alice.getByTestId("admin-nav-settings").click();
    await alice.getByTestId("settings-require-approval").check();
    await alice.getByTestId("settings-save").click();
    await expect.poll(() => alice.getByTestId("settings-status").textContent()).toMatch(/saved/);

    await openOnlyCase(alice);
    const person = alice.getByTestId("case-concerned-box").getByTestId("case-concerned").first();
    await expect.poll(() => person.textContent(), { timeout: 30_000 }).toContain(NAME);
    await person.locator("summary").click();
    await person.getByTestId("case-concerned-basis").fill(BASIS);
    await person.getByTestId("case-concerned-to").fill(TO);
    await person.getByTestId("case-concerned-ask").click();
    const asked = alice.getByTestId("case-concerned-disclosure").first();
    await asked.waitFor({ timeout: 30_000 });
    expect(await asked.getAttribute("data-state")).toBe("pending");
    // Nobody approves their own request, and nothing is recorded as made before approval.
    expect(await alice.getByTestId("case-concerned-approve").count()).toBe(0);
    expect(await alice.getByTestId("case-concerned-made").count()).toBe(0);

    // Bob holds the case and the notes key Alice made for every holder: he reads and approves.
    await openOnlyCase(bob);
    const pending = bob.getByTestId("case-concerned-disclosure").first();
    await pending.waitFor({ timeout: 30_000 });
    expect(await bob.getByTestId("case-concerned-box").getByTestId("case-concerned-who").textContent()).toBe(
      NAME,
    );
    expect(await pending.textContent()).toContain(TO);
    await pending.getByTestId("case-concerned-approve").click();
    await expect
      .poll(() => bob.getByTestId("case-concerned-disclosure").first().getAttribute("data-state"), {
        timeout: 30_000,
      })
      .toBe("approved");

    await openOnlyCase(alice);
    await alice.getByTestId("case-concerned-made").click();
    await expect
      .poll(() => alice.getByTestId("case-concerned-disclosure").first().textContent(), { timeout: 30_000 })
      .toContain("Disclosed on");
    const files = scanDataDir(server.dataDir);
    for (const mark of ["SNTNLbasis6t", "SNTNLto8p"]) expect(files).not.toContain(mark);
    expect(problems).toEqual([]);
  });

  it("lets the reporting person ask for further feedback every 3 months, as a signed entry", async () => {
    // The inbox is open from the test before.
    const further = reporter.getByTestId("inbox-further-feedback");
    await further.waitFor({ timeout: 30_000 });
    expect(await further.getByTestId("inbox-further-feedback-asked").isHidden()).toBe(true);
    await further.getByTestId("inbox-further-feedback-ask").click();
    await further.getByTestId("inbox-further-feedback-asked").waitFor({ timeout: 60_000 });
    expect(await further.getByTestId("inbox-further-feedback-ask").isHidden()).toBe(true);
    const entry = reporter.locator('[data-testid="thread-entry"][data-kind="further_feedback_request"]');
    await entry.waitFor({ timeout: 30_000 });
    expect(await entry.textContent()).toContain("Request for further feedback");
    expect(await reporter.getByTestId("thread-unverified").count()).toBe(0);
    expect(await seriousViolations(reporter)).toEqual([]);

    // The handler sees the request in the thread, verified, and the day it was made.
    await openOnlyCase(alice);
    await alice.getByTestId("case-further-feedback-asked").waitFor({ timeout: 30_000 });
    const seen = alice.locator('[data-testid="thread-entry"][data-kind="further_feedback_request"]');
    await expect.poll(() => seen.count(), { timeout: 30_000 }).toBe(1);
    expect(await seen.textContent()).toContain("further feedback every 3 months");

    // Acknowledged and answered with feedback today: further feedback is due 3 months from today, in
    // the case view, in triage and in the inbox.
    await alice.getByTestId("case-acknowledge").click();
    await alice.getByTestId("case-acknowledged-on").waitFor({ timeout: 30_000 });
    await alice.getByTestId("case-feedback-message").fill("We are checking the payroll export.");
    await alice.getByTestId("case-feedback").click();
    await alice.getByTestId("case-feedback-confirm").click();
    await alice.getByTestId("case-further-feedback-by").waitFor({ timeout: 30_000 });
    const today = (await alice.getByTestId("case-further-feedback-asked").getAttribute("datetime")) ?? "";
    const due = (await alice.getByTestId("case-further-feedback-by").getAttribute("datetime")) ?? "";
    const [y, m, d] = today.split("-").map(Number) as [number, number, number];
    const expected = new Date(Date.UTC(y, m - 1 + 3, 1));
    const lastDay = new Date(Date.UTC(expected.getUTCFullYear(), expected.getUTCMonth() + 1, 0)).getUTCDate();
    expected.setUTCDate(Math.min(d, lastDay));
    expect(due).toBe(expected.toISOString().slice(0, 10));
    expect(await alice.getByTestId("case-next-step").textContent()).toMatch(/^Give further feedback by /);
    await alice.getByTestId("nav-cases").click();
    await expect
      .poll(() => alice.getByTestId("triage-next").first().textContent(), { timeout: 30_000 })
      .toContain("Further feedback due");

    await reporter.goto(`${server.url}/inbox.html`);
    await reporter.getByTestId("inbox-token").fill(token);
    await reporter.getByTestId("inbox-open").click();
    await reporter.getByTestId("inbox-case").waitFor({ timeout: 60_000 });
    expect(await reporter.getByTestId("inbox-further-feedback-by").getAttribute("datetime")).toBe(due);
    expect(problems).toEqual([]);
  });

  it("shows a record a database writer added in a colleague's name as not verified, never as theirs", async () => {
    const caseId = await openOnlyCase(bob);
    const box = bob.getByTestId("case-concerned-box");
    await expect
      .poll(() => box.getByTestId("case-concerned-who").first().textContent(), { timeout: 30_000 })
      .toBe(NAME);
    expect(await box.locator('[data-testid="case-concerned"][data-verified="true"]').count()).toBe(1);
    // The genuine deferral reason and disclosure verify as Alice's words too.
    expect(
      await box.getByTestId("case-concerned-deferred").locator('[data-verified="true"]').textContent(),
    ).toContain(REASON);
    expect(await box.getByTestId("case-concerned-disclosure").first().getAttribute("data-verified")).toBe(
      "true",
    );

    // Someone with the database adds two records in Alice's name, encrypted to the notes key (which the
    // server knows): one unsigned (the old format), one signed by a key the signed roster does not hold.
    const db = new Database(join(server.dataDir, "channel.sqlite"));
    db.pragma("busy_timeout = 5000");
    const held = db.prepare("select notes_recipient from cases where id = ?").get(caseId) as {
      notes_recipient: string;
    };
    const aliceId = (db.prepare("select id from persons where handle = 'alice'").get() as { id: string }).id;
    const person = (recordId: string) => ({
      caseId,
      recordId,
      author: aliceId,
      name: FORGED,
      role: "witness",
    });
    const unsigned = toBase64(
      await sealPersonConcerned(held.notes_recipient, person("forgedrecord000000000001")),
    );
    const stranger = toBase64(
      await sealSignedPersonConcerned(
        held.notes_recipient,
        newSigningKey(),
        person("forgedrecord000000000002"),
      ),
    );
    const insert = db.prepare(
      "insert into persons_concerned (id, case_id, record, added_by, added_at) values (?, ?, ?, ?, ?)",
    );
    insert.run("forgedrecord000000000001", caseId, unsigned, aliceId, new Date().toISOString());
    insert.run("forgedrecord000000000002", caseId, stranger, aliceId, new Date().toISOString());
    db.close();

    await openOnlyCase(bob);
    await expect.poll(() => box.getByTestId("case-concerned").count(), { timeout: 30_000 }).toBe(3);
    await expect
      .poll(() => box.locator('[data-testid="case-concerned"][data-verified="false"]').count(), {
        timeout: 30_000,
      })
      .toBe(2);
    expect(await box.getByTestId("case-concerned-unverified").count()).toBe(2);
    expect(await box.getByTestId("case-concerned-unverified").first().textContent()).toMatch(/^Not verified/);
    expect(await box.locator('[data-testid="case-concerned"][data-verified="true"]').count()).toBe(1);
    expect(await box.textContent()).not.toContain("SNTNLforged3h");
    expect(await box.getByTestId("case-concerned-who").allTextContents()).toEqual([NAME]);
    expect(problems).toEqual([]);
  });
});
