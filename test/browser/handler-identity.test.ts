import { join } from "node:path";
import Database from "better-sqlite3";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { enrolThroughLink, seriousViolations } from "./helpers";
import { type RunningServer, startServer } from "./server";

const PASSPHRASE = "orange canyon whistle 4812";
const NAME = "SNTNLname7q";
const REASONS = "SNTNLreasons3k";

async function invite(admin: Page, roles: string[], channelIds: string[]): Promise<string> {
  await admin.getByTestId("nav-admin").click();
  await admin.getByTestId("admin-nav-people").click();
  await admin.locator('[data-testid="admin-view"][data-section="people"]').waitFor();
  for (const r of ["handler", "custodian", "admin"]) {
    const box = admin.locator(`[data-testid="admin-enrol-role"][data-role="${r}"]`);
    if (roles.includes(r)) await box.check();
    else await box.uncheck();
  }
  for (const id of channelIds)
    await admin.locator(`[data-testid="admin-enrol-channel"][data-channel-id="${id}"]`).check();
  await admin.getByTestId("admin-enrol-submit").click();
  return (await admin.getByTestId("admin-enrol-link").textContent({ timeout: 30_000 })) ?? "";
}

async function openOnlyCase(page: Page): Promise<void> {
  await page.getByTestId("nav-cases").click();
  await page.getByTestId("triage-open").first().click();
  await page.getByTestId("case-identity").waitFor({ timeout: 30_000 });
}

const identityState = (page: Page) =>
  page.getByTestId("case-identity").locator("[data-state]").first().getAttribute("data-state");

