/**
 * Colleague keys in Chromium (issue 10, item 4): a grant wraps the case key to the colleague's key in
 * the signed roster, never to the key the server lists. The test plays a dishonest server that swaps
 * every grantable colleague's key for one the test holds: the key the browser stores does not open
 * with the test's key, the colleague opens the case with their own, and the case view shows the
 * colleague's signing-key fingerprint from the roster.
 */
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fingerprintOf,
  fromBase64,
  newHandlerIdentity,
  type Roster,
  unwrapIdentity,
} from "../../crypto/index";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { submitReport } from "./reporter-helpers";
import { type RunningServer, startServer } from "./server";

const PASSPHRASE = "copper meadow signal 5720";

async function invite(admin: Page): Promise<string> {
  await admin.getByTestId("nav-admin").click();
  await admin.getByTestId("admin-view").waitFor();
  await admin.getByTestId("admin-enrol-submit").click();
  return (await admin.getByTestId("admin-enrol-link").textContent({ timeout: 30_000 })) ?? "";
}

describe("colleague keys in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Colleague Keys Org" });
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("wraps a grant to the roster's key even when the server lists another", async () => {
    const alice = await (await browser.newContext()).newPage();
    const carol = await (await browser.newContext()).newPage();
    const reporter = await (await browser.newContext()).newPage();
    await enrolThroughLink(alice, server.enrolmentLink, "alice", "Alice Admin", PASSPHRASE);
    await enrolThroughLink(carol, await invite(alice), "carol", "Carol Colleague", PASSPHRASE);
    // Alice's browser signs the roster again with Carol in it when she next opens the admin view.
    await alice.getByTestId("nav-admin").click();
    await alice.locator('[data-testid="admin-person-row"][data-handle="carol"]').waitFor();
    let roster: Roster | null = null;
    await expect
      .poll(
        async () => {
          const r = (await (await fetch(`${server.url}/api/roster`)).json()) as { body: string };
          roster = JSON.parse(r.body) as Roster;
          return roster.people.length;
        },
        { timeout: 30_000 },
      )
      .toBe(2);
    const carolInRoster = roster!.people.find((p) => p.displayName === "Carol Colleague")!;

    await reporter.goto(`${server.url}/report.html`);
    await submitReport(reporter, "Report for the colleague-keys check");

    // The server (played by the test) offers Carol with a key the test holds.
    const swapped = await newHandlerIdentity();
    await alice.route("**/api/cases/*/access", async (route) => {
      const res = await route.fetch();
      const json = (await res.json()) as { grantable: { recipient: string }[] };
      for (const g of json.grantable) g.recipient = swapped.recipient;
      await route.fulfill({ response: res, json });
    });
    await alice.getByTestId("nav-cases").click();
    await alice.getByTestId("triage-open").first().click();
    await alice.getByTestId("case-report").waitFor({ timeout: 30_000 });
    await alice.getByTestId("case-access-person").selectOption(carolInRoster.id);
    expect(await alice.getByTestId("case-access-fingerprint").textContent()).toBe(
      fingerprintOf(carolInRoster.signingKey),
    );
    await alice.getByTestId("case-access-grant").click();
    await alice
      .locator(`[data-testid="case-access-holder"][data-person-id="${carolInRoster.id}"]`)
      .waitFor({ timeout: 30_000 });

    // What was stored for Carol does not open with the server's key ...
    const db = new Database(join(server.dataDir, "channel.sqlite"), { readonly: true });
    const row = db
      .prepare("select wrapped from case_keys where person_id = ? and kind = 'case'")
      .get(carolInRoster.id) as { wrapped: string };
    db.close();
    await expect(unwrapIdentity(swapped.identity, fromBase64(row.wrapped))).rejects.toThrow();

    // ... and Carol opens the case with her own key.
    await carol.getByTestId("nav-cases").click();
    await carol.getByTestId("triage-open").first().click();
    await expect
      .poll(() => carol.getByTestId("case-report").textContent(), { timeout: 30_000 })
      .toContain("Report for the colleague-keys check");
  }, 400_000);
});
