/**
 * Case access in Debian's Chromium against the real Node server, with real KDF settings: the first
 * admin invites two colleagues through the admin view; a report that excludes one of them is never
 * encrypted to that person (their triage is empty, the API says 404, the database holds no key for
 * them); a report on a channel only the admin receives is granted to a colleague in the case view,
 * opened and decrypted by them, then revoked, after which it is gone for them.
 */
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { type RunningServer, startServer } from "./server";

const PASSPHRASE = "orange canyon whistle 4812";
const SENTINEL_1 = "SNTNLaccess1x";
const SENTINEL_2 = "SNTNLaccess2y";

/** Records page errors and CSP reports, which must stay empty. */
function watch(page: Page, problems: string[]): void {
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (/Content.Security.Policy/i.test(m.text())) problems.push(`csp: ${m.text()}`);
  });
}

/** The admin makes an enrolment link in the admin view and reads it from the page. */
async function invite(admin: Page, channelIds: string[]): Promise<string> {
  await admin.getByTestId("nav-admin").click();
  await admin.getByTestId("admin-nav-people").click();
  await admin.locator('[data-testid="admin-view"][data-section="people"]').waitFor();
  for (const id of channelIds)
    await admin.locator(`[data-testid="admin-enrol-channel"][data-channel-id="${id}"]`).check();
  await admin.getByTestId("admin-enrol-submit").click();
  const link = (await admin.getByTestId("admin-enrol-link").textContent({ timeout: 30_000 })) ?? "";
  expect(link).toMatch(/\/handler\.html#enrol=/);
  return link;
}

async function personId(admin: Page, handle: string): Promise<string> {
  await admin.getByTestId("nav-admin").click();
  await admin.getByTestId("admin-nav-people").click();
  const row = admin.locator(`[data-testid="admin-person-row"][data-handle="${handle}"]`);
  await row.waitFor();
  return (await row.getAttribute("data-person-id")) ?? "";
}

/** Files a report on `channelId`, ticking `exclude` in the list of people who must not see it. */
async function report(page: Page, base: string, channelId: string, text: string, exclude: string[]) {
  await page.goto(`${base}/report.html`);
  await expect.poll(() => page.getByTestId("report-submit").isEnabled(), { timeout: 30_000 }).toBe(true);
  await page.getByTestId("report-channel").selectOption(channelId);
  const category = page.getByTestId("report-category");
  const values = await category
    .locator("option")
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  await category.selectOption(values[0]!);
  await page.getByTestId("report-what").fill(`What happened ${text}`);
  if (exclude.length) {
    await page.getByTestId("report-coi").waitFor();
    expect(await page.getByTestId("report-coi").textContent()).toContain("must not see this report");
    for (const id of exclude)
      await page.locator(`[data-testid="report-coi-option"][data-person-id="${id}"]`).check();
  }
  await page.getByTestId("report-submit").click();
  await page.getByTestId("token-display").waitFor({ timeout: 60_000 });
}

async function triageIds(page: Page): Promise<string[]> {
  await page.getByTestId("nav-cases").click();
  await page.locator('[data-testid="triage-table"], [data-testid="triage-empty"]').first().waitFor();
  return page
    .getByTestId("triage-row")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-case-id") ?? ""));
}

const apiStatus = (page: Page, path: string): Promise<number> =>
  page.evaluate(
    async (p) => (await fetch(p, { headers: { "X-OC-CSRF": "1" }, credentials: "same-origin" })).status,
    path,
  );

describe("case access in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Access Test Org" });
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await close?.();
    await server?.stop();
  });

  it("never gives an excluded person the key, and grants and revokes through the case view", async () => {
    const problems: string[] = [];
    const open = async (): Promise<Page> => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      watch(page, problems);
      return page;
    };
    const [alice, bob, carol, reporter] = [await open(), await open(), await open(), await open()];

    // Alice (admin, handler, custodian) enrols; she invites Bob to the default channel and Carol to none.
    await enrolThroughLink(alice, server.enrolmentLink, "alice", "Alice Admin", PASSPHRASE);
    await enrolThroughLink(bob, await invite(alice, ["default"]), "bob", "Bob Handler", PASSPHRASE);
    await enrolThroughLink(carol, await invite(alice, []), "carol", "Carol Colleague", PASSPHRASE);
    const [aliceId, bobId, carolId] = [
      await personId(alice, "alice"),
      await personId(alice, "bob"),
      await personId(alice, "carol"),
    ];

    // A second channel whose only member is Alice.
    await alice.getByTestId("admin-nav-channels").click();
    await alice.getByTestId("admin-channel-name").fill("Legal team");
    await alice.getByTestId("admin-channel-create").click();
    await expect.poll(() => alice.getByTestId("admin-status").textContent()).toContain("Legal team");
    const legal = alice.getByTestId("admin-channel").filter({ hasText: "Legal team" });
    const legalId = (await legal.getAttribute("data-channel-id")) ?? "";
    await legal.locator(`[data-testid="admin-channel-member"][data-person-id="${aliceId}"]`).check();
    await legal.getByTestId("admin-channel-save").click();
    await expect.poll(() => alice.getByTestId("admin-status").textContent()).toContain("members");

    // 1. A report on the default channel that Bob must not see.
    await report(reporter, server.url, "default", SENTINEL_1, [bobId]);
    const [case1] = await triageIds(alice);
    expect(case1).toBeTruthy();
    await alice
      .locator(`[data-testid="triage-row"][data-case-id="${case1}"] [data-testid="triage-open"]`)
      .click();
    await expect
      .poll(() => alice.getByTestId("case-report").textContent(), { timeout: 30_000 })
      .toContain(SENTINEL_1);
    // Bob is not offered as a colleague to grant to, and Alice cannot leave the case unreadable.
    const offered = await alice
      .getByTestId("case-access-person")
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered).not.toContain(bobId);
    expect(offered).toContain(carolId);
    await alice.getByTestId("case-access-give-up").click();
    await expect
      .poll(() => alice.getByTestId("case-access-error").textContent())
      .toMatch(/Nobody else could open this case/);

    expect(await triageIds(bob)).toEqual([]);
    await bob.getByTestId("triage-empty").waitFor();
    expect(await apiStatus(bob, `/api/cases/${case1}`)).toBe(404);
    const db = new Database(join(server.dataDir, "channel.sqlite"), { readonly: true, fileMustExist: true });
    const keysOf = (caseId: string, person: string): number =>
      (
        db
          .prepare("select count(*) as n from case_keys where case_id = ? and person_id = ?")
          .get(caseId, person) as {
          n: number;
        }
      ).n;
    try {
      expect(keysOf(case1!, bobId)).toBe(0);
      expect(keysOf(case1!, aliceId)).toBeGreaterThan(0);
    } finally {
      db.close();
    }

    // 2. A report on the channel only Alice receives; she grants it to Carol in the case view.
    await report(reporter, server.url, legalId, SENTINEL_2, []);
    expect(await triageIds(carol)).toEqual([]);
    const case2 = (await triageIds(alice)).find((id) => id !== case1);
    expect(case2).toBeTruthy();
    await alice
      .locator(`[data-testid="triage-row"][data-case-id="${case2}"] [data-testid="triage-open"]`)
      .click();
    await expect
      .poll(() => alice.getByTestId("case-report").textContent(), { timeout: 30_000 })
      .toContain(SENTINEL_2);
    await alice.getByTestId("case-access-person").selectOption(carolId);
    await alice.getByTestId("case-access-grant").click();
    await expect
      .poll(() => alice.getByTestId("case-notice").textContent(), { timeout: 30_000 })
      .toContain("Carol Colleague");
    await alice.locator(`[data-testid="case-access-holder"][data-person-id="${carolId}"]`).waitFor();

    // Carol opens and decrypts it with her own key.
    expect(await triageIds(carol)).toEqual([case2]);
    await carol.getByTestId("triage-open").click();
    await expect
      .poll(() => carol.getByTestId("case-report").textContent(), { timeout: 30_000 })
      .toContain(SENTINEL_2);
    await carol.getByTestId("case-back").click();
    await carol.getByTestId("triage-table").waitFor();

    // Alice revokes; Carol's next open fails and the case leaves her triage.
    await alice
      .locator(
        `[data-testid="case-access-holder"][data-person-id="${carolId}"] [data-testid="case-access-revoke"]`,
      )
      .click();
    await expect
      .poll(() => alice.getByTestId("case-notice").textContent(), { timeout: 30_000 })
      .toMatch(/revoked/);
    expect(
      await alice.locator(`[data-testid="case-access-holder"][data-person-id="${carolId}"]`).count(),
    ).toBe(0);
    await carol.getByTestId("triage-open").click();
    await expect.poll(() => carol.getByTestId("handler-error").textContent()).toMatch(/no such case/i);
    expect(await apiStatus(carol, `/api/cases/${case2}`)).toBe(404);
    expect(await triageIds(carol)).toEqual([]);
    await carol.getByTestId("triage-empty").waitFor();

    const db2 = new Database(join(server.dataDir, "channel.sqlite"), { readonly: true, fileMustExist: true });
    try {
      const n = db2
        .prepare("select count(*) as n from case_keys where case_id = ? and person_id = ?")
        .get(case2, carolId) as {
        n: number;
      };
      expect(n.n).toBe(0);
    } finally {
      db2.close();
    }
    expect(problems).toEqual([]);
  });
});
