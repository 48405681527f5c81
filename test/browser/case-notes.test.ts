/**
 * Internal notes and "who is on it" in Debian's Chromium against the real Node server: a handler writes
 * a note (encrypted in her browser to the case's notes key), a colleague holding the case reads it,
 * the reporting person's inbox never shows it, and its text never reaches any file of the server's
 * data directory. Putting the colleague on the case lists it under "Assigned to me" for him only.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { submitReport } from "./reporter-helpers";
import { type RunningServer, startServer } from "./server";

const PASSPHRASE = "granite lantern meadow 3391";
const NOTE = "SNTNLnote7q internal only: check the payroll export";

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

async function triageIds(page: Page, filter: string): Promise<string[]> {
  await page.getByTestId("nav-cases").click();
  await page.locator('[data-testid="triage-table"], [data-testid="triage-empty"]').first().waitFor();
  if ((await page.getByTestId("triage-filter").inputValue()) !== filter) {
    // The page re-renders for the new filter: wait until the old table is gone before reading rows.
    const old = await page.getByTestId("triage-table").elementHandle();
    await page.getByTestId("triage-filter").selectOption(filter);
    await page.waitForFunction((el) => !el?.isConnected, old);
  }
  await page.getByTestId("triage-table").waitFor();
  return page
    .getByTestId("triage-row")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-case-id") ?? ""));
}

async function openCase(page: Page, caseId: string): Promise<void> {
  await page
    .locator(`[data-testid="triage-row"][data-case-id="${caseId}"] [data-testid="triage-open"]`)
    .click();
  await page.getByTestId("case-view").waitFor({ timeout: 30_000 });
}

describe("internal notes and assignment in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Notes Test Org" });
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await close?.();
    await server?.stop();
  });

  it("keeps notes among the case's handlers, out of the inbox and the data files, and filters 'mine'", async () => {
    const problems: string[] = [];
    const open = async (): Promise<Page> => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      return page;
    };
    const [alice, bob, reporter] = [await open(), await open(), await open()];
    await enrolThroughLink(alice, server.enrolmentLink, "alice", "Alice Admin", PASSPHRASE);
    await enrolThroughLink(bob, await invite(alice), "bob", "Bob Handler", PASSPHRASE);
    // Bob's enrolment changes the roster: Alice's admin view signs the new one before anyone reports.
    await alice.getByTestId("nav-admin").click();
    await alice.locator('[data-testid="admin-person-row"][data-handle="bob"]').waitFor();

    await reporter.goto(`${server.url}/report.html`);
    const token = await submitReport(reporter, "A report that gets internal notes");

    const [caseId] = await triageIds(alice, "all");
    expect(caseId).toBeTruthy();
    await openCase(alice, caseId!);
    await alice.getByTestId("case-note-text").fill(NOTE);
    await alice.getByTestId("case-note-add").click();
    await expect
      .poll(() => alice.getByTestId("case-notes").textContent(), { timeout: 30_000 })
      .toContain(NOTE);

    // Alice puts Bob on the case: it is his under "Assigned to me", not hers.
    await alice.getByTestId("case-assignee").selectOption({ label: "Bob Handler" });
    await alice.getByTestId("case-assign").click();
    await expect
      .poll(() => alice.getByTestId("case-notice").textContent())
      .toContain("Bob Handler is on this case");
    expect(await alice.getByTestId("case-assignee").inputValue()).not.toBe("");
    expect(await triageIds(alice, "mine")).toEqual([]);
    expect(await triageIds(bob, "mine")).toEqual([caseId]);

    // Bob, holding the case, reads the note.
    await openCase(bob, caseId!);
    await expect.poll(() => bob.getByTestId("case-notes").textContent(), { timeout: 30_000 }).toContain(NOTE);
    expect(await bob.getByTestId("case-note").count()).toBe(1);

    // The reporting person's inbox holds the case but never the note.
    await reporter.goto(`${server.url}/inbox.html`);
    await reporter.getByTestId("inbox-token").fill(token);
    await reporter.getByTestId("inbox-open").click();
    await reporter.getByTestId("inbox-case").waitFor({ timeout: 60_000 });
    expect(await reporter.locator("body").textContent()).not.toContain("SNTNLnote7q");

    // No file of the server's data directory holds the note's text.
    expect(scanDataDir(server.dataDir)).not.toContain("SNTNLnote7q");
    expect(problems).toEqual([]);
  });
});
