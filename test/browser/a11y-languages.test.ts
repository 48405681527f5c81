/**
 * axe-core on every step a reporting person sees, in English, German and Polish, and on the handler's
 * triage: zero violations of any impact. Real Chromium against the real Node server; axe is injected by
 * evaluation with the CSP bypassed for that alone.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reporterCatalogs } from "../../client/src/i18n/all-catalogs";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { axeViolations, submitReport } from "./reporter-helpers";
import { type RunningServer, startServer } from "./server";

const PASSPHRASE = "quiet harbour lantern 5150";

describe("accessibility of the reporter pages in en, de and pl, and of triage", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "A11y Org" });
    ({ browser, close } = await launchChromium());
    const page = await browser.newPage();
    await enrolThroughLink(page, server.enrolmentLink, "alice", "Alice Handler", PASSPHRASE);
    await page.close();
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  async function check(page: Page, where: string, found: string[]): Promise<void> {
    for (const v of await axeViolations(page)) found.push(`${where}: ${v}`);
  }

  for (const lang of ["en", "de", "pl"]) {
    it(`finds no violation on the form, token page, inbox and notice (${lang})`, async () => {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      const found: string[] = [];
      try {
        await page.goto(`${server.url}/report.html?lang=${lang}`);
        await page.getByTestId("report-submit").and(page.locator(":enabled")).waitFor();
        await check(page, "report form", found);
        await page.getByTestId("lang-picker").locator("summary").click();
        await check(page, "report form, picker open", found);

        const token = await submitReport(page, "Accessibility check.");
        await check(page, "token page", found);
        // The token read aloud character by character: one group an item, characters apart.
        await page.getByTestId("token-spell").locator("summary").click();
        expect(await page.getByTestId("token-spelled").locator("li").allTextContents()).toEqual(
          token
            .split("-")
            .map((g, i) => `${reporterCatalogs[lang]!.report.tokenGroup(i + 1)}: ${[...g].join(" ")}`),
        );
        await check(page, "token page, spelled out", found);
        await page.getByTestId("token-saved").check();
        await page.getByTestId("token-continue").click();
        await page.getByTestId("inbox-case").waitFor({ state: "visible", timeout: 30_000 });
        await check(page, "inbox (opened)", found);

        await page.goto(`${server.url}/inbox.html?lang=${lang}`);
        await page.getByTestId("inbox-token").and(page.locator(":enabled")).waitFor();
        await check(page, "inbox (locked)", found);
        await page.getByTestId("inbox-token").fill(token);
        await page.getByTestId("inbox-open").click();
        await page.getByTestId("inbox-records-section").waitFor({ timeout: 30_000 });
        await check(page, "inbox (opened on its page, records and meetings panel)", found);

        await page.goto(`${server.url}/?lang=${lang}`);
        await check(page, "home", found);
        await page.goto(`${server.url}/notice?lang=${lang}`);
        await check(page, "notice", found);
        expect(found).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  // The browser's language chooses the staff app's (en, de and pl are staff languages).
  for (const [lang, locale] of [
    ["en", "en-GB"],
    ["de", "de-DE"],
    ["pl", "pl-PL"],
  ] as const)
    it(`finds no violation on the handler's triage (${lang})`, async () => {
      const context = await browser.newContext({ bypassCSP: true, locale });
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}/handler.html`);
        await page.getByTestId("signin-submit").waitFor();
        expect(await page.getAttribute("html", "lang")).toBe(lang);
        await page.getByTestId("signin-handle").fill("alice");
        await page.getByTestId("signin-passphrase").fill(PASSPHRASE);
        await page.getByTestId("signin-submit").click();
        await page.getByTestId("triage-table").waitFor({ timeout: 60_000 });
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    });
});