describe("the identity section and case controls in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Identity Test Org" });
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await close?.();
    await server?.stop();
  });

  it("opens the identity only after a reason and a second custodian's approval", async () => {
    const problems: string[] = [];
    const open = async (): Promise<Page> => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("console", (m) => {
        if (/Content.Security.Policy/i.test(m.text())) problems.push(`csp: ${m.text()}`);
      });
      return page;
    };
    const [alice, dan, carol, reporter] = [await open(), await open(), await open(), await open()];
    await enrolThroughLink(alice, server.enrolmentLink, "alice", "Alice Admin", PASSPHRASE);
    await enrolThroughLink(
      dan,
      await invite(alice, ["handler", "custodian"], ["default"]),
      "dan",
      "Dan Custodian",
      PASSPHRASE,
    );
    await enrolThroughLink(
      carol,
      await invite(alice, ["handler", "custodian"], []),
      "carol",
      "Carol Custodian",
      PASSPHRASE,
    );

    await alice.getByTestId("nav-admin").click();
    await alice.getByTestId("admin-nav-settings").click();
    await alice.getByTestId("settings-require-approval").check();
    await alice.getByTestId("settings-save").click();
    await expect.poll(() => alice.getByTestId("settings-status").textContent()).toMatch(/saved/);

    // A named report.
    await reporter.goto(`${server.url}/report.html`);
    await expect
      .poll(() => reporter.getByTestId("report-submit").isEnabled(), { timeout: 30_000 })
      .toBe(true);
    const category = reporter.getByTestId("report-category");
    const values = await category
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await category.selectOption(values[0]!);
    await reporter.getByTestId("report-what").fill("Invoices were split to avoid the tender threshold.");
    await reporter.getByTestId("report-identity-name").fill(`Name ${NAME}`);
    await reporter.getByTestId("report-identity-contact").fill("private@example.org");
    await reporter.getByTestId("report-submit").click();
    await reporter.getByTestId("token-display").waitFor({ timeout: 60_000 });

    // Alice records a reason; the organisation wants a second custodian's approval.
    await openOnlyCase(alice);
    expect(await identityState(alice)).toBe("reason-needed");
    await alice.getByTestId("case-identity-reason").fill("too short");
    await alice.getByTestId("case-identity-request").click();
    await expect.poll(() => alice.getByTestId("case-identity-error").textContent()).toMatch(/10 characters/);
    await alice
      .getByTestId("case-identity-reason")
      .fill("We must interview the reporting person as a witness.");
    await alice.getByTestId("case-identity-request").click();
    await expect.poll(() => identityState(alice)).toBe("pending");
    expect(await alice.getByTestId("case-identity").textContent()).not.toContain(NAME);

    // Dan sees the request with its reason and approves it.
    await openOnlyCase(dan);
    const request = dan.getByTestId("case-identity-pending-request");
    expect(await request.textContent()).toContain("Alice Admin");
    expect(await request.textContent()).toContain("interview the reporting person");
    await request.getByTestId("case-identity-approve").click();
    await expect.poll(() => request.textContent()).toMatch(/Approved/);

    // Alice opens and decrypts the section.
    await openOnlyCase(alice);
    expect(await identityState(alice)).toBe("approved");
    await alice.getByTestId("case-identity-open").click();
    await expect.poll(() => identityState(alice), { timeout: 30_000 }).toBe("open");
    expect(await alice.locator('[data-field="name"]').textContent()).toBe(`Name ${NAME}`);
    expect(await seriousViolations(alice)).toEqual([]);

    // She grants the case and the identity key to Carol, a custodian outside the channel.
    const carolId =
      (await alice
        .getByTestId("case-access-person")
        .locator("option", { hasText: "Carol Custodian" })
        .getAttribute("value")) ?? "";
    await alice.getByTestId("case-access-person").selectOption(carolId);
    await alice.getByTestId("case-access-identity").check();
    await alice.getByTestId("case-access-grant").click();
    await expect
      .poll(() => alice.getByTestId("case-notice").textContent(), { timeout: 30_000 })
      .toContain("Carol");
    expect(
      await alice
        .locator(`[data-testid="case-access-holder"][data-person-id="${carolId}"]`)
        .getAttribute("data-kinds"),
    ).toBe("case identity");
    await openOnlyCase(carol);
    expect(await identityState(carol)).toBe("reason-needed");

    // A disclosure beyond the team, with written reasons to the reporting person.
    const view = alice;
    await view.getByTestId("case-disclosure-toggle").click();
    await view.getByTestId("case-disclosure-basis").fill("Criminal procedure code, section 161");
    await view.getByTestId("case-disclosure-to").fill("Public prosecutor");
    await view.getByTestId("case-disclosure-submit").click();
    await expect.poll(() => view.getByTestId("case-disclosure-error").textContent()).toMatch(/reasons/);
    await view.getByTestId("case-disclosure-message").fill(`The prosecutor asked for your name. ${REASONS}`);
    await view.getByTestId("case-disclosure-submit").click();
    await expect
      .poll(() => view.getByTestId("case-notice").textContent(), { timeout: 30_000 })
      .toMatch(/recorded/);
    const notice = view.locator('[data-testid="thread-entry"][data-kind="disclosure_notice"]');
    expect(await notice.textContent()).toContain(REASONS);

    // Legal hold: placed with a justification, then lifted.
    expect(await view.getByTestId("case-hold-state").getAttribute("data-held")).toBe("false");
    await view.getByTestId("case-hold-justification").fill("Proceedings pending before the labour court.");
    await view.getByTestId("case-hold-place").click();
    await expect.poll(() => view.getByTestId("case-hold-state").getAttribute("data-held")).toBe("true");
    // The justification went encrypted to the case; the team reads it back decrypted here.
    expect(await view.getByTestId("case-hold-justification-text").textContent()).toContain(
      "Proceedings pending before the labour court.",
    );
    await view.getByTestId("case-hold-lift").click();
    await expect.poll(() => view.getByTestId("case-hold-state").getAttribute("data-held")).toBe("false");

    // Carol's access is revoked and Alice gives hers up: only Dan can open the case now.
    await view
      .locator(
        `[data-testid="case-access-holder"][data-person-id="${carolId}"] [data-testid="case-access-revoke"]`,
      )
      .click();
    await expect.poll(() => view.getByTestId("case-notice").textContent()).toMatch(/revoked/);
    await view.getByTestId("case-access-give-up").click();
    await alice.getByTestId("triage-empty").waitFor();

    // The admin view will not remove the last person who can open a case.
    await alice.getByTestId("nav-admin").click();
    await alice.getByTestId("admin-nav-people").click();
    const danRow = alice.locator('[data-testid="admin-person-row"][data-handle="dan"]');
    await danRow.getByTestId("admin-person-remove").click();
    await danRow.getByTestId("admin-person-remove-confirm").click();
    await expect
      .poll(() => alice.getByTestId("admin-people-error").textContent())
      .toMatch(/only person who can open 1 case/);

    // The audit chain is intact and recorded every step, with no report content.
    await alice.getByTestId("admin-nav-audit").click();
    expect(await seriousViolations(alice)).toEqual([]);
    const check = alice.getByTestId("audit-check");
    expect(await check.getAttribute("data-ok")).toBe("true");
    const actions = await alice
      .getByTestId("audit-row")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")));
    for (const a of [
      "identity.requested",
      "identity.decided",
      "identity.opened",
      "identity.disclosed",
      "case.granted",
      "case.legal_hold",
      "case.legal_hold_lifted",
      "case.revoked",
      "case.given_up",
    ])
      expect(actions).toContain(a);
    expect(await alice.getByTestId("audit-table").textContent()).not.toContain(NAME);

    const db = new Database(join(server.dataDir, "channel.sqlite"), { readonly: true, fileMustExist: true });
    try {
      const rows = db.prepare("select kind from case_keys where person_id = ?").all(carolId);
      expect(rows).toEqual([]);
    } finally {
      db.close();
    }
    expect(problems).toEqual([]);
  });
});
