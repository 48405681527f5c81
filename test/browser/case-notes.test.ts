/**
 * Internal notes and "who is on it" in Debian's Chromium against the real Node server: a handler writes
 * a note (signed and encrypted in her browser to the case's notes key), a colleague holding the case
 * reads it, the reporting person's inbox never shows it, and its text never reaches any file of the
 * server's data directory. Putting the colleague on the case lists it under "Assigned to me" for him
 * only. A dishonest server (played by the test) lists a key of its own among the holders lacking a
 * copy of the notes key, and swaps the colleague's: no copy is wrapped to that key. A note inserted
 * into the database, encrypted to the notes key but not signed by the colleague it names, is not shown.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fromBase64,
  newHandlerIdentity,
  type Roster,
  sealNote,
  toBase64,
  unwrapIdentity,
} from "../../crypto/index";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { submitReport } from "./reporter-helpers";
import { type RunningServer, startServer } from "./server";

const PASSPHRASE = "granite lantern meadow 3391";
const NOTE = "SNTNLnote7q internal only: check the payroll export";
const FORGED = "FORGEDnote3k the reporting person is lying";

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

    await expect
      .poll(
        async () => {
          const r = (await (await fetch(`${server.url}/api/roster`)).json()) as { body: string };
          return (JSON.parse(r.body) as Roster).people.length;
        },
        { timeout: 30_000 },
      )
      .toBe(2);

    await reporter.goto(`${server.url}/report.html`);
    const token = await submitReport(reporter, "A report that gets internal notes");

    // The server (played by the test) says Bob's key is one the test holds, and adds a stranger with it.
    const swapped = await newHandlerIdentity();
    await alice.route("**/api/cases/*/notes", async (route) => {
      if (route.request().method() !== "GET") return route.continue();
      const res = await route.fetch();
      const json = (await res.json()) as { missing: { personId: string; recipient: string }[] };
      for (const m of json.missing) m.recipient = swapped.recipient;
      json.missing.push({ personId: "serverlisted0001", recipient: swapped.recipient });
      await route.fulfill({ response: res, json });
    });
    const copies: { personId: string; wrapped: string }[] = [];
    alice.on("request", (r) => {
      if (/\/notes-key(\/copies)?$/.test(new URL(r.url()).pathname) && r.method() !== "GET")
        copies.push(...((r.postDataJSON() as { keys: typeof copies }).keys ?? []));
    });

    const [caseId] = await triageIds(alice, "all");
    expect(caseId).toBeTruthy();
    await openCase(alice, caseId!);
    await alice.getByTestId("case-note-text").fill(NOTE);
    await alice.getByTestId("case-note-add").click();
    await expect
      .poll(() => alice.getByTestId("case-notes").textContent(), { timeout: 30_000 })
      .toContain(NOTE);
    // Copies went to Alice and Bob only, and none opens with the server's key.
    expect(copies.map((k) => k.personId)).toHaveLength(2);
    expect(copies.map((k) => k.personId)).not.toContain("serverlisted0001");
    for (const k of copies)
      await expect(unwrapIdentity(swapped.identity, fromBase64(k.wrapped))).rejects.toThrow();

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
    expect(await bob.getByTestId("case-note").getAttribute("data-verified")).toBe("true");

    // A database writer adds a note in Alice's name, encrypted to the notes key but not signed by her.
    const db = new Database(join(server.dataDir, "channel.sqlite"));
    db.pragma("busy_timeout = 5000");
    const held = db.prepare("select notes_recipient from cases where id = ?").get(caseId) as {
      notes_recipient: string;
    };
    const aliceId = (db.prepare("select id from persons where handle = 'alice'").get() as { id: string }).id;
    const forged = toBase64(
      await sealNote(held.notes_recipient, { caseId: caseId!, author: aliceId, text: FORGED }),
    );
    db.prepare(
      "insert into case_notes (id, case_id, person_id, at, ciphertext) values ('forgednote000001', ?, ?, ?, ?)",
    ).run(caseId, aliceId, new Date().toISOString(), forged);
    db.close();
    await bob.getByTestId("case-back").click();
    await openCase(bob, caseId!);
    await expect.poll(() => bob.getByTestId("case-note").count(), { timeout: 30_000 }).toBe(2);
    expect(await bob.locator('[data-testid="case-note"][data-verified="false"]').count()).toBe(1);
    expect(await bob.getByTestId("case-notes").textContent()).not.toContain(FORGED);
    expect(await bob.getByTestId("case-notes").textContent()).toContain(NOTE);

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
